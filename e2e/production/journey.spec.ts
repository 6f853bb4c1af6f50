/**
 * What a platform team does first with a fresh production instance, against the instance that
 * scripts/production-paths.mjs started (embedded, PostgreSQL, PostgreSQL + S3):
 * the first admin signs in, creates a team and an API token, and the CLI registers a version
 * with an artifact and resolves it; the artifact downloads intact, whole and by Range.
 * With MG_PHASE=restored it checks an instance restored from a backup instead: the audit chain
 * verifies and every artifact listed by the first phase downloads with its sha256.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (scripts/production-paths.mjs sets it)`);
  return v;
};
const url = env("MG_URL");
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

interface Registered {
  token: string;
  model: string;
  artifacts: { version: number; path: string; sha256: string; size: number }[];
}

/** The CLI of the clone under test (`pnpm modelgate …` there is the same file). */
function cli(args: string[], token: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [env("MG_CLI"), ...args],
      { env: { ...process.env, MODELGATE_URL: url, MODELGATE_TOKEN: token } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function signIn(page: Page, path: string) {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(env("MG_ADMIN_EMAIL"));
  await page.getByLabel("Password").fill(env("MG_ADMIN_PASSWORD"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: /^Account menu for / })).toBeVisible();
}

async function download(token: string, model: string, a: Registered["artifacts"][number], range?: string) {
  return fetch(`${url}/api/v1/models/${model}/versions/${a.version}/artifacts/${a.path}`, {
    headers: { authorization: `Bearer ${token}`, ...(range ? { range } : {}) },
  });
}

test.skip(process.env.MG_PHASE === "restored", "first-use journey");

test("health names the database and the artifact store", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({
    status: "ok",
    db: env("MG_EXPECT_DB"),
    migrations: "up-to-date",
    artifactStore: { kind: env("MG_EXPECT_STORE"), status: "ok" },
  });
});

test("the first admin creates a team and a token; the CLI registers and resolves a version", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8);
  const team = `ops-${id}`;
  await signIn(page, "/admin");
  const form = page.getByRole("form", { name: "New team" });
  await form.getByLabel("Name").fill(`Ops ${id}`);
  await form.getByLabel("Slug").fill(team);
  await form.getByRole("button", { name: "Create team" }).click();
  await page
    .getByRole("list", { name: "Teams" })
    .getByRole("link", { name: `Ops ${id}` })
    .click();
  await page.getByRole("button", { name: "Add member" }).click();
  const add = page.getByRole("dialog", { name: "Add member" });
  await add.getByLabel("Email").fill(env("MG_ADMIN_EMAIL"));
  await add.getByLabel("Role").click();
  await page.getByRole("option", { name: /^maintainer/ }).click();
  await add.getByRole("button", { name: "Add to team" }).click();
  await expect(add).toBeHidden();

  await page.goto("/profile");
  await page.getByRole("button", { name: "New token" }).click();
  const dialog = page.getByRole("dialog", { name: "New API token" });
  await dialog.getByLabel("Name").fill(`ci-${id}`);
  await dialog.getByLabel("Team").click();
  await page.getByRole("option", { name: new RegExp(`Ops ${id}`) }).click();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^mg_/);

  // Big enough to be a multipart upload on S3 (parts of 8 MiB).
  const weights = randomBytes(20 * 1024 * 1024 + 123);
  const dir = mkdtempSync(join(tmpdir(), "mg-production-"));
  writeFileSync(join(dir, "model.bin"), weights);
  const model = `${team}/scorer`;
  const created = await cli(["models", "create", model, "--description", "Production path check"], token);
  expect(created.code, created.stderr).toBe(0);
  const reg = await cli(
    [
      "versions",
      "register",
      model,
      "--metric",
      "auc=0.91",
      "--artifact",
      `model.bin=${join(dir, "model.bin")}`,
      "--json",
    ],
    token,
  );
  expect(reg.code, reg.stderr).toBe(0);
  expect(JSON.parse(reg.stdout)).toMatchObject({ version: 1, status: "ready" });
  const resolved = await cli(["resolve", `${model}@latest`, "--json"], token);
  expect(resolved.code, resolved.stderr).toBe(0);
  expect(JSON.parse(resolved.stdout)).toMatchObject({
    version: 1,
    artifacts: [{ path: "model.bin", size: weights.length, sha256: sha(weights) }],
  });

  const artifact = { version: 1, path: "model.bin", sha256: sha(weights), size: weights.length };
  const whole = await download(token, model, artifact);
  expect(whole.status).toBe(200);
  expect(whole.headers.get("accept-ranges")).toBe("bytes");
  expect(sha(Buffer.from(await whole.arrayBuffer()))).toBe(artifact.sha256);
  const part = await download(token, model, artifact, "bytes=1000-1999");
  expect(part.status).toBe(206);
  expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${weights.length}`);
  expect(Buffer.from(await part.arrayBuffer()).equals(weights.subarray(1000, 2000))).toBe(true);
  const tail = await download(token, model, artifact, "bytes=-10");
  expect(tail.status).toBe(206);
  expect(Buffer.from(await tail.arrayBuffer()).equals(weights.subarray(weights.length - 10))).toBe(true);
  expect((await download(token, model, artifact, `bytes=${weights.length}-`)).status).toBe(416);

  const registered: Registered = { token, model, artifacts: [artifact] };
  writeFileSync(env("MG_STATE_FILE"), JSON.stringify(registered));
});
