import "server-only";
import { join } from "node:path";
import {
  type ArtifactStore,
  type AuditSigner,
  createAuditCheckpoint,
  createLocalArtifactStore,
  expireDueRequests,
  loadAuditSigner,
  prepareInstance,
  type StartupResult,
  startWebhookWorker,
  systemContext,
  type WebhookPolicy,
} from "@modelgate/core";
import { createDb, type DbHandle } from "@modelgate/db";
import { env } from "./env";

export interface Runtime {
  handle: DbHandle;
  startup: StartupResult;
  artifactStore: ArtifactStore;
  auditSigner: AuditSigner;
  webhookPolicy: WebhookPolicy;
}

// One per process, shared by the instrumentation hook and every route bundle.
const KEY = Symbol.for("modelgate.runtime");
type Holder = { [KEY]?: Promise<Runtime> };

function printStartup(result: StartupResult, handle: DbHandle) {
  const where =
    handle.kind === "pglite" ? `the embedded database in ${env.dataDir}` : "PostgreSQL (DATABASE_URL)";
  console.log(`\n  Modelgate is using ${where}.`);
  if (result.kind === "seeded-demo") {
    const width = Math.max(...result.personas.map((p) => p.email.length));
    console.log("\n  Demo organisation created. Sign in as any of these (password for all below):\n");
    for (const p of result.personas) console.log(`    ${p.email.padEnd(width)}  ${p.persona}`);
    console.log(`\n    password: ${result.password}\n`);
  } else if (result.kind === "created-admin") {
    console.log(`  First administrator created: ${result.email}\n`);
  }
}

async function start(): Promise<Runtime> {
  const handle = await createDb({ url: env.DATABASE_URL, dataDir: env.dataDir });
  const artifactStore = createLocalArtifactStore(join(env.dataDir, "artifacts"));
  const auditSigner = loadAuditSigner({
    pem: env.MODELGATE_AUDIT_SIGNING_KEY,
    keyFile: join(env.dataDir, "audit-signing-key.pem"),
  });
  try {
    await handle.migrate();
    const startup = await prepareInstance(handle.db, {
      demoSeed: env.demoSeed,
      demoPassword: env.MODELGATE_DEMO_PASSWORD,
      adminEmail: env.MODELGATE_ADMIN_EMAIL,
      adminPassword: env.MODELGATE_ADMIN_PASSWORD,
      artifactStore,
    });
    printStartup(startup, handle);
    if (env.productionServer && !env.MODELGATE_AUDIT_SIGNING_KEY)
      console.warn(
        `  MODELGATE_AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with ${join(env.dataDir, "audit-signing-key.pem")}.\n  Several instances must share one key — set it on every instance.\n`,
      );
    // Pending requests past their expiry are closed (and audited) once a minute.
    setInterval(() => {
      expireDueRequests(systemContext(handle.db, "Modelgate expiry")).catch((e) =>
        console.error("expiry sweep failed", e),
      );
    }, 60_000).unref();
    // The chain head is signed once a minute when it moved (after verifying the new segment).
    const checkpoint = () =>
      createAuditCheckpoint(handle.db, auditSigner)
        .then(({ broken }) => {
          if (broken) console.error(`AUDIT CHAIN BROKEN at #${broken.seq}: ${broken.reason}; not signing`);
        })
        .catch((e) => console.error("audit checkpoint failed", e));
    void checkpoint();
    setInterval(checkpoint, 60_000).unref();
    const webhookPolicy = { allowPrivateNetworks: env.MODELGATE_WEBHOOK_ALLOW_PRIVATE };
    // Webhook deliveries from the outbox; several instances share it (FOR UPDATE SKIP LOCKED).
    if (env.MODELGATE_WEBHOOK_WORKER) startWebhookWorker(handle.db, webhookPolicy);
    return { handle, startup, artifactStore, auditSigner, webhookPolicy };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Opens, migrates and prepares the database once per process. */
export function getRuntime(): Promise<Runtime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= start();
  return holder[KEY];
}

export async function getDb() {
  return (await getRuntime()).handle.db;
}

/** Start-up from the instrumentation hook: a process that cannot serve should not pretend to. */
export async function startOrExit(): Promise<void> {
  try {
    await getRuntime();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`\n  Modelgate cannot start: ${message}\n`);
    process.exit(1);
  }
}
