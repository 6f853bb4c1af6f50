import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type ArtifactStoreSettings, artifactStoreSettings, type DomainError } from "@modelgate/core";
import { z } from "zod";

/**
 * Runtime configuration: read from the environment when the server starts (never at build time —
 * one build serves every mode), validated once, every problem reported together.
 */

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().max(65535).default(3000),
  DATABASE_URL: z.url().startsWith("postgres", "must start with postgres:// or postgresql://").optional(),
  MODELGATE_DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  MODELGATE_DEMO_SEED: bool.optional(),
  MODELGATE_DEMO_PASSWORD: z.string().min(10).optional(),
  MODELGATE_ADMIN_EMAIL: z.email().optional(),
  MODELGATE_ADMIN_PASSWORD: z.string().optional(),
  MODELGATE_TRUST_PROXY: bool.default(false),
  /** Ed25519 private key (PKCS#8 PEM) signing audit checkpoints and exports; shared by instances. */
  MODELGATE_AUDIT_SIGNING_KEY: z.string().optional(),
  /** Deliver webhooks from this process (turn off when a separate `webhook-worker` process does). */
  MODELGATE_WEBHOOK_WORKER: bool.default(true),
  /** Let webhooks call private, loopback and link-local addresses (off: SSRF protection). */
  MODELGATE_WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  /** Answer every API request with `x-sql-statements: N` (the benchmark harness reads it). */
  MODELGATE_SQL_STATS: bool.default(false),
  /** Check every JSON answer against its operation's contract; a mismatch answers 500 (tests). */
  MODELGATE_VALIDATE_RESPONSES: bool.default(false),
  /** `file:///dir` or `s3://bucket/prefix`; default `<data dir>/artifacts`. */
  MODELGATE_ARTIFACT_STORE: z.string().min(1).optional(),
  /** Clean S3 artifacts download by a short-lived presigned redirect (read with the store settings). */
  MODELGATE_S3_PRESIGNED_DOWNLOADS: bool.optional(),
  MODELGATE_S3_FORCE_PATH_STYLE: bool.optional(),
  MODELGATE_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MODELGATE_LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  /** How long a stop waits for requests in flight (read by server.ts). */
  MODELGATE_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().nonnegative().default(25),
});

function load(source: NodeJS.ProcessEnv) {
  // An empty variable (`DATABASE_URL=`) means unset, as in a shell.
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const dataDir = resolve(raw.MODELGATE_DATA_DIR ?? ".data");
  // A real server in production never gets demo users unless asked for explicitly.
  const productionServer = (raw.NODE_ENV ?? "development") === "production" && Boolean(raw.DATABASE_URL);
  if (productionServer && !raw.NEXTAUTH_SECRET)
    problems.push(
      "NEXTAUTH_SECRET: required with DATABASE_URL in production (every instance must share it; e.g. `openssl rand -base64 32`)",
    );
  if (raw.MODELGATE_ADMIN_EMAIL && !raw.MODELGATE_ADMIN_PASSWORD)
    problems.push("MODELGATE_ADMIN_PASSWORD: required with MODELGATE_ADMIN_EMAIL");
  let artifactStore: ArtifactStoreSettings | undefined;
  try {
    artifactStore = artifactStoreSettings(raw.MODELGATE_ARTIFACT_STORE ?? join(dataDir, "artifacts"), raw);
  } catch (e) {
    problems.push(`MODELGATE_ARTIFACT_STORE: ${(e as DomainError).message}`);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  return {
    ...env,
    dataDir,
    productionServer,
    demoSeed: env.MODELGATE_DEMO_SEED ?? !productionServer,
    artifactStore: artifactStore!,
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `    ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export type Config = ReturnType<typeof load>;

let cached: Config | undefined;

/** The validated configuration; read on first use (at start-up), then kept. */
export function getConfig(): Config {
  // Guard for the rule above: a module that reads configuration at import fails the build loudly.
  if (process.env.NEXT_PHASE === "phase-production-build")
    throw new Error(
      "Runtime configuration was read during `next build`; read it in a request or at start-up.",
    );
  cached ??= load(process.env);
  return cached;
}

/**
 * The secret that signs session cookies. From NEXTAUTH_SECRET, or generated once and kept in
 * the data directory so embedded instances survive restarts without configuration.
 */
export function authSecret(): string {
  const config = getConfig();
  if (config.NEXTAUTH_SECRET) return config.NEXTAUTH_SECRET;
  const file = join(config.dataDir, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
