import { type APIRequestContext, expect, request as newRequest, test } from "@playwright/test";
import { expectShape, operations } from "./openapi-shape";
import { baseUrl, signIn, uniqueName } from "./session";

/**
 * Tests generated from the OpenAPI document (built from the operations' contracts): every
 * operation without credentials → 401; with another team's resource → 404; every write with a
 * viewer's session → 403; each class of malformed input → 400 (413, 415). Every answer's body is
 * checked against the document's error response for that status, so an answer the contract does
 * not declare fails too. Real resources from the demo seed fill the path parameters.
 */
type Op = (typeof operations)[number] & {
  security?: unknown[];
  parameters?: { name: string; in: string; schema: { type?: string; enum?: unknown[] } }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
};
const ops = operations as Op[];
const isPublic = (op: Op) => Array.isArray(op.security) && op.security.length === 0;
const jsonBody = (op: Op) => op.requestBody?.content["application/json"];
const rawBody = (op: Op) => Boolean(op.requestBody?.content["application/octet-stream"]);
const header = (op: Op, name: string) => op.parameters?.some((p) => p.in === "header" && p.name === name);
/** If-Match is checked before the body: send one so the body's own checks answer. */
const preconditions = (op: Op): Record<string, string> =>
  header(op, "If-Match") ? { "if-match": 'W/"1"' } : {};
const query = (op: Op) => op.parameters?.filter((p) => p.in === "query") ?? [];
/** Operations on one team's resources: a non-member must not learn they exist. */
const teamScoped = (op: Op) =>
  op.path.includes("{team}") ||
  op.path.startsWith("/api/v1/requests/{id}") ||
  ["createModel", "resolve"].includes(op.operationId);

type World = Record<
  "team" | "name" | "version" | "path" | "alias" | "key" | "requestId" | "webhookId" | "eventId",
  string
>;

let maintainer: APIRequestContext;
let viewer: APIRequestContext;
let anonymous: APIRequestContext;
const worlds: Record<"fraud" | "growth", World> = {} as never;

async function json<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** A model with an uploaded artifact, a transition request, a webhook with an event, a metric definition. */
async function discover(team: "fraud" | "growth"): Promise<World> {
  const name = uniqueName("contracts");
  const path = "model/weights.bin";
  await json(await maintainer.post("/api/v1/models", { data: { team, name } }));
  await json(
    await maintainer.post(`/api/v1/models/${team}/${name}/versions`, { data: { artifacts: [{ path }] } }),
  );
  await json(
    await maintainer.put(`/api/v1/models/${team}/${name}/versions/1/artifacts/${path}`, {
      headers: { "content-type": "application/octet-stream" },
      data: Buffer.from("weights"),
    }),
  );
  const found = { name, path };
  const requestId = (
    await json<{ id: string }>(
      await maintainer.post(`/api/v1/models/${team}/${name}/versions/1/transitions`, {
        data: { toStage: "staging", reason: "contract tests need a request in every team" },
      }),
    )
  ).id;
  const hooks = await json<{ items: { id: string }[] }>(
    await maintainer.get(`/api/v1/teams/${team}/webhooks`),
  );
  const webhookId =
    hooks.items[0]?.id ??
    (
      await json<{ webhook: { id: string } }>(
        await maintainer.post(`/api/v1/teams/${team}/webhooks`, {
          data: { url: "http://127.0.0.1:9/contract-tests", events: ["model.created"] },
        }),
      )
    ).webhook.id;
  const sent = await json<{ eventId: string }>(
    await maintainer.post(`/api/v1/teams/${team}/webhooks/${webhookId}/test`),
  );
  const key = "contract_test_auc";
  await json(
    await maintainer.put(`/api/v1/teams/${team}/metric-definitions/${key}`, {
      data: { displayName: "AUC", unit: "", direction: "higher", description: "" },
    }),
  );
  return {
    team,
    name: found.name,
    version: "1",
    path: found.path,
    alias: "champion",
    key,
    requestId,
    webhookId,
    eventId: sent.eventId,
  };
}

function urlOf(op: Op, w: World, override: Partial<Record<string, string>> = {}) {
  const value = (name: string) => {
    if (name in override) return override[name]!;
    if (name === "id") return op.path.startsWith("/api/v1/requests") ? w.requestId : w.webhookId;
    if (name === "seq") return "1";
    if (name === "path") return w.path.split("/").map(encodeURIComponent).join("/");
    return encodeURIComponent(w[name as keyof World]);
  };
  let url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
  if (op.operationId === "resolve") url += `?ref=${encodeURIComponent(`${w.team}/${w.name}@latest`)}`;
  if (op.operationId === "onlineMetrics") url += "?versions=1&key=latency_ms";
  return url;
}

/** A request that passes every check the wrapper makes before the service authorizes it. */
async function call(ctx: APIRequestContext, op: Op, w: World, init: { url?: string; data?: unknown } = {}) {
  const headers = preconditions(op);
  let data: unknown;
  if (jsonBody(op)) {
    const example = structuredClone(jsonBody(op)!.example) as Record<string, unknown>;
    if (example && "team" in example) example.team = w.team;
    if (op.operationId === "redeliverWebhookEvent") example.eventId = w.eventId;
    data = init.data ?? example;
  } else if (rawBody(op)) {
    headers["content-type"] = "application/octet-stream";
    data = Buffer.from("contract test bytes");
  }
  return ctx.fetch(init.url ?? urlOf(op, w), { method: op.method.toUpperCase(), headers, data });
}

async function expectError(res: Awaited<ReturnType<typeof call>>, op: Op, status: number, code?: string) {
  const text = await res.text();
  expect(res.status(), `${op.operationId}: ${text.slice(0, 300)}`).toBe(status);
  const body = JSON.parse(text) as { error: { code: string } };
  expectShape(op.operationId, body, status);
  if (code) expect(body.error.code).toBe(code);
  return body;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  maintainer = (await signIn(browser, "maintainer")).request;
  viewer = (await signIn(browser, "viewer")).request; // growth's viewer, not in fraud
  anonymous = await newRequest.newContext({ baseURL: baseUrl });
  worlds.fraud = await discover("fraud");
  worlds.growth = await discover("growth");
});

test.afterAll(async () => {
  await anonymous?.dispose();
});

test.describe("without credentials → 401", () => {
  for (const op of ops.filter((o) => !isPublic(o)))
    test(`${op.operationId}`, async () => {
      await expectError(await call(anonymous, op, worlds.fraud), op, 401, "unauthenticated");
    });
});

test.describe("another team's resource → 404", () => {
  for (const op of ops.filter((o) => !isPublic(o) && teamScoped(o)))
    test(`${op.operationId}`, async () => {
      await expectError(await call(viewer, op, worlds.fraud), op, 404, "not_found");
    });
});

test.describe("a viewer writing in its own team → 403", () => {
  for (const op of ops.filter((o) => !isPublic(o) && o.method !== "get"))
    test(`${op.operationId}`, async () => {
      await expectError(await call(viewer, op, worlds.growth), op, 403, "forbidden");
    });
});

test.describe("malformed input → 400 with the error body", () => {
  const withJson = ops.filter((o) => jsonBody(o));
  for (const op of withJson) {
    test(`${op.operationId}: a body that is not JSON`, async () => {
      const res = await maintainer.fetch(urlOf(op, worlds.growth), {
        method: op.method.toUpperCase(),
        headers: { "content-type": "application/json", ...preconditions(op) },
        data: '{"unterminated": ',
      });
      await expectError(res, op, 400, "validation_failed");
    });
    test(`${op.operationId}: JSON of the wrong shape`, async () => {
      await expectError(
        await call(maintainer, op, worlds.growth, { data: [1, 2, 3] }),
        op,
        400,
        "validation_failed",
      );
    });
    test(`${op.operationId}: text with a NUL`, async () => {
      const example = jsonBody(op)!.example as Record<string, unknown>;
      const key = Object.keys(example).find((k) => typeof example[k] === "string" && k !== "team");
      test.skip(!key, "the example has no free text field");
      const body = await expectError(
        await call(maintainer, op, worlds.growth, {
          data: {
            ...example,
            ...("team" in example ? { team: worlds.growth.team } : {}),
            [key!]: "a\u0000b",
          },
        }),
        op,
        400,
        "validation_failed",
      );
      expect(JSON.stringify(body)).toContain("NUL");
    });
    test(`${op.operationId}: JSON nested 100,000 deep, with a NUL at the bottom`, async () => {
      const deep = `${"[".repeat(100_000)}"a\\u0000b"${"]".repeat(100_000)}`;
      const res = await maintainer.fetch(urlOf(op, worlds.growth), {
        method: op.method.toUpperCase(),
        headers: { "content-type": "application/json", ...preconditions(op) },
        data: deep,
      });
      expect(JSON.stringify(await expectError(res, op, 400, "validation_failed"))).toContain("NUL");
    });
    test(`${op.operationId}: not JSON at all → 415`, async () => {
      const res = await maintainer.fetch(urlOf(op, worlds.growth), {
        method: op.method.toUpperCase(),
        headers: { "content-type": "text/plain", ...preconditions(op) },
        data: "hello",
      });
      await expectError(res, op, 415, "unsupported_media_type");
    });
    test(`${op.operationId}: over 1 MiB → 413`, async () => {
      const res = await maintainer.fetch(urlOf(op, worlds.growth), {
        method: op.method.toUpperCase(),
        headers: { "content-type": "application/json", ...preconditions(op) },
        data: JSON.stringify({ description: "x".repeat(1024 * 1024 + 1) }),
      });
      await expectError(res, op, 413, "payload_too_large");
    });
  }

  for (const op of ops.filter((o) => query(o).some((p) => p.schema.type === "integer" || p.schema.enum))) {
    test(`${op.operationId}: a query value of the wrong type`, async () => {
      const p = query(op).find((q) => q.schema.type === "integer" || q.schema.enum)!;
      const url = urlOf(op, worlds.growth);
      const res = await call(maintainer, op, worlds.growth, {
        url: `${url}${url.includes("?") ? "&" : "?"}${p.name}=not-a-${p.schema.type ?? "value"}`,
      });
      await expectError(res, op, 400, "validation_failed");
    });
  }

  for (const op of ops.filter(
    (o) => !isPublic(o) && query(o).some((p) => p.schema.type === "string" && !p.schema.enum),
  )) {
    test(`${op.operationId}: a NUL in a query string`, async () => {
      const p = query(op).find((q) => q.schema.type === "string" && !q.schema.enum)!;
      const url = urlOf(op, worlds.growth).replace(new RegExp(`[?&]${p.name}=[^&]*`), "");
      const res = await call(maintainer, op, worlds.growth, {
        url: `${url}${url.includes("?") ? "&" : "?"}${p.name}=a%00b`,
      });
      await expectError(res, op, 400, "validation_failed");
    });
  }

  for (const op of ops.filter((o) => o.path.includes("{version}")))
    test(`${op.operationId}: a version that is not a number`, async () => {
      const res = await call(maintainer, op, worlds.growth, {
        url: urlOf(op, worlds.growth, { version: "v1" }),
      });
      await expectError(res, op, 400, "validation_failed");
    });

  for (const op of ops.filter((o) => o.path.includes("{name}")))
    test(`${op.operationId}: a NUL in the path`, async () => {
      const res = await call(maintainer, op, worlds.growth, {
        url: urlOf(op, worlds.growth, { name: "a%00b" }),
      });
      await expectError(res, op, 400, "validation_failed");
    });
});
