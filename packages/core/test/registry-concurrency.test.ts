import { eq, modelVersions } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import { createContext, createModel, registerVersion } from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const onServer = Boolean(process.env.TEST_DATABASE_URL);

describe(`concurrent registration (${onServer ? "PostgreSQL: real concurrency" : "PGlite: serialized"})`, () => {
  it("64 registrations into one model get versions 1..64: no gap, no duplicate, no error", async () => {
    const team = await createTestTeam(t.db);
    const user = await createTestUser(t.db);
    await addTestMember(t.db, team.id, user.id, "contributor");
    const ctx = createContext(t.db, {
      type: "user",
      userId: user.id,
      name: user.name,
      email: user.email,
      orgRole: "member",
      teamRoles: { [team.id]: "contributor" },
    });
    const model = await createModel(ctx, { team: team.slug, name: "race" });
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: 64 }, (_, i) =>
        registerVersion(ctx, { team: team.slug, name: "race" }, { metrics: [{ key: "i", value: i }] }),
      ),
    );
    const ms = performance.now() - started;
    console.log(`64 concurrent registrations on ${onServer ? "PostgreSQL" : "PGlite"}: ${ms.toFixed(0)} ms`);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const numbers = (await t.db.select().from(modelVersions).where(eq(modelVersions.modelId, model.id)))
      .map((v) => v.version)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
  });
});
