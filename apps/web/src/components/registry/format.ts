/** Display helpers of the registry pages; safe in server and client components. */

const units = ["B", "KB", "MB", "GB", "TB"];

/** 3145728 → "3.0 MB" (binary multiples, the way file managers show them). */
export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return "—";
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** Metric values: integers as they are, fractions to four significant digits. */
export function formatMetric(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e6)) return v.toExponential(3);
  return String(Number(v.toPrecision(4)));
}

export function shortSha(sha: string | null | undefined, n = 12): string {
  return sha ? sha.replace(/^sha256:/, "").slice(0, n) : "—";
}

/** The REST path of an artifact (upload with PUT, download with GET); each segment encoded. */
export function artifactUrl(team: string, name: string, version: number, path: string): string {
  const p = path.split("/").map(encodeURIComponent).join("/");
  return `/api/v1/models/${encodeURIComponent(team)}/${encodeURIComponent(name)}/versions/${version}/artifacts/${p}`;
}

export function modelHref(team: string, name: string): string {
  return `/models/${encodeURIComponent(team)}/${encodeURIComponent(name)}`;
}

export function versionHref(team: string, name: string, version: number): string {
  return `${modelHref(team, name)}/versions/${version}`;
}
