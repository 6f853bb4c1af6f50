import "server-only";
import { DomainError } from "@modelgate/core";
import type { NextRequest } from "next/server";

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
