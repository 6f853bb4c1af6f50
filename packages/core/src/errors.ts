/**
 * Typed domain errors with stable codes. Adapters map a code to their transport (HTTP status,
 * form message); anything that is not a DomainError is reported generically, never verbatim.
 */
export const errorCodes = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  forbidden: 403,
  not_found: 404,
  /** The change conflicts with the current state, and no more specific code below says how. */
  conflict: 409,
  /** The name is taken: a model in the team, a team slug, a user's email, a team membership. */
  already_exists: 409,
  /** The stage machine does not allow this move (or this rollback) from the version's stage. */
  invalid_transition: 409,
  /** The version is pending or failed; only ready versions change stage or get aliases. */
  version_not_ready: 409,
  /** The model is archived; restore it before registering versions. */
  model_archived: 409,
  /** champion always follows the production version: it cannot be released, or requested as an alias move. */
  alias_protected: 409,
  /** The alias is not protected: set it directly instead of requesting a transition. */
  alias_not_protected: 409,
  /** There is already an open transition request for this change (`details.requestId` names it). */
  duplicate_request: 409,
  /** The transition request is no longer pending (already applied, rejected, cancelled, …). */
  request_decided: 409,
  /** The transition request expired before enough approvals; request it again. */
  request_expired: 409,
  /** This reviewer has already signed a decision on the transition request. */
  already_decided: 409,
  /** Some of the transition request's gates fail now (`details.gates` lists them). */
  gates_failed: 409,
  /** The artifact's state does not allow it: by reference, already uploaded, not uploaded yet, or fixed. */
  artifact_state: 409,
  /** The team's last maintainer cannot be removed or demoted. */
  last_maintainer: 409,
  /** The organisation's last active administrator cannot be disabled or demoted. */
  last_admin: 409,
  /** A request with this Idempotency-Key is still being processed (or the key is being reset): retry. */
  idempotency_in_flight: 409,
  unsafe_artifact: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  range_not_satisfiable: 416,
  precondition_required: 428,
  upload_interrupted: 400,
  rate_limited: 429,
  setup_required: 500,
  internal: 500,
  /** The artifact store (a bucket) cannot be reached or refuses our credentials. */
  store_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Every error code, in the table's order (the OpenAPI document lists them). */
export const allErrorCodes = Object.keys(errorCodes) as ErrorCode[];

export class DomainError extends Error {
  /**
   * An authorization denial still to be audited. Set when the denial happened inside a
   * transaction that the error is about to roll back; the outermost transaction writes it after.
   */
  pendingDenial?: import("./audit/emit").AuditEventInput;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }

  get httpStatus(): number {
    return errorCodes[this.code];
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, fields: Record<string, string[]>) {
    super("validation_failed", message, { fields });
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("rate_limited", message, { retryAfterSeconds });
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
