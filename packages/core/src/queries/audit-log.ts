import { auditEvents, desc, lt } from "@modelgate/db";
import { authorizeOrg } from "../access/authorize";
import type { ServiceContext } from "../context";

/** The newest audit events, newest first (keyset by sequence). For auditors and admins. */
export async function listAuditEvents(
  ctx: ServiceContext,
  opts: { limit?: number; beforeSeq?: number } = {},
) {
  await authorizeOrg(ctx, "audit.read");
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  return ctx.db
    .select()
    .from(auditEvents)
    .where(opts.beforeSeq ? lt(auditEvents.seq, opts.beforeSeq) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
