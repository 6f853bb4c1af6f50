/**
 * @modelgate/client — typed HTTP client for the Modelgate REST API. No runtime dependencies:
 * Node ≥ 20 built-ins and the global fetch.
 */
export {
  type ArtifactFile,
  type AuditExportOptions,
  type CallOptions,
  type ClientOptions,
  createClient,
  type DownloadOptions,
  type DownloadResult,
  type ModelgateClient,
  type RegisterWithArtifactsOptions,
  type TransferProgress,
  type UpdateOptions,
  type UploadOptions,
} from "./client.js";
export {
  type ApiErrorCode,
  apiErrorCodes,
  ModelgateApiError,
  ModelgateChecksumError,
  ModelgateError,
  ModelgateNetworkError,
} from "./errors.js";
/** The audit trail's tamper-evidence format, the server's own code (generated from core). */
export {
  type AuditCheckpoint,
  type AuditEventFields,
  type ChainBreak,
  type ChainedAuditEvent,
  type ExportHeader,
  type ExportTrailer,
  type ExportVerification,
  parsePublicKey,
  publicKeyId,
  verifyCheckpoint,
  verifyExport,
} from "./generated/audit-chain.js";
/** Webhook payloads (the server's own catalogue, generated from core) and signature verification. */
export {
  type AnyWebhookEvent,
  exampleWebhookEvent,
  WEBHOOK_TEST_EVENT,
  type WebhookActor,
  type WebhookEvent,
  type WebhookEventData,
  type WebhookEventType,
  type WebhookPayloadType,
  webhookEventDescriptions,
  webhookEventTypes,
} from "./generated/webhook-events.js";
export {
  type ModelRef,
  type ModelRefParts,
  parseModelRef,
  parseVersionRef,
  type VersionRef,
  type VersionRefParts,
} from "./refs.js";
export { type ArtifactSource, hashFile } from "./sources.js";
export type * from "./types.js";
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookHeaders,
  WebhookVerificationError,
} from "./webhooks.js";
