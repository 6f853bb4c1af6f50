import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { allErrorCodes } from "@modelgate/core";
import { describe, expect, it } from "vitest";
import type { Contract } from "@/server/contract";
import { contracts } from "@/server/contracts";
import { buildOpenApiDocument, errorCodesOf } from "@/server/openapi";

const apiDir = join(import.meta.dirname, "..", "src", "app", "api");
/** next-auth's own endpoints are not part of our API. */
const notOurs = ["auth/[...nextauth]"];

function routeDirs(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.name === "route.ts") ? [dir] : [];
  return [...here, ...entries.filter((e) => e.isDirectory()).flatMap((e) => routeDirs(join(dir, e.name)))];
}

const methodsOf = (source: string) =>
  [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/g)]
    .map((m) => m[1])
    .sort();

/** `v1/models/[team]/[name]` → `/api/v1/models/{team}/{name}` (a catch-all `[...path]` → `{path}`). */
const templateOf = (dir: string) =>
  `/api/${relative(apiDir, dir)
    .split("/")
    .map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"))
    .join("/")}`;

const dirs = routeDirs(apiDir).filter((d) => !notOurs.includes(relative(apiDir, d)));

describe("every route has a contract and every contract a route", () => {
  it.each(dirs.map((d) => [relative(apiDir, d), d]))("%s", async (_name, dir) => {
    const routeMethods = methodsOf(readFileSync(join(dir, "route.ts"), "utf8"));
    const module = (await import(join(dir, "contract.ts"))) as Record<string, Contract>;
    expect(Object.keys(module).sort(), "the contract exports one contract per handler").toEqual(routeMethods);
    for (const [method, c] of Object.entries(module)) {
      expect(c.method).toBe(method);
      expect(c.path).toBe(templateOf(dir));
      expect(contracts, `${c.operationId} is listed in server/contracts.ts`).toContain(c);
    }
  });

  it("lists no contract without a route", () => {
    const routed = new Set(dirs.map(templateOf));
    expect(contracts.filter((c) => !routed.has(c.path)).map((c) => c.operationId)).toEqual([]);
  });

  it("gives every JSON body a valid example (the contract tests send it)", () => {
    for (const c of contracts.filter((c) => c.body)) {
      expect(c.example, `${c.operationId} has an example`).toBeDefined();
      expect(c.body!.safeParse(c.example).error?.issues, `${c.operationId}'s example`).toBeUndefined();
    }
  });

  it("names each operation once", () => {
    const ids = contracts.map((c) => c.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    components: {
      schemas: Record<
        string,
        { properties?: Record<string, { properties?: { code?: { enum?: string[] } } }> }
      >;
    };
  };

  it("has every operation of the contracts", () => {
    const ops = Object.values(doc.paths).flatMap((m) => Object.values(m).map((o) => o.operationId));
    expect(ops.sort()).toEqual(contracts.map((c) => c.operationId).sort());
  });

  it("names the response shapes as components", () => {
    for (const name of [
      "Model",
      "Version",
      "Artifact",
      "Alias",
      "TransitionRequest",
      "AuditEvent",
      "Webhook",
      "Error",
    ])
      expect(Object.keys(doc.components.schemas)).toContain(name);
  });

  it("documents the error code as the codes core uses", () => {
    const code = doc.components.schemas.Error?.properties?.error?.properties?.code;
    expect(code?.enum?.sort()).toEqual([...allErrorCodes].sort());
  });

  it("lists each operation's error statuses from its options", () => {
    const byId = new Map(contracts.map((c) => [c.operationId, c]));
    for (const methods of Object.values(doc.paths))
      for (const op of Object.values(methods)) {
        const c = byId.get(op.operationId)!;
        const statuses = Object.keys(op.responses).filter((s) => Number(s) >= 400);
        if (c.ifMatch) expect(statuses).toEqual(expect.arrayContaining(["412", "428"]));
        if (c.body) expect(statuses).toEqual(expect.arrayContaining(["413", "415"]));
        if (c.idempotent) expect(errorCodesOf(c)).toEqual(expect.arrayContaining(["idempotency_in_flight"]));
        if (c.public) expect(statuses).not.toContain("401");
        else expect(statuses).toEqual(expect.arrayContaining(["401", "403"]));
      }
  });
});
