import { randomUUID } from "node:crypto";
import {
  and,
  eq,
  registeredModels,
  sql,
  teams,
  webhookDeliveries,
  webhookEvents,
  webhooks,
} from "@modelgate/db";
import type { ServiceContext } from "../context";
import type { WebhookActor, WebhookEvent, WebhookEventData, WebhookEventType } from "./events";

export interface EnqueueEventInput<T extends WebhookEventType> {
  type: T;
  teamId: string;
  modelId?: string | null;
  data: WebhookEventData[T];
}

export function webhookActor(ctx: ServiceContext): WebhookActor {
  const a = ctx.actor;
  if (a.type === "user") return { type: "user", id: a.userId, name: a.name };
  if (a.type === "token") return { type: "token", id: a.userId, name: a.name, tokenId: a.tokenId };
  return { type: "system", id: null, name: a.name };
}

/**
 * Records a registry event in the outbox, in the transaction of the change — so the event exists
 * exactly when the change committed — with one pending delivery per active webhook of the team
 * subscribed to its type. Nothing is written when no webhook wants it. The worker delivers it.
 */
export async function enqueueEvent<T extends WebhookEventType>(
  tx: ServiceContext,
  input: EnqueueEventInput<T>,
): Promise<void> {
  if (!tx.inTransaction) throw new Error("enqueueEvent must run inside the change's transaction");
  const targets = await tx.db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(
      and(
        eq(webhooks.teamId, input.teamId),
        eq(webhooks.active, true),
        sql`${input.type} = any(${webhooks.events})`,
      ),
    );
  if (targets.length === 0) return;
  const [team] = await tx.db.select({ slug: teams.slug }).from(teams).where(eq(teams.id, input.teamId));
  const now = new Date();
  const event: WebhookEvent<T> = {
    id: randomUUID(),
    type: input.type,
    timestamp: now.toISOString(),
    team: { id: input.teamId, slug: team!.slug },
    actor: webhookActor(tx),
    data: input.data,
  };
  await tx.db.insert(webhookEvents).values({
    id: event.id,
    teamId: input.teamId,
    modelId: input.modelId ?? null,
    type: input.type,
    body: JSON.stringify(event),
    createdAt: now,
  });
  await tx.db
    .insert(webhookDeliveries)
    .values(targets.map((w) => ({ webhookId: w.id, eventId: event.id, nextAttemptAt: now, createdAt: now })));
}

/** The model as events name it. */
export function webhookModelRef(id: string, fullName: string) {
  return { id, name: fullName.slice(fullName.indexOf("/") + 1), fullName };
}

/** The model as events name it, looked up (for services that hold only its id). */
export async function webhookModelRefById(tx: ServiceContext, modelId: string) {
  const [row] = await tx.db
    .select({ name: registeredModels.name, slug: teams.slug })
    .from(registeredModels)
    .innerJoin(teams, eq(teams.id, registeredModels.teamId))
    .where(eq(registeredModels.id, modelId));
  return { id: modelId, name: row!.name, fullName: `${row!.slug}/${row!.name}` };
}
