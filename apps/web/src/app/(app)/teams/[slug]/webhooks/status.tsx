import { CircleAlert, CircleCheck, CircleDashed, CirclePause, CircleX, TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/card";
import { formatDateTime, isoUtc } from "@/lib/format";

export interface WebhookState {
  active: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
}

/** Active, failing, off, or turned off automatically. */
export function WebhookStatusBadge({ webhook }: { webhook: WebhookState }) {
  if (!webhook.active && webhook.disabledReason)
    return (
      <Badge tone="danger" className="gap-1" data-webhook-status="disabled">
        <CircleX className="size-3" aria-hidden /> turned off
      </Badge>
    );
  if (!webhook.active)
    return (
      <Badge className="gap-1" data-webhook-status="off">
        <CirclePause className="size-3" aria-hidden /> off
      </Badge>
    );
  if (webhook.consecutiveFailures > 0)
    return (
      <Badge tone="warning" className="gap-1" data-webhook-status="failing">
        <CircleAlert className="size-3" aria-hidden /> failing
      </Badge>
    );
  return (
    <Badge tone="success" className="gap-1" data-webhook-status="active">
      <CircleCheck className="size-3" aria-hidden /> active
    </Badge>
  );
}

/** An attempt's outcome: the HTTP status, or what happened instead of one. */
export function AttemptBadge({
  ok,
  statusCode,
  error,
}: {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}) {
  const label =
    statusCode !== null
      ? String(statusCode)
      : error?.startsWith("Refused")
        ? "refused"
        : error?.startsWith("Timed out")
          ? "timeout"
          : "no answer";
  return (
    <Badge
      tone={ok ? "success" : "danger"}
      className="gap-1 whitespace-nowrap font-mono tabular-nums"
      data-attempt-status={label}
      title={error ?? undefined}
    >
      {ok ? <CircleCheck className="size-3" aria-hidden /> : <CircleX className="size-3" aria-hidden />}
      {label}
    </Badge>
  );
}

/** A delivery waiting for its next attempt. */
export function PendingBadge() {
  return (
    <Badge tone="warning" className="gap-1">
      <CircleDashed className="size-3" aria-hidden /> waiting
    </Badge>
  );
}

/** Why the worker turned the webhook off, and what to do about it. */
export function DisabledNotice({ reason, at }: { reason: string; at: Date | string | null }) {
  return (
    <div
      role="status"
      className="flex items-start gap-2.5 rounded-lg border border-destructive/30 bg-destructive/10 px-3.5 py-2.5 text-sm"
      data-testid="webhook-disabled-reason"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
      <div className="space-y-0.5">
        <p className="font-medium text-destructive">
          Turned off{" "}
          <span title={isoUtc(at)} className="font-normal">
            {at ? `on ${formatDateTime(at)}` : ""}
          </span>
        </p>
        <p className="text-foreground/80">{reason}</p>
        <p className="text-xs text-muted-foreground">
          Fix the receiver, send a test event, then turn the webhook back on: deliveries that were waiting
          resume.
        </p>
      </div>
    </div>
  );
}
