export { authorize, authorizeOrg, can, type TeamResource, teamRoleOf } from "./access/authorize";
export {
  allTeamPermissions,
  isAllowed,
  type OrgPermission,
  orgGrants,
  orgPermissions,
  roleAtLeast,
  type TeamPermission,
  TOKEN_ROLE_CAP,
  teamPermissions,
  tokenForbidden,
} from "./access/permissions";
export {
  IDEMPOTENCY_TTL_MS,
  requestFingerprint,
  runIdempotent,
  type StoredResponse,
} from "./api/idempotency";
export { cancelTransition } from "./approvals/cancel-transition";
export { versionContentHash } from "./approvals/content-hash";
export { decideInput, decideTransition } from "./approvals/decide-transition";
export { expireDueRequests } from "./approvals/expire-requests";
export {
  evaluateGate,
  evaluateGates,
  type Gate,
  type GateFacts,
  type GateResult,
  gateLabel,
  gateSchema,
  isMetricGate,
} from "./approvals/gates";
export {
  type EffectivePolicy,
  effectivePolicy,
  listPolicies,
  setPolicy,
  setPolicyInput,
} from "./approvals/policies";
export { defaultPolicies, type Policy, policySchema } from "./approvals/policy";
export {
  addComment,
  addCommentInput,
  getRequest,
  listRequests,
  listRequestsInput,
  listVersionComments,
} from "./approvals/queries";
export {
  requestTransition,
  requestTransitionInput,
  transitionRequestBody,
} from "./approvals/request-transition";
export { assertTransition, canTransition } from "./approvals/stage-machine";
export { type AuditAction, auditActions } from "./audit/actions";
export {
  type AuditCheckpoint,
  type AuditEventFields,
  type ChainedAuditEvent,
  ChainVerifier,
  canonicalJson,
  EXPORT_FORMAT,
  type ExportVerification,
  ExportWriter,
  eventHash,
  GENESIS_HASH,
  parsePublicKey,
  publicKeyId,
  signCheckpoint,
  verifyCheckpoint,
  verifyExport,
} from "./audit/chain";
export { type AuditEventInput, emitAudit } from "./audit/emit";
export {
  type AuditSigner,
  auditSignerFromPem,
  generateAuditSigner,
  loadAuditSigner,
} from "./audit/signing";
export {
  type AuditEventRow,
  type AuditFilter,
  auditFilterInput,
  csvCell,
  exportAuditEvents,
  getAuditEvent,
  listAuditEvents,
} from "./audit/trail";
export {
  type ChainVerification,
  createAuditCheckpoint,
  latestAuditVerification,
  listAuditCheckpoints,
  verifyAuditChain,
} from "./audit/verify";
export { type LoginResult, login, logout, normalizeEmail, SESSION_TTL_SECONDS } from "./auth/login";
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./auth/passwords";
export { resolveSession } from "./auth/session";
export { accountThrottle, ipThrottle, type ThrottlePolicy, throttleWaitSeconds } from "./auth/throttle";
export {
  bucketWidthMs,
  type ComparisonSummary,
  compareMetric,
  compareMetrics,
  type Direction,
  defaultDefinition,
  diffRecords,
  type FieldDiff,
  type MetricComparison,
  type MetricDefinition,
  summarize,
  type Winner,
} from "./compare/compare";
export {
  type ComparedVersion,
  compareInput,
  compareVersions,
  deleteMetricDefinition,
  listMetricDefinitions,
  metricAcrossVersions,
  onlineMetricKeys,
  onlineSeries,
  onlineSeriesInput,
  setMetricDefinition,
  setMetricDefinitionInput,
  type VersionComparison,
} from "./compare/service";
export {
  type Actor,
  anonymousContext,
  createContext,
  type RequestMeta,
  type ServiceContext,
  systemContext,
  type TokenActor,
  type UserActor,
  type WebhookPolicy,
  withTransaction,
} from "./context";
export {
  allErrorCodes,
  DomainError,
  type ErrorCode,
  errorCodes,
  isDomainError,
  RateLimitedError,
  ValidationError,
} from "./errors";
export { INVENTORY_CSV_HEADER, inventoryCsv } from "./history/inventory-csv";
export { type InventoryGate, type InventoryRow, modelInventory } from "./history/model-inventory";
export {
  type AliasTimelineEntry,
  modelTimeline,
  type StageTimelineEntry,
  type TimelineEntry,
  type TimelineSignature,
} from "./history/model-timeline";
export { type ProductionAsOfRow, productionAsOf } from "./history/production-as-of";
export { listMyTeams, listTeams, listUsers } from "./queries/directory";
export {
  aliasProtectionBody,
  deleteAlias,
  listAliases,
  resolveModelRef,
  setAlias,
  setAliasBody,
  setAliasProtection,
} from "./registry/aliases";
export {
  type ArtifactStore,
  type ArtifactStoreUrl,
  type ByteRange,
  createLocalArtifactStore,
  DEFAULT_MAX_ARTIFACT_BYTES,
  parseArtifactStoreUrl,
  parseByteRange,
  type StoredBlob,
} from "./registry/artifact-store";
export {
  type ArtifactStoreSettings,
  artifactStoreFromUrl,
  artifactStoreSettings,
  createArtifactStore,
} from "./registry/artifact-store-config";
export { type ArtifactRef, openArtifact, uploadArtifact } from "./registry/artifacts";
export {
  type CopyArtifactStoreProgress,
  type CopyArtifactStoreReport,
  copyArtifactStore,
  verifyArtifactStore,
} from "./registry/copy-artifact-store";
export { logMetricsInput, logOnlineMetrics } from "./registry/metrics";
export {
  createModel,
  createModelInput,
  getModel,
  loadModel,
  searchModels,
  searchModelsInput,
  setModelArchived,
  updateModel,
  updateModelInput,
} from "./registry/models";
export {
  ALIAS_PATTERN,
  MODEL_NAME_PATTERN,
  type ModelRef,
  normalizeArtifactPath,
  parseMetricFilter,
  parseModelRef,
  parseTagFilter,
} from "./registry/refs";
export { createS3ArtifactStore, type S3ArtifactStoreOptions } from "./registry/s3-artifact-store";
export {
  getVersion,
  listVersions,
  listVersionsInput,
  registerVersion,
  registerVersionInput,
  updateVersion,
  updateVersionInput,
} from "./registry/versions";
export * from "./security";
export { type DemoPersona, demoPersonas, demoTeams, seedDemo } from "./seed/demo";
export { demoModels } from "./seed/demo-models";
export { getHealth, type Health } from "./system/health";
export { prepareInstance, type StartupOptions, type StartupResult } from "./system/startup";
export { createTeam, renameTeam, SLUG_PATTERN } from "./teams/create-team";
export {
  addMember,
  addMemberByEmail,
  changeMemberRole,
  getTeamWithMembers,
  removeMember,
} from "./teams/members";
export {
  DEFAULT_SECURITY_SETTINGS,
  getSecuritySettings,
  type SecuritySettings,
  securitySettingsOf,
  securitySettingsSchema,
  setSecuritySettings,
  setSecuritySettingsInput,
} from "./teams/security-settings";
export { createApiToken, listMyApiTokens, resolveApiToken, revokeApiToken } from "./tokens/tokens";
export { createUser } from "./users/create-user";
export { changeOwnPassword, setUserDisabled, setUserOrgRole } from "./users/update-user";
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
} from "./webhooks/events";
export type { WebhookRef, WebhookView } from "./webhooks/load-webhook";
export {
  createWebhook,
  createWebhookInput,
  deleteWebhook,
  rotateWebhookSecret,
  rotateWebhookSecretInput,
  updateWebhook,
  updateWebhookInput,
} from "./webhooks/manage-webhooks";
export {
  type AttemptResult,
  checkWebhookUrlSyntax,
  postWebhook,
  privateAddressReason,
  resolveWebhookDestination,
} from "./webhooks/network";
export { type EnqueueEventInput, enqueueEvent } from "./webhooks/outbox";
export {
  getWebhook,
  getWebhookEvent,
  listWebhookDeliveries,
  listWebhookDeliveriesInput,
  listWebhooks,
} from "./webhooks/read-webhooks";
export { redeliverWebhookEvent } from "./webhooks/redeliver";
export { sendTestWebhookEvent } from "./webhooks/send-test-event";
export {
  generateWebhookSecret,
  signWebhookPayload,
  WEBHOOK_SECRET_PREFIX,
  webhookSignature,
} from "./webhooks/signature";
export {
  claimDueWebhookDeliveries,
  deliverDueWebhooks,
  pruneWebhookHistory,
  type RunningWebhookWorker,
  startWebhookWorker,
  WEBHOOK_MAX_ATTEMPTS,
  type WebhookWorkerOptions,
  webhookRetryDelayMs,
} from "./webhooks/worker";
