import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";

/**
 * Checks real answers against the committed OpenAPI document (the one the client's types are
 * generated from and the server builds from its contracts), with ajv: JSON Schema 2020-12, which
 * OpenAPI 3.1 schemas are. Closed objects in the document reject undeclared keys.
 */
type Operation = {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};
export const openapi = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "..", "packages", "client", "openapi.json"), "utf8"),
) as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

// `example` and `format: binary` are OpenAPI vocabulary, not JSON Schema's.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: "openapi", components: openapi.components });
const rebase = (schema: object) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;

export const operations = Object.entries(openapi.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, ...op })),
);

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
/** The validator of an operation's answer with this status (its success answer by default). */
export function validatorOf(operationId: string, status?: number) {
  const key = `${operationId} ${status ?? "ok"}`;
  let v = validators.get(key);
  if (!v) {
    const op = operations.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`No operation ${operationId} in openapi.json`);
    const response =
      status === undefined ? (op.responses["200"] ?? op.responses["201"]) : op.responses[String(status)];
    const schema = response?.content?.["application/json"]?.schema;
    if (!schema) throw new Error(`${operationId} documents no JSON answer for ${status ?? "success"}`);
    v = ajv.compile(rebase(schema));
    validators.set(key, v);
  }
  return v;
}

export function shapeErrors(operationId: string, value: unknown, status?: number): string[] {
  const validate = validatorOf(operationId, status);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "$"} ${e.message}`);
}

/** Asserts that `value` is a valid answer of the operation (its success answer by default). */
export function expectShape(operationId: string, value: unknown, status?: number) {
  expect(shapeErrors(operationId, value, status), `${operationId} response shape`).toEqual([]);
}
