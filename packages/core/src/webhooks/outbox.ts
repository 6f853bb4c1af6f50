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

/** Any one event to enqueue (the union over event types). */
export type AnyEnqueueEventInput = { [T in WebhookEventType]: EnqueueEventInput<T> }[WebhookEventType];

/**
 * Records a registry event in the outbox, in the transaction of the change — so the event exists
 * exactly when the change committed — with one pending delivery per active webhook of the team
 * subscribed to its type. Nothing is written when no webhook wants it. The worker delivers it.
 */
export async function enqueueEvent<T extends WebhookEventType>(
  tx: ServiceContext,
  input: EnqueueEventInput<T>,
): Promise<void> {
  await enqueueEvents(tx, [input as AnyEnqueueEventInput]);
}

/**
 * Several events of one change (of one team), in order: one query finds the subscribed webhooks
 * for all of them, and the events and their deliveries are written together.
 */
export async function enqueueEvents(tx: ServiceContext, inputs: AnyEnqueueEventInput[]): Promise<void> {
  if (!tx.inTransaction) throw new Error("enqueueEvent must run inside the change's transaction");
  if (inputs.length === 0) return;
  const teamId = inputs[0]!.teamId;
  if (inputs.some((i) => i.teamId !== teamId)) throw new Error("enqueueEvents takes the events of one team");
  const types = [...new Set(inputs.map((i) => i.type))];
  const targets = await tx.db
    .select({ id: webhooks.id, events: webhooks.events })
    .from(webhooks)
    .where(
      and(
        eq(webhooks.teamId, teamId),
        eq(webhooks.active, true),
        sql`${webhooks.events} && ${sql`array[${sql.join(
          types.map((t) => sql`${t}`),
          sql`, `,
        )}]::text[]`}`,
      ),
    );
  if (targets.length === 0) return;
  const [team] = await tx.db.select({ slug: teams.slug }).from(teams).where(eq(teams.id, teamId));
  const now = new Date();
  const eventRows: (typeof webhookEvents.$inferInsert)[] = [];
  const deliveryRows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const input of inputs) {
    const subscribed = targets.filter((w) => (w.events as readonly string[]).includes(input.type));
    if (subscribed.length === 0) continue;
    const event = {
      id: randomUUID(),
      type: input.type,
      timestamp: now.toISOString(),
      team: { id: teamId, slug: team!.slug },
      actor: webhookActor(tx),
      data: input.data,
    } as WebhookEvent<typeof input.type>;
    eventRows.push({
      id: event.id,
      teamId,
      modelId: input.modelId ?? null,
      type: input.type,
      body: JSON.stringify(event),
      createdAt: now,
    });
    for (const w of subscribed)
      deliveryRows.push({ webhookId: w.id, eventId: event.id, nextAttemptAt: now, createdAt: now });
  }
  // Pipelined: the deliveries follow their events on the same connection, in order.
  await Promise.all([
    tx.db.insert(webhookEvents).values(eventRows),
    tx.db.insert(webhookDeliveries).values(deliveryRows),
  ]);
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
