import { auditEvents, desc, lt } from "@modelgate/db";
import { requireOrgRole } from "../auth/guards";
import type { ServiceContext } from "../context";

/** The newest audit events, newest first (keyset by sequence). For auditors and admins. */
export async function listAuditEvents(
  ctx: ServiceContext,
  opts: { limit?: number; beforeSeq?: number } = {},
) {
  requireOrgRole(ctx, ["auditor", "admin"], "read the whole audit trail");
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  return ctx.db
    .select()
    .from(auditEvents)
    .where(opts.beforeSeq ? lt(auditEvents.seq, opts.beforeSeq) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
