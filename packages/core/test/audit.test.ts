import { auditEvents, eq, teams } from "@modelgate/db";
import { describe, expect, it } from "vitest";
import { auditActions, createTeam, createUser, emitAudit, systemContext, withTransaction } from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();

describe("emitAudit", () => {
  it("refuses to write outside a transaction", async () => {
    await expect(
      emitAudit(systemContext(t.db), { action: "team.created", entityType: "team" }),
    ).rejects.toThrow(/inside the mutation's transaction/);
  });

  it("rolls back with the change it records (fail closed)", async () => {
    const ctx = systemContext(t.db);
    await expect(
      withTransaction(ctx, async (tx) => {
        await createTeam(tx, { slug: "rolled-back", name: "Rolled back" });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await t.db.select().from(teams).where(eq(teams.slug, "rolled-back"))).toHaveLength(0);
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "team.created"));
    expect(events.filter((e) => (e.after as { slug: string }).slug === "rolled-back")).toHaveLength(0);
  });

  it("records actor, request id, before/after on every mutation, and a conflict writes nothing", async () => {
    const ctx = { ...systemContext(t.db), requestId: "req-123", ip: "192.0.2.1" };
    const team = await createTeam(ctx, { slug: "audited", name: "Audited" });
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, team.id));
    expect(event).toMatchObject({
      action: "team.created",
      actorType: "system",
      requestId: "req-123",
      ip: "192.0.2.1",
      teamId: team.id,
      after: { slug: "audited", name: "Audited" },
    });
    await expect(createTeam(ctx, { slug: "audited", name: "Again" })).rejects.toMatchObject({
      code: "already_exists",
    });
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.requestId, "req-123"))).toHaveLength(1);
  });

  it("only admins (or the system) create users and teams", async () => {
    const member = {
      ...systemContext(t.db),
      actor: {
        type: "user" as const,
        userId: "00000000-0000-4000-8000-000000000001",
        name: "M",
        email: "m@x.test",
        orgRole: "member" as const,
        teamRoles: {},
      },
    };
    await expect(createTeam(member, { slug: "nope", name: "Nope" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      createUser(member, { email: "n@x.test", name: "N", password: "long enough password" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("actions are a closed entity.verb list", () => {
    for (const a of auditActions) expect(a).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });
});
