import type { TeamRole } from "@modelgate/db";
import { decideTransition } from "../approvals/decide-transition";
import { setPolicy } from "../approvals/policies";
import { addComment } from "../approvals/queries";
import { requestTransition } from "../approvals/request-transition";
import { setMetricDefinition } from "../compare/service";
import type { ServiceContext } from "../context";
import { updateModel } from "../registry/models";

type DemoUser = { id: string; name: string; email: string };

/**
 * The approvals part of the demo: transaction-scorer v3 promoted to production through real
 * signed decisions, then a pending production request for v4 with one failing and several
 * passing gates, and a staging request waiting in the reviewers' inbox.
 */
export async function seedDemoApprovals(
  tx: ServiceContext,
  users: Record<string, DemoUser>,
  memberships: Record<string, Record<string, TeamRole>>,
  teamIds: Record<string, string>,
  password: string,
) {
  const as = (email: string): ServiceContext => {
    const u = users[email]!;
    const teamRoles = Object.fromEntries(
      Object.entries(memberships[email] ?? {}).map(([slug, role]) => [teamIds[slug]!, role]),
    );
    return {
      ...tx,
      actor: { type: "user", userId: u.id, name: u.name, email: u.email, orgRole: "member", teamRoles },
    };
  };
  const carl = as("contributor@modelgate.dev");
  const rui = as("reviewer@modelgate.dev");
  const rita = as("reviewer2@modelgate.dev");
  const maya = as("maintainer@modelgate.dev");
  const sign = (who: ServiceContext, requestId: string, reason: string) =>
    decideTransition(who, { requestId, decision: "approve", reason, password });

  // What the metrics mean (direction, unit), so comparisons and the beat-champion gate read them right.
  const definitions = [
    ["fraud", "auc", "AUC", "", "higher"],
    ["fraud", "online_auc", "Online AUC", "", "higher"],
    ["fraud", "precision_at_1pct", "Precision @ 1% FPR", "", "higher"],
    ["fraud", "latency_p99_ms", "p99 latency", "ms", "lower"],
    ["fraud", "brier", "Brier score", "", "lower"],
    ["growth", "recall_at_50", "Recall @ 50", "", "higher"],
    ["growth", "ndcg_at_10", "NDCG @ 10", "", "higher"],
    ["growth", "ctr", "Click-through rate", "", "higher"],
  ] as const;
  for (const [team, key, displayName, unit, direction] of definitions)
    await setMetricDefinition(maya, { team, key, displayName, unit, direction });
  const scorer = { team: "fraud", name: "transaction-scorer" };
  await updateModel(carl, scorer, { primaryMetric: "auc" });
  await updateModel(carl, { team: "growth", name: "recommender-two-tower" }, { primaryMetric: "ndcg_at_10" });
  const staging = await requestTransition(carl, {
    ...scorer,
    version: 3,
    toStage: "staging",
    reason: "October retrain ready for shadow validation.",
  });
  await sign(rui, staging.id, "Shadow traffic metrics match offline evaluation.");
  const prod = await requestTransition(carl, {
    ...scorer,
    version: 3,
    toStage: "production",
    reason: "Two weeks in shadow without regressions.",
  });
  await sign(rui, prod.id, "Validated on the November holdout.");
  await sign(rita, prod.id, "Latency within budget; approve.");

  // Stricter production gates for the fraud team, then v4 asks to replace the champion.
  await setPolicy(maya, {
    team: "fraud",
    target: "production",
    requiredApprovals: 2,
    gates: [
      { type: "model_card" },
      { type: "dataset_recorded" },
      { type: "metric", key: "auc", op: ">=", threshold: 0.92 },
      { type: "metric", key: "latency_p99_ms", op: "<=", threshold: 22 },
    ],
  });
  const v4Staging = await requestTransition(carl, {
    ...scorer,
    version: 4,
    toStage: "staging",
    reason: "Device fingerprint features.",
  });
  await sign(rita, v4Staging.id, "Looks good in staging.");
  const v4 = await requestTransition(carl, {
    ...scorer,
    version: 4,
    toStage: "production",
    reason: "Higher AUC (+0.009) on November data; replaces v3.",
  });
  await addComment(
    rui,
    { requestId: v4.id },
    { body: "p99 latency is **23 ms** — the policy allows 22. Can we trim a feature?" },
  );

  await requestTransition(carl, {
    team: "fraud",
    name: "chargeback-predictor",
    version: 2,
    toStage: "staging",
    reason: "Dispute-reason embeddings improve AUC by 2 points.",
  });
}
