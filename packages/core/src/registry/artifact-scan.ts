/**
 * The security scan as the registry records it (issue 10): the stored result (bounded), the
 * failure reason of a blocked version, and the summaries that audit events and webhooks carry.
 */
import {
  type Finding,
  type ScanResult,
  VERDICT_ORDER,
  type Verdict,
  type VerdictCategory,
  verdictCategory,
  verdictRank,
} from "../security/types";

/** Entries and parse problems kept on the artifact row; findings are already bounded by the scanner. */
const MAX_STORED_ENTRIES = 200;
const MAX_STORED_PROBLEMS = 50;
/** Findings carried by an audit event or a webhook. */
const MAX_EVENT_FINDINGS = 20;

export type StoredScanResult = ScanResult & { entriesTruncated?: boolean };

export function storedScanResult(r: ScanResult): StoredScanResult {
  const byRisk = [...r.findings].sort((a, b) => riskRank(a) - riskRank(b));
  return {
    ...r,
    findings: byRisk,
    entries: r.entries.slice(0, MAX_STORED_ENTRIES),
    problems: r.problems.slice(0, MAX_STORED_PROBLEMS),
    ...(r.entries.length > MAX_STORED_ENTRIES ? { entriesTruncated: true } : {}),
  };
}

function riskRank(f: Finding) {
  return f.verdict === "dangerous" ? 0 : f.verdict === "unknown" ? 1 : 2;
}

export interface ScanFindingSummary {
  file: string | null;
  callable: string;
  verdict: Finding["verdict"];
  opcode: string;
  offset: number;
}

/** The findings worth telling a person or a pipeline: dangerous and unknown ones, worst first. */
export function notableFindings(r: Pick<ScanResult, "findings">, max = MAX_EVENT_FINDINGS) {
  return r.findings
    .filter((f) => f.verdict !== "safe")
    .sort((a, b) => riskRank(a) - riskRank(b))
    .slice(0, max)
    .map(
      (f): ScanFindingSummary => ({
        file: f.file ?? null,
        callable: f.callable,
        verdict: f.verdict,
        opcode: f.opcode,
        offset: f.offset,
      }),
    );
}

/** What an audit event records about one artifact's scan. */
export function scanAuditSummary(r: ScanResult) {
  return {
    scanner: r.scanner,
    scannerVersion: r.scannerVersion,
    verdict: r.verdict,
    category: r.category,
    format: r.format,
    summary: r.summary,
    findings: r.findings.length,
    dangerous: r.findings.filter((f) => f.verdict === "dangerous").length,
    notable: notableFindings(r, 10),
    limitsHit: r.limitsHit.map((l) => l.limit),
  };
}

/** The failure reason of a version blocked by a scan: the file and, when there is one, the callable. */
export function blockedReason(path: string, r: ScanResult): string {
  const f = r.findings.find((x) => x.verdict === "dangerous");
  if (f) {
    const where = f.file ? `${path}!/${f.file}` : path;
    const more = r.findings.filter((x) => x.verdict === "dangerous").length - 1;
    return `Blocked by the security scan: ${where} imports ${f.callable} (${f.opcode} at offset ${f.offset})${more > 0 ? ` and ${more} more dangerous callable${more > 1 ? "s" : ""}` : ""}.`;
  }
  return `Blocked by the security scan: ${path} is ${r.verdict} — ${r.summary}`;
}

/** The worst of several artifacts' verdicts (null when none was scanned). */
export function worstOf(xs: { verdict: string | null }[]): {
  verdict: Verdict | null;
  category: VerdictCategory | null;
} {
  let worst: Verdict | null = null;
  for (const x of xs) {
    if (!x.verdict || !(VERDICT_ORDER as readonly string[]).includes(x.verdict)) continue;
    const v = x.verdict as Verdict;
    if (worst === null || verdictRank(v) < verdictRank(worst)) worst = v;
  }
  return { verdict: worst, category: worst ? verdictCategory(worst) : null };
}
