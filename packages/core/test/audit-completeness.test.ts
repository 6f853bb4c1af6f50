/**
 * Audit completeness (issue 6): every exported function of core is classified below, and every
 * mutation is run against a real database and must append exactly its audit events — in order,
 * with the acting person, the context's request id, IP and user agent, chained onto the previous
 * event. A new export that is not classified fails the suite, and so does a stale entry.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  aliases,
  and,
  asc,
  auditChainHead,
  auditEvents,
  eq,
  gt,
  registeredModels,
  transitionRequests,
} from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser, uniqueSuffix } from "@modelgate/db/testing";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor, AuditAction, ErrorCode, ServiceContext } from "../src";
import * as core from "../src";
import { useTestDb } from "./helpers";
import { osSystemPickle } from "./security-fixtures";

const t = useTestDb();
const PASSWORD = "audit-completeness-password";

type EventRow = typeof auditEvents.$inferSelect;

// ------------------------------------------------------------------------------------ exports

/**
 * What an export is. Only plain functions are candidate services and must be in the manifest;
 * classes must be listed in `classes` (a class could hide a service too); zod schemas and other
 * values (constants, tables, patterns) hold no behaviour and are skipped.
 */
type ExportKind = "function" | "class" | "schema" | "value";
function exportKind(value: unknown): ExportKind {
  if (typeof value === "function")
    return /^class[\s{]/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  if (value !== null && typeof value === "object" && "_zod" in value) return "schema";
  return "value";
}

const exported = Object.entries(core as Record<string, unknown>).map(([name, value]) => ({
  name,
  kind: exportKind(value),
}));
const exportedNamed = (kind: ExportKind) =>
  exported
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();

const classes: Record<string, string> = {
  ChainVerifier: "pure hash-chain checker fed events by its caller, no I/O",
  ExportWriter: "pure export line writer (hashing and signing), no I/O",
  DomainError: "error type: carries a code, no I/O",
  ValidationError: "error type: carries field messages, no I/O",
  RateLimitedError: "error type: carries retry-after, no I/O",
};

// ------------------------------------------------------------------------------------ fixtures

interface ExpectedActor {
  type: Actor["type"];
  userId: string | null;
  tokenId: string | null;
  name: string;
}

function actorOf(ctx: ServiceContext): ExpectedActor {
  const a = ctx.actor;
  if (a.type === "user") return { type: a.type, userId: a.userId, tokenId: null, name: a.name };
  if (a.type === "token") return { type: a.type, userId: a.userId, tokenId: a.tokenId, name: a.name };
  return { type: a.type, userId: null, tokenId: null, name: a.name };
}

/** One measured call: the context it ran with and the audit events it appended. */
interface Act {
  ctx: ServiceContext;
  actor: ExpectedActor;
  head: { seq: number; hash: string };
  events: EventRow[];
}

interface ActOptions {
  /** The call must fail with this domain error code. */
  rejects?: ErrorCode;
  /** Who the events must name when it is not the context's actor (a login names the user). */
  actor?: ExpectedActor;
}

type Person = ServiceContext & { user: { id: string; name: string; email: string } };
type ModelRef = { team: string; name: string };

interface Fx {
  team: { id: string; slug: string };
  system: ServiceContext;
  admin: Person;
  auditor: Person;
  maintainer: Person;
  reviewer: Person;
  reviewer2: Person;
  contributor: Person;
  viewer: Person;
  /** A user (with PASSWORD) in the team with that role, or in no team. */
  person(
    role: "viewer" | "contributor" | "reviewer" | "maintainer" | null,
    orgRole?: "member" | "auditor" | "admin",
  ): Promise<Person>;
  /** A model with a card and `versions` ready versions (auc metric, dataset recorded) by the contributor. */
  model(versions?: number): Promise<ModelRef>;
  /** A pending transition request by the contributor; returns its id. */
  request(ref: ModelRef, version: number, toStage: "staging" | "production" | "archived"): Promise<string>;
  approve(who: ServiceContext, requestId: string): Promise<unknown>;
  /** A bearer-token context of the contributor (role contributor). */
  tokenContext(): Promise<ServiceContext>;
  /**
   * Runs the one call under test with a fresh request id, IP and user agent, and records what it
   * appended to the audit chain. Setup before it is not measured.
   */
  act<T>(ctx: ServiceContext, call: (ctx: ServiceContext) => Promise<T>, opts?: ActOptions): Promise<T>;
}

const signer = core.generateAuditSigner();
const store = core.createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-audit-completeness-")));
let acts: Act[] = [];
const fx = {} as Fx;

async function chainHead() {
  const [head] = await t.db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  return { seq: head!.seq, hash: head!.hash };
}

async function eventsAfter(seq: number) {
  return t.db.select().from(auditEvents).where(gt(auditEvents.seq, seq)).orderBy(asc(auditEvents.seq));
}

async function drain(lines: AsyncIterable<string>) {
  let n = 0;
  for await (const line of lines) n += line.length;
  return n;
}

function randomIp() {
  const s = uniqueSuffix();
  return `198.18.${Number.parseInt(s.slice(0, 2), 16)}.${Number.parseInt(s.slice(2, 4), 16)}`;
}

beforeAll(async () => {
  const passwordHash = await core.hashPassword(PASSWORD);
  const team = await createTestTeam(t.db);
  const person: Fx["person"] = async (role, orgRole = "member") => {
    const u = await createTestUser(t.db, { passwordHash, orgRole });
    if (role) await addTestMember(t.db, team.id, u.id, role);
    const ctx = core.createContext(
      t.db,
      {
        type: "user",
        userId: u.id,
        name: u.name,
        email: u.email,
        orgRole,
        teamRoles: role ? { [team.id]: role } : {},
      },
      {},
      { artifactStore: store },
    );
    return Object.assign(ctx, { user: { id: u.id, name: u.name, email: u.email } });
  };
  let n = 0;
  const built: Fx = {
    team,
    system: { ...core.systemContext(t.db), artifactStore: store },
    admin: await person(null, "admin"),
    auditor: await person(null, "auditor"),
    maintainer: await person("maintainer"),
    reviewer: await person("reviewer"),
    reviewer2: await person("reviewer"),
    contributor: await person("contributor"),
    viewer: await person("viewer"),
    person,
    async model(versions = 1) {
      const ref = { team: team.slug, name: `acx-${++n}-${uniqueSuffix()}` };
      await core.createModel(fx.contributor, { ...ref, modelCard: "# Card" });
      for (let i = 0; i < versions; i++) {
        await core.registerVersion(fx.contributor, ref, {
          metrics: [{ key: "auc", value: 0.9 + i / 100 }],
          lineage: { datasetName: "transactions", datasetVersion: `v${i}` },
        });
      }
      return ref;
    },
    async request(ref, version, toStage) {
      const r = await core.requestTransition(fx.contributor, { ...ref, version, toStage, reason: "ready" });
      return r.id;
    },
    approve: (who, requestId) =>
      core.decideTransition(who, { requestId, decision: "approve", reason: "fine", password: PASSWORD }),
    async tokenContext() {
      const { token } = await core.createApiToken(fx.contributor, {
        teamId: team.id,
        name: `ci-${uniqueSuffix()}`,
        role: "contributor",
      });
      return core.createContext(t.db, await core.resolveApiToken(t.db, token), {}, { artifactStore: store });
    },
    async act(ctx, call, opts = {}) {
      const measured: ServiceContext = {
        ...ctx,
        requestId: `acx-${randomUUID()}`,
        ip: randomIp(),
        userAgent: "vitest audit-completeness",
      };
      const head = await chainHead();
      let result: unknown;
      let error: unknown;
      try {
        result = await call(measured);
      } catch (e) {
        error = e;
      }
      acts.push({
        ctx: measured,
        actor: opts.actor ?? actorOf(measured),
        head,
        events: await eventsAfter(head.seq),
      });
      if (opts.rejects) {
        expect(error, `the call should fail with ${opts.rejects}`).toMatchObject({ code: opts.rejects });
      } else if (error) {
        throw error;
      }
      return result as never;
    },
  };
  Object.assign(fx, built);
});

beforeEach(() => {
  acts = [];
});

/** The run must measure exactly one call; its events are checked against `expected`. */
function checkAct(expected: readonly AuditAction[]) {
  expect(acts, "a run must measure exactly one call with fx.act").toHaveLength(1);
  const { ctx, actor, head, events } = acts[0]!;
  expect(events.map((e) => e.action)).toEqual(expected);
  let prevHash = head.hash;
  let seq = head.seq;
  for (const e of events) {
    expect(e).toMatchObject({
      seq: seq + 1,
      actorType: actor.type,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      actorName: actor.name,
      requestId: ctx.requestId,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      prevHash,
    });
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    prevHash = e.hash!;
    seq = e.seq;
  }
}

/** A person with a role in another team than the fixture team (created with the same store). */
async function personIn(teamId: string, role: "viewer" | "contributor" | "maintainer") {
  const u = await createTestUser(t.db);
  await addTestMember(t.db, teamId, u.id, role);
  return core.createContext(
    t.db,
    {
      type: "user",
      userId: u.id,
      name: u.name,
      email: u.email,
      orgRole: "member",
      teamRoles: { [teamId]: role },
    },
    {},
    { artifactStore: store },
  );
}

/**
 * A model whose v1 holds a dangerous pickle, quarantined — in a team of its own, so the fixture
 * team's setting (block) is untouched. Returns a viewer of that team.
 */
async function quarantinedModel() {
  const team = await createTestTeam(t.db);
  const [maintainer, contributor, viewer] = [
    await personIn(team.id, "maintainer"),
    await personIn(team.id, "contributor"),
    await personIn(team.id, "viewer"),
  ];
  await core.setSecuritySettings(maintainer, { team: team.slug, onDangerous: "quarantine" });
  const ref = { team: team.slug, name: `quarantine-${uniqueSuffix()}` };
  await core.createModel(contributor, ref);
  await core.registerVersion(contributor, ref, { artifacts: [{ path: "model.pkl" }] });
  await core.uploadArtifact(
    contributor,
    { ...ref, version: 1, path: "model.pkl" },
    Readable.from([Buffer.from(osSystemPickle().bytes)]),
  );
  return { ref, viewer, maintainer };
}

const withPrivateNetworks = (ctx: ServiceContext): ServiceContext => ({
  ...ctx,
  webhookPolicy: { allowPrivateNetworks: true },
});

/** A webhook of the fixture team (on loopback, which the test policy allows). */
async function webhookFixture(fx: Fx) {
  const { webhook } = await core.createWebhook(withPrivateNetworks(fx.maintainer), {
    team: fx.team.slug,
    url: "http://127.0.0.1:9/hook",
    description: "fixture",
    events: [...core.webhookEventTypes],
  });
  return { team: fx.team.slug, id: webhook.id };
}

// ------------------------------------------------------------------------------------ manifest

type Run = (fx: Fx) => Promise<unknown>;
interface Variant {
  name: string;
  expect: AuditAction[];
  run: Run;
}
type Entry =
  /** No database at all: parsing, permission math, hashing, formatting, building contexts. */
  | { kind: "pure" }
  /** Reads only; `run` calls it and proves nothing was appended to the audit trail. */
  | { kind: "read"; run?: Run }
  /** Writes bookkeeping that is not a product state change; `why` says so, `run` proves no event. */
  | { kind: "infrastructure"; why: string; run?: Run }
  /**
   * Changes product state (or is an audited look at the trail, or an audited denial): `run` must
   * append exactly `expect`; variants cover the other outcomes, refusals and no-ops included.
   */
  | { kind: "mutation"; expect: AuditAction[]; run: Run; variants?: Variant[] };

const pure = { kind: "pure" } as const;

const manifest: Record<string, Entry> = {
  // ---- contexts, errors, pure domain logic
  anonymousContext: pure,
  createContext: pure,
  systemContext: pure,
  isDomainError: pure,
  can: pure,
  teamRoleOf: pure,
  isAllowed: pure,
  roleAtLeast: pure,
  assertTransition: pure,
  canTransition: pure,
  evaluateGate: pure,
  evaluateGates: pure,
  gateLabel: pure,
  compareMetric: pure,
  compareMetrics: pure,
  defaultDefinition: pure,
  diffRecords: pure,
  summarize: pure,
  bucketWidthMs: pure,
  isMetricGate: pure,
  versionContentHash: pure,
  hashPassword: pure,
  verifyPassword: pure,
  normalizeEmail: pure,
  throttleWaitSeconds: pure,
  normalizeArtifactPath: pure,
  parseMetricFilter: pure,
  parseModelRef: pure,
  parseTagFilter: pure,
  requestFingerprint: pure,
  csvCell: pure,
  inventoryCsv: pure,
  canonicalJson: pure,
  eventHash: pure,
  parsePublicKey: pure,
  publicKeyId: pure,
  signCheckpoint: pure,
  verifyCheckpoint: pure,
  /** Async over an export's lines, but no database: the offline verifier. */
  verifyExport: pure,
  auditSignerFromPem: pure,
  generateAuditSigner: pure,
  // model-file security scanner (issue 10): parsing and classification, no database
  classifyCallable: pure,
  compileScanPolicy: pure,
  createPickleScanner: pure,
  detectArtifactFormat: pure,
  scanPickle: pure,
  verdictCategory: pure,
  verdictRank: pure,
  worseVerdict: pure,
  rangeReaderFromBytes: pure,
  /** Reads the artifact's bytes (a file, a stream, a reader); no database — the caller records the result. */
  scanArtifact: pure,
  scanFile: pure,
  openFileRangeReader: pure,

  // ---- infrastructure
  withTransaction: {
    kind: "infrastructure",
    why: "The transaction runner: it writes nothing of its own; it appends the events its callee emitted.",
  },
  emitAudit: {
    kind: "infrastructure",
    why: "The audit writer itself: every mutation below reaches the trail through it.",
  },
  securitySettingsOf: pure,
  createLocalArtifactStore: {
    kind: "infrastructure",
    why: "Content-addressed byte storage on disk; the product change (the artifact row) is audited by uploadArtifact.",
  },
  createS3ArtifactStore: {
    kind: "infrastructure",
    why: "Content-addressed byte storage in an S3 bucket; the product change (the artifact row) is audited by uploadArtifact.",
  },
  createArtifactStore: {
    kind: "infrastructure",
    why: "Builds the local or S3 store from parsed settings; no database.",
  },
  artifactStoreFromUrl: {
    kind: "infrastructure",
    why: "Builds the local or S3 store a URL and the environment name; no database.",
  },
  copyArtifactStore: {
    kind: "infrastructure",
    why: "Operator tool: copies blobs between stores (same content, same names); no database, no product state.",
  },
  verifyArtifactStore: {
    kind: "infrastructure",
    why: "Operator tool: re-hashes a store's blobs and reports mismatches; reads bytes only, no database.",
  },
  artifactStoreSettings: pure,
  parseArtifactStoreUrl: pure,
  parseByteRange: pure,
  resolveApiToken: {
    kind: "infrastructure",
    why: "Authenticates a bearer token; writes only the token's last-used time (at most once a minute).",
    run: async (fx) => {
      const { token } = await core.createApiToken(fx.contributor, {
        teamId: fx.team.id,
        name: "last-used",
        role: "viewer",
      });
      await fx.act(fx.system, () => core.resolveApiToken(t.db, token));
    },
  },
  runIdempotent: {
    kind: "infrastructure",
    why: "Idempotency-Key cache rows (request fingerprint and stored response); the wrapped call audits itself.",
    run: (fx) =>
      fx.act(fx.contributor, (ctx) =>
        core.runIdempotent(ctx, `key-${uniqueSuffix()}`, "fingerprint", async () => ({
          status: 200,
          body: {},
        })),
      ),
  },
  prepareInstance: {
    kind: "infrastructure",
    why: "Start-up: takes a lock and creates the first admin or the demo only through audited services (createUser, seedDemo).",
    run: (fx) => fx.act(fx.system, () => core.prepareInstance(t.db, { demoSeed: false })),
  },
  loadAuditSigner: {
    kind: "infrastructure",
    why: "Reads (or creates on first start) the server's signing key file; no database.",
  },
  createAuditCheckpoint: {
    kind: "infrastructure",
    why: "Signs the chain head into the append-only checkpoints table; an event per checkpoint would move the head it signs.",
    run: (fx) => fx.act(fx.system, () => core.createAuditCheckpoint(t.db, signer)),
  },
  seedDemo: {
    kind: "infrastructure",
    why: "Demo data on a first run, created only through the audited services (createTeam, createUser, addMember, createModel, …).",
  },

  // ---- reads
  getHealth: {
    kind: "read",
    run: (fx) =>
      fx.act(fx.system, () => core.getHealth(t.db, process.env.TEST_DATABASE_URL ? "postgres" : "pglite")),
  },
  resolveSession: {
    kind: "read",
    run: async (fx) => {
      const p = await fx.person("viewer");
      const { sessionId } = await core.login(core.anonymousContext(t.db, { ip: randomIp() }), {
        email: p.user.email,
        password: PASSWORD,
      });
      await fx.act(fx.system, () => core.resolveSession(t.db, sessionId));
    },
  },
  loadModel: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(0);
      await fx.act(fx.viewer, (ctx) => core.loadModel(ctx, ref.team, ref.name));
    },
  },
  getModel: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(0);
      await fx.act(fx.viewer, (ctx) => core.getModel(ctx, ref.team, ref.name));
    },
  },
  searchModels: {
    kind: "read",
    run: (fx) => fx.act(fx.viewer, (ctx) => core.searchModels(ctx, { withTotal: true })),
  },
  getVersion: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.viewer, (ctx) => core.getVersion(ctx, { ...ref, version: 1 }));
    },
  },
  listVersions: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(2);
      await fx.act(fx.viewer, (ctx) => core.listVersions(ctx, ref));
    },
  },
  openArtifact: {
    kind: "mutation",
    expect: ["artifact.unsafe_downloaded"],
    run: async (fx) => {
      const { ref, viewer } = await quarantinedModel();
      const opened = await fx.act(viewer, (ctx) =>
        core.openArtifact(ctx, { ...ref, version: 1, path: "model.pkl" }, { acknowledgeUnsafe: true }),
      );
      if ("stream" in opened) opened.stream.destroy();
    },
    variants: [
      {
        name: "an unsafe artifact without the acknowledgement is refused",
        expect: [],
        run: async (fx) => {
          const { ref, viewer } = await quarantinedModel();
          await fx.act(viewer, (ctx) => core.openArtifact(ctx, { ...ref, version: 1, path: "model.pkl" }), {
            rejects: "unsafe_artifact",
          });
        },
      },
      {
        name: "an external artifact is a plain read",
        expect: [],
        run: async (fx) => {
          const ref = await fx.model(0);
          await core.registerVersion(fx.contributor, ref, {
            externalArtifacts: [{ path: "model.onnx", uri: "s3://bucket/model.onnx" }],
          });
          await fx.act(fx.viewer, (ctx) =>
            core.openArtifact(ctx, { ...ref, version: 1, path: "model.onnx" }),
          );
        },
      },
    ],
  },
  getSecuritySettings: {
    kind: "read",
    run: (fx) => fx.act(fx.viewer, (ctx) => core.getSecuritySettings(ctx, fx.team.slug)),
  },
  listAliases: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await core.setAlias(fx.contributor, ref, { alias: "challenger", version: 1 });
      await fx.act(fx.viewer, (ctx) => core.listAliases(ctx, ref));
    },
  },
  resolveModelRef: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.viewer, (ctx) => core.resolveModelRef(ctx, `${ref.team}/${ref.name}@latest`));
    },
  },
  effectivePolicy: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(0);
      const m = await core.loadModel(fx.viewer, ref.team, ref.name);
      await fx.act(fx.viewer, (ctx) => core.effectivePolicy(ctx, fx.team.id, m.id, "production"));
    },
  },
  listPolicies: {
    kind: "read",
    run: (fx) => fx.act(fx.viewer, (ctx) => core.listPolicies(ctx, { team: fx.team.slug })),
  },
  listRequests: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.request(ref, 1, "staging");
      await fx.act(fx.reviewer, (ctx) => core.listRequests(ctx, { view: "waiting" }));
    },
  },
  getRequest: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      const id = await fx.request(ref, 1, "staging");
      await fx.act(fx.reviewer, (ctx) => core.getRequest(ctx, id));
    },
  },
  listVersionComments: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await core.addComment(fx.contributor, { ...ref, version: 1 }, { body: "hello" });
      await fx.act(fx.viewer, (ctx) => core.listVersionComments(ctx, { ...ref, version: 1 }));
    },
  },
  modelTimeline: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.approve(fx.reviewer, await fx.request(ref, 1, "staging"));
      await fx.act(fx.viewer, (ctx) => core.modelTimeline(ctx, ref));
    },
  },
  productionAsOf: {
    kind: "read",
    run: (fx) => fx.act(fx.auditor, (ctx) => core.productionAsOf(ctx, new Date())),
  },
  modelInventory: { kind: "read", run: (fx) => fx.act(fx.auditor, (ctx) => core.modelInventory(ctx)) },
  getTeamWithMembers: {
    kind: "read",
    run: (fx) => fx.act(fx.viewer, (ctx) => core.getTeamWithMembers(ctx, fx.team.slug)),
  },
  listMyTeams: { kind: "read", run: (fx) => fx.act(fx.viewer, (ctx) => core.listMyTeams(ctx)) },
  listTeams: { kind: "read", run: (fx) => fx.act(fx.auditor, (ctx) => core.listTeams(ctx)) },
  listUsers: { kind: "read", run: (fx) => fx.act(fx.auditor, (ctx) => core.listUsers(ctx)) },
  listMyApiTokens: { kind: "read", run: (fx) => fx.act(fx.contributor, (ctx) => core.listMyApiTokens(ctx)) },
  listAuditEvents: { kind: "read", run: (fx) => fx.act(fx.auditor, (ctx) => core.listAuditEvents(ctx)) },
  getAuditEvent: {
    kind: "read",
    run: async (fx) => {
      const { seq } = await chainHead();
      await fx.act(fx.auditor, (ctx) => core.getAuditEvent(ctx, seq));
    },
  },
  latestAuditVerification: {
    kind: "read",
    run: (fx) => fx.act(fx.auditor, (ctx) => core.latestAuditVerification(ctx)),
  },
  listAuditCheckpoints: {
    kind: "read",
    run: (fx) => fx.act(fx.system, () => core.listAuditCheckpoints(t.db)),
  },

  // ---- audited reads: looking at the whole trail is itself recorded
  verifyAuditChain: {
    kind: "mutation",
    expect: ["audit.verified"],
    run: (fx) => fx.act(fx.auditor, (ctx) => core.verifyAuditChain({ ...ctx, auditSigner: signer })),
    variants: [
      {
        name: "a contributor is denied",
        expect: ["authorization.denied"],
        run: (fx) =>
          fx.act(fx.contributor, (ctx) => core.verifyAuditChain({ ...ctx, auditSigner: signer }), {
            rejects: "forbidden",
          }),
      },
    ],
  },
  exportAuditEvents: {
    kind: "mutation",
    expect: ["audit.exported"],
    run: (fx) =>
      fx.act(fx.auditor, (ctx) =>
        drain(core.exportAuditEvents({ ...ctx, auditSigner: signer }, { team: fx.team.slug }, "jsonl")),
      ),
  },

  // ---- authorization: a denial is audited
  authorize: {
    kind: "mutation",
    expect: ["authorization.denied"],
    run: (fx) =>
      fx.act(fx.viewer, (ctx) => core.authorize(ctx, "model.create", { teamId: fx.team.id }), {
        rejects: "forbidden",
      }),
    variants: [
      {
        name: "an outsider is told not_found, and it is audited too",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const outsider = await fx.person(null);
          await fx.act(outsider, (ctx) => core.authorize(ctx, "model.read", { teamId: fx.team.id }), {
            rejects: "not_found",
          });
        },
      },
      {
        name: "an allowed check writes nothing",
        expect: [],
        run: (fx) =>
          fx.act(fx.contributor, (ctx) => core.authorize(ctx, "model.create", { teamId: fx.team.id })),
      },
    ],
  },
  authorizeOrg: {
    kind: "mutation",
    expect: ["authorization.denied"],
    run: (fx) =>
      fx.act(fx.contributor, (ctx) => core.authorizeOrg(ctx, "user.manage"), { rejects: "forbidden" }),
  },

  // ---- authentication
  login: {
    kind: "mutation",
    expect: ["auth.login_succeeded"],
    run: async (fx) => {
      const p = await fx.person("viewer");
      await fx.act(
        core.anonymousContext(t.db),
        (ctx) => core.login(ctx, { email: p.user.email, password: PASSWORD }),
        { actor: actorOf(p) },
      );
    },
    variants: [
      {
        name: "wrong password",
        expect: ["auth.login_failed"],
        run: async (fx) => {
          const p = await fx.person("viewer");
          await fx.act(
            core.anonymousContext(t.db),
            (ctx) => core.login(ctx, { email: p.user.email, password: "nope" }),
            {
              rejects: "invalid_credentials",
            },
          );
        },
      },
      {
        name: "unknown email",
        expect: ["auth.login_failed"],
        run: (fx) =>
          fx.act(
            core.anonymousContext(t.db),
            (ctx) => core.login(ctx, { email: `ghost-${uniqueSuffix()}@example.test`, password: "x" }),
            { rejects: "invalid_credentials" },
          ),
      },
      {
        name: "disabled account",
        expect: ["auth.login_failed"],
        run: async (fx) => {
          const p = await fx.person("viewer");
          await core.setUserDisabled(fx.admin, { userId: p.user.id, disabled: true });
          await fx.act(
            core.anonymousContext(t.db),
            (ctx) => core.login(ctx, { email: p.user.email, password: PASSWORD }),
            { rejects: "account_disabled" },
          );
        },
      },
      {
        name: "throttled after repeated failures",
        expect: ["auth.login_failed"],
        run: async (fx) => {
          const p = await fx.person("viewer");
          for (let i = 0; i < core.accountThrottle.threshold; i++) {
            await core
              .login(core.anonymousContext(t.db, { ip: randomIp() }), {
                email: p.user.email,
                password: "nope",
              })
              .catch(() => {});
          }
          await fx.act(
            core.anonymousContext(t.db),
            (ctx) => core.login(ctx, { email: p.user.email, password: PASSWORD }),
            { rejects: "rate_limited" },
          );
        },
      },
    ],
  },
  logout: {
    kind: "mutation",
    expect: ["auth.logout"],
    run: async (fx) => {
      const p = await fx.person("viewer");
      const { sessionId } = await core.login(core.anonymousContext(t.db, { ip: randomIp() }), {
        email: p.user.email,
        password: PASSWORD,
      });
      const ctx = core.createContext(t.db, await core.resolveSession(t.db, sessionId));
      await fx.act(ctx, (c) => core.logout(c));
    },
    variants: [
      {
        name: "an already ended session writes nothing",
        expect: [],
        run: async (fx) => {
          const p = await fx.person("viewer");
          const { sessionId } = await core.login(core.anonymousContext(t.db, { ip: randomIp() }), {
            email: p.user.email,
            password: PASSWORD,
          });
          const ctx = core.createContext(t.db, await core.resolveSession(t.db, sessionId));
          await core.logout(ctx);
          await fx.act(ctx, (c) => core.logout(c));
        },
      },
    ],
  },

  // ---- users and teams
  createUser: {
    kind: "mutation",
    expect: ["user.created"],
    run: (fx) =>
      fx.act(fx.admin, (ctx) =>
        core.createUser(ctx, {
          email: `new-${uniqueSuffix()}@example.test`,
          name: "New",
          password: PASSWORD,
        }),
      ),
    variants: [
      {
        name: "a non-admin is denied",
        expect: ["authorization.denied"],
        run: (fx) =>
          fx.act(fx.maintainer, (ctx) => core.createUser(ctx, { email: "x@example.test", name: "X" }), {
            rejects: "forbidden",
          }),
      },
    ],
  },
  setUserDisabled: {
    kind: "mutation",
    expect: ["user.disabled"],
    run: async (fx) => {
      const p = await fx.person("viewer");
      await fx.act(fx.admin, (ctx) => core.setUserDisabled(ctx, { userId: p.user.id, disabled: true }));
    },
    variants: [
      {
        name: "re-enabling",
        expect: ["user.enabled"],
        run: async (fx) => {
          const p = await fx.person("viewer");
          await core.setUserDisabled(fx.admin, { userId: p.user.id, disabled: true });
          await fx.act(fx.admin, (ctx) => core.setUserDisabled(ctx, { userId: p.user.id, disabled: false }));
        },
      },
    ],
  },
  setUserOrgRole: {
    kind: "mutation",
    expect: ["user.role_changed"],
    run: async (fx) => {
      const p = await fx.person(null);
      await fx.act(fx.admin, (ctx) => core.setUserOrgRole(ctx, { userId: p.user.id, orgRole: "auditor" }));
    },
  },
  changeOwnPassword: {
    kind: "mutation",
    expect: ["user.password_changed"],
    run: async (fx) => {
      const p = await fx.person(null);
      await fx.act(p, (ctx) =>
        core.changeOwnPassword(ctx, { currentPassword: PASSWORD, newPassword: "another long password" }),
      );
    },
    variants: [
      {
        name: "a wrong current password (the same re-entry as a signature)",
        expect: ["user.password_change_failed"],
        run: async (fx) => {
          const p = await fx.person(null);
          await fx.act(
            p,
            (ctx) =>
              core.changeOwnPassword(ctx, { currentPassword: "wrong", newPassword: "another long password" }),
            { rejects: "validation_failed" },
          );
        },
      },
    ],
  },
  createTeam: {
    kind: "mutation",
    expect: ["team.created"],
    run: (fx) => fx.act(fx.admin, (ctx) => core.createTeam(ctx, { slug: `t-${uniqueSuffix()}`, name: "T" })),
  },
  renameTeam: {
    kind: "mutation",
    expect: ["team.renamed"],
    run: async (fx) => {
      const team = await core.createTeam(fx.admin, { slug: `t-${uniqueSuffix()}`, name: "Before" });
      await fx.act(fx.admin, (ctx) => core.renameTeam(ctx, { teamId: team.id, name: "After" }));
    },
  },

  // ---- members
  addMember: {
    kind: "mutation",
    expect: ["membership.added"],
    run: async (fx) => {
      const p = await fx.person(null);
      await fx.act(fx.maintainer, (ctx) =>
        core.addMember(ctx, { teamId: fx.team.id, userId: p.user.id, role: "viewer" }),
      );
    },
  },
  addMemberByEmail: {
    kind: "mutation",
    expect: ["membership.added"],
    run: async (fx) => {
      const p = await fx.person(null);
      await fx.act(fx.maintainer, (ctx) =>
        core.addMemberByEmail(ctx, { teamId: fx.team.id, email: p.user.email.toUpperCase(), role: "viewer" }),
      );
    },
  },
  changeMemberRole: {
    kind: "mutation",
    expect: ["membership.role_changed"],
    run: async (fx) => {
      const p = await fx.person("viewer");
      await fx.act(fx.maintainer, (ctx) =>
        core.changeMemberRole(ctx, { teamId: fx.team.id, userId: p.user.id, role: "reviewer" }),
      );
    },
  },
  removeMember: {
    kind: "mutation",
    expect: ["membership.removed"],
    run: async (fx) => {
      const p = await fx.person("viewer");
      await fx.act(fx.maintainer, (ctx) => core.removeMember(ctx, { teamId: fx.team.id, userId: p.user.id }));
    },
    variants: [
      {
        name: "a contributor is denied",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const p = await fx.person("viewer");
          await fx.act(
            fx.contributor,
            (ctx) => core.removeMember(ctx, { teamId: fx.team.id, userId: p.user.id }),
            {
              rejects: "forbidden",
            },
          );
        },
      },
    ],
  },

  // ---- tokens
  createApiToken: {
    kind: "mutation",
    expect: ["token.created"],
    run: (fx) =>
      fx.act(fx.contributor, (ctx) =>
        core.createApiToken(ctx, { teamId: fx.team.id, name: "ci", role: "contributor", expiresInDays: 30 }),
      ),
    variants: [
      {
        name: "an API token may not mint tokens (a denied authorization)",
        expect: ["authorization.denied"],
        run: async (fx) =>
          fx.act(
            await fx.tokenContext(),
            (ctx) => core.createApiToken(ctx, { teamId: fx.team.id, name: "minted", role: "viewer" }),
            { rejects: "forbidden" },
          ),
      },
    ],
  },
  revokeApiToken: {
    kind: "mutation",
    expect: ["token.revoked"],
    run: async (fx) => {
      const { id } = await core.createApiToken(fx.contributor, {
        teamId: fx.team.id,
        name: "ci",
        role: "viewer",
      });
      await fx.act(fx.contributor, (ctx) => core.revokeApiToken(ctx, { tokenId: id }));
    },
    variants: [
      {
        name: "revoking again writes nothing",
        expect: [],
        run: async (fx) => {
          const { id } = await core.createApiToken(fx.contributor, {
            teamId: fx.team.id,
            name: "ci",
            role: "viewer",
          });
          await core.revokeApiToken(fx.contributor, { tokenId: id });
          await fx.act(fx.contributor, (ctx) => core.revokeApiToken(ctx, { tokenId: id }));
        },
      },
    ],
  },

  // ---- models, versions, artifacts, metrics
  createModel: {
    kind: "mutation",
    expect: ["model.created"],
    run: (fx) =>
      fx.act(fx.contributor, (ctx) =>
        core.createModel(ctx, { team: fx.team.slug, name: `m-${uniqueSuffix()}` }),
      ),
    variants: [
      {
        name: "a duplicate name is refused and writes nothing",
        expect: [],
        run: async (fx) => {
          const ref = await fx.model(0);
          await fx.act(fx.contributor, (ctx) => core.createModel(ctx, ref), { rejects: "already_exists" });
        },
      },
    ],
  },
  compareVersions: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(2);
      await fx.act(fx.viewer, (ctx) => core.compareVersions(ctx, { ...ref, baseline: "1", candidate: "2" }));
    },
  },
  onlineSeries: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.viewer, (ctx) =>
        core.onlineSeries(ctx, { ...ref, versions: ["1"], key: "latency_ms" }),
      );
    },
  },
  onlineMetricKeys: {
    kind: "read",
    run: (fx) => fx.act(fx.viewer, (ctx) => core.onlineMetricKeys(ctx, [])),
  },
  metricAcrossVersions: {
    kind: "read",
    run: async (fx) => {
      const ref = await fx.model(2);
      await fx.act(fx.viewer, (ctx) => core.metricAcrossVersions(ctx, { ...ref, key: "auc" }));
    },
  },
  listMetricDefinitions: {
    kind: "read",
    run: (fx) => fx.act(fx.viewer, (ctx) => core.listMetricDefinitions(ctx, fx.team.slug)),
  },
  setMetricDefinition: {
    kind: "mutation",
    expect: ["metric_definition.set"],
    run: (fx) =>
      fx.act(fx.maintainer, (ctx) =>
        core.setMetricDefinition(ctx, {
          team: fx.team.slug,
          key: `latency_${uniqueSuffix()}`,
          displayName: "Latency",
          unit: "ms",
          direction: "lower",
        }),
      ),
    variants: [
      {
        name: "a contributor is denied (audited)",
        expect: ["authorization.denied"],
        run: (fx) =>
          fx.act(
            fx.contributor,
            (ctx) =>
              core.setMetricDefinition(ctx, {
                team: fx.team.slug,
                key: "auc",
                displayName: "AUC",
                direction: "higher",
              }),
            { rejects: "forbidden" },
          ),
      },
    ],
  },
  deleteMetricDefinition: {
    kind: "mutation",
    expect: ["metric_definition.deleted"],
    run: async (fx) => {
      const key = `gone_${uniqueSuffix()}`;
      await core.setMetricDefinition(fx.maintainer, {
        team: fx.team.slug,
        key,
        displayName: "Gone",
        direction: "higher",
      });
      await fx.act(fx.maintainer, (ctx) => core.deleteMetricDefinition(ctx, { team: fx.team.slug, key }));
    },
  },
  updateModel: {
    kind: "mutation",
    expect: ["model.updated"],
    run: async (fx) => {
      const ref = await fx.model(0);
      await fx.act(fx.contributor, (ctx) => core.updateModel(ctx, ref, { description: "changed" }));
    },
    variants: [
      {
        name: "no change writes nothing",
        expect: [],
        run: async (fx) => {
          const ref = await fx.model(0);
          await fx.act(fx.contributor, (ctx) => core.updateModel(ctx, ref, { modelCard: "# Card" }));
        },
      },
      {
        name: "a viewer is denied inside the transaction; the denial outlives the rollback",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(0);
          await fx.act(fx.viewer, (ctx) => core.updateModel(ctx, ref, { description: "x" }), {
            rejects: "forbidden",
          });
        },
      },
    ],
  },
  setModelArchived: {
    kind: "mutation",
    expect: ["model.archived"],
    run: async (fx) => {
      const ref = await fx.model(0);
      await fx.act(fx.maintainer, (ctx) => core.setModelArchived(ctx, ref, true));
    },
    variants: [
      {
        name: "restoring",
        expect: ["model.restored"],
        run: async (fx) => {
          const ref = await fx.model(0);
          await core.setModelArchived(fx.maintainer, ref, true);
          await fx.act(fx.maintainer, (ctx) => core.setModelArchived(ctx, ref, false));
        },
      },
    ],
  },
  registerVersion: {
    kind: "mutation",
    expect: ["version.registered"],
    run: async (fx) => {
      const ref = await fx.model(0);
      await fx.act(fx.contributor, (ctx) =>
        core.registerVersion(ctx, ref, {
          params: { lr: 0.01 },
          metrics: [{ key: "auc", value: 0.9 }],
          externalArtifacts: [{ path: "model.onnx", uri: "s3://bucket/model.onnx" }],
        }),
      );
    },
    variants: [
      {
        name: "through an API token (the token and its owner are named)",
        expect: ["version.registered"],
        run: async (fx) => {
          const ref = await fx.model(0);
          await fx.act(await fx.tokenContext(), (ctx) => core.registerVersion(ctx, ref, {}));
        },
      },
    ],
  },
  updateVersion: {
    kind: "mutation",
    expect: ["version.updated"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.contributor, (ctx) =>
        core.updateVersion(ctx, { ...ref, version: 1 }, { tags: { a: "b" } }),
      );
    },
  },
  uploadArtifact: {
    kind: "mutation",
    expect: ["artifact.uploaded", "version.ready"],
    run: async (fx) => {
      const ref = await fx.model(0);
      await core.registerVersion(fx.contributor, ref, { artifacts: [{ path: "model.bin" }] });
      await fx.act(fx.contributor, (ctx) =>
        core.uploadArtifact(
          ctx,
          { ...ref, version: 1, path: "model.bin" },
          Readable.from([Buffer.from("weights")]),
        ),
      );
    },
    variants: [
      {
        name: "a dangerous pickle under the default (block) setting fails the version",
        expect: ["artifact.uploaded", "version.failed"],
        run: async (fx) => {
          await core.setSecuritySettings(fx.maintainer, { team: fx.team.slug, onDangerous: "block" });
          const ref = await fx.model(0);
          await core.registerVersion(fx.contributor, ref, { artifacts: [{ path: "model.pkl" }] });
          await fx.act(fx.contributor, (ctx) =>
            core.uploadArtifact(
              ctx,
              { ...ref, version: 1, path: "model.pkl" },
              Readable.from([Buffer.from(osSystemPickle().bytes)]),
            ),
          );
        },
      },
      {
        name: "not the last declared artifact: the version stays pending",
        expect: ["artifact.uploaded"],
        run: async (fx) => {
          const ref = await fx.model(0);
          await core.registerVersion(fx.contributor, ref, {
            artifacts: [{ path: "a.bin" }, { path: "b.bin" }],
          });
          await fx.act(fx.contributor, (ctx) =>
            core.uploadArtifact(
              ctx,
              { ...ref, version: 1, path: "a.bin" },
              Readable.from([Buffer.from("a")]),
            ),
          );
        },
      },
    ],
  },
  logOnlineMetrics: {
    kind: "mutation",
    expect: ["metrics.logged"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.contributor, (ctx) =>
        core.logOnlineMetrics(ctx, { ...ref, version: 1 }, { points: [{ key: "latency", value: 12 }] }),
      );
    },
  },

  // ---- aliases and policies
  setAlias: {
    kind: "mutation",
    expect: ["alias.set"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.contributor, (ctx) => core.setAlias(ctx, ref, { alias: "challenger", version: 1 }));
    },
    variants: [
      {
        name: "moving a protected alias directly is refused (a denied authorization)",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(2);
          await core.setAlias(fx.contributor, ref, { alias: "challenger", version: 1 });
          await core.setAliasProtection(fx.maintainer, ref, { alias: "challenger", protected: true });
          await fx.act(
            fx.contributor,
            (ctx) => core.setAlias(ctx, ref, { alias: "challenger", version: 2 }),
            {
              rejects: "forbidden",
            },
          );
        },
      },
      {
        name: "pointing it where it already points writes nothing",
        expect: [],
        run: async (fx) => {
          const ref = await fx.model(1);
          await core.setAlias(fx.contributor, ref, { alias: "challenger", version: 1 });
          await fx.act(fx.contributor, (ctx) => core.setAlias(ctx, ref, { alias: "challenger", version: 1 }));
        },
      },
    ],
  },
  deleteAlias: {
    kind: "mutation",
    expect: ["alias.deleted"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await core.setAlias(fx.contributor, ref, { alias: "shadow", version: 1 });
      await fx.act(fx.contributor, (ctx) => core.deleteAlias(ctx, ref, "shadow"));
    },
    variants: [
      {
        name: "deleting a protected alias is refused (a denied authorization)",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          await core.setAlias(fx.contributor, ref, { alias: "challenger", version: 1 });
          await core.setAliasProtection(fx.maintainer, ref, { alias: "challenger", protected: true });
          await fx.act(fx.contributor, (ctx) => core.deleteAlias(ctx, ref, "challenger"), {
            rejects: "forbidden",
          });
        },
      },
    ],
  },
  setAliasProtection: {
    kind: "mutation",
    expect: ["alias.protection_changed"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await core.setAlias(fx.contributor, ref, { alias: "challenger", version: 1 });
      await fx.act(fx.maintainer, (ctx) =>
        core.setAliasProtection(ctx, ref, { alias: "challenger", protected: true }),
      );
    },
  },
  setSecuritySettings: {
    kind: "mutation",
    expect: ["team.security_updated"],
    run: async (fx) => {
      const team = await createTestTeam(t.db);
      await fx.act(await personIn(team.id, "maintainer"), (c) =>
        core.setSecuritySettings(c, { team: team.slug, onDangerous: "quarantine", extraSafe: ["mylib.*"] }),
      );
    },
    variants: [
      {
        name: "the same settings again write nothing",
        expect: [],
        run: async (fx) => {
          const s = await core.getSecuritySettings(fx.maintainer, fx.team.slug);
          await fx.act(fx.maintainer, (ctx) => core.setSecuritySettings(ctx, { team: fx.team.slug, ...s }));
        },
      },
      {
        name: "a contributor is denied",
        expect: ["authorization.denied"],
        run: (fx) =>
          fx.act(
            fx.contributor,
            (ctx) => core.setSecuritySettings(ctx, { team: fx.team.slug, onDangerous: "quarantine" }),
            { rejects: "forbidden" },
          ),
      },
    ],
  },
  setPolicy: {
    kind: "mutation",
    expect: ["policy.updated"],
    run: async (fx) => {
      const ref = await fx.model(0);
      await fx.act(fx.maintainer, (ctx) =>
        core.setPolicy(ctx, { team: ref.team, model: ref.name, target: "staging", requiredApprovals: 2 }),
      );
    },
  },

  // ---- requests, decisions, comments
  requestTransition: {
    kind: "mutation",
    expect: ["transition.requested"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.contributor, (ctx) =>
        core.requestTransition(ctx, { ...ref, version: 1, toStage: "staging", reason: "validate" }),
      );
    },
    variants: [
      {
        name: "a policy needing no approval applies it at once",
        expect: ["transition.requested", "transition.applied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          await core.setPolicy(fx.maintainer, {
            team: ref.team,
            model: ref.name,
            target: "staging",
            requiredApprovals: 0,
          });
          await fx.act(fx.contributor, (ctx) =>
            core.requestTransition(ctx, { ...ref, version: 1, toStage: "staging", reason: "validate" }),
          );
        },
      },
      {
        name: "a viewer is denied",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          await fx.act(
            fx.viewer,
            (ctx) => core.requestTransition(ctx, { ...ref, version: 1, toStage: "staging", reason: "x" }),
            { rejects: "forbidden" },
          );
        },
      },
    ],
  },
  decideTransition: {
    kind: "mutation",
    expect: ["transition.approved", "transition.applied"],
    run: async (fx) => {
      const ref = await fx.model(1);
      const id = await fx.request(ref, 1, "staging");
      await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, id));
    },
    variants: [
      {
        name: "four-eyes: the requester may not decide (a denied authorization)",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const r = await core.requestTransition(fx.reviewer, {
            ...ref,
            version: 1,
            toStage: "staging",
            reason: "mine",
          });
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, r.id), { rejects: "forbidden" });
        },
      },
      {
        name: "the registrant may not approve under the policy (a denied authorization)",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(0);
          await core.registerVersion(fx.reviewer, ref, { lineage: { datasetName: "transactions" } });
          const id = await fx.request(ref, 1, "staging");
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, id), { rejects: "forbidden" });
        },
      },
      {
        name: "below the policy's reviewer role (a denied authorization)",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          await core.setPolicy(fx.maintainer, {
            team: ref.team,
            model: ref.name,
            target: "staging",
            requiredApprovals: 1,
            minReviewerRole: "maintainer",
          });
          const id = await fx.request(ref, 1, "staging");
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, id), { rejects: "forbidden" });
        },
      },
      {
        name: "an approval short of the policy's count",
        expect: ["transition.approved"],
        run: async (fx) => {
          const ref = await fx.model(1);
          await fx.approve(fx.reviewer, await fx.request(ref, 1, "staging"));
          const id = await fx.request(ref, 1, "production");
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, id));
        },
      },
      {
        name: "the last approval to production moves champion",
        expect: ["transition.approved", "alias.moved", "transition.applied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          await fx.approve(fx.reviewer, await fx.request(ref, 1, "staging"));
          const id = await fx.request(ref, 1, "production");
          await fx.approve(fx.reviewer, id);
          await fx.act(fx.reviewer2, (ctx) => fx.approve(ctx, id));
        },
      },
      {
        name: "a protected alias move",
        expect: ["transition.approved", "alias.moved", "transition.applied"],
        run: async (fx) => {
          const ref = await fx.model(2);
          await core.setAlias(fx.contributor, ref, { alias: "challenger", version: 1 });
          await core.setAliasProtection(fx.maintainer, ref, { alias: "challenger", protected: true });
          const r = await core.requestTransition(fx.contributor, {
            ...ref,
            version: 2,
            alias: "challenger",
            reason: "better",
          });
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, r.id));
        },
      },
      {
        name: "a request whose premise changed is superseded",
        expect: ["transition.approved", "transition.superseded"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const toStaging = await fx.request(ref, 1, "staging");
          const toArchive = await fx.request(ref, 1, "archived");
          await fx.approve(fx.reviewer, toStaging);
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, toArchive));
        },
      },
      {
        name: "a rejection",
        expect: ["transition.rejected"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const id = await fx.request(ref, 1, "staging");
          await fx.act(fx.reviewer, (ctx) =>
            core.decideTransition(ctx, {
              requestId: id,
              decision: "reject",
              reason: "no",
              password: PASSWORD,
            }),
          );
        },
      },
      {
        name: "a wrong signing password",
        expect: ["transition.signature_failed"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const id = await fx.request(ref, 1, "staging");
          await fx.act(
            fx.reviewer2,
            (ctx) => core.decideTransition(ctx, { requestId: id, decision: "approve", password: "wrong" }),
            { rejects: "validation_failed" },
          );
        },
      },
      {
        name: "deciding on an expired request closes it",
        expect: ["transition.expired"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const id = await fx.request(ref, 1, "staging");
          await t.db
            .update(transitionRequests)
            .set({ expiresAt: new Date(Date.now() - 1000) })
            .where(eq(transitionRequests.id, id));
          await fx.act(fx.reviewer, (ctx) => fx.approve(ctx, id), { rejects: "request_expired" });
        },
      },
      {
        name: "a contributor is denied",
        expect: ["authorization.denied"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const id = await fx.request(ref, 1, "staging");
          await fx.act(fx.contributor, (ctx) => fx.approve(ctx, id), { rejects: "forbidden" });
        },
      },
    ],
  },
  cancelTransition: {
    kind: "mutation",
    expect: ["transition.cancelled"],
    run: async (fx) => {
      const ref = await fx.model(1);
      const id = await fx.request(ref, 1, "staging");
      await fx.act(fx.contributor, (ctx) => core.cancelTransition(ctx, { requestId: id, reason: "not yet" }));
    },
  },
  expireDueRequests: {
    kind: "mutation",
    expect: ["transition.expired"],
    run: async (fx) => {
      const ref = await fx.model(1);
      const id = await fx.request(ref, 1, "staging");
      await t.db
        .update(transitionRequests)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(transitionRequests.id, id));
      await fx.act(fx.system, (ctx) => core.expireDueRequests(ctx));
    },
  },
  addComment: {
    kind: "mutation",
    expect: ["comment.created"],
    run: async (fx) => {
      const ref = await fx.model(1);
      await fx.act(fx.contributor, (ctx) =>
        core.addComment(ctx, { ...ref, version: 1 }, { body: "looks good" }),
      );
    },
    variants: [
      {
        name: "on a request",
        expect: ["comment.created"],
        run: async (fx) => {
          const ref = await fx.model(1);
          const requestId = await fx.request(ref, 1, "staging");
          await fx.act(fx.reviewer, (ctx) => core.addComment(ctx, { requestId }, { body: "why?" }));
        },
      },
    ],
  },

  // ---- webhooks
  exampleWebhookEvent: pure,
  webhookSignature: pure,
  signWebhookPayload: pure,
  generateWebhookSecret: pure,
  privateAddressReason: pure,
  checkWebhookUrlSyntax: pure,
  webhookRetryDelayMs: pure,
  enqueueEvent: {
    kind: "infrastructure",
    why: "The webhook outbox writer: it adds event and delivery rows to the transaction of an audited mutation, which audits itself.",
  },
  resolveWebhookDestination: {
    kind: "infrastructure",
    why: "DNS resolution and the private-network check of a webhook URL; no database.",
  },
  postWebhook: {
    kind: "infrastructure",
    why: "One outbound HTTP attempt; no database (the worker records the attempt in the delivery log).",
  },
  claimDueWebhookDeliveries: {
    kind: "infrastructure",
    why: "Leases due outbox rows to a worker (claim id, next attempt time): bookkeeping, no product change.",
    run: (fx) => fx.act(fx.system, () => core.claimDueWebhookDeliveries(t.db, { batchSize: 0 })),
  },
  deliverDueWebhooks: {
    kind: "infrastructure",
    why: "Delivers outbox rows and writes the delivery log; only turning a failing webhook off is audited (webhook.disabled, covered by the webhooks tests).",
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await core.sendTestWebhookEvent(fx.maintainer, hook);
      // Private networks refused: the attempt fails at once, without leaving the machine.
      await fx.act(fx.system, () => core.deliverDueWebhooks(t.db, { allowPrivateNetworks: false }));
    },
  },
  pruneWebhookHistory: {
    kind: "infrastructure",
    why: "Deletes delivered webhook events past their retention with their delivery log; the audit trail is untouched.",
    run: (fx) => fx.act(fx.system, () => core.pruneWebhookHistory(t.db, 30)),
  },
  startWebhookWorker: {
    kind: "infrastructure",
    why: "The polling loop around deliverDueWebhooks and pruneWebhookHistory; writes nothing itself.",
  },
  listWebhooks: {
    kind: "read",
    run: async (fx) => {
      await webhookFixture(fx);
      await fx.act(fx.maintainer, (ctx) => core.listWebhooks(ctx, fx.team.slug));
    },
  },
  getWebhook: {
    kind: "read",
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await fx.act(fx.auditor, (ctx) => core.getWebhook(ctx, hook));
    },
  },
  listWebhookDeliveries: {
    kind: "read",
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await core.sendTestWebhookEvent(fx.maintainer, hook);
      await fx.act(fx.maintainer, (ctx) => core.listWebhookDeliveries(ctx, hook));
    },
  },
  getWebhookEvent: {
    kind: "read",
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      const { eventId } = await core.sendTestWebhookEvent(fx.maintainer, hook);
      await fx.act(fx.maintainer, (ctx) => core.getWebhookEvent(ctx, hook, eventId));
    },
  },
  createWebhook: {
    kind: "mutation",
    expect: ["webhook.created"],
    run: (fx) =>
      fx.act(withPrivateNetworks(fx.maintainer), (ctx) =>
        core.createWebhook(ctx, {
          team: fx.team.slug,
          url: "http://127.0.0.1:9/hook",
          events: ["model.created"],
        }),
      ),
    variants: [
      {
        name: "a reviewer is denied",
        expect: ["authorization.denied"],
        run: (fx) =>
          fx.act(
            fx.reviewer,
            (ctx) =>
              core.createWebhook(ctx, {
                team: fx.team.slug,
                url: "https://ci.example.com/hook",
                events: ["model.created"],
              }),
            { rejects: "forbidden" },
          ),
      },
    ],
  },
  updateWebhook: {
    kind: "mutation",
    expect: ["webhook.updated"],
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await fx.act(fx.maintainer, (ctx) =>
        core.updateWebhook(ctx, hook, { events: ["version.ready"], active: false }),
      );
    },
    variants: [
      {
        name: "no change",
        expect: [],
        run: async (fx) => {
          const hook = await webhookFixture(fx);
          await fx.act(fx.maintainer, (ctx) => core.updateWebhook(ctx, hook, { description: "fixture" }));
        },
      },
    ],
  },
  rotateWebhookSecret: {
    kind: "mutation",
    expect: ["webhook.secret_rotated"],
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await fx.act(fx.maintainer, (ctx) => core.rotateWebhookSecret(ctx, hook, { overlapHours: 1 }));
    },
  },
  deleteWebhook: {
    kind: "mutation",
    expect: ["webhook.deleted"],
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await fx.act(fx.maintainer, (ctx) => core.deleteWebhook(ctx, hook));
    },
  },
  sendTestWebhookEvent: {
    kind: "mutation",
    expect: ["webhook.test_sent"],
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      await fx.act(fx.maintainer, (ctx) => core.sendTestWebhookEvent(ctx, hook));
    },
  },
  redeliverWebhookEvent: {
    kind: "mutation",
    expect: ["webhook.redelivery_requested"],
    run: async (fx) => {
      const hook = await webhookFixture(fx);
      const { eventId } = await core.sendTestWebhookEvent(fx.maintainer, hook);
      await fx.act(fx.maintainer, (ctx) => core.redeliverWebhookEvent(ctx, hook, eventId));
    },
  },
};

// ------------------------------------------------------------------------------------ tests

describe("the audit completeness manifest", () => {
  it("classifies every exported function of core", () => {
    const missing = exportedNamed("function").filter((name) => !(name in manifest));
    expect(
      missing.map(
        (name) => `new service ${name} is not classified: add it to the audit completeness manifest`,
      ),
    ).toEqual([]);
  });

  it("names only functions that core still exports", () => {
    const functions = new Set(exportedNamed("function"));
    const stale = Object.keys(manifest).filter((name) => !functions.has(name));
    expect(
      stale.map((name) => `${name} is in the manifest but core no longer exports it as a function`),
    ).toEqual([]);
  });

  it("lists every exported class (none may hide a service) and no class that is gone", () => {
    expect(exportedNamed("class")).toEqual(Object.keys(classes).sort());
  });

  it("gives every infrastructure entry a reason, and every mutation an expectation", () => {
    for (const [name, entry] of Object.entries(manifest)) {
      if (entry.kind === "infrastructure") expect(entry.why.length, name).toBeGreaterThan(20);
      if (entry.kind === "mutation") expect(entry.expect.length, name).toBeGreaterThan(0);
    }
  });

  it("expects only actions of the closed list", () => {
    const known = new Set<string>(core.auditActions);
    const used = Object.values(manifest).flatMap((e) =>
      e.kind === "mutation" ? [...e.expect, ...(e.variants ?? []).flatMap((v) => v.expect)] : [],
    );
    expect(used.filter((a) => !known.has(a))).toEqual([]);
  });
});

describe("every mutation writes exactly its audit events", () => {
  for (const [name, entry] of Object.entries(manifest)) {
    if (entry.kind !== "mutation") continue;
    it(`${name} → ${entry.expect.join(", ")}`, async () => {
      await entry.run(fx);
      checkAct(entry.expect);
    });
    for (const v of entry.variants ?? []) {
      it(`${name}, ${v.name} → ${v.expect.join(", ") || "no event"}`, async () => {
        await v.run(fx);
        checkAct(v.expect);
      });
    }
  }
});

describe("reads and infrastructure write no audit events", () => {
  for (const [name, entry] of Object.entries(manifest)) {
    if ((entry.kind !== "read" && entry.kind !== "infrastructure") || !entry.run) continue;
    const run = entry.run;
    it(`${name} (${entry.kind})`, async () => {
      await run(fx);
      checkAct([]);
    });
  }
});

describe("same transaction", () => {
  it("a mutation rolled back by a later failure leaves neither its change nor its event", async () => {
    const head = await chainHead();
    const name = `rolled-back-${uniqueSuffix()}`;
    await expect(
      core.withTransaction(fx.contributor, async (tx) => {
        await core.createModel(tx, { team: fx.team.slug, name });
        await core.registerVersion(tx, { team: fx.team.slug, name }, {});
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect(await t.db.select().from(registeredModels).where(eq(registeredModels.name, name))).toHaveLength(0);
    expect(await chainHead()).toEqual(head);
    expect(await eventsAfter(head.seq)).toHaveLength(0);
  });

  it("changes to existing rows roll back with their events too", async () => {
    const ref = await fx.model(1);
    const [model] = await t.db.select().from(registeredModels).where(eq(registeredModels.name, ref.name));
    const head = await chainHead();
    await expect(
      core.withTransaction(fx.contributor, async (tx) => {
        await core.setAlias(tx, ref, { alias: "challenger", version: 1 });
        await core.updateModel(tx, ref, { description: "never" });
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    const [after] = await t.db.select().from(registeredModels).where(eq(registeredModels.id, model!.id));
    expect(after).toMatchObject({ description: model!.description, revision: model!.revision });
    expect(
      await t.db
        .select()
        .from(aliases)
        .where(and(eq(aliases.modelId, model!.id), eq(aliases.name, "challenger"))),
    ).toHaveLength(0);
    expect(await chainHead()).toEqual(head);
  });

  it("mutations composed in one transaction commit together, their events adjacent and in order", async () => {
    const ref = await fx.model(1);
    const head = await chainHead();
    const ctx = { ...fx.contributor, requestId: `acx-${randomUUID()}` };
    await core.withTransaction(ctx, async (tx) => {
      await core.setAlias(tx, ref, { alias: "challenger", version: 1 });
      await core.updateModel(tx, ref, { description: "together" });
    });
    const events = await eventsAfter(head.seq);
    expect(events.map((e) => [e.seq, e.action, e.requestId])).toEqual([
      [head.seq + 1, "alias.set", ctx.requestId],
      [head.seq + 2, "model.updated", ctx.requestId],
    ]);
    expect(events[0]!.prevHash).toBe(head.hash);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
  });
});

describe("denied authorization", () => {
  it("a viewer creating a model writes exactly one authorization.denied and no model", async () => {
    const name = `denied-${uniqueSuffix()}`;
    const head = await chainHead();
    const ctx = { ...fx.viewer, requestId: `acx-${randomUUID()}` };
    await expect(core.createModel(ctx, { team: fx.team.slug, name })).rejects.toMatchObject({
      code: "forbidden",
    });
    const events = await eventsAfter(head.seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "authorization.denied",
      actorType: "user",
      actorUserId: fx.viewer.user.id,
      actorName: fx.viewer.user.name,
      teamId: fx.team.id,
      requestId: ctx.requestId,
      after: { permission: "model.create", teamRole: "viewer" },
      prevHash: head.hash,
    });
    expect(await t.db.select().from(registeredModels).where(eq(registeredModels.name, name))).toHaveLength(0);
  });
});

describe("the chain these tests wrote", () => {
  it("verifies from the first event to the head", async () => {
    const verifier = new core.ChainVerifier();
    for (const e of await eventsAfter(0)) verifier.push({ ...e, at: e.at.toISOString() });
    const head = await chainHead();
    expect(verifier.firstBreak).toBeNull();
    expect(verifier.lastSeq).toBe(head.seq);
    expect(verifier.lastHash).toBe(head.hash);
    expect(verifier.checked).toBeGreaterThan(100);
  });
});
