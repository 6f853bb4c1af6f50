import "server-only";
import { DomainError } from "@modelgate/core";
import type { NextRequest } from "next/server";
import { utcBound } from "@/lib/audit-filter";

/** Query-string helpers: one value, all values, a bounded integer. Validation stays in core. */
export function queryOf(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  return {
    get: (k: string) => sp.get(k) ?? undefined,
    all: (k: string) => sp.getAll(k),
    int(k: string): number | undefined {
      const v = sp.get(k);
      if (v === null || v === "") return undefined;
      if (!/^\d{1,9}$/.test(v))
        throw new DomainError("validation_failed", `${k} must be a positive whole number.`, {
          fields: { [k]: ["Not a number"] },
        });
      return Number(v);
    },
    bool(k: string): boolean | undefined {
      const v = sp.get(k);
      return v === null ? undefined : v === "true" || v === "1";
    },
  };
}

/** Path segment `3` → 3; anything else is a validation error. */
export function versionNumber(raw: string): number {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new DomainError("validation_failed", `'${raw.slice(0, 20)}' is not a version number.`, {
      fields: { version: ["Not a version number"] },
    });
  }
  return Number(raw);
}

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
