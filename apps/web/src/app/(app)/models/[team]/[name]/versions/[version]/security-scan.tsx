import { ShieldAlert, ShieldCheck, ShieldQuestion } from "lucide-react";
import { Badge } from "@/components/ui/card";
import { formatDateTime, isoUtc } from "@/lib/format";

/** The columns of an artifact row the security scan lives in (as getVersion returns them). */
export interface ScannedArtifactRow {
  id: string;
  path: string;
  external: boolean;
  status: string;
  scanVerdict: string | null;
  scanCategory: string | null;
  scanResult: unknown;
  scannedAt: Date | null;
}

interface StoredScan {
  summary?: string;
  scannerVersion?: string;
  findings?: {
    file?: string;
    callable: string;
    verdict: string;
    opcode: string;
    offset: number;
    reason: string;
  }[];
  findingsTruncated?: boolean;
  limitsHit?: { limit: string; reason: string }[];
}

const MAX_ROWS = 50;

/** clean / review / unsafe, or why there is no verdict. */
export function ScanBadge({ artifact: a }: { artifact: ScannedArtifactRow }) {
  if (!a.scanCategory) {
    return (
      <Badge
        className="gap-1"
        data-scan="none"
        title={a.external ? "External artifacts are not scanned" : undefined}
      >
        {a.external ? "not scanned (external)" : a.status === "verified" ? "not scanned" : "—"}
      </Badge>
    );
  }
  const tone = a.scanCategory === "unsafe" ? "danger" : a.scanCategory === "review" ? "warning" : "success";
  const Icon =
    a.scanCategory === "unsafe" ? ShieldAlert : a.scanCategory === "review" ? ShieldQuestion : ShieldCheck;
  return (
    <Badge tone={tone} className="gap-1" data-scan={a.scanCategory} title={`verdict: ${a.scanVerdict}`}>
      <Icon className="size-3" aria-hidden />
      {a.scanCategory === "clean" ? "clean" : `${a.scanCategory}: ${a.scanVerdict}`}
    </Badge>
  );
}

const verdictTone = (v: string) => (v === "dangerous" ? "danger" : v === "unknown" ? "warning" : "success");

/** Per-artifact verdicts and the findings (dangerous and unknown first). */
export function SecurityScan({ artifacts }: { artifacts: ScannedArtifactRow[] }) {
  const uploaded = artifacts.filter((a) => !a.external);
  const external = artifacts.filter((a) => a.external);
  const findings = uploaded.flatMap((a) =>
    ((a.scanResult as StoredScan | null)?.findings ?? []).map((f) => ({ ...f, artifact: a.path })),
  );
  const rank = (v: string) => (v === "dangerous" ? 0 : v === "unknown" ? 1 : 2);
  findings.sort((x, y) => rank(x.verdict) - rank(y.verdict));
  const shown = findings.slice(0, MAX_ROWS);
  return (
    <div>
      <ul className="divide-y text-sm" aria-label="Scan verdicts">
        {uploaded.map((a) => {
          const r = a.scanResult as StoredScan | null;
          return (
            <li
              key={a.id}
              className="flex flex-wrap items-start gap-x-4 gap-y-1 px-4 py-2.5"
              data-artifact={a.path}
            >
              <span className="font-mono text-xs font-medium">{a.path}</span>
              <ScanBadge artifact={a} />
              <span className="min-w-0 flex-1 text-xs text-muted-foreground">
                {r?.summary ??
                  (a.status === "verified" ? "Uploaded before scanning existed." : "Not uploaded yet.")}
                {r?.limitsHit?.length ? ` Limits hit: ${r.limitsHit.map((l) => l.reason).join("; ")}.` : ""}
              </span>
              {a.scannedAt ? (
                <span className="text-xs text-muted-foreground" title={isoUtc(a.scannedAt)}>
                  {r?.scannerVersion ? `scanner ${r.scannerVersion}, ` : ""}
                  {formatDateTime(a.scannedAt)}
                </span>
              ) : null}
            </li>
          );
        })}
        {external.length ? (
          <li className="px-4 py-2.5 text-xs text-muted-foreground">
            {external.length === 1 ? "1 external artifact is" : `${external.length} external artifacts are`}{" "}
            registered by reference and not scanned: the server does not fetch them.
          </li>
        ) : null}
      </ul>
      {findings.length ? (
        <div className="overflow-x-auto border-t">
          <table className="w-full text-sm" aria-label="Scan findings">
            <thead className="border-b bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  File
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Callable
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Verdict
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Offset
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Why
                </th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {shown.map((f) => (
                <tr
                  key={`${f.artifact}|${f.file ?? ""}|${f.callable}|${f.offset}`}
                  className="hover:bg-muted/40"
                >
                  <td className="px-4 py-2 font-mono text-xs">
                    {f.artifact}
                    {f.file ? <span className="text-muted-foreground">!/{f.file}</span> : null}
                  </td>
                  <td className="px-4 py-2 font-mono text-xs font-medium">{f.callable}</td>
                  <td className="px-4 py-2">
                    <Badge tone={verdictTone(f.verdict)}>{f.verdict}</Badge>
                  </td>
                  <td className="px-4 py-2 text-right font-mono text-xs tabular-nums" title={f.opcode}>
                    {f.offset} <span className="text-muted-foreground">{f.opcode}</span>
                  </td>
                  <td className="px-4 py-2 text-xs text-muted-foreground">{f.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {findings.length > shown.length ? (
            <p className="border-t px-4 py-2 text-xs text-muted-foreground">
              {findings.length - shown.length} more findings (the API has them all).
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
