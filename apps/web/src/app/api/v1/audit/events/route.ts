import { listAuditEvents } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { auditFilterFromQuery, toAuditEventDto } from "@/server/audit";
import * as contract from "./contract";

/**
 * The audit trail, newest first, filtered; keyset pages by sequence number (`before` = the
 * previous page's `nextBefore`). Auditors and admins read everything, maintainers their teams'.
 */
export const GET = apiRoute(contract.GET, async ({ ctx, query: { before, limit, ...filter } }) => {
  const { events, nextBeforeSeq } = await listAuditEvents(ctx, auditFilterFromQuery(filter), {
    limit,
    beforeSeq: before,
  });
  return { events: events.map(toAuditEventDto), nextBefore: nextBeforeSeq };
});
