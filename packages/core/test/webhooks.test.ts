/**
 * Webhooks end to end against a real database and a real HTTP receiver on loopback (no mocks):
 * every event type delivered and verifiable with the client's verifyWebhook, retries until a flaky
 * receiver has everything, rolled-back changes never delivered, a worker dying mid-delivery,
 * automatic turning off, redelivery, rotation, test events, SSRF refusals, and who may do what.
 */
import { mkdtempSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  and,
  auditEvents,
  desc,
  eq,
  registeredModels,
  webhookDeliveries,
  webhookEvents,
  webhooks,
} from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser, uniqueSuffix } from "@modelgate/db/testing";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhook } from "../../client/src/webhooks";
import {
  type AnyWebhookEvent,
  addComment,
  claimDueWebhookDeliveries,
  createContext,
  createLocalArtifactStore,
  createModel,
  createWebhook,
  decideTransition,
  deleteAlias,
  deleteWebhook,
  deliverDueWebhooks,
  getWebhook,
  getWebhookEvent,
  hashPassword,
  listWebhookDeliveries,
  listWebhooks,
  postWebhook,
  privateAddressReason,
  redeliverWebhookEvent,
  registerVersion,
  requestTransition,
  resolveWebhookDestination,
  rotateWebhookSecret,
  type ServiceContext,
  sendTestWebhookEvent,
  setAlias,
  setModelArchived,
  updateWebhook,
  uploadArtifact,
  type WebhookEventType,
  type WebhookWorkerOptions,
  webhookEventTypes,
  withTransaction,
} from "../src";
import { useTestDb } from "./helpers";
import { type Answer, startReceiver } from "./webhook-receiver";

const t = useTestDb();
const PW = "webhook-test-password";
type Role = "viewer" | "contributor" | "reviewer" | "maintainer";
const store = createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-webhooks-")));
const allowLoopback = { allowPrivateNetworks: true };

interface Team {
  id: string;
  slug: string;
  maintainer: ServiceContext;
  contributor: ServiceContext;
  reviewer: ServiceContext;
  reviewer2: ServiceContext;
  viewer: ServiceContext;
}

/** A fresh team with one person per role (contexts allow loopback webhooks, as the tests need). */
async function newTeam(): Promise<Team> {
  const team = await createTestTeam(t.db);
  const passwordHash = await hashPassword(PW);
  const person = async (role: Role) => {
    const u = await createTestUser(t.db, { passwordHash });
    await addTestMember(t.db, team.id, u.id, role);
    return createContext(
      t.db,
      {
        type: "user",
        userId: u.id,
        name: u.name,
        email: u.email,
        orgRole: "member",
        teamRoles: { [team.id]: role },
      },
      {},
      { artifactStore: store, webhookPolicy: allowLoopback },
    );
  };
  return {
    id: team.id,
    slug: team.slug,
    maintainer: await person("maintainer"),
    contributor: await person("contributor"),
    reviewer: await person("reviewer"),
    reviewer2: await person("reviewer"),
    viewer: await person("viewer"),
  };
}

const receivers: { close(): Promise<void> }[] = [];
async function receiver(answer?: (n: number, body: string) => Answer) {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const fast: WebhookWorkerOptions = { allowPrivateNetworks: true, retryDelayMs: () => 0, timeoutMs: 5000 };

async function pendingOf(webhookId: string) {
  return t.db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.status, "pending")));
}

/** Runs worker passes until the webhook has nothing pending (or gives up after `maxPasses`). */
async function drain(webhookId: string, opts: WebhookWorkerOptions = fast, maxPasses = 50) {
  for (let i = 0; i < maxPasses; i++) {
    await deliverDueWebhooks(t.db, opts);
    if ((await pendingOf(webhookId)).length === 0) return;
  }
  throw new Error(`webhook ${webhookId} still has pending deliveries after ${maxPasses} passes`);
}

async function hook(team: Team, url: string, events: readonly WebhookEventType[] = webhookEventTypes) {
  return createWebhook(team.maintainer, { team: team.slug, url, events: [...events], description: "test" });
}

const parse = (body: string) => JSON.parse(body) as AnyWebhookEvent;

beforeAll(async () => {
  // Nothing else in this file's database is due when the tests start.
  expect(await claimDueWebhookDeliveries(t.db)).toEqual([]);
});

describe("delivery", () => {
  it("delivers every event type, signed, with team, actor and entity data — verifiable with the client", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook, secret } = await hook(team, rx.url);
    const ref = { team: team.slug, name: `scorer-${uniqueSuffix()}` };

    await createModel(team.contributor, {
      ...ref,
      description: "scores",
      tags: { domain: "payments" },
      modelCard: "# Card",
    });
    await registerVersion(team.contributor, ref, {
      metrics: [{ key: "auc", value: 0.9 }],
      lineage: { datasetName: "transactions", datasetVersion: "2025-03" },
    });
    await registerVersion(team.contributor, ref, {
      artifacts: [{ path: "model.onnx", size: 5 }],
      metrics: [{ key: "auc", value: 0.93 }],
    });
    await uploadArtifact(
      team.contributor,
      { ...ref, version: 2, path: "model.onnx" },
      Readable.from([Buffer.from("bytes")]),
    );
    await setAlias(team.contributor, ref, { alias: "challenger", version: 1 });
    await setAlias(team.contributor, ref, { alias: "challenger", version: 2 });
    await deleteAlias(team.contributor, ref, "challenger");
    const toStaging = await requestTransition(team.contributor, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "validate",
    });
    await addComment(team.reviewer, { requestId: toStaging.id }, { body: "looks fine" });
    await addComment(team.reviewer, { ...ref, version: 1 }, { body: "on the version" });
    await decideTransition(team.reviewer, {
      requestId: toStaging.id,
      decision: "approve",
      reason: "ok",
      password: PW,
    });
    const toProd = await requestTransition(team.contributor, {
      ...ref,
      version: 1,
      toStage: "production",
      reason: "ship",
    });
    await decideTransition(team.reviewer, { requestId: toProd.id, decision: "approve", password: PW });
    await decideTransition(team.reviewer2, { requestId: toProd.id, decision: "approve", password: PW });
    const rejected = await requestTransition(team.contributor, {
      ...ref,
      version: 2,
      toStage: "staging",
      reason: "try",
    });
    await decideTransition(team.reviewer, {
      requestId: rejected.id,
      decision: "reject",
      reason: "no",
      password: PW,
    });
    await setModelArchived(team.maintainer, ref, true);

    await drain(webhook.id);
    const events = rx.received.map((r) => verifyWebhook(secret, r.headers, r.body));
    for (const [i, e] of events.entries())
      expect(e.id, "webhook-id is the event id").toBe(rx.received[i]!.id);
    const types = new Set(events.map((e) => e.type));
    // Every type but version.failed, which nothing emits yet (no version can fail today).
    expect([...types].sort()).toEqual(webhookEventTypes.filter((x) => x !== "version.failed").sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    for (const e of events) {
      expect(e.team).toEqual({ id: team.id, slug: team.slug });
      expect(Date.parse(e.timestamp)).toBeGreaterThan(Date.now() - 120_000);
      expect(e.timestamp).toMatch(/Z$/);
      expect(e.actor.type).toBe("user");
    }
    const of = <T extends AnyWebhookEvent["type"]>(type: T) =>
      events.filter((e): e is Extract<AnyWebhookEvent, { type: T }> => e.type === type);
    const fullName = `${team.slug}/${ref.name}`;
    expect(of("model.created")[0]!.data.model).toMatchObject({
      name: ref.name,
      fullName,
      tags: { domain: "payments" },
    });
    expect(of("model.created")[0]!.actor).toMatchObject({
      id: (team.contributor.actor as { userId: string }).userId,
    });
    expect(of("version.registered").map((e) => [e.data.version.number, e.data.version.status])).toEqual([
      [1, "ready"],
      [2, "pending"],
    ]);
    expect(of("version.registered")[1]!.data.version).toMatchObject({
      metrics: { auc: 0.93 },
      pendingArtifacts: ["model.onnx"],
    });
    expect(
      of("version.ready")
        .map((e) => e.data.version.number)
        .sort(),
    ).toEqual([1, 2]);
    const moves = of("alias.moved").map((e) => [
      e.data.alias,
      e.data.fromVersion,
      e.data.toVersion,
      e.data.requestId,
    ]);
    expect(moves).toEqual(
      expect.arrayContaining([
        ["challenger", null, 1, null],
        ["challenger", 1, 2, null],
        ["challenger", 2, null, null],
        ["champion", null, 1, toProd.id],
      ]),
    );
    expect(of("transition.requested")).toHaveLength(3);
    expect(of("transition.requested")[0]!.data.request).toMatchObject({
      id: toStaging.id,
      kind: "stage",
      fromStage: "none",
      toStage: "staging",
      reason: "validate",
      requiredApprovals: 1,
    });
    expect(of("transition.approved")).toHaveLength(3);
    expect(of("transition.approved")[0]!.data.decision).toMatchObject({
      reason: "ok",
      meaning: expect.stringMatching(/^Approve/),
    });
    expect(of("transition.rejected")[0]!.data).toMatchObject({
      request: { id: rejected.id },
      decision: { reason: "no" },
    });
    expect(
      of("transition.applied").map((e) => [e.data.fromStage, e.data.toStage, e.data.previousChampion]),
    ).toEqual([
      ["none", "staging", null],
      ["staging", "production", null],
    ]);
    expect(of("comment.created").map((e) => [e.data.requestId, e.data.version?.number ?? null])).toEqual(
      expect.arrayContaining([
        [toStaging.id, null],
        [null, 1],
      ]),
    );
    expect(of("comment.created")[0]!.data.model.fullName).toBe(fullName);
    expect(of("model.archived")[0]!.data.model.fullName).toBe(fullName);

    // The log has every attempt: status, latency, the receiver's answer.
    const log = await listWebhookDeliveries(
      team.maintainer,
      { team: team.slug, id: webhook.id },
      { limit: 200 },
    );
    expect(log.attempts).toHaveLength(events.length);
    expect(log.pending).toEqual([]);
    expect(log.attempts[0]).toMatchObject({
      ok: true,
      statusCode: 200,
      attempt: 1,
      responseExcerpt: "ok",
      error: null,
    });
    expect(log.attempts.every((a) => a.latencyMs >= 0)).toBe(true);
    const [listed] = (await listWebhooks(team.maintainer, team.slug)).items;
    expect(listed).toMatchObject({ lastAttemptOk: true, lastStatusCode: 200, pendingDeliveries: 0 });
    expect(listed).not.toHaveProperty("secret");
  });

  it("filters by event type and by team, and skips webhooks that are off", async () => {
    const team = await newTeam();
    const other = await newTeam();
    const rx = await receiver();
    const onlyReady = await hook(team, rx.url, ["version.ready"]);
    const off = await hook(team, rx.url);
    await updateWebhook(team.maintainer, { team: team.slug, id: off.webhook.id }, { active: false });
    const ref = { team: team.slug, name: `f-${uniqueSuffix()}` };
    await createModel(team.contributor, ref);
    await registerVersion(team.contributor, ref, {});
    await createModel(other.contributor, { team: other.slug, name: `o-${uniqueSuffix()}` });
    await drain(onlyReady.webhook.id);
    expect(rx.received.map((r) => parse(r.body).type)).toEqual(["version.ready"]);
    expect(await pendingOf(off.webhook.id)).toEqual([]);
  });

  it("a change rolled back is never delivered: the outbox row rolls back with it", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    const kept = `kept-${uniqueSuffix()}`;
    const lost = `lost-${uniqueSuffix()}`;
    await expect(
      withTransaction(team.contributor, async (tx) => {
        await createModel(tx, { team: team.slug, name: lost });
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    await createModel(team.contributor, { team: team.slug, name: kept });
    await drain(webhook.id);
    expect(await t.db.select().from(registeredModels).where(eq(registeredModels.name, lost))).toEqual([]);
    expect(rx.received.map((r) => (parse(r.body).data as { model: { name: string } }).model.name)).toEqual([
      kept,
    ]);
    const outbox = await t.db.select().from(webhookEvents).where(eq(webhookEvents.teamId, team.id));
    expect(outbox.map((e) => e.type)).toEqual(["model.created"]);
  });

  it("a receiver failing half the requests still gets every event; retries carry the same id and body", async () => {
    const team = await newTeam();
    // Every odd request fails (500, a hang-up, a redirect by turns).
    const rx = await receiver((n) =>
      n % 2 === 0
        ? {}
        : n % 3 === 0
          ? { status: 302, headers: { location: "http://127.0.0.1:1/elsewhere" } }
          : { status: 500, body: "boom" },
    );
    const { webhook, secret } = await hook(team, rx.url, ["model.created"]);
    const names = Array.from({ length: 12 }, (_, i) => `burst-${i}-${uniqueSuffix()}`);
    for (const name of names) await createModel(team.contributor, { team: team.slug, name });
    await drain(webhook.id);

    const ok = rx.delivered();
    expect(ok.map((r) => (parse(r.body).data as { model: { name: string } }).model.name).sort()).toEqual(
      [...names].sort(),
    );
    expect(new Set(ok.map((r) => r.id)).size).toBe(names.length);
    expect(rx.received.length).toBeGreaterThan(names.length);
    // Every request verifies, and every retry of an event is byte-for-byte the same body.
    const bodies = new Map<string, string>();
    for (const r of rx.received) {
      expect(verifyWebhook(secret, r.headers, r.body)).toMatchObject({ id: r.id, type: "model.created" });
      expect(bodies.get(r.id) ?? r.body).toBe(r.body);
      bodies.set(r.id, r.body);
    }
    const log = await listWebhookDeliveries(
      team.maintainer,
      { team: team.slug, id: webhook.id },
      { limit: 200 },
    );
    expect(log.attempts.filter((a) => !a.ok).map((a) => a.error)).toEqual(
      expect.arrayContaining([
        "HTTP 500",
        expect.stringMatching(/^Redirect \(302 to http:\/\/127\.0\.0\.1:1\/elsewhere\) not followed$/),
      ]),
    );
    expect(log.attempts.find((a) => a.statusCode === 500)?.responseExcerpt).toBe("boom");
    // Success resets the streak.
    expect((await getWebhook(team.maintainer, { team: team.slug, id: webhook.id })).consecutiveFailures).toBe(
      0,
    );
  });

  it("waits the backoff between attempts, and gives up after the last attempt", async () => {
    const team = await newTeam();
    const rx = await receiver(() => ({ status: 503 }));
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    await createModel(team.contributor, { team: team.slug, name: `down-${uniqueSuffix()}` });
    const before = Date.now();
    await deliverDueWebhooks(t.db, { allowPrivateNetworks: true });
    const [d] = await pendingOf(webhook.id);
    expect(d).toMatchObject({ attempts: 1, lastStatusCode: 503, lastError: "HTTP 503", claimId: null });
    // The first retry is 10 s ± 15 % away; nothing is due meanwhile.
    expect(d!.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(8_000);
    expect(d!.nextAttemptAt.getTime() - before).toBeLessThan(12_500);
    expect((await deliverDueWebhooks(t.db, { allowPrivateNetworks: true })).claimed).toBe(0);
    // With the waits cut to nothing, it gives up after maxAttempts.
    await t.db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date() })
      .where(eq(webhookDeliveries.id, d!.id));
    await drain(webhook.id, { ...fast, maxAttempts: 4 });
    const [done] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, webhook.id));
    expect(done).toMatchObject({ status: "failed", attempts: 4, completedAt: expect.any(Date) });
    expect(rx.received).toHaveLength(4);
    expect(new Set(rx.received.map((r) => r.id)).size).toBe(1);
  });

  it("times out a receiver that does not answer", async () => {
    const team = await newTeam();
    const rx = await receiver(() => ({ delayMs: 5_000 }));
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    await createModel(team.contributor, { team: team.slug, name: `slow-${uniqueSuffix()}` });
    const r = await deliverDueWebhooks(t.db, { allowPrivateNetworks: true, timeoutMs: 300 });
    expect(r).toMatchObject({ claimed: 1, failed: 1 });
    const log = await listWebhookDeliveries(team.maintainer, { team: team.slug, id: webhook.id });
    expect(log.attempts[0]).toMatchObject({ ok: false, statusCode: null, error: "Timed out after 0.3 s" });
    expect(log.attempts[0]!.latencyMs).toBeLessThan(2_000);
    expect(log.pending).toHaveLength(1);
  });

  it("keeps only an excerpt of a long response", async () => {
    const team = await newTeam();
    const rx = await receiver(() => ({ body: "x".repeat(200_000) }));
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    await createModel(team.contributor, { team: team.slug, name: `long-${uniqueSuffix()}` });
    await drain(webhook.id);
    const log = await listWebhookDeliveries(team.maintainer, { team: team.slug, id: webhook.id });
    expect(log.attempts[0]!.ok).toBe(true);
    expect(log.attempts[0]!.responseExcerpt).toBe(`${"x".repeat(1000)}…`);
  });
});

describe("workers", () => {
  it("a worker dying mid-delivery loses nothing: its claims come due again when the lease ends", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    const names = Array.from({ length: 5 }, (_, i) => `crash-${i}-${uniqueSuffix()}`);
    for (const name of names) await createModel(team.contributor, { team: team.slug, name });
    // Worker A claims everything and dies before making a single request.
    const claimedByA = await claimDueWebhookDeliveries(t.db, { leaseMs: 400 });
    expect(claimedByA.length).toBeGreaterThanOrEqual(names.length);
    // Worker B finds nothing while A's lease holds…
    expect((await deliverDueWebhooks(t.db, { ...fast, leaseMs: 400 })).claimed).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    // …and everything once it has run out.
    await drain(webhook.id);
    expect(
      rx
        .delivered()
        .map((r) => (parse(r.body).data as { model: { name: string } }).model.name)
        .sort(),
    ).toEqual([...names].sort());
    expect(new Set(rx.received.map((r) => r.id)).size).toBe(rx.received.length);
  });

  it("a late worker whose claim was taken over records its attempt but does not move the delivery", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    await createModel(team.contributor, { team: team.slug, name: `late-${uniqueSuffix()}` });
    const [stale] = await claimDueWebhookDeliveries(t.db, { leaseMs: 1 });
    await new Promise((r) => setTimeout(r, 10));
    await drain(webhook.id); // another worker takes it over and delivers
    const [delivery] = await t.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, stale!.deliveryId));
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(rx.received).toHaveLength(1);
  });
});

describe("turning off", () => {
  it("turns a webhook off after N failures in a row (once they have lasted long enough) and says why", async () => {
    const team = await newTeam();
    const rx = await receiver(() => ({ status: 500, body: "down for maintenance" }));
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    const ref = { team: team.slug, id: webhook.id };
    for (let i = 0; i < 3; i++)
      await createModel(team.contributor, { team: team.slug, name: `d${i}-${uniqueSuffix()}` });
    // Three failures, but the streak is younger than the window: still on.
    await deliverDueWebhooks(t.db, { ...fast, disableAfterFailures: 3, disableAfterMs: 3_600_000 });
    expect(await getWebhook(team.maintainer, ref)).toMatchObject({ active: true, consecutiveFailures: 3 });
    // The next failure with the window passed turns it off.
    await deliverDueWebhooks(t.db, { ...fast, disableAfterFailures: 3, disableAfterMs: 0 });
    const off = await getWebhook(team.maintainer, ref);
    expect(off).toMatchObject({ active: false, disabledAt: expect.any(Date) });
    expect(off.disabledReason).toMatch(
      /^Turned off automatically after \d+ failed attempts in a row since .+; the last one: HTTP 500\.$/,
    );
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "webhook.disabled"), eq(auditEvents.entityId, webhook.id)));
    expect(audit).toMatchObject({ actorType: "system", teamId: team.id, reason: off.disabledReason });

    // While off, its deliveries wait; new events are not queued for it.
    const waiting = (await pendingOf(webhook.id)).length;
    expect(waiting).toBeGreaterThan(0);
    expect((await deliverDueWebhooks(t.db, fast)).claimed).toBe(0);
    await createModel(team.contributor, { team: team.slug, name: `while-off-${uniqueSuffix()}` });
    expect(await pendingOf(webhook.id)).toHaveLength(waiting);

    // Turned back on: the reason and streak are cleared and the waiting deliveries resume.
    const on = await updateWebhook(team.maintainer, ref, { active: true });
    expect(on).toMatchObject({
      active: true,
      disabledReason: null,
      consecutiveFailures: 0,
      failingSince: null,
    });
    const [reenabled] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "webhook.updated"), eq(auditEvents.entityId, webhook.id)))
      .orderBy(desc(auditEvents.seq));
    expect(reenabled).toMatchObject({
      before: { active: false, disabledReason: off.disabledReason },
      after: { active: true },
    });
  });
});

describe("maintainer tools", () => {
  it("redelivers an event with the same id and body, freshly signed", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook, secret } = await hook(team, rx.url, ["model.created"]);
    await createModel(team.contributor, { team: team.slug, name: `re-${uniqueSuffix()}` });
    await drain(webhook.id);
    const first = rx.received[0]!;
    const ref = { team: team.slug, id: webhook.id };
    const r = await redeliverWebhookEvent(team.maintainer, ref, first.id);
    expect(r.eventId).toBe(first.id);
    await drain(webhook.id);
    expect(rx.received).toHaveLength(2);
    expect(rx.received[1]).toMatchObject({ id: first.id, body: first.body });
    expect(verifyWebhook(secret, rx.received[1]!.headers, rx.received[1]!.body)).toMatchObject({
      id: first.id,
    });
    const log = await listWebhookDeliveries(team.maintainer, ref);
    expect(log.attempts.map((a) => a.trigger)).toEqual(["redeliver", "event"]);
    expect((await getWebhookEvent(team.maintainer, ref, first.id)).payload).toEqual(JSON.parse(first.body));
    await expect(redeliverWebhookEvent(team.maintainer, ref, crypto.randomUUID())).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("sends a test event to that webhook alone, even while it is off", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook, secret } = await hook(team, rx.url, ["version.ready"]);
    const other = await hook(team, rx.url, ["version.ready"]);
    const ref = { team: team.slug, id: webhook.id };
    await updateWebhook(team.maintainer, ref, { active: false });
    const { eventId } = await sendTestWebhookEvent(team.maintainer, ref);
    await drain(webhook.id);
    expect(rx.received).toHaveLength(1);
    const e = verifyWebhook(secret, rx.received[0]!.headers, rx.received[0]!.body);
    expect(e).toMatchObject({
      id: eventId,
      type: "webhook.test",
      team: { slug: team.slug },
      data: { webhook: { id: webhook.id, url: rx.url } },
    });
    expect(await pendingOf(other.webhook.id)).toEqual([]);
  });

  it("rotation: the new secret is shown once; the old one keeps signing during the overlap", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook, secret: old } = await hook(team, rx.url, ["model.created"]);
    const ref = { team: team.slug, id: webhook.id };
    const rotated = await rotateWebhookSecret(team.maintainer, ref, { overlapHours: 24 });
    expect(rotated.secret).not.toBe(old);
    expect(rotated.webhook.previousSecretExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    await createModel(team.contributor, { team: team.slug, name: `rot-${uniqueSuffix()}` });
    await drain(webhook.id);
    const r = rx.received.at(-1)!;
    expect(String(r.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verifyWebhook(old, r.headers, r.body)).toBeTruthy();
    expect(verifyWebhook(rotated.secret, r.headers, r.body)).toBeTruthy();

    // Without an overlap the old secret stops at once.
    const again = await rotateWebhookSecret(team.maintainer, ref, { overlapHours: 0 });
    expect(again.previousSecretExpiresAt).toBeNull();
    await sendTestWebhookEvent(team.maintainer, ref);
    await drain(webhook.id);
    const last = rx.received.at(-1)!;
    expect(String(last.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => verifyWebhook(rotated.secret, last.headers, last.body)).toThrow(
      /No webhook signature matches/,
    );
    expect(verifyWebhook(again.secret, last.headers, last.body)).toBeTruthy();
    // No secret ever appears in reads or in the audit trail.
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, webhook.id));
    const all = JSON.stringify([
      audit,
      await getWebhook(team.maintainer, ref),
      await listWebhooks(team.maintainer, team.slug),
    ]);
    for (const s of [old, rotated.secret, again.secret]) expect(all).not.toContain(s.slice(6));
  });

  it("edits with If-Match semantics and deletes with the log", async () => {
    const team = await newTeam();
    const { webhook } = await hook(team, "https://ci.example.com/hooks/a");
    const ref = { team: team.slug, id: webhook.id };
    const edited = await updateWebhook(
      team.maintainer,
      { ...ref, expectedRevision: webhook.revision },
      {
        url: "https://ci.example.com/hooks/b",
        events: ["alias.moved", "model.created", "alias.moved"],
        description: "deploys",
      },
    );
    expect(edited).toMatchObject({
      url: "https://ci.example.com/hooks/b",
      events: ["alias.moved", "model.created"],
      revision: 2,
    });
    await expect(
      updateWebhook(team.maintainer, { ...ref, expectedRevision: 1 }, { description: "lost update" }),
    ).rejects.toMatchObject({ code: "precondition_failed" });
    await expect(updateWebhook(team.maintainer, ref, { events: [] })).rejects.toMatchObject({
      code: "validation_failed",
      details: { fields: { events: ["Choose at least one event"] } },
    });
    await sendTestWebhookEvent(team.maintainer, ref);
    expect(await deleteWebhook(team.maintainer, ref)).toEqual({ deleted: true });
    expect(await t.db.select().from(webhooks).where(eq(webhooks.id, webhook.id))).toEqual([]);
    expect(
      await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhook.id)),
    ).toEqual([]);
    await expect(getWebhook(team.maintainer, ref)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("who may", () => {
  it("only maintainers manage webhooks; auditors read them; other teams' webhooks are not found", async () => {
    const team = await newTeam();
    const other = await newTeam();
    const { webhook } = await hook(team, "https://ci.example.com/hooks/x");
    const ref = { team: team.slug, id: webhook.id };
    for (const who of [team.contributor, team.reviewer, team.viewer]) {
      await expect(listWebhooks(who, team.slug)).rejects.toMatchObject({ code: "forbidden" });
      await expect(sendTestWebhookEvent(who, ref)).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        createWebhook(who, { team: team.slug, url: "https://ci.example.com/h", events: ["model.created"] }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(getWebhook(other.maintainer, ref)).rejects.toMatchObject({ code: "not_found" });
    await expect(getWebhook(other.maintainer, { team: other.slug, id: webhook.id })).rejects.toMatchObject({
      code: "not_found",
    });
    const auditorUser = await createTestUser(t.db, { orgRole: "auditor" });
    const auditor = createContext(t.db, {
      type: "user",
      userId: auditorUser.id,
      name: auditorUser.name,
      email: auditorUser.email,
      orgRole: "auditor",
      teamRoles: {},
    });
    expect((await listWebhooks(auditor, team.slug)).items).toHaveLength(1);
    await expect(deleteWebhook(auditor, ref)).rejects.toMatchObject({ code: "forbidden" });
  });
});

// This machine's own name resolves through DNS or /etc/hosts (not the literal checks) — usually
// to a loopback or private address.
const host = hostname();
const ownAddresses = await resolveWebhookDestination(`http://${host}/`, { allowPrivateNetworks: true })
  .then((r) => r.addresses.map((a) => a.address))
  .catch(() => [] as string[]);
const resolvesPrivately =
  ownAddresses.length > 0 && ownAddresses.every((a) => privateAddressReason(a) !== null);

describe("private networks (SSRF)", () => {
  const strict = { allowPrivateNetworks: false };

  it("refuses loopback, private and link-local URLs when saving, unless allowed", async () => {
    const team = await newTeam();
    const noPolicy = { ...team.maintainer, webhookPolicy: undefined };
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://10.1.2.3/hook",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]:8080/hook",
      "http://[::ffff:127.0.0.1]/hook",
      "http://localhost:3000/hook",
    ]) {
      await expect(
        createWebhook(noPolicy, { team: team.slug, url, events: ["model.created"] }),
        url,
      ).rejects.toMatchObject({
        code: "validation_failed",
        details: { fields: { url: [expect.stringMatching(/MODELGATE_WEBHOOK_ALLOW_PRIVATE/)] } },
      });
    }
    await expect(
      createWebhook(team.maintainer, {
        team: team.slug,
        url: "http://127.0.0.1:8080/hook",
        events: ["model.created"],
      }),
    ).resolves.toBeTruthy();
  });

  it("refuses to call a private address at delivery time — nothing reaches the receiver", async () => {
    const rx = await receiver();
    for (const target of [
      rx.url,
      rx.url.replace("127.0.0.1", "localhost"),
      rx.url.replace("127.0.0.1", "[::ffff:7f00:1]"),
      "http://10.0.0.1/hook",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/hook",
      "http://[fe80::1]/hook",
    ]) {
      const r = await postWebhook(target, {}, "{}", strict);
      expect(r, target).toMatchObject({
        ok: false,
        statusCode: null,
        error: expect.stringMatching(/^Refused: /),
      });
    }
    expect(rx.received).toEqual([]);
    // The same receiver, allowed.
    expect(await postWebhook(rx.url, {}, "{}", { allowPrivateNetworks: true })).toMatchObject({
      ok: true,
      statusCode: 200,
    });
  });

  it.skipIf(!resolvesPrivately)(
    `checks every address a name resolves to (${host} → ${ownAddresses.join(", ")})`,
    async () => {
      await expect(resolveWebhookDestination(`http://${host}/`, strict)).rejects.toThrow(
        new RegExp(`${host} resolves to .*(loopback|private|link-local)`),
      );
    },
  );

  it("a delivery to a refused address is logged as a failure with the reason", async () => {
    const team = await newTeam();
    const rx = await receiver();
    const { webhook } = await hook(team, rx.url, ["model.created"]);
    await createModel(team.contributor, { team: team.slug, name: `ssrf-${uniqueSuffix()}` });
    await deliverDueWebhooks(t.db, { allowPrivateNetworks: false });
    const log = await listWebhookDeliveries(team.maintainer, { team: team.slug, id: webhook.id });
    expect(log.attempts[0]).toMatchObject({
      ok: false,
      statusCode: null,
      error: expect.stringMatching(/^Refused: 127\.0\.0\.1 is a loopback address/),
    });
    expect(rx.received).toEqual([]);
  });
});
