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
