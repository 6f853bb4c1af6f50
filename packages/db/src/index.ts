// Query operators re-exported so drizzle stays a dependency of this package alone.
export {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  max,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
export {
  type MetricDirection,
  metricDirections,
  type PolicyTarget,
  policyTargets,
  type RequestKind,
  type RequestStatus,
  requestKinds,
  requestStatuses,
} from "./constants";
export { type CreateDbOptions, createDb, type DbHandle, defaultDataDir, writeGeneration } from "./create-db";
export { acquireDataDirLock, DataDirLockedError, readLockHolder } from "./lock";
export { type MigrationStatus, migrationStatus, migrationsFolder } from "./migrations";
export { pgErrorCode, rowsOf } from "./rows";
export * from "./schema";
export { addStatements, countStatements } from "./statement-count";
export type { Database, DbKind, DbOrTx, Schema, Transaction } from "./types";
