/**
 * Before/after of an audit event as rows of keys: nested objects flattened to dotted paths (so
 * `tags.owner` changes on its own line), arrays and scalars compared whole. Pure.
 */

export type DiffKind = "changed" | "added" | "removed" | "unchanged";
export interface DiffRow {
  key: string;
  kind: DiffKind;
  /** Absent when the key exists only after (added). */
  before?: unknown;
  /** Absent when the key exists only before (removed). */
  after?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON with sorted keys: equal values give equal text whatever their key order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (isRecord(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

function flatten(v: unknown, prefix: string, out: Map<string, unknown>) {
  if (isRecord(v) && Object.keys(v).length > 0) {
    for (const [k, child] of Object.entries(v)) flatten(child, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, v);
  }
}

/** A side as key → value; null or absent is no keys, a non-object is the single key "value". */
function entries(side: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (side === null || side === undefined) return out;
  if (!isRecord(side)) out.set("value", side);
  else for (const [k, v] of Object.entries(side)) flatten(v, k, out);
  return out;
}

/** Keys in the order they first appear (before's, then new ones of after). */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const b = entries(before);
  const a = entries(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys.map((key) => {
    if (!a.has(key)) return { key, kind: "removed", before: b.get(key) };
    if (!b.has(key)) return { key, kind: "added", after: a.get(key) };
    const kind = stable(b.get(key)) === stable(a.get(key)) ? "unchanged" : "changed";
    return { key, kind, before: b.get(key), after: a.get(key) };
  });
}

/** A value for a table cell: strings as they are, everything else as JSON. */
export function showValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === undefined) return "";
  return JSON.stringify(v, null, Array.isArray(v) || isRecord(v) ? 2 : undefined) ?? "";
}
