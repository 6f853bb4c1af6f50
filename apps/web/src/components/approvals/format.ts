/** Display helpers of the approval pages; safe in server and client components. */
import { describeChange as changeInWords, nextStages } from "@modelgate/core/constants";

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
 * What a signature means, worded exactly as the service records it ("Approve promotion of
 * fraud/x v4 to production"), so the dialog shows the signer what the timeline will say.
 */
export function signatureMeaning(
  decision: "approve" | "reject",
  model: string,
  version: number,
  r: ChangeParts,
): string {
  return `${decision === "approve" ? "Approve" : "Reject"} ${changeInWords(model, version, {
    kind: r.kind,
    toStage: r.toStage as StageName | null,
    alias: r.alias,
  })}`;
}

/** The legal next stages, from core's stage machine. */
export { nextStages };

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
