import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { policyTargets, requestKinds, requestStatuses, stages, teamRoles } from "../../constants";
import { registeredModels } from "../registry/models";
import { modelVersions } from "../registry/versions";
import { teams } from "../teams/teams";
import { users } from "../users/users";

const ts = (precision: 3 | 6 = 3) => timestamp({ withTimezone: true, precision });

/**
 * A promotion policy: per team (model_id null) or overriding it for one model, per target.
 * Gates are a JSON list evaluated by core's pure gate evaluator.
 */
export const promotionPolicies = pgTable(
  "promotion_policies",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    modelId: uuid().references(() => registeredModels.id),
    target: text({ enum: policyTargets }).notNull(),
    requiredApprovals: integer().notNull(),
    minReviewerRole: text({ enum: teamRoles }).notNull().default("reviewer"),
    registrantMayApprove: boolean().notNull().default(false),
    expiryDays: integer().notNull().default(14),
    gates: jsonb().$type<unknown[]>().notNull().default([]),
    revision: integer().notNull().default(1),
    updatedBy: uuid().references(() => users.id),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("promotion_policies_scope_idx").on(
      t.teamId,
      sql`coalesce(${t.modelId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.target,
    ),
  ],
);

export const transitionRequests = pgTable(
  "transition_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    modelId: uuid()
      .notNull()
      .references(() => registeredModels.id),
    versionId: uuid()
      .notNull()
      .references(() => modelVersions.id),
    kind: text({ enum: requestKinds }).notNull(),
    fromStage: text({ enum: stages }).notNull(),
    toStage: text({ enum: stages }),
    /** For alias moves: the alias to point at this version. */
    alias: text(),
    /** Promotion to production: archive the previous production version (else leave it in staging). */
    archivePrevious: boolean().notNull().default(true),
    reason: text().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    requestedByName: text().notNull(),
    viaTokenId: uuid(),
    status: text({ enum: requestStatuses }).notNull().default("pending"),
    /** The policy as it was when the request was made. */
    policy: jsonb().notNull(),
    /** Gate results as of the last evaluation (request time, then each approval attempt). */
    gateResults: jsonb().notNull(),
    /** Gate results exactly as they were when the request was made: the evidence, kept as it was. */
    gateResultsAtRequest: jsonb(),
    /** The champion/challenger comparison as it was when the request was made (evidence). */
    comparisonAtRequest: jsonb(),
    /** What the request assumed: the champion and the version's stage at request time. */
    premise: jsonb().notNull(),
    statusReason: text(),
    expiresAt: ts().notNull(),
    createdAt: ts().notNull().defaultNow(),
    closedAt: ts(),
  },
  (t) => [
    index("transition_requests_team_status_idx").on(t.teamId, t.status, t.createdAt),
    index("transition_requests_model_idx").on(t.modelId, t.createdAt),
    index("transition_requests_requester_idx").on(t.requestedBy, t.createdAt),
    // At most one open request per version and target.
    uniqueIndex("transition_requests_one_pending_idx")
      .on(t.versionId, t.kind, sql`coalesce(${t.toStage}, '')`, sql`coalesce(${t.alias}, '')`)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** An electronic signature on a request (21 CFR Part 11 §11.50): who, when, what it means, why. */
export const decisions = pgTable(
  "decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => transitionRequests.id),
    reviewerId: uuid()
      .notNull()
      .references(() => users.id),
    reviewerName: text().notNull(),
    decision: text({ enum: ["approve", "reject"] }).notNull(),
    meaning: text().notNull(),
    reason: text(),
    /** SHA-256 of the version's immutable content the signer saw. */
    versionContentHash: text().notNull(),
    signedAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex("decisions_one_per_reviewer_idx").on(t.requestId, t.reviewerId)],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    requestId: uuid().references(() => transitionRequests.id),
    versionId: uuid().references(() => modelVersions.id),
    parentId: uuid(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    authorName: text().notNull(),
    body: text().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index("comments_request_idx").on(t.requestId, t.createdAt),
    index("comments_version_idx").on(t.versionId, t.createdAt),
  ],
);

/** Every stage change, for "what was in production at time T" and the model's stage history. */
export const stageTransitions = pgTable(
  "stage_transitions",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Insertion order: several transitions of one apply share a timestamp. */
    seq: bigserial({ mode: "number" }).notNull(),
    modelId: uuid()
      .notNull()
      .references(() => registeredModels.id),
    versionId: uuid()
      .notNull()
      .references(() => modelVersions.id),
    fromStage: text({ enum: stages }).notNull(),
    toStage: text({ enum: stages }).notNull(),
    requestId: uuid().references(() => transitionRequests.id),
    rollback: boolean().notNull().default(false),
    at: ts().notNull().defaultNow(),
  },
  (t) => [
    index("stage_transitions_model_seq_idx").on(t.modelId, t.seq),
    index("stage_transitions_version_idx").on(t.versionId),
  ],
);
