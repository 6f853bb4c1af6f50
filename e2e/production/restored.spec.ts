/**
 * An instance restored from a backup (scripts/production-paths.mjs, MG_PHASE=restored): the audit
 * chain verifies end to end, and what the journey registered before the backup is all there —
 * the token still works and every artifact downloads with its sha256.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test.skip(process.env.MG_PHASE !== "restored", "restore check");

const url = process.env.MG_URL!;

test("the restored instance verifies its audit chain and serves every artifact intact", async ({ page }) => {
  const state = JSON.parse(readFileSync(process.env.MG_STATE_FILE!, "utf8")) as {
    token: string;
    model: string;
    artifacts: { version: number; path: string; sha256: string }[];
  };
  for (const a of state.artifacts) {
    const res = await fetch(`${url}/api/v1/models/${state.model}/versions/${a.version}/artifacts/${a.path}`, {
      headers: { authorization: `Bearer ${state.token}` },
    });
    expect(res.status).toBe(200);
    expect(
      createHash("sha256")
        .update(Buffer.from(await res.arrayBuffer()))
        .digest("hex"),
    ).toBe(a.sha256);
  }
  await page.goto("/login?callbackUrl=%2Faudit");
  await page.getByLabel("Email").fill(process.env.MG_ADMIN_EMAIL!);
  await page.getByLabel("Password").fill(process.env.MG_ADMIN_PASSWORD!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: /^Account menu for / })).toBeVisible();
  const verify = await page.request.post("/api/v1/audit/verify");
  expect(verify.status()).toBe(200);
  const result = await verify.json();
  expect(result, JSON.stringify(result.firstBreak)).toMatchObject({ ok: true });
  expect(result.checkpoints.verified).toBeGreaterThan(0);
});
