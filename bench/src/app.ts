/**
 * The app under test: the built server (apps/web/dist/server.mjs, production mode) as a child
 * process, its health, its memory, and a signed-in browser session for the auditor routes.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "..", "..");
const webDir = join(repoRoot, "apps", "web");

export interface AppInstance {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
  /** Resident memory of the server process and its children, in bytes. */
  rss(): number;
  /** Everything it printed (for failure reports). */
  output(): string;
}

export interface AppOptions {
  port: number;
  /** postgres:// URL, or undefined for the embedded database in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  signingKeyPem: string;
  env?: Record<string, string>;
  /** Extra node flags for the server, e.g. `--cpu-prof` to see where a run spends its time. */
  nodeArgs?: string[];
}

export async function startApp(o: AppOptions): Promise<AppInstance> {
  const url = `http://127.0.0.1:${o.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(o.port),
    MODELGATE_DATA_DIR: o.dataDir,
    MODELGATE_DEMO_SEED: "false",
    MODELGATE_AUDIT_SIGNING_KEY: o.signingKeyPem,
    MODELGATE_SQL_STATS: "true",
    MODELGATE_WEBHOOK_ALLOW_PRIVATE: "true",
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    NEXTAUTH_URL: url,
    ...o.env,
  };
  if (o.databaseUrl) env.DATABASE_URL = o.databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), join(webDir, "dist", "server.mjs")], {
    cwd: webDir,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  // The server logs a line per request: keep only the last 256 KiB (failure reports need the tail).
  let log = "";
  const keep = (d: Buffer) => {
    log += d;
    if (log.length > 512 * 1024) log = log.slice(-256 * 1024);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited during start-up:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not become healthy in 120 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port: o.port,
    process: child,
    output: () => log,
    rss: () => treeRss(child.pid!),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** RSS of a process and all its descendants, from /proc (Linux). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {}
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Samples a process tree's RSS every `everyMs` while `fn` runs; returns the peak. */
export async function peakRss<T>(pid: number, fn: () => Promise<T>, everyMs = 50) {
  const before = treeRss(pid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, everyMs);
  try {
    const result = await fn();
    peak = Math.max(peak, treeRss(pid));
    return { result, before, peak };
  } finally {
    clearInterval(timer);
  }
}

/** Signs in through next-auth's credentials flow, as a browser does; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(res)
    .split("; ")
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return session;
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
