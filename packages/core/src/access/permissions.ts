import { type OrgRole, type TeamRole, teamRoles } from "@modelgate/db";

/**
 * THE permission table: who may do what inside a team. Every service asks `authorize()`, which
 * reads only this table; the authorization test suite is generated from it.
 */
export const teamPermissions = {
  // viewer
  "team.read": "viewer",
  "model.read": "viewer",
  // contributor
  "model.create": "contributor",
  "model.update": "contributor",
  "version.register": "contributor",
  "artifact.upload": "contributor",
  "metric.log": "contributor",
  "alias.set": "contributor",
  "transition.request": "contributor",
  "comment.create": "contributor",
  // reviewer
  "transition.decide": "reviewer",
  // maintainer
  "member.manage": "maintainer",
  "policy.manage": "maintainer",
  "alias.protect": "maintainer",
  "webhook.manage": "maintainer",
  "model.archive": "maintainer",
  "metric.define": "maintainer",
  /** The team's slice of the audit trail (auditors and admins read all of it: org audit.read). */
  "team.audit": "maintainer",
} as const satisfies Record<string, TeamRole>;

export type TeamPermission = keyof typeof teamPermissions;
export const allTeamPermissions = Object.keys(teamPermissions) as TeamPermission[];

/** Org roles that see every team without being a member: read-only, plus admins managing members. */
export const orgGrants: Record<OrgRole, readonly TeamPermission[]> = {
  member: [],
  auditor: ["team.read", "model.read", "team.audit"],
  admin: ["team.read", "model.read", "member.manage", "team.audit"],
};

/** The highest role an API token can carry; tokens never decide (approve/reject). */
export const TOKEN_ROLE_CAP: TeamRole = "contributor";
export const tokenForbidden: readonly TeamPermission[] = ["transition.decide"];

export function roleRank(role: TeamRole): number {
  return teamRoles.indexOf(role);
}

export function roleAtLeast(role: TeamRole | undefined, min: TeamRole): boolean {
  return role !== undefined && roleRank(role) >= roleRank(min);
}

export function minRole(a: TeamRole, b: TeamRole): TeamRole {
  return roleRank(a) <= roleRank(b) ? a : b;
}

/** Pure decision: does a holder of this team role / org role / credential have the permission? */
export function isAllowed(opts: {
  permission: TeamPermission;
  teamRole: TeamRole | undefined;
  orgRole: OrgRole | undefined;
  viaToken: boolean;
}): boolean {
  const { permission, teamRole, orgRole, viaToken } = opts;
  if (viaToken && tokenForbidden.includes(permission)) return false;
  if (roleAtLeast(teamRole, teamPermissions[permission])) return true;
  // Org-wide grants belong to people signed in, not to scripts.
  return !viaToken && orgRole !== undefined && orgGrants[orgRole].includes(permission);
}

/** Organisation-wide permissions; tokens never hold them. */
export const orgPermissions = {
  "user.manage": ["admin"],
  "team.manage": ["admin"],
  "directory.read": ["admin", "auditor"],
  "audit.read": ["admin", "auditor"],
} as const satisfies Record<string, readonly OrgRole[]>;
export type OrgPermission = keyof typeof orgPermissions;
