"use server";

import { setSecuritySettings } from "@modelgate/core";
import { runAction } from "@/server/action";

/** A maintainer sets what an unsafe scan does (block / quarantine) and the team's extra lists. */
export async function setSecuritySettingsAction(input: Parameters<typeof setSecuritySettings>[1]) {
  return runAction((ctx) => setSecuritySettings(ctx, input), { revalidate: "/teams" });
}
