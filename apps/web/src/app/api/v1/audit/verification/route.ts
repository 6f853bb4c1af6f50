import { latestAuditVerification } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** The most recent full verification recorded in the trail, or null (auditors and admins). */
export const GET = apiRoute(contract.GET, async ({ ctx }) => {
  const v = await latestAuditVerification(ctx);
  if (!v) return null;
  const { seq, at, by, ok, verifiedThrough, firstBreak } = v;
  return { seq, at: at.toISOString(), by, ok, verifiedThrough, firstBreak: firstBreak ?? null };
});
