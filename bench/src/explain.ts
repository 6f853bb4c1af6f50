/**
 * Query plans of the statements the services really send: each case runs in-process with the
 * statements captured, then every SELECT is EXPLAINed with its parameters. A sequential scan on
 * a large table (≥ 10,000 rows by the planner's statistics) is a finding; scanning a small one
 * (teams, users, a handful of webhooks) is what the planner should do.
 */
import { countStatements, type DbHandle, sql } from "@modelgate/db";

/** A table is large when the planner's statistics put it at this many rows or more. */
const LARGE_ROWS = 10_000;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

export interface PlanFinding {
  label: string;
  statements: number;
  /** Large tables read by a sequential scan, e.g. `model_versions`. */
  seqScans: string[];
}

export async function explainPlans(
  handle: DbHandle,
  cases: [string, () => Promise<unknown>][],
): Promise<PlanFinding[]> {
  const large = await largeTables(handle);
  const out: PlanFinding[] = [];
  for (const [label, run] of cases) {
    const { statements, queries } = await countStatements(run, { capture: true });
    const seqScans = new Set<string>();
    for (const q of queries) {
      if (!/^\s*(select|with)/i.test(q.sql)) continue;
      const plan = await explain(handle, q.sql, q.params);
      walk(plan, (n) => {
        if (n["Node Type"] === "Seq Scan" && n["Relation Name"] && large.has(n["Relation Name"]))
          seqScans.add(n["Relation Name"]);
      });
    }
    out.push({ label, statements, seqScans: [...seqScans] });
  }
  return out;
}

async function largeTables(handle: DbHandle): Promise<Set<string>> {
  const result = await handle.db.execute(
    sql.raw(
      `select relname from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and reltuples >= ${LARGE_ROWS}`,
    ),
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    relname: string;
  }[];
  return new Set(rows.map((r) => r.relname));
}

/** EXPLAIN (FORMAT JSON) of a captured statement, with its parameters inlined as literals. */
async function explain(handle: DbHandle, text: string, params: unknown[]): Promise<PlanNode> {
  const inlined = text.replace(/\$(\d+)\b/g, (_, n: string) => literal(params[Number(n) - 1]));
  const result = await handle.db.execute(sql.raw(`explain (format json) ${inlined}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
    string,
    unknown
  >[];
  const cell = rows[0]!["QUERY PLAN"];
  const parsed = (typeof cell === "string" ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
  return parsed[0]!.Plan;
}

function literal(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Date) return `'${v.toISOString()}'`;
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return `'${s.replace(/'/g, "''")}'`;
}

function walk(n: PlanNode, visit: (n: PlanNode) => void) {
  visit(n);
  for (const c of n.Plans ?? []) walk(c, visit);
}
