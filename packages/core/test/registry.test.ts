import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { asc, auditEvents, eq, modelVersions } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createContext,
  createLocalArtifactStore,
  createModel,
  deleteAlias,
  getModel,
  getVersion,
  listVersions,
  logOnlineMetrics,
  openArtifact,
  registerVersion,
  resolveModelRef,
  type ServiceContext,
  searchModels,
  setAlias,
  setModelArchived,
  updateModel,
  updateVersion,
  uploadArtifact,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const store = createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-artifacts-")));
const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

let team: { id: string; slug: string };
let contributor: ServiceContext;
let viewer: ServiceContext;
let maintainer: ServiceContext;
let outsider: ServiceContext;

function ctxFor(
  user: { id: string; name: string; email: string },
  teamRoles: Record<string, "viewer" | "contributor" | "maintainer">,
) {
  return createContext(
    t.db,
    { type: "user", userId: user.id, name: user.name, email: user.email, orgRole: "member", teamRoles },
    {},
    { artifactStore: store },
  );
}

beforeAll(async () => {
  team = await createTestTeam(t.db);
  const [c, v, m, o] = [
    await createTestUser(t.db),
    await createTestUser(t.db),
    await createTestUser(t.db),
    await createTestUser(t.db),
  ];
  await addTestMember(t.db, team.id, c.id, "contributor");
  await addTestMember(t.db, team.id, v.id, "viewer");
  await addTestMember(t.db, team.id, m.id, "maintainer");
  contributor = ctxFor(c, { [team.id]: "contributor" });
  viewer = ctxFor(v, { [team.id]: "viewer" });
  maintainer = ctxFor(m, { [team.id]: "maintainer" });
  outsider = ctxFor(o, {});
});

let n = 0;
async function newModel(extra: { tags?: Record<string, string> } = {}) {
  n++;
  return createModel(contributor, { team: team.slug, name: `model-${n}-${Date.now() % 100000}`, ...extra });
}

describe("models", () => {
  it("are created by contributors with slug rules and a unique name per team, audited", async () => {
    const m = await newModel({ tags: { domain: "fraud" } });
    expect(m.fullName).toBe(`${team.slug}/${m.name}`);
    await expect(createModel(contributor, { team: team.slug, name: m.name })).rejects.toMatchObject({
      code: "already_exists",
    });
    await expect(createModel(contributor, { team: team.slug, name: "Bad Name" })).rejects.toMatchObject({
      code: "validation_failed",
      details: { fields: { name: [expect.stringMatching(/lowercase/)] } },
    });
    await expect(createModel(viewer, { team: team.slug, name: "x-viewer" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(createModel(outsider, { team: team.slug, name: "x-outsider" })).rejects.toMatchObject({
      code: "not_found",
    });
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, m.id));
    expect(event).toMatchObject({ action: "model.created", teamId: team.id });
  });

  it("edits honour If-Match revisions and record before/after", async () => {
    const m = await newModel();
    const u = await updateModel(
      contributor,
      { team: team.slug, name: m.name, expectedRevision: 1 },
      { modelCard: "# Card" },
    );
    expect(u.revision).toBe(2);
    await expect(
      updateModel(
        contributor,
        { team: team.slug, name: m.name, expectedRevision: 1 },
        { description: "late" },
      ),
    ).rejects.toMatchObject({ code: "precondition_failed" });
    await expect(
      updateModel(viewer, { team: team.slug, name: m.name }, { description: "x" }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("archive is for maintainers; an archived model takes no new versions", async () => {
    const m = await newModel();
    await expect(
      setModelArchived(contributor, { team: team.slug, name: m.name }, true),
    ).rejects.toMatchObject({ code: "forbidden" });
    await setModelArchived(maintainer, { team: team.slug, name: m.name }, true);
    await expect(registerVersion(contributor, { team: team.slug, name: m.name }, {})).rejects.toMatchObject({
      code: "model_archived",
    });
  });
});

describe("versions and artifacts", () => {
  it("without uploads a version is ready at once; numbers run 1..n", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name };
    const v1 = await registerVersion(contributor, ref, {
      params: { lr: 0.01, layers: 3, fast: true },
      metrics: [{ key: "auc", value: 0.91 }],
      lineage: { datasetName: "tx", datasetVersion: "2026-10", gitCommit: "abc1234" },
      externalArtifacts: [{ path: "model.onnx", uri: "s3://bucket/model.onnx" }],
    });
    const v2 = await registerVersion(contributor, ref, {});
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v1.status).toBe("ready");
    const full = await getVersion(viewer, { ...ref, version: 1 });
    expect(full.params).toEqual({ lr: "0.01", layers: "3", fast: "true" });
    expect(full.metrics.map((x) => [x.key, x.value])).toEqual([["auc", 0.91]]);
    expect(full.artifacts[0]).toMatchObject({ path: "model.onnx", external: true, status: "verified" });
  });

  it("with uploads: pending until every declared artifact arrives verified, then ready (streamed, content-addressed)", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name };
    const weights = Buffer.alloc(3 * 1024 * 1024, 7);
    const config = Buffer.from('{"layers":3}');
    const v = await registerVersion(contributor, ref, {
      artifacts: [
        { path: "weights/model.bin", size: weights.length, sha256: sha(weights) },
        { path: "config.json", contentType: "application/json" },
      ],
    });
    expect(v.status).toBe("pending");
    expect(v.pendingArtifacts).toEqual(["weights/model.bin", "config.json"]);
    const vr = { ...ref, version: v.version };

    // Wrong bytes are refused and change nothing.
    await expect(
      uploadArtifact(
        contributor,
        { ...vr, path: "weights/model.bin" },
        Readable.from([Buffer.alloc(weights.length, 1)]),
      ),
    ).rejects.toMatchObject({ code: "unprocessable" });
    // Too many bytes stop the stream at the declared size.
    await expect(
      uploadArtifact(
        contributor,
        { ...vr, path: "weights/model.bin" },
        Readable.from([weights, Buffer.from("x")]),
      ),
    ).rejects.toMatchObject({ code: "payload_too_large" });
    // A viewer cannot upload; an undeclared path is not found; `..` is refused.
    await expect(
      uploadArtifact(viewer, { ...vr, path: "config.json" }, Readable.from([config])),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      uploadArtifact(contributor, { ...vr, path: "other.bin" }, Readable.from([config])),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      uploadArtifact(contributor, { ...vr, path: "../config.json" }, Readable.from([config])),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect((await getVersion(viewer, vr)).status).toBe("pending");

    const first = await uploadArtifact(
      contributor,
      { ...vr, path: "weights/model.bin" },
      Readable.from(chunks(weights, 65536)),
    );
    expect(first.versionStatus).toBe("pending");
    const second = await uploadArtifact(
      contributor,
      { ...vr, path: "config.json" },
      Readable.from([config]),
      { sha256: sha(config) },
    );
    expect(second.versionStatus).toBe("ready");
    // Retrying a finished upload is harmless.
    expect(
      (await uploadArtifact(contributor, { ...vr, path: "config.json" }, Readable.from([config])))
        .alreadyUploaded,
    ).toBe(true);

    const dl = await openArtifact(viewer, { ...vr, path: "weights/model.bin" });
    if (!("stream" in dl)) throw new Error("expected a stored artifact");
    expect(dl.size).toBe(weights.length);
    const got = Buffer.concat(await dl.stream.toArray());
    expect(sha(got)).toBe(sha(weights));
    const actions = (await t.db.select().from(auditEvents).where(eq(auditEvents.teamId, team.id))).map(
      (e) => e.action,
    );
    expect(actions).toContain("artifact.uploaded");
    expect(actions).toContain("version.ready");
  });

  it("after ready only description and tags change; other fields are refused", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name, version: 1 };
    await registerVersion(contributor, ref, { params: { lr: "0.1" } });
    await updateVersion(contributor, ref, { description: "better", tags: { reviewed: "yes" } });
    await expect(updateVersion(contributor, ref, { params: { lr: "0.2" } } as never)).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect((await getVersion(viewer, ref)).params).toEqual({ lr: "0.1" });
  });

  it("bad registrations write nothing", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name };
    for (const bad of [
      { artifacts: [{ path: "/abs" }] },
      { artifacts: [{ path: "a" }, { path: "./a" }] },
      { metrics: [{ key: "auc", value: Number.NaN }] },
      { lineage: { gitCommit: "not-a-sha" } },
      { unknownField: 1 },
    ]) {
      await expect(registerVersion(contributor, ref, bad as never)).rejects.toMatchObject({
        code: "validation_failed",
      });
    }
    const rows = await t.db.select().from(modelVersions).where(eq(modelVersions.modelId, m.id));
    expect(rows).toHaveLength(0);
    expect((await registerVersion(contributor, ref, {})).version).toBe(1);
  });
});

describe("aliases and resolution", () => {
  it("unprotected aliases move freely; champion is refused; pending versions get none", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name };
    await registerVersion(contributor, ref, {});
    await registerVersion(contributor, ref, {});
    await registerVersion(contributor, ref, { artifacts: [{ path: "x.bin" }] });
    await setAlias(contributor, ref, { alias: "challenger", version: 1 });
    await setAlias(contributor, ref, { alias: "challenger", version: 2 });
    expect((await resolveModelRef(viewer, `${m.fullName}@challenger`)).version).toBe(2);
    await expect(setAlias(contributor, ref, { alias: "champion", version: 2 })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/approved transition request/),
    });
    await expect(setAlias(contributor, ref, { alias: "canary", version: 3 })).rejects.toMatchObject({
      code: "version_not_ready",
    });
    await expect(setAlias(contributor, ref, { alias: "latest", version: 1 })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(setAlias(viewer, ref, { alias: "x", version: 1 })).rejects.toMatchObject({
      code: "forbidden",
    });
    const moves = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, `${m.id}:challenger`))
      .orderBy(asc(auditEvents.seq));
    expect(moves.map((e) => [e.before, e.after])).toEqual([
      [null, { model: m.fullName, alias: "challenger", version: 1 }],
      [
        { alias: "challenger", version: 1 },
        { model: m.fullName, alias: "challenger", version: 2 },
      ],
    ]);
    expect(await deleteAlias(contributor, ref, "challenger")).toEqual({ deleted: true });
    await expect(resolveModelRef(viewer, `${m.fullName}@challenger`)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("resolves /N, @latest (newest ready) and refuses other teams' models as not found", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name };
    await registerVersion(contributor, ref, {
      externalArtifacts: [{ path: "m.onnx", uri: "s3://b/m.onnx" }],
    });
    await registerVersion(contributor, ref, { artifacts: [{ path: "pending.bin" }] });
    expect((await resolveModelRef(viewer, `${m.fullName}@latest`)).version).toBe(1);
    const r = await resolveModelRef(viewer, `${m.fullName}/2`);
    expect(r).toMatchObject({ version: 2, status: "pending" });
    expect(r.artifacts[0]!.uri).toBe(`/api/v1/models/${m.fullName}/versions/2/artifacts/pending.bin`);
    await expect(resolveModelRef(outsider, `${m.fullName}@latest`)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("search", () => {
  it("finds models by name, tags and stage of a version, paginated by cursor, only in readable teams", async () => {
    const tagged = [];
    for (let i = 0; i < 5; i++)
      tagged.push(await newModel({ tags: { suite: "search", idx: String(i % 2) } }));
    const byTag = await searchModels(viewer, { tags: ["suite=search", "idx=1"] });
    expect(byTag.items.map((x) => x.name).sort()).toEqual([tagged[1]!.name, tagged[3]!.name].sort());
    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchModels(viewer, { tags: ["suite=search"], limit: 2, cursor });
      pages.push(...page.items.map((x) => x.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.sort()).toEqual(tagged.map((x) => x.name).sort());
    expect((await searchModels(viewer, { q: tagged[0]!.name })).items.map((x) => x.name)).toEqual([
      tagged[0]!.name,
    ]);
    expect((await searchModels(viewer, { q: "%'; drop table users; --" })).items).toEqual([]);
    expect((await searchModels(outsider, { tags: ["suite=search"] })).items).toEqual([]);
  });

  it("lists versions with metric, tag and status filters and a cursor", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name };
    for (const auc of [0.8, 0.95, 0.9, 0.85]) {
      await registerVersion(contributor, ref, {
        metrics: [{ key: "auc", value: auc }],
        tags: { good: auc >= 0.9 ? "y" : "n" },
      });
    }
    const good = await listVersions(viewer, ref, { metric: "auc>=0.9" });
    expect(good.items.map((v) => v.version)).toEqual([3, 2]);
    expect(good.items[0]!.metrics).toEqual({ auc: 0.9 });
    expect((await listVersions(viewer, ref, { tags: ["good=n"] })).items.map((v) => v.version)).toEqual([
      4, 1,
    ]);
    const p1 = await listVersions(viewer, ref, { limit: 3 });
    expect(p1.items.map((v) => v.version)).toEqual([4, 3, 2]);
    const p2 = await listVersions(viewer, ref, { limit: 3, cursor: p1.nextCursor! });
    expect(p2.items.map((v) => v.version)).toEqual([1]);
    expect(p2.nextCursor).toBeNull();
    await expect(listVersions(viewer, ref, { metric: "auc>=0.9; drop" })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});

describe("online metrics", () => {
  it("accepts batches of points over time, one audit event per batch", async () => {
    const m = await newModel();
    const ref = { team: team.slug, name: m.name, version: 1 };
    await registerVersion(contributor, ref, {});
    const points = Array.from({ length: 2500 }, (_, i) => ({
      key: "latency_ms",
      value: 10 + (i % 7),
      timestamp: new Date(Date.UTC(2026, 0, 1, 0, i)),
    }));
    expect(await logOnlineMetrics(contributor, ref, { points })).toEqual({ accepted: 2500 });
    await expect(logOnlineMetrics(viewer, ref, { points })).rejects.toMatchObject({ code: "forbidden" });
    await expect(logOnlineMetrics(contributor, ref, { points: [] })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});

function* chunks(buf: Buffer, size: number) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

describe("denials inside a transaction", () => {
  it("are audited even though the refused change rolls back", async () => {
    const m = await newModel();
    const before = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "authorization.denied"));
    await expect(
      updateModel(viewer, { team: team.slug, name: m.name }, { description: "x" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setAlias(outsider, { team: team.slug, name: m.name }, { alias: "x", version: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    const after = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "authorization.denied"));
    const fresh = after.filter((e) => !before.some((b) => b.seq === e.seq));
    expect(fresh.map((e) => (e.after as { permission: string }).permission)).toEqual([
      "model.update",
      "alias.set",
    ]);
  });
});

describe("search extras", () => {
  it("counts every match on request and never ships model cards in lists", async () => {
    for (let i = 0; i < 3; i++) await newModel({ tags: { suite: "count" } });
    const page = await searchModels(viewer, { tags: ["suite=count"], limit: 2, withTotal: true });
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    expect("modelCard" in page.items[0]!).toBe(false);
    expect((await searchModels(viewer, { tags: ["suite=count"] })).total).toBeUndefined();
  });

  it("getModel adds the registrant and the production version", async () => {
    const m = await newModel();
    const got = await getModel(viewer, team.slug, m.name);
    expect(got).toMatchObject({
      fullName: m.fullName,
      productionVersion: null,
      createdByName: expect.any(String),
    });
  });
});
