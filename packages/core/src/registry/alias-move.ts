import { aliases, and, eq, modelVersions } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { actorUserId, type ServiceContext } from "../context";
import { recordAliasChange } from "../history/alias-changes";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";

export interface AliasMove {
  model: { id: string; teamId: string; fullName: string };
  alias: string;
  /** Where the alias points now (null: it does not exist); read here when left out. */
  from?: { versionId: string | null; version: number | null } | null;
  /** The version it moves to; null removes the alias. */
  to: { id: string; version: number } | null;
  /**
   * The approved transition request that moves it. Without one the move is a direct one
   * (setAlias, deleteAlias), audited as `alias.set` / `alias.deleted`; with one, as `alias.moved`.
   */
  requestId?: string;
  /** Whether the alias row is created protected (when it does not exist yet). */
  protect?: boolean;
  at?: Date;
}

/**
 * The one alias move, in the caller's transaction: points the alias at `to` (creating it) or
 * removes it, appends to the alias history, audits the move and queues the `alias.moved` event
 * (when the version it resolves to changes). The callers decide whether the move is allowed.
 */
export async function moveAlias(tx: ServiceContext, move: AliasMove): Promise<void> {
  const { model, alias, to } = move;
  const requestId = move.requestId ?? null;
  const now = move.at ?? new Date();
  const where = and(eq(aliases.modelId, model.id), eq(aliases.name, alias));
  const from =
    move.from !== undefined
      ? move.from
      : ((
          await tx.db
            .select({ versionId: aliases.versionId, version: modelVersions.version })
            .from(aliases)
            .leftJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
            .where(where)
        )[0] ?? null);
  const actorId = actorUserId(tx);
  if (to) {
    await tx.db
      .insert(aliases)
      .values({
        modelId: model.id,
        name: alias,
        versionId: to.id,
        protected: move.protect ?? false,
        updatedBy: actorId,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [aliases.modelId, aliases.name],
        set: { versionId: to.id, updatedBy: actorId, updatedAt: now },
      });
  } else if (from) {
    await tx.db.delete(aliases).where(where);
  }
  if (to || from) {
    await recordAliasChange(tx, {
      modelId: model.id,
      alias,
      fromVersionId: from?.versionId ?? null,
      toVersionId: to?.id ?? null,
      requestId,
      at: now,
    });
  }
  const fromVersion = from?.version ?? null;
  const toVersion = to?.version ?? null;
  const entity = {
    entityType: "alias",
    entityId: `${model.id}:${alias}`,
    teamId: model.teamId,
    modelId: model.id,
  };
  if (requestId) {
    await emitAudit(tx, {
      action: "alias.moved",
      ...entity,
      before: { alias, version: fromVersion },
      after: { model: model.fullName, alias, version: toVersion, requestId },
    });
  } else if (to) {
    await emitAudit(tx, {
      action: "alias.set",
      ...entity,
      before: from ? { alias, version: fromVersion } : null,
      after: { model: model.fullName, alias, version: toVersion },
    });
  } else {
    await emitAudit(tx, { action: "alias.deleted", ...entity, before: { alias, version: fromVersion } });
  }
  if (fromVersion !== toVersion) {
    await enqueueEvent(tx, {
      type: "alias.moved",
      teamId: model.teamId,
      modelId: model.id,
      data: { model: webhookModelRef(model.id, model.fullName), alias, fromVersion, toVersion, requestId },
    });
  }
}
