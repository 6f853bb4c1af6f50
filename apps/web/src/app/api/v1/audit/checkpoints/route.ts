import { listAuditCheckpoints } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toCheckpointDto } from "@/server/audit";
import * as contract from "./contract";

export const dynamic = "force-dynamic";

/**
 * The signed chain heads, newest first. Public: a checkpoint holds a sequence number and a hash,
 * no content, and outside witnesses should be able to collect them.
 */
export const GET = apiRoute(contract.GET, async ({ ctx, query: { limit = 100, before } }) => {
  const items = await listAuditCheckpoints(ctx.db, { limit, beforeSeq: before });
  return {
    items: items.map(toCheckpointDto),
    nextBefore: items.length === limit ? items[items.length - 1]!.seq : null,
  };
});
