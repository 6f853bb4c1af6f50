/** Browser-safe constants for client components: no database or Node code behind this path. */
export {
  type OrgRole,
  orgRoles,
  type Stage,
  stages,
  type TeamRole,
  teamRoles,
  type VersionStatus,
  versionStatuses,
} from "@modelgate/db/constants";

import type { Stage as StageName } from "@modelgate/db/constants";

/** The stage machine's legal next stages (rollbacks aside): the one table core enforces. */
export const nextStages: Record<StageName, readonly StageName[]> = {
  none: ["staging", "archived"],
  staging: ["production", "archived"],
  production: ["archived"],
  archived: ["staging"],
};

/** What a request changes, in words — also what a signature means ("Approve " + this). */
export function describeChange(
  model: string,
  version: number,
  req: { kind: string; toStage: StageName | null; alias: string | null },
): string {
  if (req.kind === "alias") return `move alias ${req.alias} of ${model} to v${version}`;
  if (req.kind === "rollback") return `roll ${model} back to v${version} in production`;
  return `promotion of ${model} v${version} to ${req.toStage}`;
}

export {
  type PolicyTarget,
  policyTargets,
  type RequestKind,
  type RequestStatus,
  requestKinds,
  requestStatuses,
} from "@modelgate/db/constants";
