/**
 * @modelgate/client — typed HTTP client for the Modelgate REST API. No runtime dependencies:
 * Node ≥ 20 built-ins and the global fetch.
 */
export {
  type ArtifactFile,
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
  ModelgateApiError,
  ModelgateChecksumError,
  ModelgateError,
  ModelgateNetworkError,
} from "./errors.js";
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
