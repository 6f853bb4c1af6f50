/**
 * Domain constants with no database code, safe for browser bundles (client components import
 * them through `@modelgate/core/constants`, never the schema barrel).
 */
export const orgRoles = ["member", "auditor", "admin"] as const;
export type OrgRole = (typeof orgRoles)[number];

/** Ordered lowest to highest; a role includes everything the roles before it may do. */
export const teamRoles = ["viewer", "contributor", "reviewer", "maintainer"] as const;
export type TeamRole = (typeof teamRoles)[number];

export const versionStatuses = ["pending", "ready", "failed"] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const stages = ["none", "staging", "production", "archived"] as const;
export type Stage = (typeof stages)[number];

/** What a promotion policy governs: a target stage, a protected alias move, or a rollback. */
export const policyTargets = ["staging", "production", "archived", "alias", "rollback"] as const;
export type PolicyTarget = (typeof policyTargets)[number];

export const requestKinds = ["stage", "alias", "rollback"] as const;
export type RequestKind = (typeof requestKinds)[number];

export const requestStatuses = [
  "pending",
  "applied",
  "rejected",
  "cancelled",
  "expired",
  "superseded",
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Which way a metric improves. */
export const metricDirections = ["higher", "lower"] as const;
export type MetricDirection = (typeof metricDirections)[number];
