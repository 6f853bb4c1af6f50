/**
 * The audit trail's filters as they travel in URLs: the audit page, its export links and the
 * /api/v1/audit routes read the same names. Pure: used on the server and in the browser.
 */

export const auditFilterKeys = [
  "from",
  "to",
  "actor",
  "team",
  "action",
  "entityType",
  "entityId",
  "model",
  "requestId",
] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];
export type AuditFilterParams = Partial<Record<AuditFilterKey, string>>;

/** Select placeholder values that mean "no filter" (a select item cannot have an empty value). */
export const ANY = "any";

type Raw = URLSearchParams | Record<string, string | string[] | undefined>;

function get(sp: Raw, key: string): string | undefined {
  const v = sp instanceof URLSearchParams ? (sp.get(key) ?? undefined) : sp[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s && s !== ANY ? s : undefined;
}

/** The filter fields present in a query string (blank and "any" values dropped; core validates). */
export function auditFilterOf(sp: Raw): AuditFilterParams {
  const out: AuditFilterParams = {};
  for (const k of auditFilterKeys) {
    const v = get(sp, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A time bound as an instant. Values without a zone (a `datetime-local` field, a bare date) are
 * UTC, never the server's zone; an upper bound covers its whole minute or day, so `to=12:00`
 * includes 12:00:30.
 */
export function utcBound(value: string, end: boolean): string {
  if (MINUTE.test(value)) return `${value}${end ? ":59.999" : ":00.000"}Z`;
  if (DAY.test(value)) return `${value}${end ? "T23:59:59.999" : "T00:00:00.000"}Z`;
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return `${value}Z`;
  return value;
}

/** The filter as the core service takes it (time bounds made explicit UTC instants). */
export function serviceFilter(f: AuditFilterParams): AuditFilterParams {
  return {
    ...f,
    ...(f.from ? { from: utcBound(f.from, false) } : {}),
    ...(f.to ? { to: utcBound(f.to, true) } : {}),
  };
}

export function hasAuditFilters(f: AuditFilterParams): boolean {
  return auditFilterKeys.some((k) => f[k] !== undefined);
}

function filterParams(f: AuditFilterParams): URLSearchParams {
  const sp = new URLSearchParams();
  for (const k of auditFilterKeys) if (f[k]) sp.set(k, f[k]!);
  return sp;
}

/**
 * `/audit?…`: the filters, and for deeper pages the keyset position (`before`) and the positions
 * of the pages before it (`prev`, so "Newer" can step back).
 */
export function auditHref(f: AuditFilterParams, page: { before?: number; prev?: number[] } = {}): string {
  const sp = filterParams(f);
  if (page.before !== undefined) sp.set("before", String(page.before));
  for (const p of page.prev ?? []) sp.append("prev", String(p));
  const s = sp.toString();
  return s ? `/audit?${s}` : "/audit";
}

/** The streamed export of exactly the filtered view. */
export function auditExportHref(f: AuditFilterParams, format: "csv" | "jsonl"): string {
  const sp = filterParams(f);
  sp.set("format", format);
  return `/api/v1/audit/export?${sp.toString()}`;
}
