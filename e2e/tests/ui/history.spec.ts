import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectShape } from "../api/openapi-shape";
import { signInAs } from "../fixtures";

// "What was in production on date X", the model timeline and the model inventory, as the auditor
// persona against the demo seed: fraud/transaction-scorer v3 was promoted with two signatures
// minutes before the tests start, and v4 went to staging with one.

const SHOTS = "/tmp/shots-history";
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

test.use({ viewport: { width: 1280, height: 900 } });

test("as of yesterday nothing was in production; as of now the demo champion is, with its timeline", async ({
  page,
}) => {
  await signInAs(page, "auditor", "/audit/as-of");
  await expect(page.getByRole("heading", { level: 1, name: "What was in production?" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Audit sections" }).getByRole("link", { name: "As of" }),
  ).toHaveAttribute("aria-current", "page");

  // Yesterday: the demo was seeded minutes ago, so no model existed yet.
  await page.getByRole("link", { name: "Yesterday" }).click();
  await expect(page).toHaveURL(/\/audit\/as-of\?at=/);
  await expect(page.getByText("Nothing was in production.")).toBeVisible();
  const yesterday = new Date(new URL(page.url()).searchParams.get("at")!);
  expect(Date.now() - yesterday.getTime()).toBeGreaterThan(23 * 3600_000);
  await shot(page, "as-of-yesterday");

  // Now: the champion is there, with its aliases.
  await page.getByRole("link", { name: "Now", exact: true }).click();
  const scorer = page.getByRole("row").filter({ hasText: "fraud/transaction-scorer" });
  await expect(scorer.getByTestId("production-version")).toHaveText("v3");
  await expect(scorer.locator('[data-alias="champion"]')).toContainText("v3");
  await expect(
    page.getByRole("row").filter({ hasText: "fraud/chargeback-predictor" }).getByTestId("production-version"),
  ).toHaveText("nothing");
  await shot(page, "as-of-now");

  // A typed date and time (UTC) goes through the form.
  await page.getByLabel("Date and time (UTC)").fill("2001-02-03T04:05:06");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/at=2001-02-03T04%3A05%3A06/);
  await expect(page.getByText("Nothing was in production.")).toBeVisible();

  // The model's timeline: the promotion with who asked, why and both signatures.
  await page.goto("/audit/as-of");
  await scorer.getByRole("link", { name: /transaction-scorer/ }).click();
  await expect(page).toHaveURL(/\/models\/fraud\/transaction-scorer\?tab=timeline$/);
  const timeline = page.getByRole("list", { name: "Model timeline" });
  const promotion = timeline.getByTestId("timeline-event").filter({ hasText: "Two weeks in shadow" });
  await expect(promotion.getByTestId("stage-change")).toContainText("v3");
  await expect(promotion.getByTestId("alias-change")).toContainText("champion");
  await expect(promotion).toContainText("Requested by Carl Contributor");
  await expect(promotion.getByTestId("timeline-signature")).toHaveCount(2);
  await expect(promotion.getByTestId("timeline-signature").first()).toContainText("Rui Reviewer");
  await expect(promotion.getByTestId("timeline-signature").first()).toContainText(
    "Meaning: Approve promotion of fraud/transaction-scorer v3 to production",
  );
  await shot(page, "model-timeline");

  // The same answers over the API, in the documented shapes.
  const asOf = await page.request.get(`/api/v1/as-of?at=${encodeURIComponent(yesterday.toISOString())}`);
  expect(asOf.status()).toBe(200);
  const asOfBody = await asOf.json();
  expectShape("productionAsOf", asOfBody);
  expect(asOfBody.items).toEqual([]);
  const nowBody = await (await page.request.get("/api/v1/as-of")).json();
  expectShape("productionAsOf", nowBody);
  expect(nowBody.items.find((r: { model: string }) => r.model === "fraud/transaction-scorer")).toMatchObject({
    productionVersion: 3,
    aliases: expect.arrayContaining([{ alias: "champion", version: 3 }]),
  });
  const bad = await page.request.get("/api/v1/as-of?at=yesterday");
  expect(bad.status()).toBe(400);
  const tl = await (await page.request.get("/api/v1/models/fraud/transaction-scorer/timeline")).json();
  expectShape("modelTimeline", tl);
  expect(tl.items[0].at >= tl.items.at(-1).at).toBe(true);
});

test("the inventory lists every model with champion, approval and evidence, and downloads as CSV", async ({
  page,
}) => {
  await signInAs(page, "auditor", "/audit");
  await page
    .getByRole("navigation", { name: "Audit sections" })
    .getByRole("link", { name: "Inventory" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Model inventory" })).toBeVisible();
  const scorer = page.getByRole("row").filter({ hasText: "fraud/transaction-scorer" });
  await expect(scorer).toContainText("v3");
  await expect(scorer).toContainText("production");
  await expect(scorer).toContainText("Rita Reviewer");
  await expect(scorer).toContainText(/\d+\/\d+ gates/);
  await shot(page, "inventory");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^model-inventory-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toMatch(/^Team,Model,Archived,Owner,Champion version,Champion stage,Latest version,/);
  const row = lines.find((l) => l.startsWith("fraud,transaction-scorer,"));
  expect(row).toContain("fraud,transaction-scorer,no,");
  expect(row).toContain(",3,production,");
  // The last approved change is v4's move to staging (one signature); the evidence is v3's promotion.
  expect(row).toContain(",promotion of fraud/transaction-scorer v4 to staging,Rita Reviewer,");
  expect(row).toMatch(/,3,[^,]+,"?model card present: passed/);
});
