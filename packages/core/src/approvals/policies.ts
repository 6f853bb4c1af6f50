import {
  and,
  eq,
  isNull,
  type PolicyTarget,
  policyTargets,
  promotionPolicies,
  registeredModels,
  teams,
} from "@modelgate/db";
import { z } from "zod";
import { authorize } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { defaultPolicies, type Policy, policySchema } from "./policy";

export interface EffectivePolicy extends Policy {
  target: PolicyTarget;
  source: "model" | "team" | "default";
}

function toPolicy(row: typeof promotionPolicies.$inferSelect): Policy {
  return policySchema.parse({
    requiredApprovals: row.requiredApprovals,
    minReviewerRole: row.minReviewerRole,
    registrantMayApprove: row.registrantMayApprove,
    expiryDays: row.expiryDays,
    gates: row.gates,
  }) as Policy;
}

/** The policy in force for a model and target: the model's override, else the team's, else the default. */
export async function effectivePolicy(
  ctx: ServiceContext,
  teamId: string,
  modelId: string,
  target: PolicyTarget,
): Promise<EffectivePolicy> {
  const rows = await ctx.db
    .select()
    .from(promotionPolicies)
    .where(and(eq(promotionPolicies.teamId, teamId), eq(promotionPolicies.target, target)));
  const own = rows.find((r) => r.modelId === modelId);
  if (own) return { ...toPolicy(own), target, source: "model" };
  const team = rows.find((r) => r.modelId === null);
  if (team) return { ...toPolicy(team), target, source: "team" };
  return { ...defaultPolicies[target], target, source: "default" };
}

/** Every target's policy in force for a team (and optionally a model). */
export async function listPolicies(ctx: ServiceContext, ref: { team: string; model?: string }) {
  const [team] = await ctx.db.select().from(teams).where(eq(teams.slug, ref.team));
  if (!team) throw new DomainError("not_found", `Team ${ref.team} was not found.`);
  await authorize(ctx, "team.read", { teamId: team.id, label: `Team ${ref.team}` });
  let modelId: string | null = null;
  if (ref.model) {
    const [m] = await ctx.db
      .select({ id: registeredModels.id })
      .from(registeredModels)
      .where(and(eq(registeredModels.teamId, team.id), eq(registeredModels.name, ref.model)));
    if (!m) throw new DomainError("not_found", `Model ${ref.team}/${ref.model} was not found.`);
    modelId = m.id;
  }
  return Promise.all(
    policyTargets.map((target) =>
      modelId ? effectivePolicy(ctx, team.id, modelId, target) : teamPolicy(ctx, team.id, target),
    ),
  );
}

async function teamPolicy(
  ctx: ServiceContext,
  teamId: string,
  target: PolicyTarget,
): Promise<EffectivePolicy> {
  const [row] = await ctx.db
    .select()
    .from(promotionPolicies)
    .where(
      and(
        eq(promotionPolicies.teamId, teamId),
        isNull(promotionPolicies.modelId),
        eq(promotionPolicies.target, target),
      ),
    );
  return row
    ? { ...toPolicy(row), target, source: "team" }
    : { ...defaultPolicies[target], target, source: "default" };
}

export const setPolicyInput = policySchema.extend({
  team: z.string().min(1).max(40),
  /** Omitted: the team-wide policy; given: an override for that model. */
  model: z.string().max(100).optional(),
  target: z.enum(policyTargets),
});

/** Maintainers set the team's policy for a target, or override it for one model. Audited with before/after. */
export async function setPolicy(ctx: ServiceContext, rawInput: z.input<typeof setPolicyInput>) {
  const input = parseInput(setPolicyInput, rawInput);
  const [team] = await ctx.db.select().from(teams).where(eq(teams.slug, input.team));
  if (!team) throw new DomainError("not_found", `Team ${input.team} was not found.`);
  await authorize(ctx, "policy.manage", { teamId: team.id, label: `Team ${input.team}` });
  return withTransaction(ctx, async (tx) => {
    let modelId: string | null = null;
    if (input.model) {
      const [m] = await tx.db
        .select({ id: registeredModels.id })
        .from(registeredModels)
        .where(and(eq(registeredModels.teamId, team.id), eq(registeredModels.name, input.model)));
      if (!m) throw new DomainError("not_found", `Model ${input.team}/${input.model} was not found.`);
      modelId = m.id;
    }
    const before = modelId
      ? await effectivePolicy(tx, team.id, modelId, input.target)
      : await teamPolicy(tx, team.id, input.target);
    const values = {
      requiredApprovals: input.requiredApprovals,
      minReviewerRole: input.minReviewerRole,
      registrantMayApprove: input.registrantMayApprove,
      expiryDays: input.expiryDays,
      gates: input.gates,
    };
    const actorId = ctx.actor.type === "user" ? ctx.actor.userId : null;
    const scope = and(
      eq(promotionPolicies.teamId, team.id),
      modelId ? eq(promotionPolicies.modelId, modelId) : isNull(promotionPolicies.modelId),
      eq(promotionPolicies.target, input.target),
    );
    const [existing] = await tx.db.select().from(promotionPolicies).where(scope).for("update");
    if (existing) {
      await tx.db
        .update(promotionPolicies)
        .set({ ...values, revision: existing.revision + 1, updatedBy: actorId, updatedAt: new Date() })
        .where(eq(promotionPolicies.id, existing.id));
    } else {
      await tx.db
        .insert(promotionPolicies)
        .values({ teamId: team.id, modelId, target: input.target, ...values, updatedBy: actorId });
    }
    await emitAudit(tx, {
      action: "policy.updated",
      entityType: "promotion_policy",
      entityId: `${team.id}:${modelId ?? "team"}:${input.target}`,
      teamId: team.id,
      modelId,
      before: { ...before, source: before.source },
      after: { ...values, target: input.target, model: input.model ?? null },
    });
    return { ...values, target: input.target, source: modelId ? "model" : "team" } as EffectivePolicy;
  });
}
