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
export { versionContentHash } from "./approvals/content-hash";
export {
  evaluateGate,
  evaluateGates,
  type Gate,
  type GateFacts,
  type GateResult,
  gateLabel,
  gateSchema,
  improvement,
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
  stageHistory,
} from "./approvals/queries";
export {
  cancelTransition,
  decideInput,
  decideTransition,
  expireDueRequests,
  requestTransition,
  requestTransitionInput,
} from "./approvals/requests";
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
  type Actor,
  anonymousContext,
  createContext,
  type RequestMeta,
  type ServiceContext,
  systemContext,
  type TokenActor,
  type UserActor,
  withTransaction,
} from "./context";
export {
  DomainError,
  type ErrorCode,
  errorCodes,
  isDomainError,
  RateLimitedError,
  ValidationError,
} from "./errors";
export { listMyTeams, listTeams, listUsers } from "./queries/directory";
export { deleteAlias, listAliases, resolveModelRef, setAlias, setAliasProtection } from "./registry/aliases";
export {
  type ArtifactStore,
  createLocalArtifactStore,
  DEFAULT_MAX_ARTIFACT_BYTES,
  type StoredBlob,
} from "./registry/artifact-store";
export { type ArtifactRef, openArtifact, uploadArtifact } from "./registry/artifacts";
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
export {
  getVersion,
  listVersions,
  listVersionsInput,
  registerVersion,
  registerVersionInput,
  updateVersion,
  updateVersionInput,
} from "./registry/versions";
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
export { createApiToken, listMyApiTokens, resolveApiToken, revokeApiToken } from "./tokens/tokens";
export { createUser } from "./users/create-user";
export { changeOwnPassword, setUserDisabled, setUserOrgRole } from "./users/update-user";
