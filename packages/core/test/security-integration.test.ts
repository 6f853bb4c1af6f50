/**
 * Model security wired into the registry (issue 10): uploads are scanned before they finish, the
 * result is stored and audited, the team's setting blocks or quarantines an unsafe artifact,
 * downloads of unsafe artifacts need an acknowledgement, and "scan clean" gates production.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { and, artifacts, asc, auditEvents, eq, modelVersions, webhookEvents } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser, uniqueSuffix } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createContext,
  createLocalArtifactStore,
  createModel,
  createWebhook,
  getSecuritySettings,
  getVersion,
  openArtifact,
  registerVersion,
  requestTransition,
  type ServiceContext,
  setPolicy,
  setSecuritySettings,
  uploadArtifact,
} from "../src";
import { useTestDb } from "./helpers";
import { makeZip, numpyLikePickle, osSystemPickle, subprocessPopenPickle } from "./security-fixtures";

const t = useTestDb();
const store = createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-security-")));

type Role = "viewer" | "contributor" | "reviewer" | "maintainer";
interface Team {
  id: string;
  slug: string;
  maintainer: ServiceContext;
  contributor: ServiceContext;
  viewer: ServiceContext;
}

async function person(teamId: string, role: Role) {
  const u = await createTestUser(t.db);
  await addTestMember(t.db, teamId, u.id, role);
  return createContext(
    t.db,
    {
      type: "user",
      userId: u.id,
      name: u.name,
      email: u.email,
      orgRole: "member",
      teamRoles: { [teamId]: role },
    },
    {},
    { artifactStore: store, webhookPolicy: { allowPrivateNetworks: true } },
  );
}

async function newTeam(onDangerous?: "block" | "quarantine"): Promise<Team> {
  const team = await createTestTeam(t.db);
  const out = {
    ...team,
    maintainer: await person(team.id, "maintainer"),
    contributor: await person(team.id, "contributor"),
    viewer: await person(team.id, "viewer"),
  };
  if (onDangerous) await setSecuritySettings(out.maintainer, { team: team.slug, onDangerous });
  // A subscriber, so the outbox records the events.
  await createWebhook(out.maintainer, {
    team: team.slug,
    url: "http://127.0.0.1:9/hook",
    events: ["version.ready", "version.failed"],
  });
  return out;
}

/** Registers v1 of a new model with these files and uploads them; returns the ref and the last upload. */
async function registerWith(team: Team, files: Record<string, Uint8Array>, opts: { dataset?: boolean } = {}) {
  const ref = { team: team.slug, name: `sec-${uniqueSuffix()}` };
  await createModel(team.contributor, { ...ref, modelCard: "# Card" });
  await registerVersion(team.contributor, ref, {
    artifacts: Object.keys(files).map((path) => ({ path })),
    lineage: opts.dataset ? { datasetName: "transactions", datasetVersion: "2025-03" } : {},
  });
  let last: Awaited<ReturnType<typeof uploadArtifact>> | undefined;
  for (const [path, bytes] of Object.entries(files)) {
    last = await uploadArtifact(
      team.contributor,
      { ...ref, version: 1, path },
      Readable.from([Buffer.from(bytes)]),
    );
  }
  return { ref, last: last! };
}

async function eventsOf(teamId: string) {
  const rows = await t.db
    .select()
    .from(webhookEvents)
    .where(eq(webhookEvents.teamId, teamId))
    .orderBy(asc(webhookEvents.createdAt));
  return rows.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> });
}

async function auditOf(teamId: string) {
  return t.db.select().from(auditEvents).where(eq(auditEvents.teamId, teamId)).orderBy(asc(auditEvents.seq));
}

async function drain(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

let blockTeam: Team;
let quarantineTeam: Team;

beforeAll(async () => {
  blockTeam = await newTeam();
  quarantineTeam = await newTeam("quarantine");
});

describe("settings", () => {
  it("default to block with no extra lists; maintainers change them, contributors may not", async () => {
    const team = await newTeam();
    expect(await getSecuritySettings(team.viewer, team.slug)).toEqual({
      onDangerous: "block",
      extraSafe: [],
      extraDangerous: [],
    });
    await expect(
      setSecuritySettings(team.contributor, { team: team.slug, onDangerous: "quarantine" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setSecuritySettings(team.maintainer, { team: team.slug, extraSafe: ["not a pattern"] }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    const set = await setSecuritySettings(team.maintainer, {
      team: team.slug,
      onDangerous: "quarantine",
      extraSafe: ["mylib.models.*", "mylib.models.*"],
      extraDangerous: ["numpy.load"],
    });
    expect(set).toEqual({
      onDangerous: "quarantine",
      extraSafe: ["mylib.models.*"],
      extraDangerous: ["numpy.load"],
    });
    const [event] = (await auditOf(team.id)).filter((e) => e.action === "team.security_updated");
    expect(event).toMatchObject({
      before: { onDangerous: "block" },
      after: { onDangerous: "quarantine", extraDangerous: ["numpy.load"] },
    });
  });
});

describe("block (the default)", () => {
  it("a malicious pickle fails the version with its findings, audited and sent as version.failed", async () => {
    const { ref, last } = await registerWith(blockTeam, { "model.pkl": osSystemPickle().bytes });
    expect(last.versionStatus).toBe("failed");
    expect(last.failureReason).toMatch(/model\.pkl imports os\.system \(GLOBAL at offset \d+\)/);

    const v = await getVersion(blockTeam.viewer, { ...ref, version: 1 });
    expect(v.status).toBe("failed");
    expect(v.failureReason).toContain("os.system");
    const [a] = v.artifacts;
    expect(a).toMatchObject({ status: "verified", scanVerdict: "dangerous", scanCategory: "unsafe" });
    expect(a!.scannedAt).toBeInstanceOf(Date);
    const result = a!.scanResult as { findings: { callable: string; verdict: string; offset: number }[] };
    expect(result.findings[0]).toMatchObject({ callable: "os.system", verdict: "dangerous" });

    const events = (await auditOf(blockTeam.id)).filter((e) => e.modelId === v.modelId);
    expect(events.map((e) => e.action)).toEqual([
      "model.created",
      "version.registered",
      "artifact.uploaded",
      "version.failed",
    ]);
    expect(events[2]!.after).toMatchObject({
      path: "model.pkl",
      scan: { verdict: "dangerous", category: "unsafe", scannerVersion: expect.any(String), dangerous: 1 },
    });
    expect(events[3]!.after).toMatchObject({ status: "failed", reason: v.failureReason });

    const failed = (await eventsOf(blockTeam.id)).filter(
      (e) => e.type === "version.failed" && (e.data.model as { fullName: string }).fullName === v.model,
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]!.data).toMatchObject({
      reason: v.failureReason,
      scan: {
        artifact: "model.pkl",
        verdict: "dangerous",
        category: "unsafe",
        findingsCount: 1,
        findings: [{ callable: "os.system", verdict: "dangerous", opcode: "GLOBAL", file: null }],
      },
    });

    // Its artifacts are fixed, and the unsafe file is not handed out without an acknowledgement.
    await expect(
      openArtifact(blockTeam.viewer, { ...ref, version: 1, path: "model.pkl" }),
    ).rejects.toMatchObject({ code: "unsafe_artifact" });
  });

  it("a PyTorch-style zip with a dangerous data.pkl names the file inside the archive", async () => {
    const zip = makeZip([{ name: "archive/data.pkl", data: subprocessPopenPickle().bytes }]);
    const { last } = await registerWith(blockTeam, { "model.pt": zip });
    expect(last.versionStatus).toBe("failed");
    expect(last.failureReason).toContain("model.pt!/archive/data.pkl imports subprocess.Popen");
  });

  it("a version with a second artifact still to upload fails at the first unsafe one; the rest are refused", async () => {
    const ref = { team: blockTeam.slug, name: `sec-${uniqueSuffix()}` };
    await createModel(blockTeam.contributor, ref);
    await registerVersion(blockTeam.contributor, ref, { artifacts: [{ path: "a.pkl" }, { path: "b.json" }] });
    const a = await uploadArtifact(
      blockTeam.contributor,
      { ...ref, version: 1, path: "a.pkl" },
      Readable.from([Buffer.from(osSystemPickle().bytes)]),
    );
    expect(a.versionStatus).toBe("failed");
    await expect(
      uploadArtifact(
        blockTeam.contributor,
        { ...ref, version: 1, path: "b.json" },
        Readable.from([Buffer.from("{}")]),
      ),
    ).rejects.toMatchObject({ code: "artifact_state" });
  });

  it("a clean upload becomes ready with its verdict, and version.ready carries the scan", async () => {
    const { ref, last } = await registerWith(blockTeam, {
      "model.pkl": numpyLikePickle().bytes,
      "config.json": new TextEncoder().encode('{"threshold": 0.5}'),
    });
    expect(last.versionStatus).toBe("ready");
    const v = await getVersion(blockTeam.viewer, { ...ref, version: 1 });
    expect(v.failureReason).toBeNull();
    expect(v.artifacts.map((a) => [a.path, a.scanVerdict, a.scanCategory])).toEqual([
      ["config.json", "no_scan_needed", "clean"],
      ["model.pkl", "clean", "clean"],
    ]);
    const ready = (await eventsOf(blockTeam.id)).filter(
      (e) => e.type === "version.ready" && (e.data.model as { fullName: string }).fullName === v.model,
    );
    expect(ready[0]!.data.scan).toMatchObject({ verdict: "clean", category: "clean", quarantined: false });
    const opened = await openArtifact(blockTeam.viewer, { ...ref, version: 1, path: "model.pkl" });
    if (!("stream" in opened)) throw new Error("expected a stored artifact");
    expect(Buffer.compare(await drain(opened.stream), Buffer.from(numpyLikePickle().bytes))).toBe(0);
  });

  it("a team's extra dangerous pattern blocks what the default lists call clean", async () => {
    const team = await newTeam();
    await setSecuritySettings(team.maintainer, { team: team.slug, extraDangerous: ["numpy.dtype"] });
    const { last } = await registerWith(team, { "model.pkl": numpyLikePickle().bytes });
    expect(last.versionStatus).toBe("failed");
    expect(last.failureReason).toContain("numpy.dtype");
  });
});

describe("quarantine", () => {
  it("the version becomes ready, flagged; the download needs an acknowledgement, which is audited", async () => {
    const { ref, last } = await registerWith(
      quarantineTeam,
      { "model.pkl": osSystemPickle().bytes },
      { dataset: true },
    );
    expect(last.versionStatus).toBe("ready");
    const v = await getVersion(quarantineTeam.viewer, { ...ref, version: 1 });
    expect(v.status).toBe("ready");
    expect(v.artifacts[0]).toMatchObject({ scanVerdict: "dangerous", scanCategory: "unsafe" });

    const ready = (await eventsOf(quarantineTeam.id)).filter(
      (e) => e.type === "version.ready" && (e.data.model as { fullName: string }).fullName === v.model,
    );
    expect(ready[0]!.data.scan).toMatchObject({
      verdict: "dangerous",
      category: "unsafe",
      quarantined: true,
    });

    const path = { ...ref, version: 1, path: "model.pkl" };
    const refused = await openArtifact(quarantineTeam.viewer, path).catch((e) => e);
    expect(refused).toMatchObject({ code: "unsafe_artifact", httpStatus: 409 });
    expect(refused.message).toMatch(/acknowledge/);
    const opened = await openArtifact(quarantineTeam.viewer, path, { acknowledgeUnsafe: true });
    if (!("stream" in opened)) throw new Error("expected a stored artifact");
    expect((await drain(opened.stream)).length).toBe(osSystemPickle().bytes.length);
    const downloads = (await auditOf(quarantineTeam.id)).filter(
      (e) => e.action === "artifact.unsafe_downloaded",
    );
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.after).toMatchObject({ path: "model.pkl", verdict: "dangerous" });
  });

  it("the default production gate 'scan clean' fails for a quarantined version", async () => {
    const { ref } = await registerWith(
      quarantineTeam,
      { "model.pkl": osSystemPickle().bytes },
      { dataset: true },
    );
    await setPolicy(quarantineTeam.maintainer, {
      team: ref.team,
      model: ref.name,
      target: "staging",
      requiredApprovals: 0,
    });
    await requestTransition(quarantineTeam.contributor, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "shadow",
    });
    const prod = await requestTransition(quarantineTeam.contributor, {
      ...ref,
      version: 1,
      toStage: "production",
      reason: "ship it",
    });
    const scan = prod.gateResults.find((g) => g.gate.type === "scan_clean");
    expect(scan).toMatchObject({ passed: false, label: "security scan clean" });
    expect(scan!.actual).toContain("unsafe: model.pkl (dangerous)");
    expect(prod.gateResults.filter((g) => g.gate.type !== "scan_clean").every((g) => g.passed)).toBe(true);
  });

  it("external artifacts are not scanned: the gate passes and says so", async () => {
    const ref = { team: quarantineTeam.slug, name: `sec-${uniqueSuffix()}` };
    await createModel(quarantineTeam.contributor, { ...ref, modelCard: "# Card" });
    await registerVersion(quarantineTeam.contributor, ref, {
      externalArtifacts: [{ path: "model.bin", uri: "s3://bucket/model.bin" }],
      lineage: { datasetName: "transactions", datasetVersion: "2025-03" },
    });
    const [row] = await t.db
      .select({ verdict: artifacts.scanVerdict })
      .from(artifacts)
      .innerJoin(modelVersions, eq(modelVersions.id, artifacts.versionId))
      .where(and(eq(artifacts.path, "model.bin"), eq(artifacts.storageUri, "s3://bucket/model.bin")));
    expect(row!.verdict).toBeNull();
    await setPolicy(quarantineTeam.maintainer, {
      team: ref.team,
      model: ref.name,
      target: "staging",
      requiredApprovals: 0,
    });
    await requestTransition(quarantineTeam.contributor, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "x",
    });
    const prod = await requestTransition(quarantineTeam.contributor, {
      ...ref,
      version: 1,
      toStage: "production",
      reason: "x",
    });
    const scan = prod.gateResults.find((g) => g.gate.type === "scan_clean");
    expect(scan).toMatchObject({ passed: true, actual: "1 external (not scanned)" });
  });
});
