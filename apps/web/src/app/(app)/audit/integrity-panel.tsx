import type { AuditCheckpoint } from "@modelgate/core";
import { KeyRound, ShieldAlert, ShieldCheck, ShieldQuestion, Stamp } from "lucide-react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatDateTime, isoUtc } from "@/lib/format";
import { VerifyButton } from "./verify-button";

export interface VerificationSummary {
  at: string;
  by: string;
  ok: boolean;
  verifiedThrough: number;
  firstBreak: { seq: number; reason: string } | null;
}

/**
 * The trail's integrity at a glance: the last full verification (green, red with the first
 * broken link, or not yet), the newest signed checkpoint and the key that verifies them.
 */
export function IntegrityPanel({
  canVerify,
  verification: v,
  checkpoint,
  keyId,
}: {
  canVerify: boolean;
  verification: VerificationSummary | null;
  checkpoint: AuditCheckpoint | null;
  keyId: string | null;
}) {
  const state = !canVerify ? null : v === null ? "none" : v.ok ? "ok" : "broken";
  return (
    <Card className="mb-6 flex flex-col divide-y lg:flex-row lg:divide-x lg:divide-y-0">
      {state ? (
        <div className="flex flex-1 flex-wrap items-center gap-3 px-4 py-3">
          <div
            data-testid="audit-verification"
            data-state={state}
            role="status"
            className={cn(
              "flex min-w-0 flex-1 items-start gap-2.5 rounded-lg border px-3 py-2 text-sm",
              state === "ok" && "border-success/40 bg-success/10",
              state === "broken" && "border-destructive/40 bg-destructive/10",
              state === "none" && "bg-muted/50",
            )}
          >
            {state === "ok" ? (
              <ShieldCheck className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
            ) : state === "broken" ? (
              <ShieldAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
            ) : (
              <ShieldQuestion className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
            )}
            {v === null ? (
              <span className="text-muted-foreground">
                Not verified yet. Verification recomputes every hash and checks every signed checkpoint.
              </span>
            ) : v.ok ? (
              <span>
                <span className="font-medium">Chain verified through #{v.verifiedThrough}</span>{" "}
                <span className="text-muted-foreground">
                  at <time title={isoUtc(v.at)}>{formatDateTime(v.at)}</time> (by {v.by})
                </span>
              </span>
            ) : (
              <span>
                <span className="font-medium text-destructive">
                  Chain broken at #{v.firstBreak?.seq}: {v.firstBreak?.reason}
                </span>{" "}
                <span className="text-muted-foreground">
                  — intact through #{v.verifiedThrough}, checked at{" "}
                  <time title={isoUtc(v.at)}>{formatDateTime(v.at)}</time> (by {v.by})
                </span>
              </span>
            )}
          </div>
          <VerifyButton />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 text-sm">
        <div className="flex items-center gap-2" data-testid="audit-checkpoint">
          <Stamp className="size-4 text-muted-foreground" aria-hidden />
          {checkpoint ? (
            <span>
              <span className="text-muted-foreground">Latest signed checkpoint</span>{" "}
              <span className="font-mono font-medium">#{checkpoint.seq}</span>{" "}
              <span className="text-muted-foreground">
                at <time title={isoUtc(checkpoint.at)}>{formatDateTime(checkpoint.at)}</time>
              </span>
            </span>
          ) : (
            <span className="text-muted-foreground">
              No signed checkpoint yet (one is signed every minute).
            </span>
          )}
        </div>
        {keyId ? (
          <a
            href="/api/v1/audit/public-key?format=pem"
            download={`modelgate-audit-${keyId}.pem`}
            className="inline-flex items-center gap-1.5 text-primary hover:underline"
            title="The Ed25519 public key that verifies checkpoints and exports offline"
          >
            <KeyRound className="size-4" aria-hidden />
            Public key <span className="font-mono text-xs">{keyId}</span>
          </a>
        ) : null}
      </div>
    </Card>
  );
}
