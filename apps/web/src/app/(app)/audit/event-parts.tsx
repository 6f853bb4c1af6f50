import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/card";

/** One event as the page hands it to the browser (times as ISO strings, names resolved). */
export interface AuditRow {
  seq: number;
  at: string;
  actorType: "user" | "token" | "system" | "anonymous";
  actorName: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  model: string | null;
  modelId: string | null;
  team: string | null;
  teamId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  prevHash: string | null;
  hash: string | null;
}

export function actionTone(action: string) {
  if (action.endsWith("_failed") || action === "authorization.denied" || action === "transition.rejected")
    return "danger" as const;
  if (action === "transition.applied" || action === "transition.approved" || action === "audit.verified")
    return "success" as const;
  if (action.startsWith("auth.") || action.startsWith("audit.")) return "neutral" as const;
  return "primary" as const;
}

export const utcText = (iso: string) => iso.replace("T", " ").slice(0, 19);

export function ActorBadge({ type }: { type: AuditRow["actorType"] }) {
  if (type === "user") return null;
  return (
    <Badge tone={type === "token" ? "warning" : "neutral"} className="gap-1 px-1.5 py-0 text-[11px]">
      {type === "token" ? <KeyRound className="size-3" aria-hidden /> : null}
      {type}
    </Badge>
  );
}
