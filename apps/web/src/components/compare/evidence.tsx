import { ArrowRight, History, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { formatDateTime, isoUtc } from "@/lib/format";
import { DeltaTable } from "./delta-table";
import { compareHref, type MetricRowView } from "./format";

/** The parts of a comparison (live or stored with a request) the evidence shows. */
export interface EvidenceComparison {
  baseline: { version: number };
  candidate: { version: number };
  primaryMetric: string | null;
  metrics: MetricRowView[];
  summary: { wins: number; losses: number; ties: number; missing: number };
  comparedAt: string;
}

function Score({ c }: { c: EvidenceComparison }) {
  const { wins, losses, ties, missing } = c.summary;
  return (
    <p className="text-xs text-muted-foreground">
      v{c.candidate.version} is <span className="font-medium text-success">better on {wins}</span>,{" "}
      <span className="font-medium text-destructive">worse on {losses}</span>
      {ties ? `, tied on ${ties}` : ""}
      {missing ? `, missing ${missing}` : ""} of {c.metrics.length} metrics.
    </p>
  );
}

/**
 * A request's evidence: the champion against the requested version as it was when the request
 * was made (what the requester and the first reviewers saw), and — when it differs — as it is now.
 */
export function Evidence({
  team,
  name,
  version,
  atRequest,
  now,
  changed,
}: {
  team: string;
  name: string;
  version: number;
  atRequest: EvidenceComparison | null;
  now: EvidenceComparison | null;
  changed: boolean;
}) {
  if (!atRequest && !now)
    return (
      <p className="px-4 py-4 text-sm text-muted-foreground" data-testid="evidence-none">
        There was no production champion to compare with when this request was made.
      </p>
    );
  const latest = now ?? atRequest!;
  const table = (c: EvidenceComparison, label: string) => (
    <DeltaTable
      compact
      metrics={c.metrics}
      baseline={c.baseline}
      candidate={c.candidate}
      baselineHeader={`Champion v${c.baseline.version}`}
      candidateHeader={`This version v${c.candidate.version}`}
      primaryKey={c.primaryMetric}
      caption={label}
    />
  );
  return (
    <div className="divide-y">
      {atRequest ? (
        <div data-testid="evidence-at-request">
          <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 pt-3 pb-2">
            <p className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
              <History className="size-3.5" aria-hidden /> At request time ·{" "}
              <time dateTime={atRequest.comparedAt} title={isoUtc(atRequest.comparedAt)}>
                {formatDateTime(atRequest.comparedAt)}
              </time>
            </p>
            <Score c={atRequest} />
          </div>
          {table(
            atRequest,
            `Champion v${atRequest.baseline.version} against v${atRequest.candidate.version} when the request was made`,
          )}
        </div>
      ) : (
        <p className="px-4 py-3 text-sm text-muted-foreground">
          No champion existed when the request was made; this is the comparison now.
        </p>
      )}
      {now && (changed || !atRequest) ? (
        <div data-testid="evidence-now">
          {atRequest ? (
            <div
              role="status"
              className="flex items-start gap-2 bg-warning/15 px-4 py-2 text-sm"
              data-testid="evidence-changed"
            >
              <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
              <span>
                <strong className="font-semibold">Changed since the request.</strong> The champion or its
                metrics are not what the requester saw; below is the comparison now.
              </span>
            </div>
          ) : null}
          <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 pt-3 pb-2">
            <p className="text-xs font-medium text-muted-foreground">Now</p>
            <Score c={now} />
          </div>
          {table(now, `Champion v${now.baseline.version} against v${now.candidate.version} now`)}
        </div>
      ) : null}
      <div className="px-4 py-2.5 text-right">
        <Link
          href={compareHref(team, name, latest.baseline.version, version)}
          className="inline-flex items-center gap-1 text-xs font-medium text-primary hover:underline"
        >
          Full comparison with charts <ArrowRight className="size-3" />
        </Link>
      </div>
    </div>
  );
}
