import { CircleCheck, CircleX } from "lucide-react";
import { cn } from "@/lib/cn";

export interface GateResultView {
  label: string;
  passed: boolean;
  actual: string;
  required: string;
}

/** The policy's gates as evaluated for the version: pass/fail, what it has vs what is required. */
export function GateList({ gates }: { gates: GateResultView[] }) {
  if (gates.length === 0)
    return (
      <p className="px-4 py-4 text-sm text-muted-foreground">The policy sets no gates for this change.</p>
    );
  return (
    <ul className="divide-y" aria-label="Gates">
      {gates.map((g) => (
        <li
          key={g.label}
          className="flex items-start gap-3 px-4 py-3 text-sm"
          data-gate={g.passed ? "passed" : "failed"}
        >
          {g.passed ? (
            <CircleCheck className="mt-0.5 size-4 shrink-0 text-success" aria-label="passed" />
          ) : (
            <CircleX className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="failed" />
          )}
          <div className="min-w-0 flex-1">
            <p className="font-medium">{g.label}</p>
            <p className="mt-0.5 text-xs text-muted-foreground">
              actual{" "}
              <span
                className={cn("font-mono", g.passed ? "text-foreground" : "font-semibold text-destructive")}
              >
                {g.actual}
              </span>
              <span aria-hidden> · </span>
              required <span className="font-mono text-foreground">{g.required}</span>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
