/**
 * Webhook delivery in a process of its own: `pnpm --filter @modelgate/web webhook-worker`.
 * Start as many as you like next to the app instances (set MODELGATE_WEBHOOK_WORKER=false on
 * those to leave delivery to these): they share the outbox through FOR UPDATE SKIP LOCKED, and a
 * worker that stops mid-delivery leaves its claims to the others when their lease ends.
 * PostgreSQL only (DATABASE_URL): the embedded database belongs to the one app process.
 */
import { startWebhookWorker } from "@modelgate/core";
import { createDb, migrationStatus } from "@modelgate/db/runtime";

const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) {
  console.error(
    "The webhook worker needs DATABASE_URL (PostgreSQL). With the embedded database, the app process delivers webhooks itself.",
  );
  process.exit(1);
}
const allowPrivateNetworks = /^(true|1|yes)$/i.test(process.env.MODELGATE_WEBHOOK_ALLOW_PRIVATE ?? "");
const handle = await createDb({ url, maxConnections: 4 });
if ((await migrationStatus(handle.db)) !== "up-to-date") {
  console.error("The database is not migrated to this version yet: start the app first (it migrates).");
  await handle.close();
  process.exit(1);
}
const worker = startWebhookWorker(handle.db, { allowPrivateNetworks });
// The worker's timers do not hold the process open (in the app they must not); this does.
const keepAlive = setInterval(() => {}, 60_000);
console.log(
  `Modelgate webhook worker ${process.pid} delivering${allowPrivateNetworks ? " (private networks allowed)" : ""}.`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    clearInterval(keepAlive);
    await worker.stop();
    await handle.close();
    process.exit(0);
  });
}
