/** Display helpers of the approval pages; safe in server and client components. */

export type RequestStatus = "pending" | "applied" | "rejected" | "cancelled" | "expired" | "superseded";
export type StageName = "none" | "staging" | "production" | "archived";

export interface ChangeParts {
  kind: "stage" | "alias" | "rollback";
  fromStage: string | null;
  toStage: string | null;
  alias: string | null;
}

/** "staging → production", "rollback to production", "alias canary". */
export function describeChange(r: ChangeParts): string {
  if (r.kind === "alias") return `alias ${r.alias}`;
  if (r.kind === "rollback") return "rollback to production";
  return `${r.fromStage ?? "none"} → ${r.toStage}`;
}

/**
 * What a signature means, worded as the service records it ("Approve promotion of fraud/x v4 to
 * production"), so the dialog shows the signer exactly what the timeline will say.
 */
export function signatureMeaning(
  decision: "approve" | "reject",
  model: string,
  version: number,
  r: ChangeParts,
): string {
  const verb = decision === "approve" ? "Approve" : "Reject";
  if (r.kind === "alias") return `${verb} move alias ${r.alias} of ${model} to v${version}`;
  if (r.kind === "rollback") return `${verb} roll ${model} back to v${version} in production`;
  return `${verb} promotion of ${model} v${version} to ${r.toStage}`;
}

/**
 * Where a version may be promoted next (mirrors the stage machine in core, which refuses
 * anything else; rollbacks are requested separately).
 */
export const nextStages: Record<StageName, readonly StageName[]> = {
  none: ["staging", "archived"],
  staging: ["production", "archived"],
  production: ["archived"],
  archived: ["staging"],
};

/** "3 min", "5 h", "2 d": compact durations for table cells (computed on the server). */
export function duration(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  if (m < 1) return "< 1 min";
  if (m < 60) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h`;
  return `${Math.round(h / 24)} d`;
}

export function shortHash(hash: string, n = 12): string {
  return hash.replace(/^sha256:/, "").slice(0, n);
}
