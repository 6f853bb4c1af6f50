import { type OrgRole, orgRoles, type TeamRole, teamRoles } from "@modelgate/core/constants";

export type { OrgRole, TeamRole } from "@modelgate/core/constants";

/** Lowest to highest, as the permission table orders them. */
export const TEAM_ROLES = teamRoles;
export const ORG_ROLES = orgRoles;

export const teamRoleHints: Record<TeamRole, string> = {
  viewer: "Reads models, versions and metrics",
  contributor: "Registers versions, requests promotions",
  reviewer: "Approves or rejects promotions",
  maintainer: "Manages members, policies and webhooks",
};

export const orgRoleHints: Record<OrgRole, string> = {
  member: "Access through team memberships only",
  auditor: "Reads everything, changes nothing",
  admin: "Manages users and teams",
};
