"use server";

import { logout } from "@modelgate/core";
import { requirePageContext } from "@/server/session";

/** Ends the session in the database (audited); the client then clears its cookie. */
export async function signOutAction(): Promise<void> {
  const ctx = await requirePageContext();
  await logout(ctx);
}
