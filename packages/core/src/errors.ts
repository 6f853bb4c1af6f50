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
  conflict: 409,
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
