import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { stages, versionStatuses } from "../../constants";
import { users } from "../users/users";
import { registeredModels, type Tags } from "./models";

export { type Stage, stages, type VersionStatus, versionStatuses } from "../../constants";

export interface Lineage {
  runId?: string;
  runUrl?: string;
  sourceUri?: string;
  gitCommit?: string;
  datasetName?: string;
  datasetVersion?: string;
  datasetDigest?: string;
  framework?: string;
  frameworkVersion?: string;
  dependencies?: string[];
}

export const modelVersions = pgTable(
  "model_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    modelId: uuid()
      .notNull()
      .references(() => registeredModels.id),
    version: integer().notNull(),
    status: text({ enum: versionStatuses }).notNull().default("pending"),
    stage: text({ enum: stages }).notNull().default("none"),
    description: text().notNull().default(""),
    tags: jsonb().$type<Tags>().notNull().default({}),
    params: jsonb().$type<Record<string, string>>().notNull().default({}),
    lineage: jsonb().$type<Lineage>().notNull().default({}),
    failureReason: text(),
    revision: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readyAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex("model_versions_model_version_idx").on(t.modelId, t.version),
    index("model_versions_model_stage_idx").on(t.modelId, t.stage),
    index("model_versions_tags_idx").using("gin", t.tags),
    index("model_versions_created_idx").on(t.modelId, t.createdAt),
  ],
);

export const artifactStatuses = ["declared", "verified"] as const;
export const scanCategories = ["unsafe", "review", "clean"] as const;

/**
 * A file of a version: uploaded into the content-addressed store (storage_uri `sha256:<hex>`)
 * or registered by external URI. `declared` until its bytes (or reference) are verified.
 */
export const artifacts = pgTable(
  "artifacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    versionId: uuid()
      .notNull()
      .references(() => modelVersions.id),
    path: text().notNull(),
    status: text({ enum: artifactStatuses }).notNull().default("declared"),
    size: bigint({ mode: "number" }),
    sha256: text(),
    contentType: text().notNull().default("application/octet-stream"),
    /** `sha256:<hex>` in the local store, or the external URI. */
    storageUri: text(),
    external: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    verifiedAt: timestamp({ withTimezone: true, precision: 3 }),
    /**
     * The security scan of uploaded bytes (core/security): the verdict (`dangerous`, `clean`,
     * `not_scanned`…), its category (`unsafe` | `review` | `clean`) and the stored result
     * (findings capped by the scanner). Null: not scanned — still declared, or external.
     */
    scanVerdict: text(),
    scanCategory: text({ enum: scanCategories }),
    scanResult: jsonb().$type<Record<string, unknown>>(),
    scannedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [uniqueIndex("artifacts_version_path_idx").on(t.versionId, t.path)],
);

export const metricKinds = ["offline", "online"] as const;

export const metrics = pgTable(
  "metrics",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    versionId: uuid()
      .notNull()
      .references(() => modelVersions.id),
    key: text().notNull(),
    value: doublePrecision().notNull(),
    kind: text({ enum: metricKinds }).notNull(),
    step: integer(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    dataset: text(),
    slice: text(),
  },
  // `value` rides at the end of the key so charts over 100k online points (sum/min/max per time
  // bucket) are answered from the index alone, without visiting the table.
  (t) => [index("metrics_version_kind_key_at_value_idx").on(t.versionId, t.kind, t.key, t.at, t.value)],
);

export const aliases = pgTable(
  "aliases",
  {
    modelId: uuid()
      .notNull()
      .references(() => registeredModels.id),
    name: text().notNull(),
    versionId: uuid().references(() => modelVersions.id),
    protected: boolean().notNull().default(false),
    updatedBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("aliases_model_name_idx").on(t.modelId, t.name),
    index("aliases_version_idx").on(t.versionId),
  ],
);

/**
 * Every change of an alias (set, moved by an approved request, deleted), for "which version did
 * `champion` point at on date X" and the model timeline.
 */
export const aliasChanges = pgTable(
  "alias_changes",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    modelId: uuid()
      .notNull()
      .references(() => registeredModels.id),
    alias: text().notNull(),
    fromVersionId: uuid().references(() => modelVersions.id),
    /** Null when the alias was removed. */
    toVersionId: uuid().references(() => modelVersions.id),
    requestId: uuid(),
    actorUserId: uuid(),
    actorName: text().notNull(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("alias_changes_model_alias_at_idx").on(t.modelId, t.alias, t.at)],
);
