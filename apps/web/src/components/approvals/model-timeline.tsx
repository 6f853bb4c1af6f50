import type { TimelineEntry } from "@modelgate/core";
import { ArrowRight, Layers, PenLine, Tag, Undo2 } from "lucide-react";
import Link from "next/link";
import { AliasBadge, StageBadge } from "@/components/registry/badges";
import { formatDateTime, isoUtc } from "@/lib/format";
import { DecisionBadge } from "./status-badge";

/**
 * Consecutive entries made by one request at one instant (a promotion archives the old version,
 * promotes the new one and moves champion) read as one event with one set of signatures.
 */
function groupByRequest(entries: TimelineEntry[]): TimelineEntry[][] {
  const groups: TimelineEntry[][] = [];
  for (const e of entries) {
    const last = groups.at(-1)?.[0];
    if (last && e.requestId && last.requestId === e.requestId && last.at.getTime() === e.at.getTime())
      groups.at(-1)!.push(e);
    else groups.push([e]);
  }
  return groups;
}

function Change({ e, versionHref }: { e: TimelineEntry; versionHref?: (version: number) => string }) {
  const v = (n: number) =>
    versionHref ? (
      <Link href={versionHref(n)} className="font-mono text-xs font-medium hover:underline">
        v{n}
      </Link>
    ) : (
      <span className="font-mono text-xs font-medium">v{n}</span>
    );
  if (e.kind === "stage") {
    return (
      <span
        className="flex flex-wrap items-center gap-2"
        data-testid="stage-change"
        data-rollback={e.rollback || undefined}
      >
        {v(e.version)}
        <StageBadge stage={e.fromStage} />
        <ArrowRight className="size-3.5 text-muted-foreground" aria-label="to" />
        <StageBadge stage={e.toStage} />
        {e.rollback ? (
          <span className="inline-flex items-center gap-1 rounded-full border border-warning/60 bg-warning/20 px-2 py-0.5 text-xs font-medium">
            <Undo2 className="size-3" aria-hidden /> rollback
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2" data-testid="alias-change">
      <AliasBadge name={e.alias} />
      {e.toVersion === null ? (
        <span className="text-muted-foreground">
          removed{e.fromVersion ? <> (was {v(e.fromVersion)})</> : null}
        </span>
      ) : (
        <>
          {e.fromVersion ? v(e.fromVersion) : <span className="text-xs text-muted-foreground">set</span>}
          <ArrowRight className="size-3.5 text-muted-foreground" aria-label="to" />
          {v(e.toVersion)}
        </>
      )}
    </span>
  );
}

/**
 * A model's stage and alias changes, newest first (`modelTimeline(ctx, ref).entries`): what
 * changed, who asked, why, and the signatures that approved it. Renders on the server.
 */
export function ModelTimeline({
  entries,
  versionHref,
}: {
  entries: TimelineEntry[];
  /** Where a version number links to, e.g. its version page. */
  versionHref?: (version: number) => string;
}) {
  if (entries.length === 0)
    return <p className="px-4 py-4 text-sm text-muted-foreground">No stage or alias changes yet.</p>;
  return (
    <ol className="divide-y" aria-label="Model timeline">
      {groupByRequest(entries).map((group) => {
        const head = group[0]!;
        const Icon = group.some((e) => e.kind === "stage" && e.rollback)
          ? Undo2
          : group.some((e) => e.kind === "stage")
            ? Layers
            : Tag;
        return (
          <li key={head.id} className="flex gap-3 px-4 py-3 text-sm" data-testid="timeline-event">
            <span className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full border bg-card text-muted-foreground">
              <Icon className="size-3.5" aria-hidden />
            </span>
            <div className="min-w-0 flex-1 space-y-1.5">
              <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                <ul className="space-y-1">
                  {group.map((e) => (
                    <li key={e.id}>
                      <Change e={e} versionHref={versionHref} />
                    </li>
                  ))}
                </ul>
                <time
                  dateTime={head.at.toISOString()}
                  title={isoUtc(head.at)}
                  className="whitespace-nowrap text-xs text-muted-foreground"
                >
                  {formatDateTime(head.at)}
                </time>
              </div>
              <p className="text-xs text-muted-foreground">
                {head.requestId ? "Requested by " : "By "}
                <span className="font-medium text-foreground">{head.by}</span>
                {head.requestId ? (
                  <>
                    {" · "}
                    <Link
                      href={`/approvals/${head.requestId}`}
                      className="hover:text-foreground hover:underline"
                    >
                      request
                    </Link>
                  </>
                ) : null}
              </p>
              {head.reason ? <p className="whitespace-pre-line">“{head.reason}”</p> : null}
              {head.signatures.length ? (
                <ul className="space-y-1.5 border-l-2 pl-3" aria-label="Signatures">
                  {head.signatures.map((s) => (
                    <li
                      key={`${s.reviewerName}-${s.signedAt.toISOString()}`}
                      data-testid="timeline-signature"
                    >
                      <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                        <PenLine className="size-3 text-muted-foreground" aria-hidden />
                        <span className="font-medium">{s.reviewerName}</span>
                        <DecisionBadge decision={s.decision} />
                        <time
                          dateTime={s.signedAt.toISOString()}
                          title={isoUtc(s.signedAt)}
                          className="text-xs text-muted-foreground"
                        >
                          {formatDateTime(s.signedAt)}
                        </time>
                        {s.reason ? <span className="text-muted-foreground">“{s.reason}”</span> : null}
                      </p>
                      <p className="text-xs text-muted-foreground">Meaning: {s.meaning}</p>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
