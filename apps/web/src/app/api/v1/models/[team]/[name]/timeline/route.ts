import { modelTimeline } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toTimelineEntryDto } from "@/server/dto";
import * as contract from "./contract";

/** The model's stage and alias changes, newest first, with who, why and the approving signatures. */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) => {
  const t = await modelTimeline(ctx, params);
  return { model: t.model, rollbackCandidate: t.rollbackCandidate, items: t.entries.map(toTimelineEntryDto) };
});
