import { listAuditEvents } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { auditFilterFromQuery, toAuditEventDto } from "@/server/audit";
import { queryOf } from "@/server/query";

/**
 * The audit trail, newest first, filtered; keyset pages by sequence number (`before` = the
 * previous page's `nextBefore`). Auditors and admins read everything, maintainers their teams'.
 */
export const GET = apiRoute(async ({ req, ctx }) => {
  const q = queryOf(req);
  const { events, nextBeforeSeq } = await listAuditEvents(
    ctx,
    auditFilterFromQuery(req.nextUrl.searchParams),
    {
      limit: q.int("limit"),
      beforeSeq: q.int("before"),
    },
  );
  return { events: events.map(toAuditEventDto), nextBefore: nextBeforeSeq };
});
