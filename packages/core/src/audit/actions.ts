/**
 * The closed set of audit actions (`entity.verb`). A new mutation adds its action here; there is
 * deliberately no free-form string escape hatch.
 */
export const auditActions = [
  "auth.login_succeeded",
  "auth.login_failed",
  "auth.logout",
  "user.created",
  "team.created",
  "membership.added",
] as const;

export type AuditAction = (typeof auditActions)[number];
