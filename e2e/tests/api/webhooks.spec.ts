import { type AnyWebhookEvent, type ModelgateClient, verifyWebhook } from "@modelgate/client";
import { expect, test } from "@playwright/test";
import { startReceiver } from "../webhook-receiver";
import { expectShape } from "./openapi-shape";
import { baseUrl, signIn, uniqueName } from "./session";

/** Polls the delivery log until `done` holds (the app's worker polls the outbox every second). */
async function logUntil(
  mg: ModelgateClient,
  id: string,
  done: (log: Awaited<ReturnType<ModelgateClient["webhooks"]["deliveries"]>>) => boolean,
) {
  let log = await mg.webhooks.deliveries("fraud", id);
  for (let i = 0; i < 60 && !done(log); i++) {
    await new Promise((r) => setTimeout(r, 250));
    log = await mg.webhooks.deliveries("fraud", id);
  }
  expect(done(log), "the delivery log reached the expected state").toBe(true);
  return log;
}

test("webhooks over the API: create, signed deliveries of real changes, log, redeliver, rotate, edit, delete", async ({
  browser,
}) => {
  const rx = await startReceiver();
  const maintainer = await signIn(browser, "maintainer");
  const contributor = await signIn(browser, "contributor");
  const mg = maintainer.client();
  try {
    const created = await mg.webhooks.create("fraud", {
      url: rx.url,
      description: "api e2e",
      events: ["model.created", "version.registered", "version.ready"],
    });
    expectShape("createWebhook", created);
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.webhook).toMatchObject({ team: "fraud", url: rx.url, active: true, revision: 1 });
    const id = created.webhook.id;
    const listed = await mg.webhooks.list("fraud");
    expectShape("listWebhooks", { items: listed });
    expect(listed.map((w) => w.id)).toContain(id);
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(6));

    // A real change through the API, by someone else: the receiver hears of it, signed.
    const name = uniqueName("hooked");
    await contributor.client().models.create({ team: "fraud", name });
    await contributor.client().versions.register(`fraud/${name}`, {});
    const log = await logUntil(mg, id, (l) => l.attempts.filter((a) => a.ok).length >= 3);
    expectShape("listWebhookDeliveries", log);
    const events = rx.received.map((r) => verifyWebhook(created.secret, r.headers, r.body));
    expect(events.map((e) => e.type).sort()).toEqual([
      "model.created",
      "version.ready",
      "version.registered",
    ]);
    const made = events.find(
      (e): e is Extract<AnyWebhookEvent, { type: "model.created" }> => e.type === "model.created",
    )!;
    expect(made).toMatchObject({
      team: { slug: "fraud" },
      actor: { type: "user", name: "Carl Contributor" },
      data: { model: { fullName: `fraud/${name}` } },
    });
    expect(log.attempts[0]).toMatchObject({
      ok: true,
      statusCode: 200,
      attempt: 1,
      responseExcerpt: '{"received":true}',
    });

    // The event as delivered, then once more with the same id.
    const payload = await mg.webhooks.event("fraud", id, made.id);
    expectShape("getWebhookEvent", payload);
    expect(payload.payload).toEqual(made);
    const queued = await mg.webhooks.redeliver("fraud", id, made.id);
    expectShape("redeliverWebhookEvent", queued);
    await logUntil(mg, id, (l) => l.attempts.some((a) => a.trigger === "redeliver" && a.ok));
    expect(rx.received.filter((r) => r.id === made.id)).toHaveLength(2);

    // Rotation: the answer holds the new secret; the next delivery verifies with old and new.
    const rotated = await mg.webhooks.rotateSecret("fraud", id, 1);
    expectShape("rotateWebhookSecret", rotated);
    const test1 = await mg.webhooks.test("fraud", id);
    expectShape("sendTestWebhookEvent", test1);
    await logUntil(mg, id, (l) => l.attempts.some((a) => a.eventId === test1.eventId && a.ok));
    const tested = rx.received.find((r) => r.id === test1.eventId)!;
    expect(verifyWebhook(created.secret, tested.headers, tested.body)).toMatchObject({
      type: "webhook.test",
    });
    expect(verifyWebhook(rotated.secret, tested.headers, tested.body)).toMatchObject({
      type: "webhook.test",
    });

    // Edits need If-Match; a stale one is refused.
    const got = await mg.webhooks.get("fraud", id);
    expectShape("getWebhook", got);
    const edited = await mg.webhooks.update("fraud", id, { events: ["alias.moved"], active: false });
    expect(edited).toMatchObject({ events: ["alias.moved"], active: false, revision: got.revision + 1 });
    await expect(
      mg.webhooks.update("fraud", id, { description: "late" }, { etag: got.revision }),
    ).rejects.toMatchObject({
      status: 412,
    });
    const noIfMatch = await maintainer.request.patch(`${baseUrl}/api/v1/teams/fraud/webhooks/${id}`, {
      data: { description: "x" },
    });
    expect(noIfMatch.status()).toBe(428);

    // Contributors may not, other teams' members see nothing, strangers are turned away.
    await expect(contributor.client().webhooks.list("fraud")).rejects.toMatchObject({
      status: 403,
      code: "forbidden",
    });
    const viewer = await signIn(browser, "viewer");
    await expect(viewer.client().webhooks.get("fraud", id)).rejects.toMatchObject({ status: 404 });
    await viewer.context.close();
    const anonymous = await fetch(`${baseUrl}/api/v1/teams/fraud/webhooks`);
    expect(anonymous.status).toBe(401);
    const invalid = await mg.webhooks
      .create("fraud", { url: "ftp://example.com/x", events: ["model.created"] })
      .catch((e) => e);
    expect(invalid).toMatchObject({ status: 400, code: "validation_failed" });

    expect(await mg.webhooks.delete("fraud", id)).toEqual({ deleted: true });
    await expect(mg.webhooks.get("fraud", id)).rejects.toMatchObject({ status: 404 });
  } finally {
    await rx.close();
    await maintainer.context.close();
    await contributor.context.close();
  }
});

test("the CLI prints every event type with an example payload", async () => {
  const { execFileSync } = await import("node:child_process");
  const { join } = await import("node:path");
  const cli = join(import.meta.dirname, "..", "..", "..", "packages", "client", "dist", "cli.js");
  const out = JSON.parse(
    execFileSync(process.execPath, [cli, "webhooks", "events", "--json"], { encoding: "utf8" }),
  ) as {
    items: { type: string; example: { type: string; actor: unknown; team: unknown } }[];
  };
  expect(out.items.map((i) => i.type)).toEqual(
    expect.arrayContaining(["alias.moved", "transition.applied", "webhook.test"]),
  );
  for (const i of out.items)
    expect(i.example).toMatchObject({ type: i.type, actor: expect.any(Object), team: expect.any(Object) });
  const one = execFileSync(process.execPath, [cli, "webhooks", "events", "alias.moved"], {
    encoding: "utf8",
  });
  expect(one).toContain('"fromVersion": 3');
});
