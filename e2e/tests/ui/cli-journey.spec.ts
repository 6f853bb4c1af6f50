import { execFile } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { PORT } from "../../playwright.config";
import { signInAs } from "../fixtures";

const cliPath = resolve(import.meta.dirname, "..", "..", "..", "packages", "client", "dist", "cli.js");

function cli(args: string[], token: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { env: { ...process.env, MODELGATE_URL: `http://localhost:${PORT}`, MODELGATE_TOKEN: token } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test("a token from the profile page drives the CLI; what it registers shows up in the UI and downloads intact", async ({
  page,
}) => {
  const name = `cli-${randomUUID().slice(0, 8)}`;
  const weights = randomBytes(256 * 1024);
  const dir = mkdtempSync(join(tmpdir(), "mg-cli-"));
  writeFileSync(join(dir, "weights.bin"), weights);

  // The contributor creates a token for the fraud team in the UI (shown once).
  await signInAs(page, "contributor", "/profile");
  await page.getByRole("button", { name: "New token" }).click();
  const dialog = page.getByRole("dialog", { name: "New API token" });
  await dialog.getByLabel("Name").fill(`laptop-${name}`);
  await dialog.getByLabel("Team").click();
  await page.getByRole("option", { name: /Fraud Detection/ }).click();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^mg_/);

  // The CLI creates the model and registers a version with an artifact and a metric.
  expect(
    (await cli(["models", "create", `fraud/${name}`, "--description", "From the CLI"], token)).code,
  ).toBe(0);
  const reg = await cli(
    [
      "versions",
      "register",
      `fraud/${name}`,
      "--metric",
      "auc=0.931",
      "--param",
      "depth=6",
      "--artifact",
      `weights.bin=${join(dir, "weights.bin")}`,
      "--json",
    ],
    token,
  );
  expect(reg.code, reg.stderr).toBe(0);
  expect(JSON.parse(reg.stdout)).toMatchObject({ version: 1, status: "ready" });
  const resolved = JSON.parse((await cli(["resolve", `fraud/${name}@latest`, "--json"], token)).stdout);
  expect(resolved).toMatchObject({ version: 1, artifacts: [{ path: "weights.bin", size: weights.length }] });
  // A token never decides, and usage errors exit 2.
  expect((await cli(["versions", "register"], token)).code).toBe(2);

  // The UI shows it: table → model → version → download.
  await page.goto(`/models?q=${name}`);
  await page.getByRole("link", { name: `fraud/${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/models/fraud/${name}$`));
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByText("ready").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Params" })).toContainText("depth");
  const downloading = page.waitForEvent("download");
  await page
    .getByRole("table", { name: "Artifacts" })
    .getByRole("link", { name: "Download weights.bin" })
    .click();
  const file = await (await downloading).path();
  expect(createHash("sha256").update(readFileSync(file!)).digest("hex")).toBe(
    createHash("sha256").update(weights).digest("hex"),
  );
});
