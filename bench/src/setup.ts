/**
 * The bench database and the people in it, made through the real services (users, team,
 * memberships, an API token, the models under test), so the app sees an ordinary registry.
 */
import { generateKeyPairSync } from "node:crypto";
import {
  addMember,
  createApiToken,
  createContext,
  createModel,
  createTeam,
  createUser,
  registerVersion,
  type ServiceContext,
  systemContext,
} from "@modelgate/core";
import { aliases, type Database, eq, modelVersions } from "@modelgate/db";
import postgres from "postgres";

export const PASSWORD = "bench-password-0123";
export const TEAM = "bench";
/** The model every resolve measurement asks for, in both the empty and the seeded database. */
export const RESOLVE_MODEL = "resolve-me";
/** Registrations rotate over these models (a CI fleet registering into many models). */
export const REGISTER_MODELS = Array.from({ length: 20 }, (_, i) => `reg-${String(i).padStart(2, "0")}`);

/** Drops and creates `name` on the server; returns its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function signingKeyPem(): string {
  return generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export interface Fixture {
  team: { id: string; slug: string };
  contributor: { id: string; name: string; email: string; ctx: ServiceContext };
  maintainer: { id: string; name: string; email: string; ctx: ServiceContext };
  auditorEmail: string;
  /** A contributor token for the bench team (what CI scripts use). */
  token: string;
}

export async function createFixture(db: Database): Promise<Fixture> {
  const system = systemContext(db, "bench setup");
  const team = await createTeam(system, { slug: TEAM, name: "Benchmarks" });
  const person = async (
    email: string,
    name: string,
    orgRole: "member" | "auditor",
    teamRole?: "contributor" | "maintainer",
  ) => {
    const user = await createUser(system, { email, name, password: PASSWORD, orgRole });
    if (teamRole) await addMember(system, { teamId: team.id, userId: user.id, role: teamRole });
    const ctx = createContext(
      db,
      {
        type: "user",
        userId: user.id,
        name: user.name,
        email: user.email,
        orgRole,
        teamRoles: teamRole ? { [team.id]: teamRole } : {},
      },
      {},
      { webhookPolicy: { allowPrivateNetworks: true } },
    );
    return { id: user.id, name: user.name, email: user.email, ctx };
  };
  const contributor = await person("ci@bench.modelgate.dev", "CI pipeline", "member", "contributor");
  const maintainer = await person("owner@bench.modelgate.dev", "Bench owner", "member", "maintainer");
  const auditor = await person("auditor@bench.modelgate.dev", "Bench auditor", "auditor");
  // A production server refuses to start without an administrator.
  await createUser(system, {
    email: "admin@bench.modelgate.dev",
    name: "Bench admin",
    password: PASSWORD,
    orgRole: "admin",
  });
  const { token } = await createApiToken(contributor.ctx, {
    teamId: team.id,
    name: "bench",
    role: "contributor",
  });
  for (const name of [RESOLVE_MODEL, ...REGISTER_MODELS]) {
    await createModel(contributor.ctx, { team: TEAM, name, tags: { purpose: "bench" } });
  }
  return {
    team: { id: team.id, slug: team.slug },
    contributor,
    maintainer,
    auditorEmail: auditor.email,
    token,
  };
}

/**
 * The resolve target: a production version with two artifacts behind `champion`. Promotion to
 * production goes through four-eyes approvals in the product; the fixture writes the outcome
 * directly, as the scale seeder does for its 10,000 models.
 */
export async function createChampion(db: Database, fixture: Fixture) {
  const ref = { team: TEAM, name: RESOLVE_MODEL };
  const v = await registerVersion(fixture.contributor.ctx, ref, {
    metrics: [{ key: "auc", value: 0.91 }],
    externalArtifacts: [
      { path: "model.onnx", uri: "s3://models/bench/resolve-me/1/model.onnx", size: 1_000_000 },
      { path: "requirements.txt", uri: "s3://models/bench/resolve-me/1/requirements.txt", size: 120 },
    ],
  });
  await db.update(modelVersions).set({ stage: "production" }).where(eq(modelVersions.id, v.id));
  await db.insert(aliases).values({
    modelId: v.modelId,
    name: "champion",
    versionId: v.id,
    protected: true,
    updatedBy: fixture.maintainer.id,
  });
}

/** A registration body as a training pipeline sends it. */
export function registrationBody(i: number): string {
  return JSON.stringify({
    description: `nightly retrain ${i}`,
    tags: { trigger: "nightly", branch: "main" },
    params: { learning_rate: 0.05, max_depth: 8, n_estimators: 400 },
    lineage: {
      runId: `run-${i}`,
      gitCommit: "4a887d8c0ffee",
      datasetName: "transactions",
      datasetVersion: "2026-11",
      framework: "xgboost",
    },
    metrics: [
      { key: "auc", value: 0.9 + (i % 100) / 10_000 },
      { key: "latency_ms", value: 20 + (i % 7) },
    ],
    externalArtifacts: [
      { path: "model.onnx", uri: `s3://models/bench/run-${i}/model.onnx`, size: 1_000_000 },
    ],
  });
}
