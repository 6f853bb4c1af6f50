import { Ban, CircleCheck, CircleDashed, CircleX, Clock, Replace } from "lucide-react";
import { Badge } from "@/components/ui/card";
import type { RequestStatus } from "./format";

const tone = {
  pending: "warning",
  applied: "success",
  rejected: "danger",
  cancelled: "neutral",
  expired: "neutral",
  superseded: "neutral",
} as const;
const icon = {
  pending: CircleDashed,
  applied: CircleCheck,
  rejected: CircleX,
  cancelled: Ban,
  expired: Clock,
  superseded: Replace,
} as const;

/** A request's status; `approved` is never shown as such because approval applies at once. */
export function RequestStatusBadge({ status }: { status: string }) {
  const s = status as RequestStatus;
  const Icon = icon[s] ?? CircleDashed;
  return (
    <Badge tone={tone[s] ?? "neutral"} className="gap-1" data-request-status={status}>
      <Icon className="size-3" aria-hidden />
      {status}
    </Badge>
  );
}

/** A signature's decision. */
export function DecisionBadge({ decision }: { decision: "approve" | "reject" }) {
  return decision === "approve" ? (
    <Badge tone="success" className="gap-1">
      <CircleCheck className="size-3" aria-hidden /> approved
    </Badge>
  ) : (
    <Badge tone="danger" className="gap-1">
      <CircleX className="size-3" aria-hidden /> rejected
    </Badge>
  );
}
