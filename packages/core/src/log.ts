/**
 * Structured logs: one JSON line per request (written by the HTTP server) and per background job,
 * with the request id and the actor. Human-readable lines when a person is watching (a terminal,
 * or MODELGATE_LOG_FORMAT=pretty). Secrets never reach a line: the fields below are redacted.
 *
 * Imported by the custom server (bundled on its own) and by the Next.js bundles, which may load
 * this module more than once: the logger and the request scope live on globalThis, one per process.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/** What the server knows about the request being served; route code fills in the actor. */
export interface RequestScope {
  requestId: string;
  actorType?: string;
  actorId?: string | null;
}

const REDACT = [
  "password",
  "token",
  "secret",
  "authorization",
  "cookie",
  "*.password",
  "*.token",
  "*.secret",
  "*.authorization",
  "*.cookie",
  "headers.authorization",
  "headers.cookie",
];

type Holder = { [LOGGER]?: Logger; [SCOPE]?: AsyncLocalStorage<RequestScope> };
const LOGGER = Symbol.for("modelgate.logger");
const SCOPE = Symbol.for("modelgate.requestScope");

export type LogFormat = "json" | "pretty";

/** `MODELGATE_LOG_FORMAT`, else pretty on a terminal and JSON lines anywhere else. */
export function logFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  const f = env.MODELGATE_LOG_FORMAT;
  if (f === "json" || f === "pretty") return f;
  return process.stdout.isTTY ? "pretty" : "json";
}

function createLogger(): Logger {
  const options = {
    level: process.env.MODELGATE_LOG_LEVEL ?? "info",
    base: { service: "modelgate" },
    redact: { paths: REDACT, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  if (logFormat() === "json") return pino(options);
  // Synchronous pretty stream: no worker thread (bundlers and shutdown stay simple).
  return pino(
    options,
    pretty({
      sync: true,
      colorize: Boolean(process.stdout.isTTY),
      translateTime: "SYS:HH:MM:ss.l",
      ignore: "pid,hostname,service",
    }),
  );
}

/** The process's logger. */
export function getLogger(): Logger {
  const holder = globalThis as Holder;
  holder[LOGGER] ??= createLogger();
  return holder[LOGGER];
}

/** The async scope of the request being served (set by the HTTP server). */
export function requestScope(): AsyncLocalStorage<RequestScope> {
  const holder = globalThis as Holder;
  holder[SCOPE] ??= new AsyncLocalStorage<RequestScope>();
  return holder[SCOPE];
}

/** Records who is making the current request, for its log line. */
export function noteRequestActor(actor: { type: string; userId?: string | null; tokenId?: string | null }) {
  const scope = requestScope().getStore();
  if (!scope) return;
  scope.actorType = actor.type;
  scope.actorId = actor.tokenId ?? actor.userId ?? null;
}

/** A logger bound to the current request's id (or the plain logger outside a request). */
export function requestLogger(requestId?: string): Logger {
  const id = requestId ?? requestScope().getStore()?.requestId;
  return id ? getLogger().child({ requestId: id }) : getLogger();
}

/**
 * Runs one pass of a background job and logs it as one line: its name, duration and outcome
 * (what `fn` returns, when it says something happened). Idle passes log at debug level, so a
 * once-a-second poll does not flood the log. Never throws.
 */
export async function runJob<T extends Record<string, unknown> | undefined>(
  job: string,
  fn: () => Promise<T>,
  opts: { idle?: (result: T) => boolean } = {},
): Promise<T | undefined> {
  const log = getLogger();
  const started = performance.now();
  try {
    const result = await fn();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const idle = opts.idle?.(result) ?? false;
    const fields: Record<string, unknown> = { job, durationMs, outcome: "ok", ...result };
    log[idle ? "debug" : "info"](fields, `job ${job}`);
    return result;
  } catch (err) {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    log.error({ job, durationMs, outcome: "failed", err }, `job ${job} failed`);
    return undefined;
  }
}
