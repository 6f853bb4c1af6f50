import { compareVersions } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toComparisonDto } from "@/server/dto";
import { queryOf } from "@/server/query";

/** Two versions side by side; by default the production champion against the challenger. */
export const GET = apiRoute<{ team: string; name: string }>(async ({ req, ctx, params }) => {
  const q = queryOf(req);
  return toComparisonDto(
    await compareVersions(ctx, { ...params, baseline: q.get("baseline"), candidate: q.get("candidate") }),
  );
});
