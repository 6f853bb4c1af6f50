import { PenLine } from "lucide-react";
import { formatDateTime, isoUtc } from "@/lib/format";
import { shortHash } from "./format";
import { DecisionBadge } from "./status-badge";

export interface SignatureView {
  id: string;
  reviewerName: string;
  decision: "approve" | "reject";
  meaning: string;
  reason: string | null;
  signedAt: Date;
  versionContentHash: string;
}

/**
 * Every signature on the request as recorded: printed name, UTC time, meaning, reason and the
 * hash of the version content the signer approved or rejected.
 */
export function DecisionTimeline({ decisions }: { decisions: SignatureView[] }) {
  if (decisions.length === 0)
    return <p className="px-4 py-4 text-sm text-muted-foreground">Nobody has signed yet.</p>;
  return (
    <ol className="relative space-y-0 px-4 py-2" aria-label="Signatures">
      {decisions.map((d, i) => (
        <li key={d.id} className="relative flex gap-3 py-3" data-testid="signature">
          {i < decisions.length - 1 ? (
            <span className="absolute left-[13px] top-10 bottom-0 w-px bg-border" aria-hidden />
          ) : null}
          <span className="flex size-7 shrink-0 items-center justify-center rounded-full border bg-card text-muted-foreground">
            <PenLine className="size-3.5" />
          </span>
          <div className="min-w-0 flex-1 space-y-1 text-sm">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-semibold">{d.reviewerName}</span>
              <DecisionBadge decision={d.decision} />
              <time
                dateTime={d.signedAt.toISOString()}
                title={isoUtc(d.signedAt)}
                className="text-xs text-muted-foreground"
              >
                {formatDateTime(d.signedAt)}
              </time>
            </p>
            <p className="text-muted-foreground">
              Meaning: <span className="text-foreground">{d.meaning}</span>
            </p>
            {d.reason ? <p className="whitespace-pre-line">“{d.reason}”</p> : null}
            <p className="text-xs text-muted-foreground">
              Signed on version content{" "}
              <code className="rounded bg-muted px-1 py-0.5 font-mono" title={d.versionContentHash}>
                {shortHash(d.versionContentHash)}
              </code>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
