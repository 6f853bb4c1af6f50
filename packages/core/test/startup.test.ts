import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { auditEvents, count, eq, users } from "@modelgate/db";
import { createTestDb } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import {
  createLocalArtifactStore,
  demoModels,
  demoPersonas,
  getHealth,
  listRequests,
  login,
  prepareInstance,
  resolveModelRef,
  searchModels,
  systemContext,
} from "../src";
import { anon } from "./helpers";

describe("prepareInstance", () => {
  it("seeds the demo organisation once, through audited services, and every persona can sign in", async () => {
    const h = await createTestDb();
    try {
      const artifactStore = createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-seed-")));
      const first = await prepareInstance(h.db, {
        demoSeed: true,
        demoPassword: "demo-password-1",
        artifactStore,
      });
      expect(first.kind).toBe("seeded-demo");
      expect(await prepareInstance(h.db, { demoSeed: true })).toEqual({ kind: "ready" });
      const [{ n } = { n: 0 }] = await h.db.select({ n: count() }).from(users);
      expect(n).toBe(demoPersonas.length);
      const [{ n: created } = { n: 0 }] = await h.db
        .select({ n: count() })
        .from(auditEvents)
        .where(eq(auditEvents.action, "user.created"));
      expect(created).toBe(demoPersonas.length);
      for (const p of demoPersonas) {
        const r = await login(anon(h.db, { ip: `10.0.0.${demoPersonas.indexOf(p)}` }), {
          email: p.email,
          password: "demo-password-1",
        });
        expect(r.user.orgRole).toBe(p.orgRole);
      }
      const models = await searchModels(systemContext(h.db), { limit: 50 });
      expect(models.items.map((m) => m.fullName).sort()).toEqual(
        demoModels.map((m) => `${m.team}/${m.name}`).sort(),
      );
      const open = await listRequests(systemContext(h.db), { view: "open" });
      const v4 = open.find((r) => r.model === "fraud/transaction-scorer");
      expect(v4).toMatchObject({
        version: 4,
        toStage: "production",
        gatesTotal: 4,
        gatesPassing: 3,
        approvals: 0,
      });
      expect(open.map((r) => r.model).sort()).toEqual([
        "fraud/chargeback-predictor",
        "fraud/transaction-scorer",
      ]);
      expect((await resolveModelRef(systemContext(h.db), "fraud/transaction-scorer@champion")).version).toBe(
        3,
      );
      expect(await getHealth(h.db, h.kind)).toEqual({ status: "ok", db: h.kind, migrations: "up-to-date" });
    } finally {
      await h.drop();
    }
  });

  it("without demo data, refuses to go on until the first admin is configured, then creates it once", async () => {
    const h = await createTestDb();
    try {
      await expect(prepareInstance(h.db, { demoSeed: false })).rejects.toMatchObject({
        code: "setup_required",
      });
      const opts = { demoSeed: false, adminEmail: "root@corp.example", adminPassword: "a-long-secret-1" };
      expect(await prepareInstance(h.db, opts)).toEqual({
        kind: "created-admin",
        email: "root@corp.example",
      });
      expect(await prepareInstance(h.db, opts)).toEqual({ kind: "ready" });
      const r = await login(anon(h.db), { email: "root@corp.example", password: "a-long-secret-1" });
      expect(r.user.orgRole).toBe("admin");
      // Never demo users in this mode.
      const [{ n } = { n: 0 }] = await h.db.select({ n: count() }).from(users);
      expect(n).toBe(1);
    } finally {
      await h.drop();
    }
  });

  it("rejects a too-short admin password from configuration with a clear error", async () => {
    const h = await createTestDb();
    try {
      await expect(
        prepareInstance(h.db, { demoSeed: false, adminEmail: "root@corp.example", adminPassword: "short" }),
      ).rejects.toMatchObject({ code: "validation_failed" });
    } finally {
      await h.drop();
    }
  });
});
