/**
 * The closed set of audit actions (`entity.verb`). A new mutation adds its action here; there is
 * deliberately no free-form string escape hatch.
 */
export const auditActions = [
  "auth.login_succeeded",
  "auth.login_failed",
  "auth.logout",
  "authorization.denied",
  "user.created",
  "user.disabled",
  "user.enabled",
  "user.role_changed",
  "user.password_changed",
  "team.created",
  "team.renamed",
  "membership.added",
  "membership.role_changed",
  "membership.removed",
  "token.created",
  "token.revoked",
  "model.created",
  "model.updated",
  "model.archived",
  "model.restored",
  "version.registered",
  "version.updated",
  "version.ready",
  "version.failed",
  "artifact.uploaded",
  "metrics.logged",
  "alias.set",
  "alias.deleted",
] as const;

export type AuditAction = (typeof auditActions)[number];
