import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, DataDirLockedError, eq, migrationStatus, teams, users } from "../src";
import { createTestDb, createTestTeam, createTestUser } from "../src/testing";

describe("createDb on an embedded directory", () => {
  it("migrates, reopens with data intact, and locks the directory while open", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "mg-db-"));
    const first = await createDb({ dataDir });
    expect(first.kind).toBe("pglite");
    expect(await migrationStatus(first.db)).toBe("pending");
    await first.migrate();
    await first.migrate(); // re-running is a no-op
    expect(await migrationStatus(first.db)).toBe("up-to-date");
    await first.db.insert(teams).values({ slug: "kept", name: "Kept" });
    await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();

    const second = await createDb({ dataDir });
    const rows = await second.db.select().from(teams).where(eq(teams.slug, "kept"));
    expect(rows).toHaveLength(1);
    await second.close();
  });
});

describe(`test database (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  let handle: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => handle?.drop());

  it("is of the kind the environment asks for and fully migrated", async () => {
    expect(handle.kind).toBe(process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
    expect(await migrationStatus(handle.db)).toBe("up-to-date");
  });

  it("factories create a distinct tenant and user each time", async () => {
    const [a, b] = [await createTestTeam(handle.db), await createTestTeam(handle.db)];
    expect(a.id).not.toBe(b.id);
    expect(a.slug).not.toBe(b.slug);
    const u = await createTestUser(handle.db, { orgRole: "auditor" });
    expect(u.orgRole).toBe("auditor");
  });

  it("enforces case-insensitive unique emails", async () => {
    await createTestUser(handle.db, { email: "Same@Example.test" });
    await expect(createTestUser(handle.db, { email: "same@example.test" })).rejects.toThrow();
    const rows = await handle.db.select().from(users).where(eq(users.email, "Same@Example.test"));
    expect(rows).toHaveLength(1);
  });

  it("rolls back a failed transaction completely", async () => {
    const slug = `tx-${Date.now()}`;
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.insert(teams).values({ slug, name: "x" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await handle.db.select().from(teams).where(eq(teams.slug, slug))).toHaveLength(0);
  });
});
