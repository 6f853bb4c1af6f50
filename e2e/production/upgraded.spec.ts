/**
 * The current code started on the data the previous release wrote (scripts/production-paths.mjs,
 * MG_PHASE=upgraded, e2e/fixtures/upgrade-*): migrations are applied, the old demo organisation
 * signs in, its models are listed, and the audit chain — old events and new — verifies under the
 * old signed checkpoints. (The script then compares the database and the blobs with the manifest.)
 */
import { expect, test } from "@playwright/test";

test.skip(process.env.MG_PHASE !== "upgraded", "upgrade check");

test("the upgraded instance keeps the old release's data and verifies its audit chain", async ({ page }) => {
  const health = await page.request.get("/api/health");
  expect(await health.json()).toMatchObject({ status: "ok", migrations: "up-to-date" });
  await page.goto("/login?callbackUrl=%2Fmodels");
  await page.getByLabel("Email").fill(process.env.MG_ADMIN_EMAIL!);
  await page.getByLabel("Password").fill(process.env.MG_ADMIN_PASSWORD!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "fraud/transaction-scorer" })).toBeVisible();
  const champion = await page.request.get("/api/v1/resolve?ref=fraud/transaction-scorer@champion");
  expect(champion.status()).toBe(200);
  expect(await champion.json()).toMatchObject({ version: 3 });
  const verify = await page.request.post("/api/v1/audit/verify");
  const result = await verify.json();
  expect(result, JSON.stringify(result.firstBreak)).toMatchObject({ ok: true });
  expect(result.checkpoints.verified).toBeGreaterThan(0);
});
