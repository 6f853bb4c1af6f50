/** The result file (JSON) and the markdown report (bench/RESULTS.md), with the machine described. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, freemem, totalmem } from "node:os";
import { join } from "node:path";
import postgres from "postgres";

export interface Row {
  metric: string;
  value: number | string;
  unit: string;
  baseline?: string;
  ratio?: number;
  target?: string;
  pass?: boolean;
  note?: string;
}

export interface Report {
  startedAt: string;
  quick: boolean;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; postgres: string; os: string };
  sections: { title: string; rows: Row[] }[];
}

export async function machine(databaseUrl: string): Promise<Report["machine"]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ version }] = (await sql`select version()`) as unknown as [{ version: string }];
    return {
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      postgres: version.split(",")[0] ?? version,
      os: `${process.platform} ${process.arch}, ${Math.round(freemem() / 2 ** 20)} MiB free at start`,
    };
  } finally {
    await sql.end();
  }
}

const fmt = (v: number | string) =>
  typeof v === "string"
    ? v
    : Math.abs(v) >= 100
      ? Math.round(v).toLocaleString("en")
      : String(Math.round(v * 10) / 10);

export function markdown(r: Report): string {
  const m = r.machine;
  const lines = [
    "# Benchmark results",
    "",
    `Latest run of \`pnpm bench\`${r.quick ? " (--quick: small scale, short durations)" : ""}, started ${r.startedAt}.`,
    "Load generators (autocannon for saturation, an open-loop generator for fixed rates), app (the production build behind its own HTTP server, one JSON log line per request) and PostgreSQL on one machine:",
    "",
    `- ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB RAM (${m.os})`,
    `- Node ${m.node}; ${m.postgres}`,
    "",
    "Ratios are to the baseline named in the same row, measured in the same run. ✔ / ✖ = target met / missed.",
    "",
  ];
  for (const s of r.sections) {
    lines.push(
      `## ${s.title}`,
      "",
      "| measurement | value | vs baseline | target | |",
      "|---|---:|---|---|---|",
    );
    for (const row of s.rows) {
      const value = `${fmt(row.value)}${row.unit ? ` ${row.unit}` : ""}`;
      const ratio = row.ratio === undefined ? "" : `${(row.ratio * 100).toFixed(0)} % of ${row.baseline}`;
      const mark = row.pass === undefined ? "" : row.pass ? "✔" : "✖";
      const note = row.note ? `<br><sub>${row.note.replace(/\|/g, "\\|")}</sub>` : "";
      lines.push(`| ${row.metric}${note} | ${value} | ${ratio} | ${row.target ?? ""} | ${mark} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** bench/results/latest.json always; bench/RESULTS.md for full runs. */
export function writeReport(r: Report, benchDir: string, o: { markdown: boolean }): string[] {
  const dir = join(benchDir, "results");
  mkdirSync(dir, { recursive: true });
  const json = join(dir, r.quick ? "latest-quick.json" : "latest.json");
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  const md = join(dir, r.quick ? "latest-quick.md" : "latest.md");
  writeFileSync(md, markdown(r));
  const written = [json, md];
  if (o.markdown) {
    const results = join(benchDir, "RESULTS.md");
    writeFileSync(results, markdown(r));
    written.push(results);
  }
  return written;
}
