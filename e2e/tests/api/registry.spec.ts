import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  createClient,
  type Model,
  ModelgateApiError,
  type ModelgateClient,
  ModelgateNetworkError,
  type TransferProgress,
} from "@modelgate/client";
import {
  type APIRequestContext,
  type APIResponse,
  type BrowserContext,
  expect,
  test,
} from "@playwright/test";
import { expectShape, openapi } from "./openapi-shape";
import { baseUrl, signIn, uniqueName } from "./session";

// Real HTTP against the built app, signed in as contributor@ (contributor in fraud and growth).
let context: BrowserContext;
let api: APIRequestContext;
let cookie: string;
let client: ModelgateClient;

test.beforeAll(async ({ browser }) => {
  const session = await signIn(browser, "contributor");
  ({ context, request: api, cookie } = session);
  client = session.client();
});
test.afterAll(async () => {
  await context?.close();
});

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const tempDir = () => mkdtempSync(join(tmpdir(), "modelgate-e2e-client-"));
const newModel = (prefix: string): Promise<Model> =>
  client.models.create({ team: "fraud", name: uniqueName(prefix), description: "made by the API e2e tests" });

async function apiError(res: APIResponse) {
  const body = (await res.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; requestId?: string; details?: Record<string, unknown> } }
    | undefined;
  return body?.error;
}

test("the served OpenAPI document is the one the client is generated from", async () => {
  const res = await api.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual(openapi);
});

test("registers a version with two streamed artifacts, resolves @latest and downloads it intact", async () => {
  test.setTimeout(60_000);
  const model = await newModel("e2e-upload");
  expectShape("createModel", model);
  const dir = tempDir();
  const big = randomBytes(5 * 1024 * 1024);
  const small = join(dir, "config.json");
  writeFileSync(small, JSON.stringify({ threshold: 0.42 }));
  const smallBytes = readFileSync(small);

  const progress: TransferProgress[] = [];
  const version = await client.registerVersionWithArtifacts(
    model.fullName,
    {
      description: "two artifacts",
      params: { lr: 0.01, depth: 6 },
      metrics: [{ key: "auc", value: 0.93 }],
      lineage: { gitCommit: "abcdef1", datasetName: "transactions" },
    },
    [
      { path: "model.bin", source: big },
      { path: "conf/config.json", source: small, contentType: "application/json" },
    ],
    { onProgress: (p) => progress.push(p) },
  );
  expectShape("getVersion", version);
  expect(version).toMatchObject({ model: model.fullName, version: 1, status: "ready", stage: "none" });
  expect(version.params).toEqual({ lr: "0.01", depth: "6" });
  const artifacts = Object.fromEntries((version.artifacts ?? []).map((a) => [a.path, a]));
  expect(artifacts["model.bin"]).toMatchObject({ status: "verified", size: big.length, sha256: sha256(big) });
  expect(artifacts["conf/config.json"]).toMatchObject({
    status: "verified",
    size: smallBytes.length,
    sha256: sha256(smallBytes),
    contentType: "application/json",
  });

  // Progress fires while streaming, grows monotonically and ends at the full size.
  const bigEvents = progress.filter((p) => p.path === "model.bin");
  expect(bigEvents.length).toBeGreaterThan(10);
  expect(bigEvents.every((p, i) => i === 0 || p.loaded >= bigEvents[i - 1]!.loaded)).toBe(true);
  expect(bigEvents.at(-1)).toEqual({ path: "model.bin", loaded: big.length, total: big.length });
  expect(progress.filter((p) => p.path === "conf/config.json").at(-1)).toEqual({
    path: "conf/config.json",
    loaded: smallBytes.length,
    total: smallBytes.length,
  });

  const resolved = await client.resolve(`${model.fullName}@latest`);
  expectShape("resolve", resolved);
  expect(resolved).toMatchObject({ model: model.fullName, version: 1, status: "ready" });
  expect(resolved.artifacts.map((a) => a.path)).toEqual(["conf/config.json", "model.bin"]);

  const dest = join(dir, "downloaded.bin");
  const down: TransferProgress[] = [];
  const result = await client.artifacts.download(`${model.fullName}/1`, "model.bin", dest, {
    onProgress: (p) => down.push(p),
  });
  expect(result).toEqual({ path: "model.bin", file: dest, size: big.length, sha256: sha256(big) });
  expect(sha256(readFileSync(dest))).toBe(sha256(big));
  expect(down.at(-1)).toEqual({ path: "model.bin", loaded: big.length, total: big.length });
  // The ETag is the sha256, so a client holding the bytes can revalidate cheaply.
  const again = await api.get(`/api/v1/models/${model.fullName}/versions/1/artifacts/model.bin`, {
    headers: { "if-none-match": `"${sha256(big)}"` },
  });
  expect(again.status()).toBe(304);
});

// Next.js buffers bodies passing through the proxy up to 10 MiB; /api routes bypass the proxy
// (apps/web/src/proxy.ts), so a larger artifact arrives whole.
test("uploads an artifact larger than 10 MiB", async () => {
  test.setTimeout(120_000);
  const model = await newModel("e2e-large");
  const big = randomBytes(12 * 1024 * 1024);
  const version = await client.registerVersionWithArtifacts(model.fullName, {}, [
    { path: "model.bin", source: big },
  ]);
  expect(version.status).toBe("ready");
  expect(version.artifacts?.[0]).toMatchObject({ size: big.length, sha256: sha256(big) });
});

test("uploads a Node stream once; bytes that differ from the declared sha256 are refused", async () => {
  const model = await newModel("e2e-stream");
  const data = randomBytes(300_000);
  const expected = Buffer.from("the expected bytes");
  const version = await client.versions.register(model.fullName, {
    artifacts: [
      { path: "weights/a.bin" },
      { path: "b.bin", sha256: sha256(expected), size: expected.length },
    ],
  });
  expect(version.status).toBe("pending");
  const ref = `${model.fullName}/${version.version}`;

  const up = await client.artifacts.upload(
    ref,
    "weights/a.bin",
    Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]),
  );
  expect(up).toMatchObject({ path: "weights/a.bin", size: data.length, sha256: sha256(data) });
  expect(up).toMatchObject({ versionStatus: "pending", alreadyUploaded: false });
  expectShape("uploadArtifact", up);

  // Declared sha256 ≠ the one sent: refused before any byte is stored.
  const mismatch = await client.artifacts
    .upload(ref, "b.bin", Buffer.from("tampered bytes!!!!"))
    .catch((e) => e);
  expect(mismatch).toBeInstanceOf(ModelgateApiError);
  expect(mismatch).toMatchObject({ status: 422, code: "unprocessable" });
  // Without a checksum header the server still hashes what arrived and refuses it.
  const raw = await api.put(`/api/v1/models/${model.fullName}/versions/${version.version}/artifacts/b.bin`, {
    data: Buffer.from("tampered bytes!!!!"),
    headers: { "content-type": "application/octet-stream" },
  });
  expect(raw.status()).toBe(422);
  expect((await apiError(raw))?.code).toBe("unprocessable");
  expect((await client.versions.get(ref)).status).toBe("pending");

  const ok = await client.artifacts.upload(ref, "b.bin", expected);
  expect(ok.versionStatus).toBe("ready");
  const replay = await client.artifacts.upload(ref, "b.bin", expected);
  expect(replay.alreadyUploaded).toBe(true);
  expect((await client.versions.get(ref)).status).toBe("ready");
});

test("Idempotency-Key: a replay returns the first answer; the same key with another body is a 422", async () => {
  const name = uniqueName("e2e-idem");
  const key = `e2e-key-${name}`;
  const body = { team: "fraud", name, description: "first" };
  const first = await api.post("/api/v1/models", { data: body, headers: { "idempotency-key": key } });
  expect(first.status()).toBe(201);
  expect(first.headers()["idempotent-replayed"]).toBeUndefined();
  const second = await api.post("/api/v1/models", { data: body, headers: { "idempotency-key": key } });
  expect(second.status()).toBe(201);
  expect(second.headers()["idempotent-replayed"]).toBe("true");
  expect(await second.json()).toEqual(await first.json());

  const reused = await api.post("/api/v1/models", {
    data: { ...body, description: "changed" },
    headers: { "idempotency-key": key },
  });
  expect(reused.status()).toBe(422);
  expect(await apiError(reused)).toMatchObject({
    code: "unprocessable",
    details: { reason: "idempotency_key_reused" },
  });

  // Registering twice with one key makes one version.
  const vkey = `e2e-vkey-${name}`;
  const url = `/api/v1/models/fraud/${name}/versions`;
  const v1 = await api.post(url, { data: { description: "once" }, headers: { "idempotency-key": vkey } });
  const v2 = await api.post(url, { data: { description: "once" }, headers: { "idempotency-key": vkey } });
  expect(v1.status()).toBe(201);
  expect(v2.headers()["idempotent-replayed"]).toBe("true");
  expect((await v2.json()).version).toBe((await v1.json()).version);
  expect((await client.versions.list(`fraud/${name}`)).items.map((v) => v.version)).toEqual([1]);
});

test("the client retries a creating call with the same Idempotency-Key, and never repeats an unkeyed POST", async () => {
  const model = await newModel("e2e-retry");
  // Around the real fetch: the first POST reaches the server, but its answer is "lost".
  const seen: { method: string; key: string | null }[] = [];
  let dropped = false;
  const lossy: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const method = init?.method ?? "GET";
    seen.push({ method, key: new Headers(init?.headers).get("idempotency-key") });
    if (method === "POST" && !dropped) {
      dropped = true;
      await res.arrayBuffer();
      throw new TypeError("fetch failed (connection reset)");
    }
    return res;
  };
  const c = createClient({ baseUrl, headers: { cookie }, fetch: lossy, retryDelayMs: 10 });
  const version = await c.versions.register(model.fullName, { description: "exactly once" });
  const posts = seen.filter((s) => s.method === "POST");
  expect(posts).toHaveLength(2);
  expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
  expect(posts[1]!.key).toBe(posts[0]!.key);
  expect((await client.versions.list(model.fullName)).items.map((v) => v.version)).toEqual([version.version]);

  // A 5xx on a GET is retried; a network failure on an unkeyed POST is not.
  let calls = 0;
  const unavailableOnce: typeof fetch = async (input, init) => {
    calls++;
    if (calls === 1) return new Response("upstream down", { status: 503 });
    return fetch(input, init);
  };
  const c503 = createClient({ baseUrl, headers: { cookie }, fetch: unavailableOnce, retryDelayMs: 10 });
  expect((await c503.models.get(model.fullName)).fullName).toBe(model.fullName);
  expect(calls).toBe(2);

  calls = 0;
  const down: typeof fetch = async () => {
    calls++;
    throw new TypeError("fetch failed (ECONNREFUSED)");
  };
  const cDown = createClient({ baseUrl, fetch: down, retryDelayMs: 1, retries: 2 });
  await expect(cDown.models.archive(model.fullName)).rejects.toBeInstanceOf(ModelgateNetworkError);
  expect(calls).toBe(1);
  calls = 0;
  await expect(cDown.models.get(model.fullName)).rejects.toBeInstanceOf(ModelgateNetworkError);
  expect(calls).toBe(3);
});

test("PATCH needs If-Match: 428 without, 412 when stale; the client reads the ETag itself", async () => {
  const model = await newModel("e2e-etag");
  const url = `/api/v1/models/${model.fullName}`;
  const read = await api.get(url);
  const etag = read.headers().etag;
  expect(etag).toBe(`W/"${model.revision}"`);

  const without = await api.patch(url, { data: { description: "no precondition" } });
  expect(without.status()).toBe(428);
  expect((await apiError(without))?.code).toBe("precondition_required");

  const updated = await client.models.update(model.fullName, {
    description: "updated",
    tags: { owner: "e2e" },
  });
  expectShape("updateModel", updated);
  expect(updated).toMatchObject({
    description: "updated",
    tags: { owner: "e2e" },
    revision: model.revision + 1,
  });

  const stale = await api.patch(url, {
    data: { description: "lost update" },
    headers: { "if-match": etag! },
  });
  expect(stale.status()).toBe(412);
  expect((await apiError(stale))?.code).toBe("precondition_failed");
  const staleClient = await client.models
    .update(model.fullName, { description: "lost update" }, { etag: model.revision })
    .catch((e) => e);
  expect(staleClient).toMatchObject({ status: 412, code: "precondition_failed" });
  expect((await client.models.get(model.fullName)).description).toBe("updated");

  const version = await client.versions.register(model.fullName, { description: "v" });
  const vurl = `${url}/versions/${version.version}`;
  expect((await api.patch(vurl, { data: { description: "x" } })).status()).toBe(428);
  const edited = await client.versions.update(`${model.fullName}/${version.version}`, {
    description: "edited",
  });
  expect(edited).toMatchObject({ description: "edited", revision: version.revision + 1 });
  const staleVersion = await client.versions
    .update(`${model.fullName}/${version.version}`, { description: "again" }, { etag: version.revision })
    .catch((e) => e);
  expect(staleVersion).toMatchObject({ status: 412, code: "precondition_failed" });
});

test("bad input is a 4xx with an error code, never a 5xx, and creates nothing", async () => {
  test.setTimeout(60_000);
  const model = await newModel("e2e-bad");
  const ref = model.fullName;
  const versions = `/api/v1/models/${ref}/versions`;
  await client.versions.register(ref, { description: "baseline" });
  const versionCount = async () => (await client.versions.list(ref)).items.length;
  const before = await versionCount();
  const names = {
    big: uniqueName("e2e-big"),
    unicode: `modèle-ünïcødé-🚀-${Date.now()}`,
    key: uniqueName("e2e-key"),
  };
  const json = { "content-type": "application/json" };

  const cases: [string, () => Promise<APIResponse>, number, string][] = [
    [
      "wrong types",
      () => api.post("/api/v1/models", { data: { team: 42, name: ["x"] } }),
      400,
      "validation_failed",
    ],
    ["missing fields", () => api.post("/api/v1/models", { data: {} }), 400, "validation_failed"],
    [
      "malformed JSON",
      () => api.post("/api/v1/models", { data: '{"team": "fraud", ', headers: json }),
      400,
      "validation_failed",
    ],
    [
      "2 MB of JSON",
      () =>
        api.post("/api/v1/models", {
          data: JSON.stringify({ team: "fraud", name: names.big, description: "x".repeat(2 * 1024 * 1024) }),
          headers: json,
        }),
      413,
      "payload_too_large",
    ],
    [
      "text/plain body",
      () =>
        api.post("/api/v1/models", {
          data: `{"team":"fraud","name":"${names.big}"}`,
          headers: { "content-type": "text/plain" },
        }),
      415,
      "unsupported_media_type",
    ],
    [
      "unicode model name",
      () => api.post("/api/v1/models", { data: { team: "fraud", name: names.unicode } }),
      400,
      "validation_failed",
    ],
    [
      "path-like model name",
      () => api.post("/api/v1/models", { data: { team: "fraud", name: "../../etc/passwd" } }),
      400,
      "validation_failed",
    ],
    [
      "Idempotency-Key with spaces",
      () =>
        api.post("/api/v1/models", {
          data: { team: "fraud", name: names.key },
          headers: { "idempotency-key": "not a valid key" },
        }),
      400,
      "validation_failed",
    ],
    [
      "metric value of the wrong type",
      () => api.post(versions, { data: { metrics: [{ key: "auc", value: "high" }] } }),
      400,
      "validation_failed",
    ],
    ["unknown field", () => api.post(versions, { data: { surprise: true } }), 400, "validation_failed"],
    [
      "'../' artifact path",
      () => api.post(versions, { data: { artifacts: [{ path: "../../etc/passwd" }] } }),
      400,
      "validation_failed",
    ],
    [
      "absolute artifact path",
      () => api.post(versions, { data: { artifacts: [{ path: "/etc/passwd" }] } }),
      400,
      "validation_failed",
    ],
    [
      "artifact path declared twice",
      () => api.post(versions, { data: { artifacts: [{ path: "a.bin" }, { path: "./a.bin" }] } }),
      400,
      "validation_failed",
    ],
    [
      "sha256 that is not hex",
      () => api.post(versions, { data: { artifacts: [{ path: "a.bin", sha256: "zz".repeat(32) }] } }),
      400,
      "validation_failed",
    ],
    [
      "encoded '../' in an upload path",
      () => api.put(`${versions}/1/artifacts/..%2F..%2Fetc%2Fpasswd`, { data: Buffer.from("x") }),
      400,
      "validation_failed",
    ],
    [
      "upload of an undeclared artifact",
      () => api.put(`${versions}/1/artifacts/never-declared.bin`, { data: Buffer.from("x") }),
      404,
      "not_found",
    ],
    ["version that is not a number", () => api.get(`${versions}/abc`), 400, "validation_failed"],
    ["version 0", () => api.get(`${versions}/0`), 400, "validation_failed"],
    ["limit that is not a number", () => api.get(`${versions}?limit=ten`), 400, "validation_failed"],
    [
      "SQL in a metric filter",
      () => api.get(`${versions}?metric=${encodeURIComponent("auc>=0.9; DROP TABLE model_versions; --")}`),
      400,
      "validation_failed",
    ],
    [
      "quotes in a metric filter",
      () => api.get(`${versions}?metric=${encodeURIComponent("auc' OR '1'='1")}`),
      400,
      "validation_failed",
    ],
    [
      "SQL in a search cursor",
      () => api.get(`/api/v1/models?cursor=${encodeURIComponent("' OR 1=1 --")}`),
      400,
      "validation_failed",
    ],
    [
      "tag filter without '='",
      () => api.get(`/api/v1/models?tag=${encodeURIComponent("'; DROP TABLE teams; --")}`),
      400,
      "validation_failed",
    ],
    [
      "SQL in a reference",
      () => api.get(`/api/v1/resolve?ref=${encodeURIComponent("fraud/x'; DROP TABLE models; --")}`),
      400,
      "validation_failed",
    ],
    ["resolve without a reference", () => api.get("/api/v1/resolve"), 400, "validation_failed"],
    [
      "If-Match that is not an ETag",
      () =>
        api.patch(`/api/v1/models/${ref}`, {
          data: { description: "x" },
          headers: { "if-match": "garbage" },
        }),
      412,
      "precondition_failed",
    ],
    [
      "invalid alias name",
      () =>
        api.put(`/api/v1/models/${ref}/aliases/${encodeURIComponent("Bad Alias!")}`, {
          data: { version: 1 },
        }),
      400,
      "validation_failed",
    ],
    [
      "alias to a version that does not exist",
      () => api.put(`/api/v1/models/${ref}/aliases/challenger`, { data: { version: 999 } }),
      404,
      "not_found",
    ],
    [
      "no metric points",
      () => api.post(`${versions}/1/metrics`, { data: { points: [] } }),
      400,
      "validation_failed",
    ],
    [
      "metric timestamp that is not a date",
      () =>
        api.post(`${versions}/1/metrics`, { data: { points: [{ key: "a", value: 1, timestamp: "soon" }] } }),
      400,
      "validation_failed",
    ],
  ];

  const failures: string[] = [];
  for (const [what, call, status, code] of cases) {
    const res = await call();
    const error = await apiError(res);
    if (res.status() >= 500) failures.push(`${what}: ${res.status()} (a 5xx)`);
    else if (res.status() !== status || error?.code !== code)
      failures.push(`${what}: ${res.status()} ${error?.code}, expected ${status} ${code}`);
    else if (!error?.requestId || !error.message)
      failures.push(`${what}: error body without message/requestId`);
  }
  expect(failures).toEqual([]);

  // Nothing was created by any refused call.
  expect(await versionCount()).toBe(before);
  for (const name of [names.big, names.key])
    await expect(client.models.get(`fraud/${name}`)).rejects.toMatchObject({ status: 404 });
  expect((await client.models.search({ q: "modèle" })).items).toEqual([]);

  // LIKE/SQL metacharacters in q and tag values are literal text, not patterns.
  for (const q of ["%", "_", "' OR 1=1 --", '"; SELECT pg_sleep(1); --'])
    expect((await client.models.search({ q })).items, `q=${q}`).toEqual([]);
  expect((await client.models.search({ tags: { owner: "' OR '1'='1" } })).items).toEqual([]);
});

test("another team's model is a 404, the same answer as a model that does not exist", async ({ browser }) => {
  // viewer@ belongs to growth only; the demo seed has fraud/transaction-scorer.
  const viewer = await signIn(browser, "viewer");
  try {
    const v = viewer.client();
    const calls: [string, () => Promise<unknown>][] = [
      ["get fraud model", () => v.models.get("fraud/transaction-scorer")],
      ["get missing model", () => v.models.get("fraud/does-not-exist")],
      ["get model of a missing team", () => v.models.get("nope/x")],
      ["list versions", () => v.versions.list("fraud/transaction-scorer")],
      ["resolve", () => v.resolve("fraud/transaction-scorer@latest")],
      ["aliases", () => v.aliases.list("fraud/transaction-scorer")],
    ];
    for (const [what, call] of calls) {
      const e = (await call().catch((x) => x)) as ModelgateApiError;
      expect(e, what).toBeInstanceOf(ModelgateApiError);
      expect({ status: e.status, code: e.code }, what).toEqual({ status: 404, code: "not_found" });
    }
    const visible = await v.models.search({ limit: 200 });
    expect(visible.items.length).toBeGreaterThan(0);
    expect(visible.items.every((m) => m.team === "growth")).toBe(true);
    const me = await v.me();
    expectShape("me", me);
    expect(Object.values(me.teamRoles)).toEqual(["viewer"]);
    // A viewer can read, not create.
    const refused = await v.models.create({ team: "growth", name: uniqueName("e2e-viewer") }).catch((x) => x);
    expect(refused).toMatchObject({ status: 403, code: "forbidden" });
  } finally {
    await viewer.context.close();
  }
  await expect(client.models.get("nope/x")).rejects.toMatchObject({ status: 404, code: "not_found" });
});

test("aliases, version filters, online metrics and search through the client", async () => {
  const model = await newModel("e2e-alias");
  const v1 = await client.versions.register(model.fullName, { metrics: [{ key: "auc", value: 0.81 }] });
  const v2 = await client.versions.register(model.fullName, { metrics: [{ key: "auc", value: 0.92 }] });
  expect(v2.version).toBe(v1.version + 1);

  const set = await client.aliases.set(model.fullName, "challenger", v2.version);
  expectShape("setAlias", set);
  expect(set).toEqual({ alias: "challenger", version: v2.version, changed: true });
  expect((await client.aliases.set(model.fullName, "challenger", v2.version)).changed).toBe(false);
  const aliases = await client.aliases.list(model.fullName);
  expectShape("listAliases", { items: aliases });
  expect(aliases.find((a) => a.name === "challenger")).toMatchObject({
    version: v2.version,
    protected: false,
  });
  expect((await client.resolve(`${model.fullName}@challenger`)).version).toBe(v2.version);
  expect((await client.resolve(`${model.fullName}/${v1.version}`)).version).toBe(v1.version);

  // champion is protected: it moves only through an approved promotion request.
  const champion = await client.aliases.set(model.fullName, "champion", v1.version).catch((e) => e);
  expect(champion).toBeInstanceOf(ModelgateApiError);
  expect(champion.status).toBeGreaterThanOrEqual(400);
  expect(champion.status).toBeLessThan(500);

  const page = await client.versions.list(model.fullName, { metric: "auc>=0.9" });
  expectShape("listVersions", page);
  expect(page.items.map((v) => v.version)).toEqual([v2.version]);

  const logged = await client.metrics.log(`${model.fullName}/${v2.version}`, [
    { key: "latency_ms", value: 12.5 },
    { key: "latency_ms", value: 13.1, timestamp: new Date("2026-01-01T00:00:00Z") },
  ]);
  expectShape("logMetrics", logged);
  expect(logged).toEqual({ accepted: 2 });

  expect(await client.aliases.delete(model.fullName, "challenger")).toEqual({ deleted: true });
  await expect(client.resolve(`${model.fullName}@challenger`)).rejects.toMatchObject({ status: 404 });

  await client.models.update(model.fullName, { tags: { suite: "alias" } });
  const found = await client.models.search({ q: model.name, tags: { suite: "alias" } });
  expectShape("searchModels", found);
  expect(found.items.map((m) => m.fullName)).toEqual([model.fullName]);
  const all: string[] = [];
  for await (const m of client.models.iterate({ team: "fraud", limit: 2 })) all.push(m.fullName);
  expect(all).toContain(model.fullName);
  expect(new Set(all).size).toBe(all.length);
});
