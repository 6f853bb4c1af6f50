import { listAuditCheckpoints } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toCheckpointDto } from "@/server/audit";
import { queryOf } from "@/server/query";

export const dynamic = "force-dynamic";

/**
 * The signed chain heads, newest first. Public: a checkpoint holds a sequence number and a hash,
 * no content, and outside witnesses should be able to collect them.
 */
export const GET = apiRoute(
  async ({ req, ctx }) => {
    const q = queryOf(req);
    const limit = Math.min(Math.max(q.int("limit") ?? 100, 1), 1000);
    const items = await listAuditCheckpoints(ctx.db, { limit, beforeSeq: q.int("before") });
    return {
      items: items.map(toCheckpointDto),
      nextBefore: items.length === limit ? items[items.length - 1]!.seq : null,
    };
  },
  { public: true },
);
