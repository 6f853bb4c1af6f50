import { Clock, FileText, GitCompareArrows, History } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { modelHref } from "./format";

export type ModelTab = "versions" | "card" | "timeline" | "compare";

/** The sections of a model: tabs of the model page, plus its compare page. */
export function ModelTabs({
  team,
  name,
  current,
  versionCount,
}: {
  team: string;
  name: string;
  current: ModelTab;
  versionCount?: number;
}) {
  const base = modelHref(team, name);
  const tabs = [
    { id: "versions", label: "Versions", icon: History, href: base, count: versionCount ?? null },
    { id: "card", label: "Model card", icon: FileText, href: `${base}?tab=card`, count: null },
    { id: "timeline", label: "Timeline", icon: Clock, href: `${base}?tab=timeline`, count: null },
    { id: "compare", label: "Compare", icon: GitCompareArrows, href: `${base}/compare`, count: null },
  ] as const;
  return (
    <nav aria-label="Model sections" className="mb-4 flex gap-1 overflow-x-auto border-b">
      {tabs.map((t) => (
        <Link
          key={t.id}
          href={t.href}
          aria-current={current === t.id ? "page" : undefined}
          className={cn(
            "-mb-px flex shrink-0 items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium transition-colors",
            current === t.id
              ? "border-primary text-foreground"
              : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          <t.icon className="size-4" />
          {t.label}
          {t.count !== null ? (
            <span className="rounded-full bg-muted px-1.5 text-xs text-muted-foreground">{t.count}</span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
