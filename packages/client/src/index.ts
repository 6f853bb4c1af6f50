/**
 * @modelgate/client — typed HTTP client for the Modelgate REST API. No runtime dependencies.
 */

export interface ApiErrorBody {
  error: { code: string; message: string; requestId: string; details?: Record<string, unknown> };
}

/** An error answered by the server, with its stable code and the request id to quote in support. */
export class ModelgateApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ModelgateApiError";
  }
}

export interface Health {
  status: "ok" | "degraded";
  db: "pglite" | "postgres";
  migrations: "up-to-date" | "pending";
}

export interface Me {
  type: "user" | "token";
  userId: string;
  name: string;
  email?: string;
  orgRole?: string;
  teamRoles: Record<string, string>;
}

export interface ClientOptions {
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
}

export function createClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;

  async function request<T>(method: string, path: string): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await doFetch(`${base}${path}`, { method, headers });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    if (!res.ok) {
      const err = (body as ApiErrorBody | undefined)?.error;
      throw new ModelgateApiError(
        res.status,
        err?.code ?? "http_error",
        err?.message ?? `HTTP ${res.status}`,
        err?.requestId ?? res.headers.get("x-request-id") ?? undefined,
        err?.details,
      );
    }
    return body as T;
  }

  return {
    /** Liveness and database status; needs no token. */
    health: () => request<Health>("GET", "/api/health"),
    /** The identity and team roles the server resolved for this token. */
    me: () => request<Me>("GET", "/api/v1/me"),
  };
}

export type ModelgateClient = ReturnType<typeof createClient>;
