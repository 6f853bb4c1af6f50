import { ArrowRight, Undo2 } from "lucide-react";
import Link from "next/link";
import { StageBadge } from "@/components/registry/badges";
import { formatDateTime, isoUtc } from "@/lib/format";

export interface StageChange {
  id: string;
  version: number;
  fromStage: string;
  toStage: string;
  at: Date;
  rollback: boolean;
  requestId: string | null;
}

/**
 * A model's stage changes, newest first (`stageHistory(ctx, ref).history`), rollbacks marked;
 * each links to the request that made it. Renders on the server.
 */
export function StageHistory({
  history,
  versionHref,
}: {
  history: StageChange[];
  /** Where a version number links to, e.g. its version page. */
  versionHref?: (version: number) => string;
}) {
  if (history.length === 0)
    return <p className="px-4 py-4 text-sm text-muted-foreground">No stage changes yet.</p>;
  return (
    <ol className="divide-y" aria-label="Stage history">
      {history.map((h) => (
        <li
          key={h.id}
          className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm"
          data-testid="stage-change"
          data-rollback={h.rollback || undefined}
        >
          <span className="w-10 font-mono text-xs font-medium">
            {versionHref ? (
              <Link href={versionHref(h.version)} className="hover:underline">
                v{h.version}
              </Link>
            ) : (
              `v${h.version}`
            )}
          </span>
          <span className="flex items-center gap-1.5">
            <StageBadge stage={h.fromStage} />
            <ArrowRight className="size-3.5 text-muted-foreground" aria-label="to" />
            <StageBadge stage={h.toStage} />
          </span>
          {h.rollback ? (
            <span className="inline-flex items-center gap-1 rounded-full border border-warning/60 bg-warning/20 px-2 py-0.5 text-xs font-medium">
              <Undo2 className="size-3" aria-hidden /> rollback
            </span>
          ) : null}
          <span className="ml-auto flex items-center gap-3 text-xs text-muted-foreground">
            {h.requestId ? (
              <Link href={`/approvals/${h.requestId}`} className="hover:text-foreground hover:underline">
                request
              </Link>
            ) : null}
            <time dateTime={h.at.toISOString()} title={isoUtc(h.at)}>
              {formatDateTime(h.at)}
            </time>
          </span>
        </li>
      ))}
    </ol>
  );
}
