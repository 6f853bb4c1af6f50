"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/cn";

/** Shell commands to copy: one per line, a `$` prompt that is not copied. */
export function CodeBlock({
  lines,
  className,
  label,
  wrap = false,
}: {
  lines: string[];
  className?: string;
  label?: string;
  /** Wrap long commands (narrow columns) instead of scrolling. */
  wrap?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(lines.join("\n"));
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard blocked (insecure origin): the text stays selectable.
    }
  }
  return (
    <div className={cn("group relative rounded-lg border bg-muted/60 text-left", className)}>
      {label ? (
        <div className="border-b px-3 py-1.5 text-[11px] font-medium uppercase tracking-wide text-muted-foreground">
          {label}
        </div>
      ) : null}
      <pre
        className={cn(
          "overflow-x-auto px-3 py-2.5 font-mono text-[13px] leading-6",
          wrap && "whitespace-pre-wrap [overflow-wrap:anywhere]",
        )}
      >
        {lines.map((l) => (
          <div key={l}>
            <span className="select-none text-muted-foreground">$ </span>
            <code>{l}</code>
          </div>
        ))}
      </pre>
      <button
        type="button"
        onClick={copy}
        aria-label="Copy commands"
        className="absolute right-2 bottom-2 rounded-md border bg-card p-1.5 text-muted-foreground opacity-0 shadow-sm transition-opacity hover:text-foreground focus-visible:opacity-100 group-hover:opacity-100"
      >
        {copied ? <Check className="size-3.5" /> : <Copy className="size-3.5" />}
      </button>
    </div>
  );
}
