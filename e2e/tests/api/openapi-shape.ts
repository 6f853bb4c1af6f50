import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";

/**
 * Checks real responses against the committed OpenAPI document (the one the client's types are
 * generated from): types, required keys, enums, and no undeclared keys where the schema is closed.
 */
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  additionalProperties?: Schema | boolean;
}

export const openapi = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "..", "packages", "client", "openapi.json"), "utf8"),
) as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>> };

function responseSchema(operationId: string): Schema {
  for (const methods of Object.values(openapi.paths))
    for (const op of Object.values(methods)) {
      if (op.operationId !== operationId) continue;
      const ok = (op.responses["200"] ?? op.responses["201"]) as {
        content: Record<string, { schema: Schema }>;
      };
      return ok.content["application/json"]!.schema;
    }
  throw new Error(`No operation ${operationId} in openapi.json`);
}

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

export function shapeErrors(value: unknown, schema: Schema, at = "$"): string[] {
  if (schema.anyOf)
    return schema.anyOf.some((s) => shapeErrors(value, s, at).length === 0)
      ? []
      : [`${at}: matches none of the allowed shapes`];
  if (schema.enum && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not in the enum`];
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length && !types.some((t) => typeMatches(value, t)))
    return [`${at}: expected ${types.join(" | ")}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  const errors: string[] = [];
  if (typeMatches(value, "object")) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${at}.${key}: missing`);
    for (const [key, v] of Object.entries(obj)) {
      const s =
        schema.properties?.[key] ??
        (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
      if (s) errors.push(...shapeErrors(v, s, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not declared`);
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((v, i) => {
      errors.push(...shapeErrors(v, schema.items!, `${at}[${i}]`));
    });
  return errors;
}

/** Asserts that `value` is a valid success answer of the operation. */
export function expectShape(operationId: string, value: unknown) {
  expect(shapeErrors(value, responseSchema(operationId)), `${operationId} response shape`).toEqual([]);
}
