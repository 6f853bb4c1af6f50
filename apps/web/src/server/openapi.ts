/**
 * The OpenAPI 3.1 document, built from the operations' contracts (contracts.ts) with zod-openapi:
 * it renders zod 4's own JSON Schema (what validates a request is what the document says), turns
 * every schema with `.meta({ id })` into a named component, and keeps our contracts plain objects
 * (no registry to feed, no monkey-patching). No Next.js imports: scripts/write-openapi.ts runs it.
 */
import { type ErrorCode, errorCodes } from "@modelgate/core";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { errorDto } from "./api-schemas";
import type { Contract } from "./contract";
import { contracts } from "./contracts";

const statusText: Record<number, string> = {
  400: "Invalid input (details.fields names each problem)",
  401: "Not authenticated",
  403: "Authenticated but not allowed",
  404: "Not found — also for other teams' resources",
  409: "Conflict with the resource's state",
  412: "If-Match does not match",
  413: "Body too large",
  415: "Wrong content type",
  416: "Range outside the file",
  422: "Unprocessable",
  428: "If-Match required",
  429: "Too many requests",
  500: "Something went wrong on our side",
  503: "A dependency (the artifact store) is unavailable",
};

/** The error codes an operation can answer: implied by its options, plus the ones it names. */
export function errorCodesOf(c: Contract): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  if (!c.public) codes.add("unauthenticated").add("forbidden");
  if (c.params || c.query || c.body || c.rawBody) codes.add("validation_failed");
  if (c.params) codes.add("not_found");
  if (c.body) codes.add("unsupported_media_type").add("payload_too_large");
  if (c.idempotent) codes.add("idempotency_in_flight").add("unprocessable");
  if (c.ifMatch) codes.add("precondition_required").add("precondition_failed");
  for (const code of c.errors ?? []) codes.add(code);
  codes.add("internal");
  return [...codes];
}

function errorResponses(c: Contract) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(c)) {
    const status = errorCodes[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      {
        description: `${statusText[status] ?? "Error"}: ${codes.map((k) => `\`${k}\``).join(", ")}`,
        content: { "application/json": { schema: errorDto } },
      },
    ]),
  );
}

const idempotencyHeader = z
  .string()
  .max(255)
  .optional()
  .describe("Retries with the same key and body return the first answer (kept 24 h).");
const ifMatchHeader = z.string().describe("The ETag of the resource as you read it.");

function okResponse(c: Contract) {
  const r = c.response;
  const description = r.description ?? "OK";
  if ("binary" in r)
    return {
      description,
      content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
    };
  if ("text" in r)
    return { description, content: Object.fromEntries(r.text.map((type) => [type, { schema: z.string() }])) };
  return {
    description,
    content: {
      "application/json": { schema: r.schema },
      ...Object.fromEntries((r.alsoText ?? []).map((type) => [type, { schema: z.string() }])),
    },
  };
}

function operation(c: Contract): ZodOpenApiOperationObject {
  const header = {
    ...(c.idempotent ? { "Idempotency-Key": idempotencyHeader } : {}),
    ...(c.ifMatch ? { "If-Match": ifMatchHeader } : {}),
  };
  return {
    operationId: c.operationId,
    summary: c.summary,
    ...(c.description ? { description: c.description } : {}),
    tags: [c.tag],
    ...(c.public ? { security: [] } : {}),
    requestParams: {
      ...(c.params ? { path: c.params } : {}),
      ...(c.query ? { query: c.query } : {}),
      ...(Object.keys(header).length ? { header: z.object(header) } : {}),
    },
    ...(c.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: c.body,
                ...(c.example !== undefined ? { example: c.example } : {}),
              },
            },
          },
        }
      : {}),
    ...(c.rawBody
      ? {
          requestBody: {
            required: true,
            content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
          },
        }
      : {}),
    responses: { [String(c.response.status)]: okResponse(c), ...errorResponses(c) },
  };
}

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const c of contracts) {
    paths[c.path] ??= {};
    (paths[c.path] as Record<string, ZodOpenApiOperationObject>)[c.method.toLowerCase()] = operation(c);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Modelgate API",
      version: "1",
      description:
        "The governed model registry. Authenticate with `Authorization: Bearer mg_…` (an API token) or a browser session.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API token (mg_…)" } },
    },
    paths,
  });
}
