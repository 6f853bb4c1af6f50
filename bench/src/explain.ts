/**
 * Query plans of the statements the services really send: each case runs in-process with the
 * statements captured, then every SELECT is EXPLAINed with its parameters. A sequential scan on
 * a large table is a finding (small tables — teams, users, memberships — are fine to scan).
 */
import { countStatements, type DbHandle, sql } from "@modelgate/db";

const LARGE_TABLES = new Set([
  "registered_models",
  "model_versions",
  "artifacts",
  "metrics",
  "aliases",
  "alias_changes",
  "stage_transitions",
  "audit_events",
  "transition_requests",
  "decisions",
  "webhook_events",
  "webhook_deliveries",
]);

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
  const out: PlanFinding[] = [];
  for (const [label, run] of cases) {
    const { statements, queries } = await countStatements(run, { capture: true });
    const seqScans = new Set<string>();
    for (const q of queries) {
      if (!/^\s*(select|with)/i.test(q.sql)) continue;
      const plan = await explain(handle, q.sql, q.params);
      walk(plan, (n) => {
        if (n["Node Type"] === "Seq Scan" && n["Relation Name"] && LARGE_TABLES.has(n["Relation Name"]))
          seqScans.add(n["Relation Name"]);
      });
    }
    out.push({ label, statements, seqScans: [...seqScans] });
  }
  return out;
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
