import { Readable } from "node:stream";
import type { TeamRole } from "@modelgate/db";
import type { ServiceContext } from "../context";
import { setAlias } from "../registry/aliases";
import { uploadArtifact } from "../registry/artifacts";
import { logOnlineMetrics } from "../registry/metrics";
import { createModel } from "../registry/models";
import { registerVersion } from "../registry/versions";

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers, so every demo looks the same. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

interface DemoVersion {
  metrics: Record<string, number>;
  params: Record<string, string>;
  dataset: string;
  commit: string;
  description: string;
  /** Upload a small config.json (true) or only register external weights. */
  upload?: boolean;
  /** Declared but never uploaded: stays pending. */
  pending?: boolean;
}

interface DemoModel {
  team: "fraud" | "growth";
  name: string;
  description: string;
  modelCard: string;
  tags: Record<string, string>;
  framework: [string, string];
  versions: DemoVersion[];
  aliases?: Record<string, number>;
  /** Production traffic metrics posted for these versions over the last two weeks. */
  online?: { versions: number[]; series: { key: string; base: number; spread: number; lift: number }[] };
}

const card = (title: string, body: string) =>
  `# ${title}\n\n${body}\n\n## Intended use\nScoring inside the production pipeline; not for decisions without human review.\n\n## Evaluation\nHoldout of the most recent month, stratified by region.\n\n## Limitations\nPerformance degrades on merchants with fewer than 50 transactions.`;

export const demoModels: DemoModel[] = [
  {
    team: "fraud",
    name: "transaction-scorer",
    description: "Real-time fraud probability for card-not-present transactions.",
    modelCard: card(
      "Transaction scorer",
      "Gradient-boosted trees over 212 transaction and merchant features.",
    ),
    tags: { domain: "payments", tier: "critical" },
    framework: ["xgboost", "2.1.1"],
    versions: [
      {
        metrics: { auc: 0.891, precision_at_1pct: 0.61, latency_p99_ms: 18 },
        params: { max_depth: "6", eta: "0.1", rounds: "400" },
        dataset: "2026-08",
        commit: "4be1c0a",
        description: "Baseline on August data.",
      },
      {
        metrics: { auc: 0.905, precision_at_1pct: 0.64, latency_p99_ms: 19 },
        params: { max_depth: "7", eta: "0.08", rounds: "600" },
        dataset: "2026-09",
        commit: "9d3e2f1",
        description: "Deeper trees, more rounds.",
      },
      {
        metrics: { auc: 0.918, precision_at_1pct: 0.67, latency_p99_ms: 21 },
        params: { max_depth: "7", eta: "0.05", rounds: "900" },
        dataset: "2026-10",
        commit: "c1f7a88",
        description: "Adds merchant velocity features.",
        upload: true,
      },
      {
        metrics: { auc: 0.927, precision_at_1pct: 0.69, latency_p99_ms: 23 },
        params: { max_depth: "8", eta: "0.05", rounds: "900" },
        dataset: "2026-11",
        commit: "e20b6d4",
        description: "Retrained on November data with device fingerprint features.",
        upload: true,
      },
    ],
    aliases: { challenger: 4, shadow: 3 },
    online: {
      versions: [3, 4],
      series: [
        { key: "online_auc", base: 0.9, spread: 0.02, lift: 0.012 },
        { key: "latency_p99_ms", base: 20.5, spread: 3, lift: 1.8 },
      ],
    },
  },
  {
    team: "fraud",
    name: "chargeback-predictor",
    description: "Predicts which disputed payments will end in a chargeback.",
    modelCard: card(
      "Chargeback predictor",
      "Logistic regression with monotone constraints, calibrated with isotonic regression.",
    ),
    tags: { domain: "disputes" },
    framework: ["scikit-learn", "1.6.1"],
    versions: [
      {
        metrics: { auc: 0.84, brier: 0.11 },
        params: { C: "0.5", penalty: "l2" },
        dataset: "2026-09",
        commit: "1a2b3c4",
        description: "First version.",
      },
      {
        metrics: { auc: 0.86, brier: 0.1 },
        params: { C: "0.3", penalty: "l2" },
        dataset: "2026-10",
        commit: "5d6e7f8",
        description: "Adds dispute-reason embeddings.",
      },
    ],
    aliases: { candidate: 2 },
  },
  {
    team: "growth",
    name: "recommender-two-tower",
    description: "Candidate retrieval for the home feed.",
    modelCard: card("Two-tower recommender", "User and item towers (256-d) trained with in-batch negatives."),
    tags: { domain: "feed", tier: "high" },
    framework: ["pytorch", "2.5.1"],
    versions: [
      {
        metrics: { recall_at_50: 0.31, ndcg_at_10: 0.142 },
        params: { dim: "128", lr: "0.001", epochs: "8" },
        dataset: "clicks-2026w38",
        commit: "aa11bb2",
        description: "128-d towers.",
      },
      {
        metrics: { recall_at_50: 0.34, ndcg_at_10: 0.151 },
        params: { dim: "256", lr: "0.001", epochs: "10" },
        dataset: "clicks-2026w42",
        commit: "cc33dd4",
        description: "256-d towers, more epochs.",
      },
      {
        metrics: { recall_at_50: 0.355, ndcg_at_10: 0.158 },
        params: { dim: "256", lr: "0.0007", epochs: "12" },
        dataset: "clicks-2026w46",
        commit: "ee55ff6",
        description: "Hard-negative mining.",
        upload: true,
      },
    ],
    aliases: { challenger: 3 },
    online: { versions: [2, 3], series: [{ key: "ctr", base: 0.041, spread: 0.004, lift: 0.003 }] },
  },
  {
    team: "growth",
    name: "churn-model",
    description: "Monthly churn risk for subscribers.",
    modelCard: "",
    tags: { domain: "retention" },
    framework: ["lightgbm", "4.5.0"],
    versions: [
      {
        metrics: { auc: 0.78 },
        params: { num_leaves: "63" },
        dataset: "subs-2026-10",
        commit: "0f0f0f0",
        description: "Waiting for its weights upload.",
        pending: true,
      },
    ],
  },
];

/**
 * Registers the demo models through the real services as the demo contributor, so the first
 * run shows models, versions, lineage, metrics, artifacts, aliases and production metrics.
 */
export async function seedDemoModels(
  tx: ServiceContext,
  users: Record<string, { id: string; name: string; email: string }>,
  teamIds: Record<string, string>,
  now = new Date(),
) {
  const contributor = users["contributor@modelgate.dev"]!;
  const roles: Record<string, TeamRole> = Object.fromEntries(
    Object.values(teamIds).map((id) => [id, "contributor"]),
  );
  const ctx: ServiceContext = {
    ...tx,
    actor: {
      type: "user",
      userId: contributor.id,
      name: contributor.name,
      email: contributor.email,
      orgRole: "member",
      teamRoles: roles,
    },
  };
  for (const m of demoModels) {
    const ref = { team: m.team, name: m.name };
    await createModel(ctx, { ...ref, description: m.description, modelCard: m.modelCard, tags: m.tags });
    for (const v of m.versions) {
      const config = Buffer.from(JSON.stringify({ model: m.name, params: v.params }, null, 2));
      const registered = await registerVersion(ctx, ref, {
        description: v.description,
        params: v.params,
        metrics: Object.entries(v.metrics).map(([key, value]) => ({ key, value, dataset: v.dataset })),
        lineage: {
          runId: `run-${v.commit}`,
          sourceUri: `https://git.example.com/ml/${m.name}`,
          gitCommit: v.commit,
          datasetName: m.team === "fraud" ? "transactions" : "events",
          datasetVersion: v.dataset,
          datasetDigest: `sha256:${v.commit.repeat(9).slice(0, 64)}`,
          framework: m.framework[0],
          frameworkVersion: m.framework[1],
          dependencies: [`${m.framework[0]}==${m.framework[1]}`, "numpy==2.1.3"],
        },
        tags: { dataset: v.dataset },
        externalArtifacts: [
          { path: "model.bin", uri: `s3://modelgate-demo/${m.team}/${m.name}/${v.commit}/model.bin` },
        ],
        artifacts:
          (v.upload && ctx.artifactStore) || v.pending
            ? [{ path: "config.json", contentType: "application/json", size: config.length }]
            : [],
      });
      if (v.upload && ctx.artifactStore) {
        await uploadArtifact(
          ctx,
          { ...ref, version: registered.version, path: "config.json" },
          Readable.from([config]),
        );
      }
    }
    for (const [alias, version] of Object.entries(m.aliases ?? {}))
      await setAlias(ctx, ref, { alias, version });
    if (m.online) {
      const rand = rng(m.name.length * 7919);
      // Two weeks of hourly production traffic: the newest version (the challenger) differs by `lift`.
      for (const version of m.online.versions) {
        const points = m.online.series.flatMap((s) => {
          const lift = version === m.online!.versions.at(-1) ? s.lift : 0;
          return Array.from({ length: 14 * 24 }, (_, h) => ({
            key: s.key,
            value: Number((s.base + lift + (rand() - 0.5) * s.spread).toFixed(4)),
            timestamp: new Date(now.getTime() - 14 * DAY + h * 3_600_000),
          }));
        });
        await logOnlineMetrics(ctx, { ...ref, version }, { points });
      }
    }
  }
}
