import { type Database, type DbKind, type MigrationStatus, migrationStatus, sql } from "@modelgate/db";
import { isDomainError } from "../errors";
import type { ArtifactStore } from "../registry/artifact-store";

export interface ArtifactStoreHealth {
  kind: ArtifactStore["kind"];
  status: "ok" | "unavailable";
  /** Why it is unavailable (never credentials). */
  message?: string;
}

export interface Health {
  status: "ok" | "degraded";
  db: DbKind;
  migrations: MigrationStatus;
  artifactStore?: ArtifactStoreHealth;
}

const STORE_CHECK_TIMEOUT_MS = 5_000;

async function storeHealth(store: Pick<ArtifactStore, "kind" | "check">): Promise<ArtifactStoreHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${STORE_CHECK_TIMEOUT_MS / 1000} s`)),
          STORE_CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { kind: store.kind, status: "ok" };
  } catch (e) {
    const message = isDomainError(e) || e instanceof Error ? e.message : "unreachable";
    return { kind: store.kind, status: "unavailable", message };
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness: the database answers and is migrated, and the artifact store (if given) is usable. */
export async function getHealth(
  db: Database,
  kind: DbKind,
  store?: Pick<ArtifactStore, "kind" | "check">,
): Promise<Health> {
  await db.execute(sql`select 1`);
  const [migrations, artifactStore] = await Promise.all([
    migrationStatus(db),
    store ? storeHealth(store) : undefined,
  ]);
  const ok = migrations === "up-to-date" && (!artifactStore || artifactStore.status === "ok");
  return {
    status: ok ? "ok" : "degraded",
    db: kind,
    migrations,
    ...(artifactStore ? { artifactStore } : {}),
  };
}
