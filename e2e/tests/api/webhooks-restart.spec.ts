/**
 * The app process is killed (SIGKILL) in the middle of a burst of events and started again on the
 * same data directory: no event is lost. Every model the registry committed reaches the receiver
 * (at least once, duplicates carrying the same event id), and nothing that did not commit does.
 *
 * This spec runs its own server (dist/server.mjs) on a spare port with a fresh data directory (like the
 * webServer of playwright.config.ts), because it must kill and restart it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createClient, verifyWebhook } from "@modelgate/client";
import { type Browser, expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../playwright.config";
import { personas } from "../fixtures";
import { startReceiver } from "../webhook-receiver";

const webDir = resolve(import.meta.dirname, "..", "..", "..", "apps", "web");
const serverBin = join(webDir, "dist", "server.mjs");

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

interface App {
  proc: ChildProcess;
  output: string[];
}

/** Starts the built app; resolves once /api/health answers. */
async function startApp(port: number, dataDir: string): Promise<App> {
  const output: string[] = [];
  const proc = spawn(process.execPath, [serverBin], {
    cwd: webDir,
    // Its own process group, so the kill reaches anything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      MODELGATE_DATA_DIR: dataDir,
      MODELGATE_DEMO_SEED: "true",
      MODELGATE_DEMO_PASSWORD: DEMO_PASSWORD,
      NEXTAUTH_SECRET: "e2e-restart-secret-e2e-restart-secret-0123",
      NEXTAUTH_URL: `http://localhost:${port}`,
      MODELGATE_WEBHOOK_ALLOW_PRIVATE: "true",
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    },
  });
  proc.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
  proc.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the app exited (${proc.exitCode}):\n${output.join("")}`);
    try {
      const res = await fetch(`http://localhost:${port}/api/health`);
      if (res.ok) return { proc, output };
    } catch {}
    if (Date.now() > deadline) throw new Error(`the app did not start:\n${output.join("")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function kill(app: App, signal: NodeJS.Signals) {
  if (app.proc.exitCode !== null || app.proc.signalCode !== null) return;
  const exited = new Promise((r) => app.proc.once("exit", r));
  try {
    process.kill(-app.proc.pid!, signal);
  } catch {}
  await exited;
}

async function sessionCookie(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(personas.maintainer.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/models/);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  return cookie;
}

test("the app is killed mid-burst and restarted: every committed event is delivered, none invented", async ({
  browser,
}) => {
  // The restart waits out the dead process's delivery leases (70 s by default).
  test.setTimeout(300_000);
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "modelgate-e2e-restart-"));
  // A slowish receiver, so deliveries are in flight and queued when the process dies.
  const rx = await startReceiver(() => 200, 150);
  let app = await startApp(port, dataDir);
  try {
    const cookie = await sessionCookie(browser, base);
    const mg = createClient({ baseUrl: base, headers: { cookie }, retries: 0 });
    const { webhook, secret } = await mg.webhooks.create("fraud", { url: rx.url, events: ["model.created"] });
    const prefix = `burst-${Date.now().toString(36)}`;

    // The burst: creates in flight four at a time; the process is killed after the 25th answer.
    const N = 60;
    const acknowledged: string[] = [];
    const failed: string[] = [];
    let next = 0;
    let killed: Promise<void> | null = null;
    const lane = async () => {
      while (next < N) {
        const name = `${prefix}-${String(next++).padStart(2, "0")}`;
        try {
          await mg.models.create({ team: "fraud", name });
          acknowledged.push(name);
          if (acknowledged.length === 25 && !killed) killed = kill(app, "SIGKILL");
        } catch {
          failed.push(name);
        }
      }
    };
    await Promise.all([lane(), lane(), lane(), lane()]);
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);
    expect(failed.length, "the kill interrupted the burst").toBeGreaterThan(0);
    const beforeRestart = new Set(rx.received.map((r) => r.id));

    // Same data directory, same port: the outbox is still there.
    app = await startApp(port, dataDir);
    const after = createClient({ baseUrl: base, headers: { cookie } });
    const committed = (await after.models.search({ team: "fraud", q: prefix, limit: 200 })).items.map(
      (m) => m.name,
    );
    // Everything acknowledged committed; a request cut off by the kill may have committed or not.
    expect(committed).toEqual(expect.arrayContaining(acknowledged));

    const deliveredNames = () =>
      new Set(
        rx.received.map((r) => {
          const e = verifyWebhook(secret, r.headers, r.body, { toleranceSeconds: 600 });
          expect(e.type).toBe("model.created");
          return (e.data as { model: { name: string } }).model.name;
        }),
      );
    const deadline = Date.now() + 150_000;
    while ([...committed].some((n) => !deliveredNames().has(n)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500));

    const names = deliveredNames();
    expect(
      committed.filter((n) => !names.has(n)),
      "committed but never delivered",
    ).toEqual([]);
    expect(
      [...names].filter((n) => !committed.includes(n)),
      "delivered but never committed",
    ).toEqual([]);
    // At least once: one event id per model; a repeat carries the same id and body.
    const byId = new Map<string, string>();
    for (const r of rx.received) {
      expect(byId.get(r.id) ?? r.body).toBe(r.body);
      byId.set(r.id, r.body);
    }
    expect(byId.size).toBe(committed.length);
    // A delivery sent just before the kill but not yet marked done is sent again after the restart
    // (at least once, same id and body — checked above): wait for those repeats to drain.
    let log = await after.webhooks.deliveries("fraud", webhook.id, { limit: 200 });
    while (log.pending.length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      log = await after.webhooks.deliveries("fraud", webhook.id, { limit: 200 });
    }
    expect(log.pending).toEqual([]);
    // The PostgreSQL run shares its database with the other specs: leave the model lists and the
    // team's webhooks as they were.
    for (const name of committed) await after.models.archive(`fraud/${name}`);
    await after.webhooks.delete("fraud", webhook.id);
    test.info().annotations.push({
      type: "burst",
      description: `${acknowledged.length} acknowledged, ${failed.length} cut off, ${committed.length} committed, ${beforeRestart.size} delivered before the kill, ${rx.received.length} requests in all`,
    });
  } finally {
    await kill(app, "SIGTERM");
    await rx.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
