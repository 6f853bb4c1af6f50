/**
 * `key=value` lines, the plain-text editor of tags, params and metrics. Parsing happens in the
 * browser only to give line-level messages early; the services validate again.
 */

export interface ParsedLines<V> {
  values: Record<string, V>;
  errors: string[];
}

export function parseKeyValueLines(text: string, what = "entry"): ParsedLines<string> {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    const key = eq > 0 ? line.slice(0, eq).trim() : "";
    if (!key) {
      errors.push(`Line ${i + 1}: write ${what}s as key=value.`);
      return;
    }
    if (key in values) errors.push(`Line ${i + 1}: ${key} appears twice.`);
    values[key] = line.slice(eq + 1).trim();
  });
  return { values, errors };
}

/** Like parseKeyValueLines, but every value must be a finite number (metrics). */
export function parseNumberLines(text: string): ParsedLines<number> {
  const { values, errors } = parseKeyValueLines(text, "metric");
  const numbers: Record<string, number> = {};
  for (const [k, v] of Object.entries(values)) {
    const n = v === "" ? Number.NaN : Number(v);
    if (Number.isFinite(n)) numbers[k] = n;
    else errors.push(`${k}: '${v}' is not a number.`);
  }
  return { values: numbers, errors };
}

export function toKeyValueLines(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join("\n");
}

/**
 * Field errors of a service call (`tags.domain`, `lineage.gitCommit`, `metrics.0.key`) grouped
 * under the form field that produced them; a named sub-key stays as a prefix ("domain: …").
 */
export function groupFieldErrors(
  fields: Record<string, string[]> | undefined,
  map: (key: string) => string = (k) => k.split(".")[0] ?? k,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields ?? {})) {
    const target = map(key);
    const rest = key.startsWith(`${target}.`) ? key.slice(target.length + 1) : "";
    const named = rest && !/^\d/.test(rest) ? rest : "";
    out[target] = [...(out[target] ?? []), ...messages.map((m) => (named ? `${named}: ${m}` : m))];
  }
  return out;
}

/**
 * A failed action's error with its field messages grouped per form field; when every problem
 * is shown under a field, the summary says so plainly instead of repeating the first one.
 */
export function withFieldErrors<
  E extends { code: string; message: string; fields?: Record<string, string[]> },
>(error: E, map?: (key: string) => string): E {
  const fields = groupFieldErrors(error.fields, map);
  const plain = error.code === "validation_failed" && Object.keys(fields).length > 0;
  return { ...error, fields, message: plain ? "Some fields need fixing." : error.message };
}
