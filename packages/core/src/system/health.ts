import { type Database, type DbKind, type MigrationStatus, migrationStatus, sql } from "@modelgate/db";

export interface Health {
  status: "ok" | "degraded";
  db: DbKind;
  migrations: MigrationStatus;
}

export async function getHealth(db: Database, kind: DbKind): Promise<Health> {
  await db.execute(sql`select 1`);
  const migrations = await migrationStatus(db);
  return { status: migrations === "up-to-date" ? "ok" : "degraded", db: kind, migrations };
}
