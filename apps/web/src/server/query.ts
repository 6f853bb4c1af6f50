import "server-only";
import { DomainError } from "@modelgate/core";
import { utcBound } from "@/lib/audit-filter";

/**
 * An instant from a query value: ISO-8601, or a `datetime-local` value / bare date without a zone,
 * read as UTC (never the server's zone). Missing → now; anything else is a validation error.
 */
export function instantParam(raw: string | undefined, name = "at"): Date {
  const text = raw?.trim();
  if (!text) return new Date();
  const at = /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(utcBound(text, false)) : null;
  if (!at || Number.isNaN(at.getTime())) {
    throw new DomainError(
      "validation_failed",
      `${name} must be an ISO-8601 date and time, e.g. 2025-01-31T12:00Z.`,
      {
        fields: { [name]: ["Not a date and time"] },
      },
    );
  }
  return at;
}
