/**
 * Pure naming rules of the registry: model names, references (`team/name@alias`, `team/name/3`,
 * `team/name@latest`), artifact paths and search filters. No I/O; unit-tested.
 */
import { DomainError } from "../errors";

/** Lowercase slug: letters, digits, dot, dash, underscore; starts and ends with a letter or digit. */
export const MODEL_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;
export const MODEL_NAME_RULE =
  "Use 1–100 lowercase letters, digits, '.', '_' or '-', starting and ending with a letter or digit";
export const ALIAS_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
export const ALIAS_RULE = "Use 1–40 lowercase letters, digits, '_' or '-', starting with a letter";
/** Aliases that can never be set by hand. */
export const RESERVED_ALIASES = ["latest"] as const;
/** Protected no matter what a maintainer marks: only an approved transition request moves it. */
export const ALWAYS_PROTECTED_ALIASES = ["champion"] as const;

export type VersionSelector =
  | { kind: "number"; version: number }
  | { kind: "alias"; alias: string }
  | { kind: "latest" };

export interface ModelRef {
  team: string;
  name: string;
  selector?: VersionSelector;
}

const TEAM = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";
const NAME = "[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?";
const REF_PATTERN = new RegExp(`^(${TEAM})/(${NAME})(?:/(\\d{1,9})|@([a-z][a-z0-9_-]{0,39}))?$`);

/** Parses `team/name`, `team/name/3`, `team/name@alias`, `team/name@latest`. */
export function parseModelRef(input: string): ModelRef {
  const m = REF_PATTERN.exec(input.trim());
  if (!m) {
    throw new DomainError(
      "validation_failed",
      `'${input.slice(0, 200)}' is not a model reference; use team/name, team/name/3 or team/name@alias`,
      { fields: { ref: ["Invalid reference"] } },
    );
  }
  const [, team, name, num, alias] = m;
  let selector: VersionSelector | undefined;
  if (num) selector = { kind: "number", version: Number(num) };
  else if (alias) selector = alias === "latest" ? { kind: "latest" } : { kind: "alias", alias };
  return { team: team!, name: name!, ...(selector ? { selector } : {}) };
}

/**
 * Normalizes an artifact path inside a version: forward slashes, no empty, `.` or `..`
 * segments, not absolute, no control characters. Returns the canonical form or throws.
 */
export function normalizeArtifactPath(raw: string): string {
  const bad = (why: string) =>
    new DomainError("validation_failed", `Artifact path '${raw.slice(0, 200)}' ${why}`, {
      fields: { path: [why] },
    });
  if (typeof raw !== "string" || raw.length === 0) throw bad("is empty");
  if (raw.length > 500) throw bad("is longer than 500 characters");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw bad("contains control characters");
  const p = raw.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[a-zA-Z]:\//.test(p)) throw bad("must be relative");
  const segments = p.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.length === 0) throw bad("is empty");
  if (segments.some((s) => s === "..")) throw bad("must not contain '..'");
  return segments.join("/");
}

export type MetricOp = ">=" | "<=" | ">" | "<" | "=";
export interface MetricFilter {
  key: string;
  op: MetricOp;
  value: number;
}
/** Metric keys everywhere (offline, online, definitions, gates). */
export const METRIC_KEY_PATTERN = /^[A-Za-z0-9_.\-/]{1,100}$/;
export const METRIC_KEY_RULE = "Metric keys: 1–100 letters, digits or _.-/";

const METRIC_FILTER = /^([A-Za-z0-9_.\-/]{1,100})\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)$/;

/** `auc>=0.9` → { key: "auc", op: ">=", value: 0.9 }. */
export function parseMetricFilter(input: string): MetricFilter {
  const m = METRIC_FILTER.exec(input.trim());
  if (!m) {
    throw new DomainError(
      "validation_failed",
      `'${input.slice(0, 100)}' is not a metric filter; use e.g. auc>=0.9`,
      {
        fields: { metric: ["Invalid metric filter"] },
      },
    );
  }
  return { key: m[1]!, op: m[2] as MetricOp, value: Number(m[3]) };
}

/** `stage=prod` → ["stage", "prod"]. Keys are restricted; values are any text up to 200 chars. */
export function parseTagFilter(input: string): [string, string] {
  const i = input.indexOf("=");
  const key = i > 0 ? input.slice(0, i).trim() : "";
  const value = i > 0 ? input.slice(i + 1).trim() : "";
  if (!/^[A-Za-z0-9_.\-/:]{1,100}$/.test(key) || value.length === 0 || value.length > 200) {
    throw new DomainError(
      "validation_failed",
      `'${input.slice(0, 100)}' is not a tag filter; use key=value`,
      {
        fields: { tag: ["Invalid tag filter"] },
      },
    );
  }
  return [key, value];
}
