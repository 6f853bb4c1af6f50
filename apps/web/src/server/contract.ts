/**
 * An API operation's contract: everything a caller may send and be answered, in zod. The route
 * wrapper (api-route.ts) parses with it and types the handler by it; openapi.ts builds the
 * document from all of them (contracts.ts); the e2e contract tests iterate over that document.
 * No Next.js imports: scripts/write-openapi.ts loads contracts directly.
 */
import type { ErrorCode } from "@modelgate/core";
import { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A JSON answer described by a schema, a stream of bytes, or text in one of some media types. */
export type ContractResponse =
  | {
      status: 200 | 201;
      schema: z.ZodType;
      description?: string;
      /** Other media types the same answer may come in (e.g. `?format=pem`): the handler builds those. */
      alsoText?: string[];
    }
  | { status: 200 | 201; binary: true; description?: string }
  | { status: 200; text: string[]; description?: string };

export interface Contract {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. /api/v1/models/{team}/{name}; must match the route's folder. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Path parameters (strings as they arrive; parse numbers here). */
  params?: z.ZodObject;
  /** Query parameters: a key whose schema is an array is repeatable (`?tag=a&tag=b`). */
  query?: z.ZodObject;
  /** A JSON body (415 unless application/json, 413 over 1 MiB). */
  body?: z.ZodType;
  /** A valid body, shown in the document; the contract tests send it to reach authorization. */
  example?: unknown;
  /** A streamed binary body the handler reads itself (uploads). */
  rawBody?: true;
  response: ContractResponse;
  /** Domain error codes this operation answers beyond the ones its options imply. */
  errors?: readonly ErrorCode[];
  /** A creating call: honours Idempotency-Key. */
  idempotent?: true;
  /** An update of a mutable resource: requires If-Match with the ETag read before. */
  ifMatch?: true;
  /** Answers carry `ETag: W/"<revision>"` taken from the body's revision. */
  etag?: true;
  /** No authentication (published data only; list it in proxy.ts). */
  public?: true;
}

/** Identity function that keeps the literal types a handler's typing depends on. */
export function defineContract<const C extends Contract>(contract: C): C {
  return contract;
}

type Out<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export type ParamsOf<C extends Contract> = Out<C["params"]>;
export type QueryOf<C extends Contract> = Out<C["query"]>;
export type BodyOf<C extends Contract> = C["body"] extends z.ZodType ? z.output<C["body"]> : undefined;
/** What a handler returns: the response schema's input for JSON answers, else a Response it built. */
export type ResultOf<C extends Contract> = C["response"] extends { schema: infer S extends z.ZodType }
  ? z.input<S> | Reply<z.input<S>> | (C["response"] extends { alsoText: string[] } ? Response : never)
  : Response;

/** A JSON answer with headers or a status other than the contract's (e.g. Location, Cache-Control). */
export class Reply<T> {
  constructor(
    readonly body: T,
    readonly init: { status?: number; headers?: Record<string, string> } = {},
  ) {}
}
export const reply = <T>(body: T, init?: { status?: number; headers?: Record<string, string> }) =>
  new Reply(body, init);

// ---- Schemas for path and query strings -----------------------------------------------------

/** A whole number in a path or query string (`?limit=20`). */
export const intString = (min = 0, max = 999_999_999) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : v),
    z.number().int().min(min).max(max),
  );

/** `true`/`1` or `false`/`0` in a query string (documented as a boolean). */
export const boolString = () =>
  z.preprocess(
    (v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v),
    z.boolean(),
  );

/** A version number in a path: 1, 2, … */
export const versionParam = intString(1).describe("Version number (1, 2, …)");

/** An ISO-8601 timestamp in a query (no zone = UTC). */
export const isoQuery = z.string().max(40);

/** A page of items and the cursor of the next one (null: the last page). */
export const page = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

/** The common path parameters. */
export const modelParams = z.object({
  team: z.string().describe("Team slug"),
  name: z.string().describe("Model name"),
});
export const versionParams = modelParams.extend({ version: versionParam });
export const teamParams = z.object({ team: z.string().describe("Team slug") });

export const M = "/api/v1/models/{team}/{name}";
export const V = `${M}/versions/{version}`;
