import { ModelgateError } from "./errors.js";

export interface ModelRefParts {
  team: string;
  name: string;
}
export interface VersionRefParts extends ModelRefParts {
  version: number;
}
/** `"team/name"` or `{ team, name }`. */
export type ModelRef = string | ModelRefParts;
/** `"team/name/3"` or `{ team, name, version }`. */
export type VersionRef = string | VersionRefParts;

const SEGMENT = "[^/\\s@]+";
const MODEL_REF = new RegExp(`^(${SEGMENT})/(${SEGMENT})$`);
const VERSION_REF = new RegExp(`^(${SEGMENT})/(${SEGMENT})/(\\d{1,9})$`);

export function parseModelRef(ref: ModelRef): ModelRefParts {
  if (typeof ref !== "string") return { team: ref.team, name: ref.name };
  const m = MODEL_REF.exec(ref.trim());
  if (!m) throw new ModelgateError("invalid_reference", `'${ref}' is not a model reference; use team/name`);
  return { team: m[1]!, name: m[2]! };
}

export function parseVersionRef(ref: VersionRef): VersionRefParts {
  if (typeof ref !== "string") return { team: ref.team, name: ref.name, version: ref.version };
  const m = VERSION_REF.exec(ref.trim());
  if (!m || Number(m[3]) < 1)
    throw new ModelgateError("invalid_reference", `'${ref}' is not a version reference; use team/name/3`);
  return { team: m[1]!, name: m[2]!, version: Number(m[3]) };
}

export const modelPath = (r: ModelRefParts) =>
  `/api/v1/models/${encodeURIComponent(r.team)}/${encodeURIComponent(r.name)}`;
export const versionPath = (r: VersionRefParts) => `${modelPath(r)}/versions/${r.version}`;

/**
 * An artifact path as URL path segments. `..` is refused here: a URL parser would silently
 * resolve it and the request would reach another path than the one named.
 */
export function artifactUrlPath(path: string): string {
  const segments = path
    .replace(/\\/g, "/")
    .split("/")
    .filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.includes(".."))
    throw new ModelgateError("invalid_path", `'${path}' is not a valid artifact path (relative, no '..').`);
  return segments.map(encodeURIComponent).join("/");
}
