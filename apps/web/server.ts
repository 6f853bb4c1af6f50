/**
 * The Modelgate HTTP server: Next.js behind a node:http server of our own, for what `next start`
 * cannot do — a request id on every request, one structured log line per request (route, status,
 * duration, actor), and a graceful stop: on SIGTERM/SIGINT stop accepting, let the requests in
 * flight finish (bounded), then stop the background jobs and close the database (the embedded
 * one releases its directory lock). Bundled to dist/server.mjs by `pnpm build`.
 *
 *   node dist/server.mjs          production (the build in .next)
 *   tsx server.ts --dev           development, hot reload
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { getLogger, type RequestScope, requestScope } from "@modelgate/core/log";

const dev = process.argv.includes("--dev");
// Next.js reads NODE_ENV when it loads; set it before the dynamic import below.
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";

const log = getLogger();
const SHUTDOWN = Symbol.for("modelgate.shutdown");
const port = Number(process.env.PORT ?? 3000);
const shutdownTimeoutMs = Number(process.env.MODELGATE_SHUTDOWN_TIMEOUT_SECONDS ?? 25) * 1000;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  log.fatal(`Modelgate cannot start: PORT must be a TCP port number, not ${process.env.PORT}`);
  process.exit(1);
}
if (!Number.isFinite(shutdownTimeoutMs) || shutdownTimeoutMs < 0) {
  log.fatal("Modelgate cannot start: MODELGATE_SHUTDOWN_TIMEOUT_SECONDS must be a number of seconds");
  process.exit(1);
}

const { default: next } = await import("next");
const app = next({ dev, dir: import.meta.dirname.replace(/\/dist$/, ""), port });
const handle = app.getRequestHandler();
// The instrumentation hook opens, migrates and seeds the database here (or exits with why not).
await app.prepare();

let inFlight = 0;
let stopping = false;
let drained: (() => void) | undefined;

const server = createServer((req, res) => {
  const incoming = req.headers["x-request-id"];
  const requestId =
    typeof incoming === "string" && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  // Route code reads the id from the request headers (the audit trail records it).
  req.headers["x-request-id"] = requestId;
  res.setHeader("x-request-id", requestId);
  if (stopping) res.setHeader("connection", "close");
  const scope: RequestScope = { requestId };
  const started = performance.now();
  inFlight++;
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    inFlight--;
    const route = (req.url ?? "/").split("?")[0] ?? "/";
    log[route.startsWith("/_next/") ? "debug" : "info"](
      {
        requestId,
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        actorType: scope.actorType,
        actorId: scope.actorId,
        ...(res.writableFinished ? {} : { aborted: true }),
      },
      "request",
    );
    if (stopping && inFlight === 0) drained?.();
  };
  res.once("finish", done);
  res.once("close", done);
  requestScope().run(scope, () =>
    handle(req, res).catch((err) => {
      log.error({ requestId, err }, "request failed");
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    }),
  );
});
server.keepAliveTimeout = 65_000; // longer than the usual load balancer idle timeout (60 s)

server.on("error", (err) => {
  // EADDRINUSE and friends: a server that cannot listen must not stay up looking healthy.
  log.fatal({ err, port }, `Modelgate cannot listen on port ${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, () => {
  log.info({ port, dev }, `Modelgate is serving on http://localhost:${port}`);
});

let stopSignalAt = 0;

async function stop(signal: NodeJS.Signals) {
  // One stop reaches us more than once when a whole process group is signalled and the parent
  // (`npm start`) passes it on as well; only a signal that comes later means "now".
  if (stopping && Date.now() - stopSignalAt < 1000) return;
  if (stopping) {
    log.warn({ signal }, "second signal: exiting without waiting");
    process.exit(1);
  }
  stopping = true;
  stopSignalAt = Date.now();
  log.info({ signal, inFlight }, "stopping: no new connections, finishing the requests in flight");
  server.close();
  // Idle keep-alive connections would hold close() open; requests in flight end with Connection: close.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  if (inFlight > 0) {
    const finished = new Promise<void>((resolve) => {
      drained = resolve;
    });
    const timedOut = await Promise.race([
      finished.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) {
      log.warn(
        { inFlight, timeoutMs: shutdownTimeoutMs },
        "requests still running at the shutdown timeout: cut off",
      );
      server.closeAllConnections();
    }
  }
  clearInterval(idle);
  try {
    await (globalThis as { [SHUTDOWN]?: () => Promise<void> })[SHUTDOWN]?.();
    await app.close();
  } catch (err) {
    log.error({ err }, "error while stopping");
    process.exit(1);
  }
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
