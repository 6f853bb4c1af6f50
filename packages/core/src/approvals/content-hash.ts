import { createHash } from "node:crypto";
import { canonicalJson } from "../audit/chain";

/**
 * The fingerprint of what a reviewer signs: the version's immutable content (params, lineage,
 * artifacts by digest, registration metrics). A signature records it; changed content = new hash.
 */
export function versionContentHash(v: {
  model: string;
  version: number;
  params: Record<string, string>;
  lineage: object;
  artifacts: { path: string; sha256: string | null; storageUri: string | null }[];
  metrics: {
    key: string;
    value: number;
    step: number | null;
    dataset: string | null;
    slice: string | null;
  }[];
}): string {
  const content = {
    domain: "modelgate.version-content.v1",
    model: v.model,
    version: v.version,
    params: v.params,
    lineage: v.lineage,
    artifacts: [...v.artifacts]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((a) => [a.path, a.sha256, a.storageUri]),
    metrics: [...v.metrics].map((m) => [m.key, m.value, m.step, m.dataset, m.slice]).sort(),
  };
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
