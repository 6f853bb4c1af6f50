import { aliasChanges } from "@modelgate/db";
import { actorUserId, type ServiceContext } from "../context";

export interface AliasChange {
  modelId: string;
  alias: string;
  fromVersionId: string | null;
  /** Null when the alias is removed. */
  toVersionId: string | null;
  /** The transition request that moved it, when one did. */
  requestId?: string | null;
  at?: Date;
}

/**
 * Appends one row to the alias history, in the transaction of the change (the as-of view and the
 * model timeline read it). Not a service: the services that move aliases call it.
 */
export async function recordAliasChange(tx: ServiceContext, change: AliasChange): Promise<void> {
  if (!tx.inTransaction) throw new Error("recordAliasChange must run inside the change's transaction");
  if (change.fromVersionId === change.toVersionId) return;
  await tx.db.insert(aliasChanges).values({
    modelId: change.modelId,
    alias: change.alias,
    fromVersionId: change.fromVersionId,
    toVersionId: change.toVersionId,
    requestId: change.requestId ?? null,
    actorUserId: actorUserId(tx),
    actorName: tx.actor.name,
    at: change.at ?? new Date(),
  });
}
