import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  request,
  test,
} from "@playwright/test";
import { expectShape } from "./openapi-shape";
import { baseUrl, signIn } from "./session";

// The audit trail over HTTP: sessions of auditors read it, tokens never do (they hold no org
// permission), maintainers read their teams' part; exports stream; the key and checkpoints are public.

const contexts: BrowserContext[] = [];
const requests: APIRequestContext[] = [];
test.afterEach(async () => {
  await Promise.all([
    ...contexts.splice(0).map((c) => c.close()),
    ...requests.splice(0).map((r) => r.dispose()),
  ]);
});

async function session(browser: Browser, who: Parameters<typeof signIn>[1]) {
  const s = await signIn(browser, who);
  contexts.push(s.context);
  return s;
}

/** A fraud-team token of the maintainer (capped at contributor), made where tokens are made: the UI. */
async function maintainerToken(browser: Browser): Promise<string> {
  const s = await session(browser, "maintainer");
  const page = await s.context.newPage();
  await page.goto("/profile");
  await page.getByRole("button", { name: "New token" }).click();
  const dialog = page.getByRole("dialog", { name: "New API token" });
  await dialog.getByLabel("Name").fill(`audit-e2e-${Date.now().toString(36)}`);
  await dialog.getByLabel("Team").click();
  await page.getByRole("option", { name: /Fraud Detection/ }).click();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^mg_/);
  await page.close();
  return token;
}

interface Event {
  seq: number;
  action: string;
  teamId: string | null;
  modelId: string | null;
}

test("the public key and signed checkpoints are public; the trail itself is not", async () => {
  const anon = await request.newContext({ baseURL: baseUrl });
  requests.push(anon);
  const key = await anon.get("/api/v1/audit/public-key");
  expect(key.status()).toBe(200);
  const body = await key.json();
  expectShape("auditPublicKey", body);
  expect(body).toMatchObject({ algorithm: "Ed25519", keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
  expect(body.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  const pem = await anon.get("/api/v1/audit/public-key?format=pem");
  expect(await pem.text()).toBe(body.publicKeyPem);
  expect(pem.headers()["content-disposition"]).toContain(`modelgate-audit-${body.keyId}.pem`);

  const cps = await anon.get("/api/v1/audit/checkpoints?limit=2");
  expect(cps.status()).toBe(200);
  const page = await cps.json();
  expectShape("listAuditCheckpoints", page);
  for (const c of page.items) expect(c.keyId).toBe(body.keyId);

  for (const path of [
    "/api/v1/audit/events",
    "/api/v1/audit/export?format=jsonl",
    "/api/v1/audit/verification",
  ]) {
    const res = await anon.get(path);
    expect(res.status(), path).toBe(401);
  }
  expect((await anon.post("/api/v1/audit/verify")).status()).toBe(401);
});

test("tokens are refused the trail; an auditor's session pages through it by sequence number", async ({
  browser,
}) => {
  const token = await maintainerToken(browser);
  const bearer = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  requests.push(bearer);
  for (const path of ["/api/v1/audit/events?limit=5", "/api/v1/audit/export?format=jsonl"]) {
    const res = await bearer.get(path);
    expect(res.status(), path).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  }
  expect((await bearer.post("/api/v1/audit/verify")).status()).toBe(403);

  const { request: auditor } = await session(browser, "auditor");
  const first = await auditor.get("/api/v1/audit/events?limit=5");
  expect(first.status()).toBe(200);
  const p1 = (await first.json()) as { events: Event[]; nextBefore: number | null };
  expectShape("listAuditEvents", p1);
  expect(p1.events).toHaveLength(5);
  const seqs1 = p1.events.map((e) => e.seq);
  expect(seqs1).toEqual([...seqs1].sort((a, b) => b - a));
  expect(p1.nextBefore).toBe(seqs1.at(-1));

  const p2 = (await (await auditor.get(`/api/v1/audit/events?limit=5&before=${p1.nextBefore}`)).json()) as {
    events: Event[];
  };
  expect(p2.events.map((e) => e.seq)).toEqual(seqs1.map((s) => s - 5));

  const one = await auditor.get(`/api/v1/audit/events/${seqs1[0]}`);
  expect(one.status()).toBe(200);
  expectShape("getAuditEvent", await one.json());
  expect((await one.json()).seq).toBe(seqs1[0]);
  expect((await auditor.get("/api/v1/audit/events/999999999")).status()).toBe(404);

  // Filters: an action prefix, and an unknown action is a plain 400.
  const transitions = (await (
    await auditor.get("/api/v1/audit/events?action=transition.*&limit=50")
  ).json()) as {
    events: Event[];
  };
  expect(transitions.events.length).toBeGreaterThan(0);
  for (const e of transitions.events) expect(e.action).toMatch(/^transition\./);
  const bad = await auditor.get("/api/v1/audit/events?action=model.exploded");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("validation_failed");
});

test("exports stream with a download name; JSONL ends with its signed trailer; verification is recorded", async ({
  browser,
}) => {
  const { request: auditor } = await session(browser, "auditor");
  const res = await auditor.get("/api/v1/audit/export?format=jsonl&model=fraud/transaction-scorer");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/x-ndjson");
  expect(res.headers()["content-disposition"]).toMatch(
    /^attachment; filename="modelgate-audit-\d{8}T\d{6}Z\.jsonl"$/,
  );
  const lines = (await res.text()).trimEnd().split("\n");
  const parsed = lines.map((l) => JSON.parse(l) as { type: string });
  expect(parsed[0]!.type).toBe("header");
  expect(parsed.at(-1)!.type).toBe("trailer");
  expect(parsed.at(-1)).toHaveProperty("signature");
  expect(parsed.filter((l) => l.type === "event").length).toBeGreaterThan(3);

  const csv = await auditor.get("/api/v1/audit/export?format=csv&action=model.*");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^seq,at,actorType,/);

  // Validation happens before the first byte: a JSON error, not a broken download.
  const bad = await auditor.get("/api/v1/audit/export?format=xml");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/json");
  const unknownModel = await auditor.get("/api/v1/audit/export?format=csv&model=fraud/no-such-model");
  expect(unknownModel.status()).toBe(404);

  const verified = await auditor.post("/api/v1/audit/verify");
  expect(verified.status()).toBe(200);
  const v = await verified.json();
  expectShape("verifyAudit", v);
  expect(v).toMatchObject({ ok: true, firstBreak: null });
  expect(v.verifiedThrough).toBe(v.headSeq);
  const latest = await (await auditor.get("/api/v1/audit/verification")).json();
  expectShape("latestAuditVerification", latest);
  expect(latest).toMatchObject({ ok: true, by: "Audrey Auditor", verifiedThrough: v.verifiedThrough });
});

test("a maintainer's session reads only their teams' events; a viewer's is refused", async ({ browser }) => {
  const { request: maintainer } = await session(browser, "maintainer");
  const me = await (await maintainer.get("/api/v1/me")).json();
  const res = await maintainer.get("/api/v1/audit/events?limit=100");
  expect(res.status()).toBe(200);
  const { events } = (await res.json()) as { events: Event[] };
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) expect(Object.keys(me.teamRoles)).toContain(e.teamId);
  expect((await maintainer.post("/api/v1/audit/verify")).status()).toBe(403);

  const { request: viewer } = await session(browser, "viewer");
  const refused = await viewer.get("/api/v1/audit/events");
  expect(refused.status()).toBe(403);
});
