/**
 * Several workers on one outbox (FOR UPDATE SKIP LOCKED): running in parallel they deliver every
 * event, and each event exactly once when every attempt succeeds. Meaningful on PostgreSQL
 * (TEST_DATABASE_URL), where the workers' transactions really overlap; on PGlite they interleave.
 */
import { and, eq, webhookAttempts, webhookDeliveries } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser, uniqueSuffix } from "@modelgate/db/testing";
import { afterAll, expect, it } from "vitest";
import { createContext, createModel, createWebhook, deliverDueWebhooks, startWebhookWorker } from "../src";
import { useTestDb } from "./helpers";
import { startReceiver } from "./webhook-receiver";

const t = useTestDb();
const receivers: { close(): Promise<void> }[] = [];
afterAll(async () => Promise.all(receivers.map((r) => r.close())));

async function setup(events: number) {
  const team = await createTestTeam(t.db);
  const u = await createTestUser(t.db);
  await addTestMember(t.db, team.id, u.id, "maintainer");
  const ctx = createContext(
    t.db,
    {
      type: "user",
      userId: u.id,
      name: u.name,
      email: u.email,
      orgRole: "member",
      teamRoles: { [team.id]: "maintainer" },
    },
    {},
    { webhookPolicy: { allowPrivateNetworks: true } },
  );
  // A receiver that takes a little while, so the workers' passes overlap.
  const rx = await startReceiver(() => ({ delayMs: 5 }));
  receivers.push(rx);
  const { webhook } = await createWebhook(ctx, { team: team.slug, url: rx.url, events: ["model.created"] });
  const names = Array.from({ length: events }, (_, i) => `m${i}-${uniqueSuffix()}`);
  for (const name of names) await createModel(ctx, { team: team.slug, name });
  return { rx, webhook, names };
}

const pending = async (webhookId: string) =>
  (
    await t.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.status, "pending")))
  ).length;

it("two workers passing in parallel deliver each event exactly once", async () => {
  const { rx, webhook, names } = await setup(60);
  const opts = { allowPrivateNetworks: true, batchSize: 7, concurrency: 3 };
  const worker = async () => {
    let claimed = 0;
    for (let i = 0; i < 100 && (await pending(webhook.id)) > 0; i++)
      claimed += (await deliverDueWebhooks(t.db, opts)).claimed;
    return claimed;
  };
  const [a, b] = await Promise.all([worker(), worker()]);
  expect(a + b).toBe(names.length);
  if (process.env.TEST_DATABASE_URL) {
    // Both took part (on a real server their claims interleave).
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  }
  expect(rx.received).toHaveLength(names.length);
  expect(new Set(rx.received.map((r) => r.id)).size).toBe(names.length);
  const attempts = await t.db.select().from(webhookAttempts).where(eq(webhookAttempts.webhookId, webhook.id));
  expect(attempts).toHaveLength(names.length);
  expect(attempts.every((x) => x.ok && x.attempt === 1)).toBe(true);
});

it("three polling workers (as in three app instances) share a burst without a duplicate", async () => {
  const { rx, webhook, names } = await setup(40);
  const workers = Array.from({ length: 3 }, () =>
    startWebhookWorker(t.db, {
      allowPrivateNetworks: true,
      pollIntervalMs: 20,
      batchSize: 5,
      concurrency: 2,
    }),
  );
  const deadline = Date.now() + 20_000;
  while ((await pending(webhook.id)) > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  await Promise.all(workers.map((w) => w.stop()));
  expect(rx.received).toHaveLength(names.length);
  expect(new Set(rx.received.map((r) => r.id)).size).toBe(names.length);
});
