import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.url().startsWith("postgres").optional(),
  MODELGATE_DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
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
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const env = parsed.data;
  const dataDir = resolve(env.MODELGATE_DATA_DIR);
  // A real server in production never gets demo users unless asked for explicitly.
  const productionServer = env.NODE_ENV === "production" && Boolean(env.DATABASE_URL);
  return {
    ...env,
    dataDir,
    productionServer,
    demoSeed: env.MODELGATE_DEMO_SEED ?? !productionServer,
  };
}

export const env = load();

/**
 * The secret that signs session cookies. From NEXTAUTH_SECRET, or generated once and kept in
 * the data directory so embedded instances survive restarts without configuration.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.productionServer) {
    throw new Error(
      "NEXTAUTH_SECRET is required with DATABASE_URL in production (every instance must share it).",
    );
  }
  const file = join(env.dataDir, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(env.dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
