import { modelInventory } from "@modelgate/core";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requirePageContext } from "@/server/session";
import { InventoryTable } from "./inventory-table";

export const metadata: Metadata = { title: "Model inventory" };

/**
 * The model inventory (SR 11-7): every model with its owning team, current champion, last
 * approval and last validation evidence, archived ones included; downloadable as CSV.
 */
export default async function InventoryPage() {
  const ctx = await requirePageContext();
  const rows = await modelInventory(ctx);
  return (
    <>
      <PageHeader
        title="Model inventory"
        description="Each model's owner, champion, last approval and the validation evidence it was approved on."
      />
      <InventoryTable
        csvHref="/api/v1/inventory.csv"
        rows={rows.map((r) => ({
          modelId: r.modelId,
          team: r.team,
          name: r.name,
          archived: r.archived,
          owner: r.owner,
          championVersion: r.championVersion,
          championStage: r.championStage,
          latestVersion: r.latestVersion,
          lastApproval: r.lastApproval && {
            requestId: r.lastApproval.requestId,
            change: r.lastApproval.change,
            appliedAt: r.lastApproval.appliedAt,
            approvers: r.lastApproval.approvers.map((a) => a.name),
          },
          lastValidation: r.lastValidation && {
            requestId: r.lastValidation.requestId,
            version: r.lastValidation.version,
            appliedAt: r.lastValidation.appliedAt,
            gates: r.lastValidation.gatesAtRequest.map((g) => ({
              label: g.label,
              passed: g.passed,
              actual: g.actual,
            })),
          },
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
        }))}
      />
    </>
  );
}
