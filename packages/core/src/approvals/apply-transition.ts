import { eq, modelVersions, type Stage, stageTransitions, transitionRequests } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { describeChange } from "../constants";
import type { ServiceContext } from "../context";
import { moveAlias } from "../registry/alias-move";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import { aliasTarget, productionVersion } from "./facts";
import { lockModelRow, type Premise, type RequestRow, webhookRequestRef } from "./request-rows";

/**
 * Applies an approved transition request, in the caller's transaction, under the model's row
 * lock — or marks it superseded if what it assumed no longer holds (another champion, the version
 * moved).
 */
export async function applyTransition(
  tx: ServiceContext,
  request: RequestRow,
  modelFullName: string,
): Promise<RequestRow> {
  await lockModelRow(tx, request.modelId);
  const [version] = await tx.db.select().from(modelVersions).where(eq(modelVersions.id, request.versionId));
  const premise = request.premise as Premise;
  const champion = await productionVersion(tx, request.modelId);
  const now = new Date();
  let changed: string | null = null;
  if (version!.stage !== premise.versionStage)
    changed = `v${version!.version} moved to ${version!.stage} meanwhile`;
  else if (request.toStage === "production" && (champion?.id ?? null) !== premise.championVersionId) {
    changed = `the champion changed to v${champion?.version ?? "none"} meanwhile`;
  } else if (request.kind === "alias") {
    const current = await aliasTarget(tx, request.modelId, request.alias!);
    if ((current?.versionId ?? null) !== (premise.aliasVersionId ?? null))
      changed = `alias ${request.alias} moved meanwhile`;
  }
  if (changed) {
    const [row] = await tx.db
      .update(transitionRequests)
      .set({ status: "superseded", statusReason: `Superseded: ${changed}.`, closedAt: now })
      .where(eq(transitionRequests.id, request.id))
      .returning();
    await emitAudit(tx, {
      action: "transition.superseded",
      entityType: "transition_request",
      entityId: request.id,
      teamId: request.teamId,
      modelId: request.modelId,
      reason: changed,
    });
    return row!;
  }

  const moveStage = async (v: { id: string; version: number }, from: Stage, to: Stage, rollback = false) => {
    await tx.db.update(modelVersions).set({ stage: to, updatedAt: now }).where(eq(modelVersions.id, v.id));
    await tx.db.insert(stageTransitions).values({
      modelId: request.modelId,
      versionId: v.id,
      fromStage: from,
      toStage: to,
      requestId: request.id,
      rollback,
      at: now,
    });
  };
  const model = { id: request.modelId, teamId: request.teamId, fullName: modelFullName };
  const moveAliasTo = (alias: string, to: { id: string; version: number } | null) =>
    moveAlias(tx, { model, alias, to, requestId: request.id, protect: true, at: now });

  const v = version!;
  if (request.kind === "alias") {
    await moveAliasTo(request.alias!, v);
  } else {
    const to = request.toStage!;
    if (to === "production") {
      if (champion && champion.id !== v.id)
        await moveStage(champion, "production", request.archivePrevious ? "archived" : "staging");
      await moveStage(v, v.stage, "production", request.kind === "rollback");
      await moveAliasTo("champion", v);
    } else {
      await moveStage(v, v.stage, to);
      if (v.stage === "production") await moveAliasTo("champion", null);
    }
  }
  const [row] = await tx.db
    .update(transitionRequests)
    .set({ status: "applied", closedAt: now })
    .where(eq(transitionRequests.id, request.id))
    .returning();
  await emitAudit(tx, {
    action: "transition.applied",
    entityType: "transition_request",
    entityId: request.id,
    teamId: request.teamId,
    modelId: request.modelId,
    before: { stage: v.stage },
    after: {
      change: describeChange(modelFullName, v.version, request),
      from: v.stage,
      to: request.toStage,
      alias: request.alias,
      rollback: request.kind === "rollback",
      previousChampion: champion && champion.id !== v.id ? champion.version : null,
    },
  });
  await enqueueEvent(tx, {
    type: "transition.applied",
    teamId: request.teamId,
    modelId: request.modelId,
    data: {
      model: webhookModelRef(request.modelId, modelFullName),
      version: { id: v.id, number: v.version },
      request: webhookRequestRef(request, modelFullName, v.version),
      fromStage: v.stage,
      toStage: request.kind === "alias" ? v.stage : request.toStage!,
      rollback: request.kind === "rollback",
      previousChampion: champion && champion.id !== v.id ? champion.version : null,
    },
  });
  return row!;
}
