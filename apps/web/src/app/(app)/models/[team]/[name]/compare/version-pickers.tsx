"use client";

import { ArrowLeftRight, Loader2 } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";

/**
 * Baseline and candidate pickers (aliases first, then every version) and a swap button. The choice
 * lives in the URL, so a comparison can be linked; the server does the comparing.
 */
export function VersionPickers({
  options,
  baseline,
  candidate,
}: {
  options: SelectOption[];
  /** The current selectors (alias name or version number), resolved by the server. */
  baseline: string | null;
  candidate: string | null;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  function go(next: { baseline?: string | null; candidate?: string | null }) {
    const q = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(next)) {
      if (v) q.set(k, v);
      else if (v === null) q.delete(k);
    }
    start(() => router.push(`${pathname}?${q.toString()}`, { scroll: false }));
  }
  return (
    <div className="flex flex-wrap items-end gap-3" aria-busy={pending || undefined}>
      <div className="min-w-52 flex-1 space-y-1.5 sm:flex-none">
        <label htmlFor="compare-baseline" className="text-xs font-medium text-muted-foreground">
          Baseline
        </label>
        <Select
          id="compare-baseline"
          aria-label="Baseline version"
          value={baseline ?? undefined}
          placeholder="Choose a version"
          options={options}
          disabled={pending}
          onValueChange={(v) => go({ baseline: v, candidate: params.get("candidate") ?? candidate })}
          className="sm:w-56"
        />
      </div>
      <Button
        type="button"
        variant="outline"
        size="icon"
        aria-label="Swap baseline and candidate"
        title="Swap baseline and candidate"
        disabled={pending || !baseline || !candidate}
        onClick={() => go({ baseline: candidate, candidate: baseline })}
      >
        {pending ? <Loader2 className="animate-spin" /> : <ArrowLeftRight />}
      </Button>
      <div className="min-w-52 flex-1 space-y-1.5 sm:flex-none">
        <label htmlFor="compare-candidate" className="text-xs font-medium text-muted-foreground">
          Candidate
        </label>
        <Select
          id="compare-candidate"
          aria-label="Candidate version"
          value={candidate ?? undefined}
          placeholder="Choose a version"
          options={options}
          disabled={pending}
          onValueChange={(v) => go({ candidate: v, baseline: params.get("baseline") ?? baseline })}
          className="sm:w-56"
        />
      </div>
    </div>
  );
}
