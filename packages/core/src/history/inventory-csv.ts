import { csvCell } from "../audit/trail";
import type { InventoryGate, InventoryRow } from "./model-inventory";

export const INVENTORY_CSV_HEADER = [
  "Team",
  "Model",
  "Archived",
  "Owner",
  "Champion version",
  "Champion stage",
  "Latest version",
  "Last approved change",
  "Last approved by",
  "Last approved at (UTC)",
  "Last validated version",
  "Last validated at (UTC)",
  "Validation evidence (gates at request)",
  "Gates at approval",
  "Created (UTC)",
  "Updated (UTC)",
] as const;

const gateSummary = (gates: InventoryGate[]) =>
  gates.map((g) => `${g.label}: ${g.passed ? "passed" : "FAILED"} (${g.actual})`).join("; ");

/**
 * The model inventory as CSV (RFC 4180, CRLF line ends, header first; cells a spreadsheet would
 * run as formulas are neutralised by the audit export's `csvCell`): the inventory download.
 */
export function inventoryCsv(rows: readonly InventoryRow[]): string {
  const lines: (readonly unknown[])[] = [
    INVENTORY_CSV_HEADER,
    ...rows.map((r) => [
      r.team,
      r.name,
      r.archived ? "yes" : "no",
      r.owner,
      r.championVersion,
      r.championStage,
      r.latestVersion,
      r.lastApproval?.change,
      r.lastApproval ? r.lastApproval.approvers.map((a) => a.name).join("; ") || "none required" : null,
      r.lastApproval?.appliedAt.toISOString(),
      r.lastValidation?.version,
      r.lastValidation?.appliedAt.toISOString(),
      r.lastValidation ? gateSummary(r.lastValidation.gatesAtRequest) : null,
      r.lastValidation ? gateSummary(r.lastValidation.gatesAtApproval) : null,
      r.createdAt.toISOString(),
      r.updatedAt.toISOString(),
    ]),
  ];
  return lines.map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}
