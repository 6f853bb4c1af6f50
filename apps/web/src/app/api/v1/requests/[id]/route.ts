import { getRequest } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toRequestDto } from "@/server/dto";
import * as contract from "./contract";

/** One request with its gates and signatures (the signatures' names, meanings and content hashes). */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) => {
  const r = await getRequest(ctx, params.id);
  return {
    ...toRequestDto({ ...r, model: r.model, versionNumber: r.version.version }),
    decisions: r.decisions.map((d) => ({
      reviewer: d.reviewerName,
      decision: d.decision,
      meaning: d.meaning,
      reason: d.reason,
      versionContentHash: d.versionContentHash,
      signedAt: d.signedAt.toISOString(),
    })),
  };
});
