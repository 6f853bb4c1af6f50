"use server";

import { verifyAuditChain } from "@modelgate/core";
import { runAction } from "@/server/action";
import { withSigner } from "@/server/audit";

/** Recomputes the whole audit chain now (auditors and admins); the run is itself audited. */
export async function verifyAuditChainAction() {
  return runAction((ctx) => verifyAuditChain(withSigner(ctx)), { revalidate: "/audit" });
}
