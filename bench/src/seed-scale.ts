/**
 * Bulk seeding at scale for the performance harness: tens of thousands of models, ~100k versions,
 * a million audit events and a million online metric points, written with `COPY … FROM STDIN`
 * (postgres.js writable streams, generated in bounded chunks — never the whole table in memory).
 *
 * Everything lands in one team, made by one user, inside ONE transaction (all or nothing), with
 * the invariants the services keep:
 *  - version numbers 1..n gap-free per model and `registered_models.latest_version` = n;
 *  - every stage change is an applied `transition_requests` row (a request whose policy snapshot
 *    needs no approval, so request and apply share the instant — the service's auto-apply path)
 *    with its `stage_transitions` rows, and every `champion` move an `alias_changes` row, so the
 *    timeline, "production as of" and the inventory rebuild exactly the current state;
 *  - `champion` (protected) points at the single production version; `challenger` at the newest
 *    (staging) version of a few models;
 *  - audit events continue the existing hash chain (computed with core's `eventHash`, over the
 *    JSON exactly as jsonb gives it back), under the chain-head row lock, and the head moves to
 *    the last event.
 * Deterministic: a seeded PRNG drives every choice (ids come from `randomUUID`).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type AuditEventFields, eventHash, GENESIS_HASH } from "@modelgate/core";
import type postgres from "postgres";

export interface ScaleOptions {
  models: number;
  versions: number;
  bigModelVersions: number;
  tags: number;
  auditEvents: number;
  onlinePoints: number;
}

export const FULL_SCALE: ScaleOptions = {
  models: 10_000,
  versions: 100_000,
  bigModelVersions: 20_000,
  tags: 500_000,
  auditEvents: 1_000_000,
  onlinePoints: 1_000_000,
};

export interface ScaleBase {
  teamId: string;
  teamSlug: string;
  userId: string;
  userName: string;
}

export interface SeededScale {
  /** Model name (in the base team) holding `bigModelVersions` versions. */
  bigModel: string;
  /**
   * `champion` (production, alias champion) and `challenger` (staging, alias challenger) version
   * numbers, each with at least onlinePoints/10 online points of `metricKey`, one a minute ending now.
   */
  compareModel: { name: string; champion: number; challenger: number; metricKey: string };
  /** A model with a `champion` alias on a production version with 2 artifacts. */
  resolveModel: string;
  /** Three `key=value` filters that together match ≥ 150 models (so a 100-row page is full). */
  searchTags: [string, string, string];
  /** Rows inserted per table. */
  counts: Record<string, number>;
  seconds: number;
}

// ------------------------------------------------------------------------------------ constants

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const YEAR = 365 * DAY;
const SEED = 0x5eed_2024;
/** Rough size of one COPY write (characters). */
const CHUNK_CHARS = 1 << 20;

const DOMAINS = ["fraud", "credit", "marketing", "churn"] as const;
const FRAMEWORKS = ["xgboost", "pytorch", "sklearn"] as const;
const TIERS = ["gold", "silver"] as const;
const SEARCH_TAGS: [string, string, string] = ["domain=fraud", "framework=xgboost", "tier=gold"];
const OWNERS = 500;
const COST_CENTERS = 1000;
const MODEL_TAGS = 5;
/** Version tag keys, filled in this order (a version with 3 tags has the first 3). */
const VERSION_TAG_KEYS = [
  "run_id",
  "branch",
  "trainer",
  "dataset",
  "experiment",
  "gpu",
  "seed",
  "pipeline",
  "env",
  "feature_set",
  "data_window",
  "ci_job",
];
const MAX_TAGS = 50;
const FRAMEWORK_VERSIONS: Record<(typeof FRAMEWORKS)[number], string[]> = {
  xgboost: ["1.7.6", "2.0.3", "2.1.1"],
  pytorch: ["2.2.2", "2.3.1", "2.4.0"],
  sklearn: ["1.3.2", "1.4.2", "1.5.1"],
};
const ONLINE_KEY = "latency_ms";
const OTHER_ONLINE_VERSIONS = 8;

const ARTIFACTS = [
  {
    path: "config.json",
    contentType: "application/json",
    verdict: "no_scan_needed",
    format: "json",
    summary: "json: not a pickle format, no scan needed",
  },
  {
    path: "model.safetensors",
    contentType: "application/octet-stream",
    verdict: "safe_format",
    format: "safetensors",
    summary: "safetensors: header validated, tensors only (no code)",
  },
] as const;

/** The snapshot of an auto-applying policy (no approval needed, no gates). */
const POLICY_SNAPSHOT = JSON.stringify({
  requiredApprovals: 0,
  minReviewerRole: "reviewer",
  registrantMayApprove: false,
  expiryDays: 14,
  gates: [],
});

// Version fates: what happened to each version over its life.
const NONE = 0; // registered, never moved
const PROMOTED = 1; // staging → production → archived (replaced by a later champion)
const REJECTED = 2; // staging → archived (did not make it)
const PROD = 3; // staging → production (the champion now)
const STAGING = 4; // staging (the newest candidate)
const FINAL_STAGE = ["none", "archived", "archived", "production", "staging"] as const;

type Stage = "none" | "staging" | "production" | "archived";
const STAGE_CODE: Record<Stage, number> = { none: 0, staging: 1, production: 2, archived: 3 };
const STAGES: Stage[] = ["none", "staging", "production", "archived"];

// ------------------------------------------------------------------------------------ helpers

/** mulberry32: small, fast, good enough for data shapes. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = ReturnType<typeof prng>;

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const hex32 = (rng: Rng) => ((rng() * 4294967296) >>> 0).toString(16).padStart(8, "0");
function hex(rng: Rng, chars: number) {
  let s = "";
  while (s.length < chars) s += hex32(rng);
  return s.slice(0, chars);
}
/** A UUID-shaped id from the PRNG (request ids, sessions: text, deterministic). */
function prngUuid(rng: Rng) {
  const h = hex(rng, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const iso = (ms: number) => new Date(ms).toISOString();
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

const NULL = "\\N";
const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** A value for COPY's text format. */
function esc(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}
const escOrNull = (s: string | null) => (s === null ? NULL : esc(s));
const jsonOrNull = (v: unknown) => (v === null || v === undefined ? NULL : esc(JSON.stringify(v)));

/** Joins generated lines into ~1 MB chunks and counts them. */
function* chunked(lines: Iterable<string>, counter: { rows: number }): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const line of lines) {
    buf.push(line);
    size += line.length;
    counter.rows++;
    if (size >= CHUNK_CHARS) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield buf.join("");
}

/**
 * Streams `lines` into `table` with COPY. An error the server reports mid-stream destroys the
 * stream (the pipeline rejects). One reported after the last chunk — constraint triggers run at
 * the end of the statement (a foreign key) — finds the stream already detached by postgres.js and
 * only reaches the query's own reject, which is resolved by then; so that reject is tapped, and a
 * (generous) watchdog remains should the tap ever stop working, rather than hanging forever.
 */
async function copyInto(
  tx: postgres.TransactionSql,
  table: string,
  columns: string[],
  lines: Iterable<string>,
): Promise<number> {
  const counter = { rows: 0 };
  const query = tx.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`);
  let fail: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => {});
  const tapped = query as unknown as { reject: (e: unknown) => void };
  const reject = tapped.reject;
  tapped.reject = (e) => {
    fail(e);
    reject(e);
  };
  const sink = await query.writable();
  const source = Readable.from(chunked(lines, counter), { highWaterMark: 4 });
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    source.once("end", () => {
      timer = setTimeout(
        () => reject(new Error(`COPY into ${table} did not complete 10 minutes after its last row`)),
        600_000,
      );
    });
  });
  try {
    await Promise.race([pipeline(source, sink), failed, watchdog]);
  } finally {
    clearTimeout(timer);
  }
  return counter.rows;
}

// ------------------------------------------------------------------------------------ the plan

interface Plan {
  now: number;
  models: number;
  names: string[];
  modelIds: string[];
  /** Versions per model, first global version index, first version's time and the spacing. */
  n: Int32Array;
  vStart: Int32Array;
  created: Float64Array;
  start: Float64Array;
  gap: Float64Array;
  domain: Uint8Array;
  framework: Uint8Array;
  tier: Uint8Array;
  owner: Uint16Array;
  costCenter: Uint16Array;
  hasCard: Uint8Array;
  primaryAuc: Uint8Array;
  challenger: Uint8Array;
  versionIds: string[];
  fate: Uint8Array;
  /** Last time anything touched the version (ready, or its last stage change). */
  vUpdated: Float64Array;
  versionTags: Uint8Array;
  /** Transition requests: per model a contiguous, chronological range. */
  reqStart: Int32Array;
  reqCount: Int32Array;
  reqIds: string[];
  reqAt: Float64Array;
  reqVersion: Int32Array;
  reqFrom: Uint8Array;
  reqTo: Uint8Array;
  transitions: number;
  aliasChanges: number;
}

const versionTime = (p: Plan, i: number, k: number) => Math.floor(p.start[i]! + k * p.gap[i]!);
const readyTime = (p: Plan, i: number, k: number) => Math.floor(p.start[i]! + (k + 0.05) * p.gap[i]!);

interface HistorySink {
  request?(r: number, at: number, v: number, from: Stage, to: Stage, champion: number): void;
  transition?(v: number, from: Stage, to: Stage, r: number, at: number): void;
  alias?(name: string, fromV: number, toV: number, r: number, at: number): void;
}

/**
 * Replays one model's history in order, exactly as the services would have written it: a request
 * to staging, a request to production (archiving the previous champion and moving `champion` in
 * the same instant and request), or a request to archive a rejected candidate. Every pass over the
 * history (planning, requests, transitions, alias changes) sees the same sequence.
 */
function walkModel(p: Plan, i: number, r0: number, sink: HistorySink): number {
  let r = r0;
  let champion = -1;
  const n = p.n[i]!;
  const v0 = p.vStart[i]!;
  const gap = p.gap[i]!;
  for (let k = 0; k < n; k++) {
    const v = v0 + k;
    const fate = p.fate[v]!;
    if (fate === NONE) continue;
    const c = p.start[i]! + k * gap;
    const staged = Math.floor(c + 0.3 * gap);
    sink.request?.(r, staged, v, "none", "staging", champion);
    sink.transition?.(v, "none", "staging", r, staged);
    r++;
    if (fate === PROMOTED || fate === PROD) {
      const promoted = Math.floor(c + 0.6 * gap);
      sink.request?.(r, promoted, v, "staging", "production", champion);
      if (champion >= 0) sink.transition?.(champion, "production", "archived", r, promoted);
      sink.transition?.(v, "staging", "production", r, promoted);
      sink.alias?.("champion", champion, v, r, promoted);
      champion = v;
      r++;
    } else if (fate === REJECTED) {
      const archived = Math.floor(c + 0.9 * gap);
      sink.request?.(r, archived, v, "staging", "archived", champion);
      sink.transition?.(v, "staging", "archived", r, archived);
      r++;
    }
  }
  if (p.challenger[i]) {
    const k = n - 1;
    sink.alias?.("challenger", -1, v0 + k, -1, Math.floor(p.start[i]! + (k + 0.45) * gap));
  }
  return r;
}

function checkOptions(o: ScaleOptions) {
  for (const [k, v] of Object.entries(o))
    if (!Number.isInteger(v) || v < 0) throw new Error(`seedScale: ${k} must be a non-negative integer`);
  if (o.models < 3) throw new Error("seedScale: at least 3 models (big, compare, resolve)");
  if (o.bigModelVersions < 2) throw new Error("seedScale: the big model needs at least 2 versions");
  if (o.versions - o.bigModelVersions < o.models + 1)
    throw new Error(
      "seedScale: versions must leave every other model at least one version (and two for the compare and resolve models)",
    );
}

function makePlan(o: ScaleOptions, now: number): Plan {
  const rng = prng(SEED);
  const M = o.models;
  const V = o.versions;
  const names = Array.from({ length: M }, (_, i) => `m-${pad(i + 1, Math.max(5, String(M).length))}`);
  const modelIds = Array.from({ length: M }, () => randomUUID());

  // Versions per model: the big model, then the rest spread evenly with pairwise variation.
  const n = new Int32Array(M);
  n[0] = o.bigModelVersions;
  const rest = V - o.bigModelVersions;
  const each = Math.floor(rest / (M - 1));
  const extra = rest % (M - 1);
  for (let i = 1; i < M; i++) n[i] = each + (i - 1 < extra ? 1 : 0);
  for (let i = 1; i + 1 < M; i += 2) {
    const d = int(rng, Math.min(n[i]!, n[i + 1]!));
    n[i] = n[i]! + d;
    n[i + 1] = n[i + 1]! - d;
  }
  // The compare and resolve models need a champion and a newer version.
  for (const i of [1, 2]) {
    while (n[i]! < 2) {
      let donor = 3;
      while (donor < M && n[donor]! < 2) donor++;
      if (donor >= M) throw new Error("seedScale: not enough versions to give the compare model two");
      n[donor] = n[donor]! - 1;
      n[i] = n[i]! + 1;
    }
  }
  const vStart = new Int32Array(M);
  for (let i = 1; i < M; i++) vStart[i] = vStart[i - 1]! + n[i - 1]!;

  // Times: created over the past year; versions spread from an hour later up to a last activity.
  const created = new Float64Array(M);
  const start = new Float64Array(M);
  const gap = new Float64Array(M);
  const perCompare = onlinePerCompare(o);
  for (let i = 0; i < M; i++) {
    const c = now - YEAR + Math.floor(rng() * (YEAR - 8 * DAY));
    let end = c + DAY + rng() * (now - 2 * HOUR - (c + DAY));
    // The compare model's champion and challenger were both live while their points were logged.
    if (i === 1) end = Math.min(end, Math.max(c + DAY, now - perCompare * MINUTE - DAY));
    if (i <= 2) end = Math.max(end, c + DAY);
    created[i] = c;
    start[i] = c + HOUR;
    gap[i] = (end - (c + HOUR)) / n[i]!;
  }

  // Tags: exactly `target` models carry the searched combination; the rest never do.
  const target = Math.min(
    M,
    Math.max(160, Math.round(M / (DOMAINS.length * FRAMEWORKS.length * TIERS.length))),
  );
  const order = Array.from({ length: M }, (_, i) => i);
  for (let i = 0; i < target; i++) {
    const j = i + int(rng, M - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const inSearch = new Uint8Array(M);
  for (let i = 0; i < target; i++) inSearch[order[i]!] = 1;
  const domain = new Uint8Array(M);
  const framework = new Uint8Array(M);
  const tier = new Uint8Array(M);
  const owner = new Uint16Array(M);
  const costCenter = new Uint16Array(M);
  const hasCard = new Uint8Array(M);
  const primaryAuc = new Uint8Array(M);
  const challenger = new Uint8Array(M);
  const hasProd = (i: number) => i <= 2 || i % 20 !== 19;
  for (let i = 0; i < M; i++) {
    if (inSearch[i]) {
      domain[i] = 0;
      framework[i] = 0;
      tier[i] = 0;
    } else {
      domain[i] = int(rng, DOMAINS.length);
      framework[i] = int(rng, FRAMEWORKS.length);
      tier[i] = int(rng, TIERS.length);
      if (domain[i] === 0 && framework[i] === 0 && tier[i] === 0) tier[i] = 1;
    }
    owner[i] = int(rng, OWNERS);
    costCenter[i] = int(rng, COST_CENTERS);
    hasCard[i] = rng() < 0.7 ? 1 : 0;
    primaryAuc[i] = rng() < 0.5 ? 1 : 0;
    challenger[i] = i === 1 || (hasProd(i) && n[i]! >= 2 && rng() < 0.1) ? 1 : 0;
  }

  // Fates: the newest-but-one in production, the newest in staging, older ones archived or none.
  const fate = new Uint8Array(V);
  for (let i = 0; i < M; i++) {
    const v0 = vStart[i]!;
    const count = n[i]!;
    if (hasProd(i)) {
      if (count === 1) fate[v0] = PROD;
      else {
        for (let k = 0; k < count - 2; k++) {
          const x = rng();
          fate[v0 + k] = x < 0.4 ? PROMOTED : x < 0.6 ? REJECTED : NONE;
        }
        fate[v0 + count - 2] = PROD;
        fate[v0 + count - 1] = STAGING;
      }
    } else {
      for (let k = 0; k < count - 1; k++) fate[v0 + k] = rng() < 0.3 ? REJECTED : NONE;
      fate[v0 + count - 1] = STAGING;
    }
  }

  // Version tags: model tags + version tag entries ≈ opts.tags, spread by error diffusion.
  const versionTags = new Uint8Array(V);
  const perVersion = Math.max(0, o.tags - MODEL_TAGS * M) / V;
  for (let v = 0; v < V; v++)
    versionTags[v] = Math.min(MAX_TAGS, Math.floor((v + 1) * perVersion) - Math.floor(v * perVersion));

  const plan: Plan = {
    now,
    models: M,
    names,
    modelIds,
    n,
    vStart,
    created,
    start,
    gap,
    domain,
    framework,
    tier,
    owner,
    costCenter,
    hasCard,
    primaryAuc,
    challenger,
    versionIds: Array.from({ length: V }, () => randomUUID()),
    fate,
    vUpdated: new Float64Array(V),
    versionTags,
    reqStart: new Int32Array(M),
    reqCount: new Int32Array(M),
    reqIds: [],
    reqAt: new Float64Array(0),
    reqVersion: new Int32Array(0),
    reqFrom: new Uint8Array(0),
    reqTo: new Uint8Array(0),
    transitions: 0,
    aliasChanges: 0,
  };
  for (let i = 0; i < M; i++)
    for (let k = 0; k < n[i]!; k++) plan.vUpdated[vStart[i]! + k] = readyTime(plan, i, k);

  // Walk every history once: request ranges, request facts, last-change times.
  let requests = 0;
  for (let i = 0; i < M; i++) {
    plan.reqStart[i] = requests;
    const end = walkModel(plan, i, requests, {});
    plan.reqCount[i] = end - requests;
    requests = end;
  }
  plan.reqIds = Array.from({ length: requests }, () => randomUUID());
  plan.reqAt = new Float64Array(requests);
  plan.reqVersion = new Int32Array(requests);
  plan.reqFrom = new Uint8Array(requests);
  plan.reqTo = new Uint8Array(requests);
  for (let i = 0; i < M; i++) {
    walkModel(plan, i, plan.reqStart[i]!, {
      request(r, at, v, from, to) {
        plan.reqAt[r] = at;
        plan.reqVersion[r] = v;
        plan.reqFrom[r] = STAGE_CODE[from];
        plan.reqTo[r] = STAGE_CODE[to];
      },
      transition(v, _from, _to, _r, at) {
        plan.transitions++;
        if (at > plan.vUpdated[v]!) plan.vUpdated[v] = at;
      },
      alias() {
        plan.aliasChanges++;
      },
    });
  }
  return plan;
}

function onlinePerCompare(o: ScaleOptions) {
  return o.onlinePoints >= 2 ? Math.max(1, Math.floor(o.onlinePoints / 10)) : 0;
}

// ------------------------------------------------------------------------------------ row generators

function* modelLines(p: Plan, base: ScaleBase): Generator<string> {
  for (let i = 0; i < p.models; i++) {
    const name = p.names[i]!;
    const tags = {
      domain: DOMAINS[p.domain[i]!],
      framework: FRAMEWORKS[p.framework[i]!],
      tier: TIERS[p.tier[i]!],
      owner: `owner-${pad(p.owner[i]!, 3)}`,
      cost_center: `cc-${pad(p.costCenter[i]!, 4)}`,
    };
    const description = `${tags.domain} model ${name} (${tags.framework}), owned by ${tags.owner}`;
    const card = p.hasCard[i]
      ? `# ${name}\n\n## Intended use\nScores ${tags.domain} cases for the ${tags.tier} tier.\n\n## Training data\n${tags.domain}-events, rolling 90 days.\n\n## Limitations\nNot validated outside the ${tags.tier} tier.\n`
      : "";
    const updated = versionTime(p, i, p.n[i]! - 1);
    yield `${p.modelIds[i]}\t${base.teamId}\t${name}\t${esc(description)}\t${esc(card)}\t${esc(JSON.stringify(tags))}\tf\t${p.primaryAuc[i] ? "auc" : NULL}\t${p.n[i]}\t1\t${base.userId}\t${iso(p.created[i]!)}\t${iso(updated)}\n`;
  }
}

function* versionLines(p: Plan, base: ScaleBase): Generator<string> {
  const rng = prng(SEED + 1);
  for (let i = 0; i < p.models; i++) {
    const fw = FRAMEWORKS[p.framework[i]!]!;
    const dom = DOMAINS[p.domain[i]!]!;
    const modelId = p.modelIds[i]!;
    for (let k = 0; k < p.n[i]!; k++) {
      const v = p.vStart[i]! + k;
      const number = k + 1;
      const created = versionTime(p, i, k);
      const tags: Record<string, string> = {};
      const count = p.versionTags[v]!;
      for (let t = 0; t < count; t++) {
        const key = VERSION_TAG_KEYS[t] ?? `extra_${t}`;
        tags[key] = versionTagValue(key, i, number, rng);
      }
      const params = {
        learning_rate: String(round(0.01 + rng() * 0.2, 3)),
        max_depth: String(3 + int(rng, 8)),
        n_estimators: String(100 * (1 + int(rng, 10))),
      };
      const month = new Date(created).getUTCMonth() + 1;
      const lineage = {
        runId: `run-${pad(i + 1, 5)}-${number}`,
        runUrl: `https://mlflow.example.internal/#/runs/${hex(rng, 32)}`,
        gitCommit: hex(rng, 40),
        datasetName: `${dom}-events`,
        datasetVersion: `${new Date(created).getUTCFullYear()}-${pad(month, 2)}`,
        framework: fw,
        frameworkVersion: FRAMEWORK_VERSIONS[fw][int(rng, 3)]!,
      };
      const description = number % 4 === 0 ? `Retrained on ${lineage.datasetVersion} data` : "";
      yield `${p.versionIds[v]}\t${modelId}\t${number}\tready\t${FINAL_STAGE[p.fate[v]!]}\t${esc(description)}\t${esc(JSON.stringify(tags))}\t${esc(JSON.stringify(params))}\t${esc(JSON.stringify(lineage))}\t${base.userId}\t${iso(created)}\t${iso(p.vUpdated[v]!)}\t${iso(readyTime(p, i, k))}\n`;
    }
  }
}

function versionTagValue(key: string, i: number, number: number, rng: Rng): string {
  switch (key) {
    case "run_id":
      return `run-${pad(i + 1, 5)}-${number}`;
    case "branch":
      return ["main", "main", "main", "experiment", "hotfix"][int(rng, 5)]!;
    case "trainer":
      return `trainer-${int(rng, 40)}`;
    case "dataset":
      return `ds-${int(rng, 20)}`;
    case "experiment":
      return `exp-${int(rng, 200)}`;
    case "gpu":
      return ["a100", "h100", "l4", "cpu"][int(rng, 4)]!;
    case "seed":
      return String(int(rng, 100_000));
    case "pipeline":
      return ["nightly", "weekly", "manual"][int(rng, 3)]!;
    case "env":
      return ["prod-train", "dev"][int(rng, 2)]!;
    default:
      return `v-${int(rng, 1000)}`;
  }
}

function* artifactLines(p: Plan, artifactIds: string[]): Generator<string> {
  const rng = prng(SEED + 2);
  for (let i = 0; i < p.models; i++) {
    for (let k = 0; k < p.n[i]!; k++) {
      const v = p.vStart[i]! + k;
      const created = iso(versionTime(p, i, k));
      const ready = iso(readyTime(p, i, k));
      for (let a = 0; a < ARTIFACTS.length; a++) {
        const art = ARTIFACTS[a]!;
        const id = randomUUID();
        artifactIds[v * ARTIFACTS.length + a] = id;
        const sha = hex(rng, 64);
        const size = a === 0 ? 400 + int(rng, 8000) : 1_000_000 + int(rng, 500_000_000);
        const scan = {
          scanner: "modelgate-pickle-scan",
          scannerVersion: "1.0.0",
          verdict: art.verdict,
          category: "clean",
          format: art.format,
          summary: art.summary,
          findings: [],
          findingsTruncated: false,
          limitsHit: [],
          problems: [],
          entries: [],
          picklesParsed: 0,
          scannedBytes: a === 0 ? size : Math.min(size, 65_536),
          durationMs: 1 + int(rng, 40),
        };
        yield `${id}\t${p.versionIds[v]}\t${art.path}\tverified\t${size}\t${sha}\t${art.contentType}\tsha256:${sha}\tf\t${created}\t${ready}\t${art.verdict}\tclean\t${esc(JSON.stringify(scan))}\t${ready}\n`;
      }
    }
  }
}

function* offlineMetricLines(p: Plan): Generator<string> {
  const rng = prng(SEED + 3);
  for (let i = 0; i < p.models; i++) {
    let auc = 0.7 + rng() * 0.1;
    for (let k = 0; k < p.n[i]!; k++) {
      const v = p.vStart[i]! + k;
      const at = iso(versionTime(p, i, k));
      auc = Math.min(0.995, Math.max(0.6, auc + (rng() - 0.45) * 0.01));
      const latency = 5 + rng() * 75;
      yield `${p.versionIds[v]}\tauc\t${round(auc, 4)}\toffline\t${NULL}\t${at}\tholdout\n`;
      yield `${p.versionIds[v]}\tlatency_ms\t${round(latency, 2)}\toffline\t${NULL}\t${at}\tholdout\n`;
    }
  }
}

const REASONS: Record<string, string> = {
  staging: "Validate on shadow traffic",
  production: "Beats the champion on the holdout set",
  archived: "Did not beat the champion",
};

function* requestLines(p: Plan, base: ScaleBase): Generator<string> {
  const out: string[] = [];
  for (let i = 0; i < p.models; i++) {
    walkModel(p, i, p.reqStart[i]!, {
      request(r, at, v, from, to, champion) {
        const premise = JSON.stringify({
          versionStage: from,
          championVersionId: champion >= 0 ? p.versionIds[champion] : null,
        });
        const t = iso(at);
        out.push(
          `${p.reqIds[r]}\t${base.teamId}\t${p.modelIds[i]}\t${p.versionIds[v]}\tstage\t${from}\t${to}\t${NULL}\tt\t${REASONS[to]}\t${base.userId}\t${esc(base.userName)}\t${NULL}\tapplied\t${POLICY_SNAPSHOT}\t[]\t[]\t${esc(premise)}\t${NULL}\t${iso(at + 14 * DAY)}\t${t}\t${t}\n`,
        );
      },
    });
    yield* out;
    out.length = 0;
  }
}

function* transitionLines(p: Plan): Generator<string> {
  const out: string[] = [];
  for (let i = 0; i < p.models; i++) {
    const modelId = p.modelIds[i]!;
    walkModel(p, i, p.reqStart[i]!, {
      transition(v, from, to, r, at) {
        out.push(`${modelId}\t${p.versionIds[v]}\t${from}\t${to}\t${p.reqIds[r]}\tf\t${iso(at)}\n`);
      },
    });
    yield* out;
    out.length = 0;
  }
}

function* aliasChangeLines(p: Plan, base: ScaleBase): Generator<string> {
  const out: string[] = [];
  const name = esc(base.userName);
  for (let i = 0; i < p.models; i++) {
    const modelId = p.modelIds[i]!;
    walkModel(p, i, p.reqStart[i]!, {
      alias(alias, fromV, toV, r, at) {
        out.push(
          `${modelId}\t${alias}\t${fromV >= 0 ? p.versionIds[fromV] : NULL}\t${p.versionIds[toV]}\t${r >= 0 ? p.reqIds[r] : NULL}\t${base.userId}\t${name}\t${iso(at)}\n`,
        );
      },
    });
    yield* out;
    out.length = 0;
  }
}

/** The current aliases: the last champion move and the challenger of each model. */
function* aliasLines(p: Plan, base: ScaleBase): Generator<string> {
  for (let i = 0; i < p.models; i++) {
    const last = new Map<string, { v: number; at: number; protect: boolean }>();
    walkModel(p, i, p.reqStart[i]!, {
      alias(alias, _fromV, toV, r, at) {
        last.set(alias, { v: toV, at, protect: r >= 0 });
      },
    });
    for (const [alias, a] of last)
      yield `${p.modelIds[i]}\t${alias}\t${p.versionIds[a.v]}\t${a.protect ? "t" : "f"}\t${base.userId}\t${iso(a.at)}\n`;
  }
}

interface OnlineTarget {
  v: number;
  points: number;
  base: number;
}

function* onlineLines(p: Plan, targets: OnlineTarget[]): Generator<string> {
  const rng = prng(SEED + 4);
  // One point a minute, the last one a minute before now.
  const end = Math.floor(p.now / MINUTE) * MINUTE - MINUTE;
  for (const t of targets) {
    const id = p.versionIds[t.v]!;
    for (let j = t.points - 1; j >= 0; j--) {
      const at = end - j * MINUTE;
      const daily = Math.sin(((at % DAY) / DAY) * 2 * Math.PI);
      const value = t.base + 4 * daily + rng() * 3 + (rng() < 0.002 ? 40 * rng() : 0);
      yield `${id}\t${ONLINE_KEY}\t${round(value, 3)}\tonline\t${iso(at)}\n`;
    }
  }
}

// ------------------------------------------------------------------------------------ audit events

type Weighted = readonly [string, number];
const ACTION_WEIGHTS: readonly Weighted[] = [
  ["version.registered", 14],
  ["artifact.uploaded", 20],
  ["version.ready", 9],
  ["metrics.logged", 18],
  ["transition.requested", 6],
  ["transition.approved", 5],
  ["transition.applied", 5],
  ["alias.moved", 3],
  ["alias.set", 2],
  ["model.updated", 2],
  ["version.updated", 2],
  ["auth.login_succeeded", 8],
  ["auth.logout", 4],
  ["audit.exported", 0.5],
  ["audit.verified", 0.5],
];
const TOTAL_WEIGHT = ACTION_WEIGHTS.reduce((s, [, w]) => s + w, 0);
const USER_IPS = ["10.20.3.14", "10.20.7.201", "192.168.1.23", "172.16.4.9"];
const TOKEN_IPS = ["10.40.0.11", "10.40.0.12", "10.40.0.13"];
const USER_AGENT =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
const CLI_AGENT = "modelgate-cli/0.1.0 (node 20.19.0; linux x64)";
const TOKEN_ACTIONS = new Set([
  "version.registered",
  "artifact.uploaded",
  "metrics.logged",
  "transition.requested",
]);

interface AuditContext {
  base: ScaleBase;
  email: string;
  token: { id: string; name: string };
  artifactIds: string[];
  startSeq: number;
  prevHash: string;
  count: number;
  /** Filled while generating. */
  last: { seq: number; hash: string };
}

function pickAction(rng: Rng): string {
  let x = rng() * TOTAL_WEIGHT;
  for (const [a, w] of ACTION_WEIGHTS) {
    x -= w;
    if (x < 0) return a;
  }
  return ACTION_WEIGHTS[0]![0];
}

/** The largest `count` such that the first `count` requests of model `i` happened at or before `t`. */
function requestsBefore(p: Plan, i: number, t: number) {
  let lo = 0;
  let hi = p.reqCount[i]!;
  const s = p.reqStart[i]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.reqAt[s + mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function* auditLines(p: Plan, a: AuditContext): Generator<string> {
  const rng = prng(SEED + 5);
  const { base } = a;
  const full = (i: number) => `${base.teamSlug}/${p.names[i]}`;
  const tokenActor = `${base.userName} (token ${a.token.name})`;
  const byCreation = Array.from({ length: p.models }, (_, i) => i).sort(
    (x, y) => p.created[x]! - p.created[y]!,
  );
  let existing = 0; // models created by now
  let announced = 0; // models whose model.created was written
  const from = p.now - YEAR;
  const span = p.now - 1000 - from;
  let prevAt = from - 1;
  let prevHash = a.prevHash;
  let seq = a.startSeq;
  for (let j = 0; j < a.count; j++) {
    let at = from + Math.floor(((j + 0.5 + (rng() - 0.5) * 0.8) * span) / a.count);
    if (at <= prevAt) at = prevAt + 1;
    prevAt = at;
    while (existing < p.models && p.created[byCreation[existing]!]! <= at) existing++;

    let action: string;
    let entityType: string;
    let entityId: string | null = null;
    let modelId: string | null = null;
    let teamId: string | null = base.teamId;
    let before: unknown = null;
    let after: unknown = null;
    let reason: string | null = null;

    let i = -1;
    let kmax = 0;
    if (announced < existing) {
      i = byCreation[announced++]!;
      action = "model.created";
    } else {
      action = pickAction(rng);
      if (!action.startsWith("auth.") && !action.startsWith("audit.")) {
        if (existing === 0) action = "auth.login_succeeded";
        else {
          i = byCreation[int(rng, existing)]!;
          kmax = Math.min(p.n[i]!, Math.floor((at - p.start[i]!) / p.gap[i]!) + 1);
          if (kmax <= 0 && action !== "model.updated") action = "model.updated";
        }
      }
    }
    if (i >= 0) modelId = p.modelIds[i]!;
    const k = kmax > 0 ? int(rng, kmax) : 0; // 0-based version within the model
    const v = i >= 0 ? p.vStart[i]! + k : -1;
    const versionRef = i >= 0 ? `${full(i)}/${k + 1}` : "";

    // Transition events need a request made by then; fall back to a registration.
    let r = -1;
    if (action.startsWith("transition.") || action === "alias.moved") {
      const made = requestsBefore(p, i, at);
      if (made === 0) action = "version.registered";
      else {
        r = p.reqStart[i]! + int(rng, made);
        if (action === "alias.moved" && p.reqTo[r] !== STAGE_CODE.production) action = "transition.applied";
      }
    }

    switch (action) {
      case "model.created":
        entityType = "model";
        entityId = p.modelIds[i]!;
        after = {
          name: full(i),
          description: `${DOMAINS[p.domain[i]!]} model ${p.names[i]}`,
          tags: {
            domain: DOMAINS[p.domain[i]!],
            framework: FRAMEWORKS[p.framework[i]!],
            tier: TIERS[p.tier[i]!],
          },
        };
        break;
      case "model.updated":
        entityType = "model";
        entityId = p.modelIds[i]!;
        before = { description: "" };
        after = { description: `${DOMAINS[p.domain[i]!]} model ${p.names[i]}, revised` };
        break;
      case "version.registered":
        entityType = "model_version";
        entityId = p.versionIds[v]!;
        after = {
          model: full(i),
          version: k + 1,
          status: "pending",
          artifacts: ARTIFACTS.map((x) => x.path),
          metrics: { auc: round(0.7 + rng() * 0.25, 4), latency_ms: round(5 + rng() * 75, 2) },
          lineage: { runId: `run-${pad(i + 1, 5)}-${k + 1}`, datasetName: `${DOMAINS[p.domain[i]!]}-events` },
        };
        break;
      case "artifact.uploaded": {
        const slot = int(rng, ARTIFACTS.length);
        const art = ARTIFACTS[slot]!;
        entityType = "artifact";
        entityId = a.artifactIds[v * ARTIFACTS.length + slot]!;
        after = {
          version: versionRef,
          path: art.path,
          size: slot === 0 ? 400 + int(rng, 8000) : 1_000_000 + int(rng, 500_000_000),
          sha256: hex(rng, 64),
          scan: {
            scanner: "modelgate-pickle-scan",
            scannerVersion: "1.0.0",
            verdict: art.verdict,
            category: "clean",
            format: art.format,
            summary: art.summary,
            findings: 0,
            dangerous: 0,
            notable: [],
            limitsHit: [],
          },
        };
        break;
      }
      case "version.ready":
        entityType = "model_version";
        entityId = p.versionIds[v]!;
        before = { status: "pending" };
        after = {
          status: "ready",
          version: versionRef,
          scan: { verdict: "no_scan_needed", category: "clean", quarantined: false },
        };
        break;
      case "version.updated":
        entityType = "model_version";
        entityId = p.versionIds[v]!;
        before = { description: "" };
        after = { description: `Retrained, ${versionRef}` };
        break;
      case "metrics.logged": {
        entityType = "model_version";
        entityId = p.versionIds[v]!;
        const points = 10 + int(rng, 990);
        after = {
          version: versionRef,
          points,
          keys: [ONLINE_KEY],
          from: iso(at - points * MINUTE),
          to: iso(at - MINUTE),
        };
        break;
      }
      case "transition.requested":
      case "transition.approved":
      case "transition.applied":
      case "alias.moved": {
        const rv = p.reqVersion[r]!;
        const number = rv - p.vStart[i]! + 1;
        const fromStage = STAGES[p.reqFrom[r]!]!;
        const toStage = STAGES[p.reqTo[r]!]!;
        const change = `promotion of ${full(i)} v${number} to ${toStage}`;
        entityType = action === "alias.moved" ? "alias" : "transition_request";
        entityId = action === "alias.moved" ? `${p.modelIds[i]}:champion` : p.reqIds[r]!;
        if (action === "transition.requested") {
          reason = REASONS[toStage] ?? null;
          after = {
            change,
            kind: "stage",
            from: fromStage,
            to: toStage,
            alias: null,
            requiredApprovals: 0,
            gates: [],
          };
        } else if (action === "transition.approved") {
          reason = "looks good";
          after = {
            signer: base.userName,
            meaning: `Approve ${change}`,
            signedAt: iso(at),
            versionContentHash: hex(rng, 64),
          };
        } else if (action === "transition.applied") {
          before = { stage: fromStage };
          after = {
            change,
            from: fromStage,
            to: toStage,
            alias: null,
            rollback: false,
            previousChampion: null,
          };
        } else {
          before = { alias: "champion", version: number > 1 ? number - 1 : null };
          after = { model: full(i), alias: "champion", version: number, requestId: p.reqIds[r]! };
        }
        break;
      }
      case "alias.set":
        entityType = "alias";
        entityId = `${p.modelIds[i]}:challenger`;
        after = { model: full(i), alias: "challenger", version: k + 1 };
        break;
      case "auth.login_succeeded":
        entityType = "session";
        entityId = prngUuid(rng);
        teamId = null;
        after = { userId: base.userId, email: a.email };
        break;
      case "auth.logout":
        entityType = "session";
        entityId = prngUuid(rng);
        teamId = null;
        break;
      case "audit.exported":
        entityType = "audit_trail";
        teamId = null;
        after = { filter: { team: base.teamSlug }, format: "jsonl" };
        break;
      default: // audit.verified
        action = "audit.verified";
        entityType = "audit_trail";
        teamId = null;
        after = { ok: true, verifiedThrough: seq, headSeq: seq, firstBreak: null, checkpointsVerified: 0 };
        break;
    }

    const viaToken = TOKEN_ACTIONS.has(action) && rng() < 0.6;
    seq++;
    const fields: AuditEventFields = {
      seq,
      at: iso(at),
      actorType: viaToken ? "token" : "user",
      actorUserId: base.userId,
      actorTokenId: viaToken ? a.token.id : null,
      actorName: viaToken ? tokenActor : base.userName,
      action,
      entityType,
      entityId,
      teamId,
      modelId,
      before,
      after,
      reason,
      requestId: prngUuid(rng),
      ip: viaToken ? TOKEN_IPS[int(rng, TOKEN_IPS.length)]! : USER_IPS[int(rng, USER_IPS.length)]!,
      userAgent: viaToken ? CLI_AGENT : USER_AGENT,
    };
    const hash = eventHash(fields, prevHash);
    yield `${seq}\t${fields.at}\t${fields.actorType}\t${base.userId}\t${fields.actorTokenId ?? NULL}\t${esc(fields.actorName)}\t${action}\t${entityType}\t${escOrNull(entityId)}\t${teamId ?? NULL}\t${modelId ?? NULL}\t${jsonOrNull(before)}\t${jsonOrNull(after)}\t${escOrNull(reason)}\t${fields.requestId}\t${fields.ip}\t${esc(fields.userAgent!)}\t${prevHash}\t${hash}\n`;
    prevHash = hash;
  }
  a.last = { seq, hash: prevHash };
}

// ------------------------------------------------------------------------------------ the seeder

export async function seedScale(
  sql: postgres.Sql,
  base: ScaleBase,
  opts: ScaleOptions,
  log: (m: string) => void = () => {},
): Promise<SeededScale> {
  checkOptions(opts);
  const started = performance.now();
  const now = Date.now();
  const counts: Record<string, number> = {};
  const phases: string[] = [];
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await fn();
    const s = (performance.now() - t) / 1000;
    phases.push(`${name} ${s.toFixed(1)}s`);
    log(`seed-scale: ${name} — ${s.toFixed(1)} s`);
    return result;
  };

  const plan = await timed("plan", async () => makePlan(opts, now));
  log(
    `seed-scale: ${opts.models} models, ${opts.versions} versions, ${MODEL_TAGS * opts.models + plan.versionTags.reduce((s, x) => s + x, 0)} tags, ${plan.reqIds.length} requests, ${plan.transitions} stage transitions, ${plan.aliasChanges} alias changes`,
  );

  // The compare model's champion and challenger, then ~8 other production versions, get the points.
  const compare = 1;
  const championV = plan.vStart[compare]! + plan.n[compare]! - 2;
  const challengerV = championV + 1;
  const perCompare = onlinePerCompare(opts);
  const targets: OnlineTarget[] = [];
  if (perCompare > 0) {
    targets.push(
      { v: championV, points: perCompare, base: 22 },
      { v: challengerV, points: perCompare, base: 19 },
    );
    const others: number[] = [];
    for (let i = 2; i < plan.models && others.length < OTHER_ONLINE_VERSIONS; i++) {
      const last = plan.vStart[i]! + plan.n[i]! - 1;
      for (const v of [last - 1, last]) if (v >= plan.vStart[i]! && plan.fate[v] === PROD) others.push(v);
    }
    const rest = opts.onlinePoints - 2 * perCompare;
    others.forEach((v, j) => {
      const points = Math.floor(rest / others.length) + (j < rest % others.length ? 1 : 0);
      if (points > 0) targets.push({ v, points, base: 10 + 5 * (j % 5) });
    });
  }

  const [user] = await sql<{ email: string }[]>`select email from users where id = ${base.userId}`;
  if (!user) throw new Error(`seedScale: user ${base.userId} does not exist`);
  const [team] = await sql<{ slug: string }[]>`select slug from teams where id = ${base.teamId}`;
  if (team?.slug !== base.teamSlug)
    throw new Error(
      `seedScale: team ${base.teamId} ${team ? `is ${team.slug}, not ${base.teamSlug}` : "does not exist"}`,
    );
  const artifactIds: string[] = new Array(opts.versions * ARTIFACTS.length);

  await sql.begin(async (tx) => {
    await tx`set local synchronous_commit = off`;
    // Hold the chain head for the whole seed: appends by the services wait, so the chain never forks.
    const [head] = await tx<{ seq: string; hash: string }[]>`
      select seq::text, hash from audit_chain_head where id = 1 for update`;
    const [{ last } = { last: "0" }] = await tx<{ last: string }[]>`
      select coalesce(max(seq), 0)::text as last from audit_events`;
    const headSeq = head ? Number(head.seq) : 0;
    if (!head && Number(last) > 0)
      throw new Error("seedScale: audit events exist but the chain head is missing (not migrated?)");
    if (Number(last) !== headSeq)
      throw new Error(`seedScale: the chain head (#${headSeq}) is not the last audit event (#${last})`);
    const [clash] = await tx`
      select name from registered_models where team_id = ${base.teamId} and name = any(${plan.names.slice(0, 3)}) limit 1`;
    if (clash)
      throw new Error(`seedScale: model ${base.teamSlug}/${clash.name} already exists (seeded before?)`);

    counts.registered_models = await timed("registered_models", () =>
      copyInto(
        tx,
        "registered_models",
        [
          "id",
          "team_id",
          "name",
          "description",
          "model_card",
          "tags",
          "archived",
          "primary_metric",
          "latest_version",
          "revision",
          "created_by",
          "created_at",
          "updated_at",
        ],
        modelLines(plan, base),
      ),
    );
    counts.model_versions = await timed("model_versions", () =>
      copyInto(
        tx,
        "model_versions",
        [
          "id",
          "model_id",
          "version",
          "status",
          "stage",
          "description",
          "tags",
          "params",
          "lineage",
          "created_by",
          "created_at",
          "updated_at",
          "ready_at",
        ],
        versionLines(plan, base),
      ),
    );
    counts.artifacts = await timed("artifacts", () =>
      copyInto(
        tx,
        "artifacts",
        [
          "id",
          "version_id",
          "path",
          "status",
          "size",
          "sha256",
          "content_type",
          "storage_uri",
          "external",
          "created_at",
          "verified_at",
          "scan_verdict",
          "scan_category",
          "scan_result",
          "scanned_at",
        ],
        artifactLines(plan, artifactIds),
      ),
    );
    const offline = await timed("metrics (offline)", () =>
      copyInto(
        tx,
        "metrics",
        ["version_id", "key", "value", "kind", "step", "at", "dataset"],
        offlineMetricLines(plan),
      ),
    );
    counts.transition_requests = await timed("transition_requests", () =>
      copyInto(
        tx,
        "transition_requests",
        [
          "id",
          "team_id",
          "model_id",
          "version_id",
          "kind",
          "from_stage",
          "to_stage",
          "alias",
          "archive_previous",
          "reason",
          "requested_by",
          "requested_by_name",
          "via_token_id",
          "status",
          "policy",
          "gate_results",
          "gate_results_at_request",
          "premise",
          "status_reason",
          "expires_at",
          "created_at",
          "closed_at",
        ],
        requestLines(plan, base),
      ),
    );
    counts.stage_transitions = await timed("stage_transitions", () =>
      copyInto(
        tx,
        "stage_transitions",
        ["model_id", "version_id", "from_stage", "to_stage", "request_id", "rollback", "at"],
        transitionLines(plan),
      ),
    );
    counts.aliases = await timed("aliases", () =>
      copyInto(
        tx,
        "aliases",
        ["model_id", "name", "version_id", "protected", "updated_by", "updated_at"],
        aliasLines(plan, base),
      ),
    );
    counts.alias_changes = await timed("alias_changes", () =>
      copyInto(
        tx,
        "alias_changes",
        [
          "model_id",
          "alias",
          "from_version_id",
          "to_version_id",
          "request_id",
          "actor_user_id",
          "actor_name",
          "at",
        ],
        aliasChangeLines(plan, base),
      ),
    );
    const online = await timed("metrics (online)", () =>
      copyInto(tx, "metrics", ["version_id", "key", "value", "kind", "at"], onlineLines(plan, targets)),
    );
    counts.metrics = offline + online;

    // The CI token the audit trail shows as an actor: the user's own token in the team, else one
    // made here (its secret is discarded, so it cannot be used).
    let [token] = await tx<{ id: string; name: string }[]>`
      select id, name from api_tokens
      where user_id = ${base.userId} and team_id = ${base.teamId} and revoked_at is null
      order by created_at limit 1`;
    if (!token) {
      [token] = await tx<{ id: string; name: string }[]>`
        insert into api_tokens (user_id, team_id, name, role, prefix, secret_hash, created_at, last_used_at)
        values (${base.userId}, ${base.teamId}, 'ci-pipeline', 'contributor', ${randomBytes(4).toString("hex")},
                ${randomBytes(32).toString("hex")}, ${iso(now - YEAR)}, ${iso(now - HOUR)})
        returning id, name`;
      counts.api_tokens = 1;
    }

    const audit: AuditContext = {
      base,
      email: user.email,
      token: token!,
      artifactIds,
      startSeq: headSeq,
      prevHash: head ? head.hash : GENESIS_HASH,
      count: opts.auditEvents,
      last: { seq: headSeq, hash: head ? head.hash : GENESIS_HASH },
    };
    counts.audit_events = await timed("audit_events", () =>
      copyInto(
        tx,
        "audit_events",
        [
          "seq",
          "at",
          "actor_type",
          "actor_user_id",
          "actor_token_id",
          "actor_name",
          "action",
          "entity_type",
          "entity_id",
          "team_id",
          "model_id",
          "before",
          "after",
          "reason",
          "request_id",
          "ip",
          "user_agent",
          "prev_hash",
          "hash",
        ],
        auditLines(plan, audit),
      ),
    );
    if (counts.audit_events > 0) {
      if (head)
        await tx`update audit_chain_head set seq = ${audit.last.seq}, hash = ${audit.last.hash} where id = 1`;
      else
        await tx`insert into audit_chain_head (id, seq, hash) values (1, ${audit.last.seq}, ${audit.last.hash})`;
      // The app assigns seq itself under the head lock; keep the bigserial past it all the same.
      await tx`select setval(pg_get_serial_sequence('audit_events', 'seq'), ${audit.last.seq})`;
      log(`seed-scale: audit chain head moved #${headSeq} → #${audit.last.seq}`);
    }
  });

  // VACUUM as well as ANALYZE: a registry that has been running is vacuumed by autovacuum, and
  // only then are its pages all-visible (index-only scans); a table fresh from COPY is not.
  await timed("vacuum analyze", async () => {
    await sql`vacuum (analyze) registered_models, model_versions, artifacts, metrics, transition_requests, stage_transitions, aliases, alias_changes, audit_events, audit_chain_head`;
  });

  const seconds = (performance.now() - started) / 1000;
  log(`seed-scale: done in ${seconds.toFixed(1)} s (${phases.join(", ")})`);
  return {
    bigModel: plan.names[0]!,
    compareModel: {
      name: plan.names[compare]!,
      champion: plan.n[compare]! - 1,
      challenger: plan.n[compare]!,
      metricKey: ONLINE_KEY,
    },
    resolveModel: plan.names[2]!,
    searchTags: [...SEARCH_TAGS],
    counts,
    seconds,
  };
}
