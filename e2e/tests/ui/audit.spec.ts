import { readFileSync } from "node:fs";
import { type BrowserContext, expect, type Page, type TestInfo, test } from "@playwright/test";
import { signIn, uniqueName } from "../api/session";
import { signInAs } from "../fixtures";

// The audit page as the auditor persona: filters, the detail drawer's before/after, the CSV
// export download and chain verification. A change to diff is made through the API first (as
// the contributor), on a model of its own.

const DEMO_MODEL = "fraud/transaction-scorer";
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** Light and dark; the drawer is shot in the viewport (a full-page shot cuts its overlay). */
async function shot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

const eventRows = (page: Page) => page.locator("table").first().locator("tbody tr");

test("the auditor filters the trail to one model, reads a before/after, exports CSV and verifies the chain", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  // A model whose description the contributor then edits: a model.updated with old and new values.
  const contributor = await signIn(browser, "contributor");
  contexts.push(contributor.context);
  const mg = contributor.client();
  const name = uniqueName("e2e-audit");
  await mg.models.create({ team: "fraud", name, description: "first words" });
  await mg.models.update(`fraud/${name}`, { description: "second thoughts" });

  await page.setViewportSize({ width: 1440, height: 1000 });
  await signInAs(page, "auditor", "/audit");
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();

  // Keyset pages: Older goes further back, Newer comes back to the same first row.
  const firstSeq = await eventRows(page).first().locator("td").first().textContent();
  const older = page.getByRole("link", { name: "Older" });
  if (await older.isVisible()) {
    await older.click();
    await expect(page).toHaveURL(/before=\d+/);
    const deeper = Number(await eventRows(page).first().locator("td").first().textContent());
    expect(deeper).toBeLessThan(Number(firstSeq));
    await page.getByRole("link", { name: "Newer" }).click();
    await expect(page).not.toHaveURL(/before=/);
    await expect(eventRows(page).first().locator("td").first()).toHaveText(firstSeq!);
  }

  // Filter to one demo model: every row concerns it.
  const filters = page.getByRole("form", { name: "Filter the audit trail" });
  await filters.getByLabel("Model").fill(DEMO_MODEL);
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/model=fraud%2Ftransaction-scorer/);
  const rows = eventRows(page);
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  await expect(page.locator(`tbody [data-model="${DEMO_MODEL}"]`)).toHaveCount(count);
  await expect(rows.filter({ hasText: "transition.applied" }).first()).toBeVisible();
  await shot(page, testInfo, "audit-page");

  // The CSV download is exactly this view, with the signed checkpoint lines at the end.
  const model = await (await page.request.get(`/api/v1/models/${DEMO_MODEL}`)).json();
  const checkpoints = await (await page.request.get("/api/v1/audit/checkpoints?limit=1")).json();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^modelgate-audit-\d{8}T\d{6}Z\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(
    "seq,at,actorType,actorName,actorUserId,actorTokenId,action,entityType,entityId,teamId,modelId,reason,before,after,requestId,ip,userAgent,prevHash,hash",
  );
  const data = lines.slice(1).filter((l) => !l.startsWith("#"));
  expect(data.length).toBe(count);
  for (const line of data) expect(line).toContain(`,${model.id},`);
  if (checkpoints.items.length > 0) expect(csv).toMatch(/^# checkpoint seq=\d+ hash=[0-9a-f]{64} /m);

  // The edited model's model.updated event: the drawer shows the old and the new description.
  await filters.getByLabel("Model").fill(`fraud/${name}`);
  await filters.getByLabel("Action").click();
  await page.getByRole("option", { name: "model.updated", exact: true }).click();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=model\.updated/);
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("cell").nth(2).click();
  const drawer = page.getByRole("dialog", { name: /^Event #\d+$/ });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId("event-fields")).toContainText("Carl Contributor");
  await expect(drawer.getByTestId("event-fields")).toContainText(`fraud/${name}`);
  const changed = drawer.locator('tr[data-diff="changed"]', { hasText: "description" });
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('td[data-side="old"]')).toHaveText("first words");
  await expect(changed.locator('td[data-side="new"]')).toHaveText("second thoughts");
  await expect(changed).toContainText("changed");
  await shot(page, testInfo, "audit-drawer", false);
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  // Clear, then verify the whole chain: the badge turns green.
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await page.getByRole("button", { name: "Verify now" }).click();
  const badge = page.getByTestId("audit-verification");
  await expect(badge).toHaveAttribute("data-state", "ok");
  await expect(badge).toContainText(/Chain verified through #\d+ at .+ \(by Audrey Auditor\)/);
  await expect(eventRows(page).first()).toContainText("audit.verified");
});

test("a maintainer reads only their teams' events; a viewer is told the trail is for compliance officers", async ({
  page,
}) => {
  await signInAs(page, "maintainer", "/audit");
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(page.getByText(/Your teams' part of the trail/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Verify now" })).toHaveCount(0);
  const teams = await eventRows(page).locator("td:nth-child(6)").allTextContents();
  expect(teams.length).toBeGreaterThan(0);
  // Only team events (other specs may have made the maintainer a maintainer of more teams), never
  // organisation-wide ones such as sign-ins.
  for (const t of teams) expect(t.trim()).not.toMatch(/^(—|-)?$/);
  expect(teams.map((t) => t.trim())).toContain("fraud");

  await page.context().clearCookies();
  await signInAs(page, "viewer", "/audit");
  await expect(page.getByRole("heading", { name: "For compliance officers" })).toBeVisible();
});
