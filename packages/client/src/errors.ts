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

/** An error answered by the server, with its stable code and the request id to quote in support. */
export class ModelgateApiError extends ModelgateError {
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
