import { count, type Database, eq, sql, users } from "@modelgate/db";
import { type ServiceContext, systemContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import type { ArtifactStore } from "../registry/artifact-store";
import { type DemoPersona, generateDemoPassword, seedDemo } from "../seed/demo";
import { createUser } from "../users/create-user";

export interface StartupOptions {
  /** Seed the demo organisation into an empty database. */
  demoSeed: boolean;
  /** Password for every demo persona; random when absent. */
  demoPassword?: string;
  /** The first admin, for production instances without demo data. */
  adminEmail?: string;
  adminPassword?: string;
  /** Where the demo's uploaded artifacts go. */
  artifactStore?: ArtifactStore;
}

export type StartupResult =
  | { kind: "seeded-demo"; personas: DemoPersona[]; password: string }
  | { kind: "created-admin"; email: string }
  | { kind: "ready" };

// One key for the whole start-up step, so several instances starting at once do it once.
const STARTUP_LOCK_KEY = 0x6d67_7374; // "mgst"

/**
 * Brings a migrated database to a usable state: the demo organisation on a first run, or the
 * first admin from configuration; refuses to go on with no way to sign in.
 */
export async function prepareInstance(db: Database, options: StartupOptions): Promise<StartupResult> {
  const ctx: ServiceContext = {
    ...systemContext(db, "Modelgate start-up"),
    artifactStore: options.artifactStore,
  };
  return withTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(${STARTUP_LOCK_KEY})`);
    const [{ n: userCount } = { n: 0 }] = await tx.db.select({ n: count() }).from(users);
    if (userCount === 0 && options.demoSeed) {
      const seeded = await seedDemo(tx, options.demoPassword ?? generateDemoPassword());
      return { kind: "seeded-demo", ...seeded } as const;
    }
    const [{ n: admins } = { n: 0 }] = await tx.db
      .select({ n: count() })
      .from(users)
      .where(eq(users.orgRole, "admin"));
    if (admins > 0) return { kind: "ready" } as const;
    if (!options.adminEmail || !options.adminPassword) {
      throw new DomainError(
        "setup_required",
        "No administrator exists. Set MODELGATE_ADMIN_EMAIL and MODELGATE_ADMIN_PASSWORD to create the first one.",
      );
    }
    const admin = await createUser(tx, {
      email: options.adminEmail,
      name: "Administrator",
      password: options.adminPassword,
      orgRole: "admin",
    });
    return { kind: "created-admin", email: admin.email } as const;
  });
}
