/**
 * How figures are taken: autocannon for throughput and latency under load (saturated, or at a
 * fixed arrival rate), a sequential loop for p50/p95 of single requests, and a closed loop of
 * raw postgres.js statements for the database baseline.
 */
import { spawn } from "node:child_process";
import { Agent, request as httpRequest } from "node:http";
import { join } from "node:path";
import autocannon from "autocannon";
import type postgres from "postgres";

export interface LoadResult {
  /** Successful (2xx) responses per second. */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

export interface LoadOptions {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  connections?: number;
  seconds: number;
  /** Fixed arrival rate (req/s) across all connections; omitted = saturate. */
  rate?: number;
  /** A body per request (rotating targets), e.g. registrations into many models. */
  requests?: autocannon.Request[];
  body?: string;
}

export async function load(o: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({
    url: o.url,
    method: o.method ?? "GET",
    headers: o.headers,
    body: o.body,
    connections: o.connections ?? 10,
    duration: o.seconds,
    overallRate: o.rate,
    // Its correction assumes a 1 ms interval whatever the rate; record what was measured.
    ignoreCoordinatedOmission: o.rate !== undefined,
    requests: o.requests,
    timeout: 30,
  });
  const ok = r["2xx"];
  return {
    rps: ok / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    seconds: r.duration,
  };
}

/**
 * Requests at a fixed arrival rate, evenly spaced (an open loop): request k is due at k / rate
 * seconds and its latency counts from then, so a server that falls behind is charged for the
 * wait (no coordinated omission). autocannon's `-R` is not this: each connection sends its whole
 * per-second quota back to back at the top of every second, a burst as deep as the connection
 * count, and its latency correction assumes a 1 ms interval — so we take the fixed-rate figures
 * here and keep autocannon for saturation.
 */
export interface FixedRateRequest {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export async function fixedRate(o: {
  /** The server, e.g. http://127.0.0.1:3900 */
  url: string;
  /** The k-th request. */
  request: (k: number) => FixedRateRequest;
  rate: number;
  seconds: number;
  /** Sockets kept open; requests beyond them queue in the client (and that wait counts). */
  sockets?: number;
  /** Every answered request: when it was due (ms since the start) and how long it took. */
  onLatency?: (dueMs: number, ms: number) => void;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.sockets ?? 64 });
  const target = new URL(o.url);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  const total = Math.round(o.rate * o.seconds);
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  const send = (k: number, due: number) => {
    const r = o.request(k);
    const p = new Promise<void>((resolve) => {
      const attempt = (retried: boolean) => {
        const req = httpRequest(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: r.path,
            method: r.method ?? "GET",
            headers: r.headers,
          },
          (res) => {
            res.resume();
            res.on("end", () => {
              if ((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300) {
                latencies.push(performance.now() - due);
                o.onLatency?.(due - started, performance.now() - due);
              } else non2xx++;
              resolve();
            });
          },
        );
        req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
        req.on("error", (e: NodeJS.ErrnoException) => {
          // The keep-alive race: the server closed an idle socket just as it was reused. Node's
          // documented remedy is to send again (once); the wait still counts from `due`.
          if (!retried && req.reusedSocket && e.code === "ECONNRESET") return attempt(true);
          errors++;
          resolve();
        });
        req.end(r.body);
      };
      attempt(false);
    });
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
  };
  while (sent < total) {
    const now = performance.now();
    const due = Math.min(total, Math.floor(((now - started) / 1000) * o.rate) + 1);
    while (sent < due) {
      send(sent, started + (sent * 1000) / o.rate);
      sent++;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const p = percentiles(latencies);
  return {
    rps: latencies.length / seconds,
    p50: p.p50,
    p99: p.p99,
    max: p.max,
    requests: sent,
    errors,
    non2xx,
    seconds,
  };
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

export function percentiles(ms: number[]): Percentiles {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: s.at(-1)!, n: s.length };
}

export interface TimedRequest {
  /** Latencies of the timed runs. */
  timing: Percentiles;
  /** `x-sql-statements` of the last response. */
  statements: number | null;
  status: number;
  body: unknown;
}

/**
 * One request after another (`runs` timed after `warmup`): the latency a user sees when the
 * server is not otherwise busy. Every response must be 2xx.
 */
export async function sequential(
  url: string,
  init: RequestInit,
  runs: number,
  warmup = Math.min(5, runs),
): Promise<TimedRequest> {
  const ms: number[] = [];
  let last: Response | undefined;
  let body: unknown;
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    last = await fetch(url, init);
    const text = await last.text();
    const took = performance.now() - t0;
    if (!last.ok)
      throw new Error(`${init.method ?? "GET"} ${url} answered ${last.status}: ${text.slice(0, 500)}`);
    if (i >= warmup) ms.push(took);
    if (i === warmup + runs - 1)
      body = last.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  }
  const header = last!.headers.get("x-sql-statements");
  return {
    timing: percentiles(ms),
    statements: header === null ? null : Number(header),
    status: last!.status,
    body,
  };
}

/** `x-sql-statements` of one request (the app runs with MODELGATE_SQL_STATS). */
export async function statementsOf(url: string, init: RequestInit): Promise<number> {
  const res = await fetch(url, init);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const h = res.headers.get("x-sql-statements");
  if (h === null) throw new Error(`${url} did not report x-sql-statements`);
  return Number(h);
}

/**
 * The database floor: the very statements a request sends, replayed through postgres.js by
 * `connections` closed loops for `seconds` — no HTTP, no framework.
 */
export async function sqlLoop(
  sql: postgres.Sql,
  statements: { sql: string; params: unknown[] }[],
  connections: number,
  seconds: number,
): Promise<{ rps: number; p50: number; p99: number }> {
  const ms: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        for (const s of statements) await sql.unsafe(s.sql, s.params as never[], { prepare: true });
        ms.push(performance.now() - t0);
      }
    }),
  );
  const p = percentiles(ms);
  return { rps: ms.length / seconds, p50: p.p50, p99: p.p99 };
}

/** `fixedRate` run by a fresh process (fixed-rate-child.ts), with the k-th of `requests` (cycled). */
export async function fixedRateIsolated(o: {
  url: string;
  rate: number;
  seconds: number;
  requests: FixedRateRequest[];
}): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "fixed-rate-child.ts")],
    {
      cwd: join(import.meta.dirname, ".."),
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.stdin.end(JSON.stringify(o));
  const code = await exited;
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(out) as LoadResult;
}
