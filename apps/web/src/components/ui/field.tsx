import { AlertCircle } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { Label } from "./input";

/** A labelled form control with its hint and its error (ids: `${id}-hint`, `${id}-error`). */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string[] | string;
  className?: string;
  children: ReactNode;
}) {
  const message = Array.isArray(error) ? error.join(" ") : error;
  return (
    <div className={cn("space-y-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {message ? (
        <p id={`${id}-error`} className="text-xs text-destructive">
          {message}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Ties a control to its Field's error or hint. */
export function fieldProps(id: string, error?: string[] | string, hasHint = false) {
  const invalid = Boolean(error && error.length > 0);
  return {
    id,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${id}-error` : hasHint ? `${id}-hint` : undefined,
  };
}

/** The form-level message of a failed action. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive"
    >
      <AlertCircle className="mt-0.5 size-4 shrink-0" /> {message}
    </p>
  );
}
