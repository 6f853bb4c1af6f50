import { CircleCheck, CircleDashed, CircleX, Crown, Lock, Tag } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { cn } from "@/lib/cn";

const statusTone = { pending: "warning", ready: "success", failed: "danger" } as const;
const statusIcon = { pending: CircleDashed, ready: CircleCheck, failed: CircleX } as const;

/** Version status: pending (artifacts still arriving), ready, failed. */
export function StatusBadge({ status }: { status: string }) {
  const s = status as keyof typeof statusTone;
  const Icon = statusIcon[s] ?? CircleDashed;
  return (
    <Badge tone={statusTone[s] ?? "neutral"} className="gap-1" data-status={status}>
      <Icon className="size-3" aria-hidden />
      {status}
    </Badge>
  );
}

/** Lifecycle stage; `none` is quiet on purpose so the interesting stages stand out. */
export function StageBadge({ stage }: { stage: string }) {
  if (stage === "none") return <span className="text-xs text-muted-foreground">none</span>;
  const cls = {
    staging: "border-primary/30 bg-accent text-accent-foreground",
    production: "border-success/40 bg-success/15 text-success",
    archived: "border-border bg-muted text-muted-foreground",
  }[stage];
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium",
        cls,
      )}
    >
      {stage === "production" ? <span className="size-1.5 rounded-full bg-success" aria-hidden /> : null}
      {stage}
    </span>
  );
}

/** `challenger → v4`; champion gets a crown and its own colour; protected ones a lock. */
export function AliasBadge({
  name,
  version,
  isProtected,
  href,
}: {
  name: string;
  version?: number | null;
  isProtected?: boolean;
  href?: string;
}) {
  const champion = name === "champion";
  const body = (
    <>
      {champion ? <Crown className="size-3" aria-hidden /> : <Tag className="size-3" aria-hidden />}
      <span>{name}</span>
      {version ? (
        <>
          {" "}
          <span className="opacity-70">→ v{version}</span>
        </>
      ) : null}
      {isProtected && !champion ? <Lock className="size-3 opacity-70" aria-label="protected" /> : null}
    </>
  );
  const cls = cn(
    "inline-flex items-center gap-1 rounded-md border px-1.5 py-0.5 font-mono text-xs font-medium whitespace-nowrap",
    champion
      ? "border-warning/60 bg-warning/20 text-foreground"
      : "border-primary/25 bg-accent/60 text-accent-foreground",
    href && "transition-colors hover:border-primary/60",
  );
  return href ? (
    <Link href={href} className={cls} data-alias={name}>
      {body}
    </Link>
  ) : (
    <span className={cls} data-alias={name}>
      {body}
    </span>
  );
}

/** `key=value` chips; with `href` each chip links (e.g. to the list filtered by it). */
export function TagChips({
  tags,
  href,
  empty = null,
  className,
}: {
  tags: Record<string, string>;
  href?: (key: string, value: string) => string;
  empty?: ReactNode;
  className?: string;
}) {
  const entries = Object.entries(tags);
  if (entries.length === 0) return <>{empty}</>;
  return (
    <ul className={cn("flex flex-wrap gap-1", className)} aria-label="Tags">
      {entries.map(([k, v]) => {
        const chip = (
          <>
            <span className="text-muted-foreground">{k}</span>
            <span className="text-muted-foreground/60">=</span>
            <span className="font-medium text-foreground">{v}</span>
          </>
        );
        const cls =
          "inline-flex max-w-56 items-center truncate rounded-md border bg-muted/60 px-1.5 py-0.5 font-mono text-[11px] leading-4";
        return (
          <li key={k}>
            {href ? (
              <Link
                href={href(k, v)}
                className={cn(cls, "transition-colors hover:border-primary/50 hover:bg-accent")}
                title={`Filter by ${k}=${v}`}
              >
                {chip}
              </Link>
            ) : (
              <span className={cls} title={`${k}=${v}`}>
                {chip}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
