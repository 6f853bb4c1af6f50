import type { components } from "./generated/openapi.js";

/** Every error the client throws on purpose has a stable `code`, like the API's error body. */
export class ModelgateError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ModelgateError";
  }
}

/**
 * The stable codes the server answers in `error.code` (the API's error table): compare
 * `ModelgateApiError.code` with them to handle one refusal, e.g.
 * `if (e instanceof ModelgateApiError && e.code === "duplicate_request") reuse(e.details?.requestId)`.
 * A newer server may answer a code this list does not know yet, so `code` stays a string too.
 */
export const apiErrorCodes = [
  "validation_failed",
  "unauthenticated",
  "invalid_credentials",
  "account_disabled",
  "forbidden",
  "not_found",
  /** A conflict with the current state that no more specific code below describes. */
  "conflict",
  /** A model, team, user or membership of that name already exists. */
  "already_exists",
  /** The stage machine does not allow this move or rollback from the version's stage. */
  "invalid_transition",
  /** Only ready versions change stage or get aliases. */
  "version_not_ready",
  /** The model is archived; restore it first. */
  "model_archived",
  /** champion follows the production version: it cannot be released or requested as an alias move. */
  "alias_protected",
  /** The alias is not protected: set it directly. */
  "alias_not_protected",
  /** An open transition request for this change exists (`details.requestId`). */
  "duplicate_request",
  /** The transition request is no longer pending. */
  "request_decided",
  /** The transition request expired; request it again. */
  "request_expired",
  /** You have already decided on this transition request. */
  "already_decided",
  /** Some gates fail (`details.gates`). */
  "gates_failed",
  /** The artifact's state does not allow it (by reference, already uploaded, not uploaded yet, fixed). */
  "artifact_state",
  /** The team's last maintainer cannot be removed or demoted. */
  "last_maintainer",
  /** The last active administrator cannot be disabled or demoted. */
  "last_admin",
  /** A request with this Idempotency-Key is still being processed: retry (the client does). */
  "idempotency_in_flight",
  "unsafe_artifact",
  "precondition_failed",
  "payload_too_large",
  "unsupported_media_type",
  "unprocessable",
  "range_not_satisfiable",
  "precondition_required",
  "upload_interrupted",
  "rate_limited",
  "setup_required",
  "internal",
  "store_unavailable",
] as const satisfies readonly DocumentedCode[];

/** The codes of the OpenAPI document's Error schema (built from core's error table). */
type DocumentedCode = components["schemas"]["Error"]["error"]["code"];
/** A code the server answers (see `apiErrorCodes`). */
export type ApiErrorCode = (typeof apiErrorCodes)[number];
// The other direction: a code the document gains fails this check until it is listed above.
const everyCodeListed: [Exclude<DocumentedCode, ApiErrorCode>] extends [never] ? true : never = true;
void everyCodeListed;

/** An error answered by the server, with its stable code and the request id to quote in support. */
export class ModelgateApiError extends ModelgateError {
  /** One of `apiErrorCodes`, or `http_error` when the body was no API error (a proxy's page, say). */
  declare readonly code: ApiErrorCode | "http_error" | (string & {});

  constructor(
    readonly status: number,
    code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly details?: Record<string, unknown>,
  ) {
    super(code, message);
    this.name = "ModelgateApiError";
  }
}

/** The server could not be reached, or the connection broke (after the allowed retries). */
export class ModelgateNetworkError extends ModelgateError {
  constructor(message: string, cause?: unknown) {
    super("network_error", message, { cause });
    this.name = "ModelgateNetworkError";
  }
}

/** Bytes sent or received do not hash to the sha256 the registry holds. */
export class ModelgateChecksumError extends ModelgateError {
  constructor(
    message: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super("checksum_mismatch", message);
    this.name = "ModelgateChecksumError";
  }
}
