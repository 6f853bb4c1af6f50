"use client";

import { Check, Copy, TriangleAlert } from "lucide-react";
import { type ReactNode, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** A secret shown exactly once (temporary password, API token), with a copy button. */
export function SecretReveal({
  label,
  value,
  testId,
  warning,
  children,
}: {
  label: string;
  value: string;
  testId: string;
  warning: ReactNode;
  children?: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`${label} copied to the clipboard`);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("Copying is blocked by the browser here; select the text and copy it by hand.");
    }
  }
  return (
    <div className="space-y-3">
      <div className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/15 px-3 py-2 text-sm">
        <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" />
        <span>{warning}</span>
      </div>
      <div>
        <p className="mb-1.5 text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</p>
        <div className="flex items-stretch gap-2">
          <code
            data-testid={testId}
            className="flex min-w-0 flex-1 items-center break-all rounded-md border bg-muted px-3 py-2 font-mono text-sm select-all"
          >
            {value}
          </code>
          <Button type="button" variant="outline" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
            {copied ? <Check /> : <Copy />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
      {children}
    </div>
  );
}
