import { randomUUID } from "node:crypto";
import type { ModelgateClient } from "@modelgate/client";
import { type Browser, type BrowserContext, expect, type Page, type TestInfo, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../playwright.config";
import { baseUrl, signIn, uniqueName } from "../api/session";
import { type PersonaName, personas, signInAs } from "../fixtures";

// Approval workflows in a real browser against the built app. Data comes from the REST API (the
// registry UI is not under test here) with the contributor's session; every request, signature
// and policy change goes through the approvals UI. Each test makes its own models (or team).

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** A signed-in page of one persona in its own browser context (so personas can take turns). */
async function as(browser: Browser, who: PersonaName, path = "/approvals"): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  // The login page only follows same-site paths back, not absolute URLs.
  const url = new URL(path, baseUrl);
  await signInAs(page, who, url.pathname + url.search);
  await expect(page).toHaveURL(url.href);
  return page;
}

/** The contributor's client (cookie session) and a page in the same context. */
async function contributor(browser: Browser) {
  const session = await signIn(browser, "contributor");
  contexts.push(session.context);
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return { client: session.client(), page };
}

/**
 * A fraud model with a model card and versions with dataset lineage and metrics that pass the
 * fraud team's production gates (the demo seed sets auc ≥ 0.92 and latency_p99_ms ≤ 22).
 */
async function modelWithVersions(client: ModelgateClient, count: number) {
  const name = uniqueName("e2e-approvals");
  await client.models.create({
    team: "fraud",
    name,
    description: "made by the approvals e2e tests",
    modelCard: "# Scorer\n\nIntended use: e2e tests of approvals.",
  });
  for (let i = 1; i <= count; i++) {
    await client.versions.register(`fraud/${name}`, {
      description: `e2e version ${i}`,
      lineage: { datasetName: "transactions", datasetVersion: `2024-1${i}` },
      metrics: [
        { key: "auc", value: 0.93 + i / 1000 },
        { key: "latency_p99_ms", value: 15 },
      ],
    });
  }
  return name;
}

/** Requests a stage through `/approvals/new`; resolves to the new request's URL. */
async function requestStage(page: Page, name: string, version: number, target: string, reason: string) {
  await page.goto(`/approvals/new?team=fraud&name=${name}&version=${version}`);
  const form = page.getByRole("form", { name: "Request promotion" });
  const select = form.getByLabel("Target stage");
  if ((await select.textContent())?.trim() !== target) {
    await select.click();
    await page.getByRole("option", { name: new RegExp(`^${target}`) }).click();
  }
  await expect(select).toHaveText(target);
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Request promotion" }).click();
  await page.waitForURL(/\/approvals\/[0-9a-f-]{36}$/);
  await expect(statusOf(page)).toHaveText("pending");
  return page.url();
}

const statusOf = (page: Page) => page.getByRole("main").locator("header [data-request-status]");

/** Opens the decision dialog on a request page and signs with the given password. */
async function sign(
  page: Page,
  url: string,
  decision: "approve" | "reject",
  opts: { reason?: string; password?: string; expectMeaning?: string } = {},
) {
  if (page.url() !== url) await page.goto(url);
  await page
    .getByRole("button", { name: decision === "approve" ? "Approve" : "Reject", exact: true })
    .click();
  const dialog = page.getByRole("dialog");
  if (opts.expectMeaning)
    await expect(dialog.getByTestId("signature-meaning")).toHaveText(opts.expectMeaning);
  await dialog.getByLabel("Your password").fill(opts.password ?? DEMO_PASSWORD);
  if (opts.reason) await dialog.getByLabel(/^Reason/).fill(opts.reason);
  await dialog.getByRole("button", { name: /^Sign and/ }).click();
  return dialog;
}

async function champion(page: Page, name: string) {
  const res = await page.request.get(`/api/v1/resolve?ref=${encodeURIComponent(`fraud/${name}@champion`)}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { version: number }).version;
}

/** Light and dark; dialogs are shot in the viewport (a full-page shot cuts their overlay). */
async function shot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (fullPage) await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("four-eyes promotions: staging then production with two signatures, then a signed rollback", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { client, page: carl } = await contributor(browser);
  const name = await modelWithVersions(client, 2);
  const model = `fraud/${name}`;
  const rui = await as(browser, "reviewer");
  const rita = await as(browser, "reviewer2");

  // --- v1 to staging: the requester sees the four-eyes note instead of the buttons
  const staging1 = await requestStage(carl, name, 1, "staging", "First candidate for shadow traffic.");
  await expect(carl.getByTestId("request-reason")).toHaveText("First candidate for shadow traffic.");
  await expect(carl.getByTestId("cannot-decide")).toContainText("four-eyes");
  await expect(carl.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expect(carl.getByRole("button", { name: "Cancel request" })).toBeVisible();

  // The reviewer's inbox lists it (with the nav badge); the row opens the request.
  await rui.goto("/approvals?view=waiting");
  await expect(rui.getByTestId("nav-badge-approvals")).toBeVisible();
  const row = rui.getByRole("row").filter({ hasText: `${model} v1` });
  await expect(row).toContainText("none → staging");
  await expect(row).toContainText(personas.contributor.name);
  await expect(row).toContainText("0 / 1");
  await shot(rui, testInfo, "approvals-inbox");
  await row.getByRole("link", { name: "none → staging" }).click();
  await expect(rui).toHaveURL(staging1);
  await (
    await sign(rui, staging1, "approve", { expectMeaning: `Approve promotion of ${model} v1 to staging` })
  ).waitFor({ state: "hidden" });
  await expect(statusOf(rui)).toHaveText("applied");
  await expect(rui.getByTestId("cannot-decide")).toContainText("This request is applied.");

  // --- v1 to production: two reviewers sign; the timeline shows each signature
  const prod1 = await requestStage(carl, name, 1, "production", "Shadow metrics match offline evaluation.");
  await rui.goto(prod1);
  await rui.getByRole("button", { name: "Approve", exact: true }).click();
  const dialog = rui.getByRole("dialog");
  await expect(dialog.getByTestId("signature-meaning")).toHaveText(
    `Approve promotion of ${model} v1 to production`,
  );
  await expect(dialog.getByLabel("Your password")).toHaveAttribute("type", "password");
  await expect(dialog.getByLabel("Your password")).toHaveAttribute("autocomplete", "current-password");
  await dialog.getByLabel("Your password").fill(DEMO_PASSWORD);
  await dialog.getByLabel(/^Reason/).fill("Validated on the holdout.");
  await shot(rui, testInfo, "approvals-sign-dialog", false);
  await dialog.getByRole("button", { name: "Sign and approve" }).click();
  await expect(dialog).toBeHidden();
  await expect(statusOf(rui)).toHaveText("pending");
  await expect(rui.getByTestId("approval-count")).toHaveText("1 / 2");
  const signature = rui.getByTestId("signature");
  await expect(signature).toHaveCount(1);
  await expect(signature).toContainText(personas.reviewer.name);
  await expect(signature).toContainText(`Approve promotion of ${model} v1 to production`);
  await expect(signature).toContainText("Validated on the holdout.");
  await expect(signature).toContainText("UTC");
  await expect(signature.locator("code")).toHaveAttribute("title", /^[0-9a-f]{64}$/);
  await expect(rui.getByTestId("cannot-decide")).toContainText("already signed");
  await shot(rui, testInfo, "approvals-request");

  await sign(rita, prod1, "approve", { reason: "Latency within budget." });
  await expect(statusOf(rita)).toHaveText("applied");
  await expect(rita.getByTestId("signature")).toHaveCount(2);
  await expect(rita.getByTestId("signature").nth(1)).toContainText(personas.reviewer2.name);
  expect(await champion(carl, name)).toBe(1);

  // --- v2 replaces v1 the same way
  const staging2 = await requestStage(carl, name, 2, "staging", "Second candidate.");
  await sign(rui, staging2, "approve");
  await expect(statusOf(rui)).toHaveText("applied");
  const prod2 = await requestStage(carl, name, 2, "production", "Better AUC than v1.");
  await sign(rui, prod2, "approve");
  await expect(rui.getByTestId("approval-count")).toHaveText("1 / 2");
  await sign(rita, prod2, "approve");
  await expect(statusOf(rita)).toHaveText("applied");
  expect(await champion(carl, name)).toBe(2);

  // --- roll back to v1 (reason required), one reviewer signs, v1 is champion again
  await carl.goto(`/approvals/new?team=fraud&name=${name}&version=1`);
  await carl.getByRole("button", { name: "Roll back to v1" }).click();
  const rollback = carl.getByRole("dialog", { name: "Roll back to v1?" });
  await rollback.getByRole("button", { name: "Request rollback" }).click();
  await expect(rollback.getByText("Say why you roll back.")).toBeVisible();
  await rollback.getByLabel("Reason").fill("v2 raises false positives on weekend traffic.");
  await rollback.getByRole("button", { name: "Request rollback" }).click();
  await carl.waitForURL(/\/approvals\/[0-9a-f-]{36}$/);
  const rollbackUrl = carl.url();
  await expect(carl.getByRole("heading", { level: 1 })).toContainText("rollback to production");
  await sign(rui, rollbackUrl, "approve", {
    expectMeaning: `Approve roll ${model} back to v1 in production`,
  });
  await expect(statusOf(rui)).toHaveText("applied");
  expect(await champion(carl, name)).toBe(1);

  // The timeline: newest first, the rollback marked.
  await carl.goto(`/approvals/new?team=fraud&name=${name}&version=1`);
  const history = carl.getByRole("list", { name: "Model timeline" }).getByTestId("stage-change");
  await expect(history.first()).toHaveAttribute("data-rollback", "true");
  await expect(history.first()).toContainText("v1");
  await expect(history.first()).toContainText("rollback");
  await expect(history.filter({ hasText: "rollback" })).toHaveCount(1);
  await shot(carl, testInfo, "approvals-stage-history");

  // The requester's own list shows all five requests, applied.
  await carl.goto("/approvals?view=mine");
  await expect(carl.getByRole("row").filter({ hasText: model })).toHaveCount(5);
});

test("a wrong password signs nothing; a rejection needs a reason and closes the request; comments are threaded and sanitized", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { client, page: carl } = await contributor(browser);
  const name = await modelWithVersions(client, 1);
  const url = await requestStage(carl, name, 1, "staging", "Please review.");
  const rui = await as(browser, "reviewer", url);

  // Wrong password: the field error, the dialog stays open, no signature recorded.
  const dialog = await sign(rui, url, "approve", { password: "not-my-password" });
  await expect(dialog.getByText("Wrong password", { exact: true })).toBeVisible();
  await expect(dialog.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert")).toContainText("the decision was not signed");
  await shot(rui, testInfo, "approvals-wrong-password", false);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await rui.reload();
  await expect(rui.getByTestId("signature")).toHaveCount(0);
  await expect(rui.getByTestId("approval-count")).toHaveText("0 / 1");
  await expect(statusOf(rui)).toHaveText("pending");

  // Comments: markdown renders, raw HTML stays text, replies nest under their parent.
  await rui
    .getByLabel("Comment", { exact: true })
    .fill("Is the **holdout** recent? <script>window.pwned=1</script>");
  await rui.getByRole("button", { name: "Comment", exact: true }).click();
  const comment = rui.getByTestId("comment").first();
  await expect(comment.locator("strong")).toHaveText("holdout");
  await expect(comment).toContainText("<script>window.pwned=1</script>");
  expect(await rui.evaluate("window.pwned")).toBeUndefined();
  await carl.reload();
  await carl.getByRole("button", { name: `Reply to ${personas.reviewer.name}` }).click();
  await carl.getByLabel("Reply", { exact: true }).fill("Yes: _November_ data.");
  await carl.getByRole("button", { name: "Reply", exact: true }).click();
  const reply = carl.getByTestId("comment").first().getByTestId("comment");
  await expect(reply).toContainText(personas.contributor.name);
  await expect(reply.locator("em")).toHaveText("November");

  // Reject: the reason is required, then the request is closed as rejected with it.
  const reject = await sign(rui, url, "reject");
  await expect(reject.getByText("Say why you reject.")).toBeVisible();
  await reject.getByLabel(/^Reason/).fill("The holdout predates the new fraud pattern.");
  await reject.getByRole("button", { name: "Sign and reject" }).click();
  await expect(reject).toBeHidden();
  await expect(statusOf(rui)).toHaveText("rejected");
  await expect(rui.getByTestId("status-reason")).toContainText("The holdout predates the new fraud pattern.");
  await expect(rui.getByTestId("signature")).toContainText(`Reject promotion of fraud/${name} v1 to staging`);
  await expect(rui.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await rui.reload();
  await shot(rui, testInfo, "approvals-rejected-with-comments");
});

test("a maintainer who makes a request cannot sign it (four-eyes), and can cancel it", async ({
  browser,
}) => {
  // The server refuses such a decision too (admins included); the core test suite covers that,
  // since decisions have no REST route and a crafted server-action call is not practical here.
  const { client } = await contributor(browser);
  const name = await modelWithVersions(client, 1);
  const maya = await as(browser, "maintainer");
  const url = await requestStage(maya, name, 1, "staging", "Maintainer asks.");
  await expect(maya.getByTestId("cannot-decide")).toHaveText(
    "You made this request; someone else must review it (four-eyes rule).",
  );
  await expect(maya.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  await expect(maya.getByRole("button", { name: "Reject", exact: true })).toHaveCount(0);

  // An auditor reads the request but has nothing to sign, cancel or comment.
  const audrey = await as(browser, "auditor", url);
  await expect(audrey.getByTestId("cannot-decide")).toContainText("needs the reviewer role");
  await expect(audrey.getByRole("button", { name: "Cancel request" })).toHaveCount(0);
  await expect(audrey.getByLabel("Comment", { exact: true })).toHaveCount(0);

  await maya.getByRole("button", { name: "Cancel request" }).click();
  const dialog = maya.getByRole("dialog", { name: "Cancel this request?" });
  await dialog.getByLabel(/^Reason/).fill("Wrong version.");
  await dialog.getByRole("button", { name: "Cancel request" }).click();
  await expect(dialog).toBeHidden();
  await expect(statusOf(maya)).toHaveText("cancelled");
  await expect(maya.getByTestId("status-reason")).toContainText("Wrong version.");
});

test("the seeded production request shows its failing gate and blocks approval", async ({
  browser,
}, testInfo) => {
  const rui = await as(browser, "reviewer", "/approvals?view=open");
  const row = rui.getByRole("row").filter({ hasText: "fraud/transaction-scorer v4" });
  await expect(row).toContainText("staging → production");
  await expect(row.locator("[data-failing]")).toHaveText("3/4 passing");
  await row.getByRole("link", { name: "staging → production" }).click();
  await expect(rui.getByRole("heading", { level: 1 })).toContainText("staging → production");
  const failed = rui.getByRole("list", { name: "Gates" }).locator("[data-gate=failed]");
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText("latency_p99_ms <= 22");
  await expect(failed).toContainText("23");
  await expect(rui.getByRole("button", { name: "Approve", exact: true })).toBeDisabled();
  await expect(rui.getByTestId("approve-blocked")).toContainText("latency_p99_ms <= 22");
  await expect(rui.getByTestId("comment").first()).toContainText("the policy allows 22");
  await shot(rui, testInfo, "approvals-request-failing-gate");
  // Rejecting stays possible; the dialog states what would be signed (not submitted here).
  await rui.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(rui.getByRole("dialog").getByTestId("signature-meaning")).toHaveText(
    "Reject promotion of fraud/transaction-scorer v4 to production",
  );
  await shot(rui, testInfo, "approvals-reject-dialog", false);
});

test("a maintainer edits a team policy; a reviewer reads it without edit controls", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  // A team of its own, so the shared demo teams' policies stay as seeded.
  const id = randomUUID().slice(0, 8);
  const team = { slug: `pol-${id}`, name: `Policy Team ${id}` };
  const admin = await as(browser, "admin", "/admin");
  const form = admin.getByRole("form", { name: "New team" });
  await form.getByLabel("Name").fill(team.name);
  await form.getByLabel("Slug").fill(team.slug);
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(
    admin.getByRole("list", { name: "Teams" }).getByRole("link", { name: team.name }),
  ).toBeVisible();
  await admin.goto(`/teams/${team.slug}`);
  for (const [who, role] of [
    ["maintainer", "maintainer"],
    ["reviewer", "reviewer"],
  ] as const) {
    await admin.getByRole("button", { name: "Add member" }).click();
    const add = admin.getByRole("dialog", { name: "Add member" });
    await add.getByLabel("Email").fill(personas[who].email);
    await add.getByLabel("Role").click();
    await admin.getByRole("option", { name: new RegExp(`^${role}`) }).click();
    await add.getByRole("button", { name: "Add to team" }).click();
    await expect(add).toBeHidden();
  }

  const maya = await as(browser, "maintainer", `/teams/${team.slug}`);
  await maya.getByRole("link", { name: "Promotion policies" }).click();
  await expect(maya.getByRole("heading", { name: "Promotion policies" })).toBeVisible();
  const stagingRow = maya.getByRole("row").filter({ hasText: "Promote a version to staging" });
  await expect(stagingRow.getByTestId("required-approvals")).toHaveText("1");
  await expect(stagingRow).toContainText("default");

  await stagingRow.getByRole("button", { name: "Edit Staging policy" }).click();
  const dialog = maya.getByRole("dialog", { name: "Staging policy" });
  await dialog.getByLabel("Required approvals").fill("2");
  await dialog.getByLabel("Model card present").check();
  await dialog.getByRole("button", { name: "Metric threshold" }).click();
  await dialog.getByLabel("Metric gate 1 key").fill("auc");
  await dialog.getByLabel("Metric gate 1 threshold").fill("0.9");
  await dialog.getByRole("button", { name: "Beat the champion" }).click();
  // An incomplete gate is caught before anything is sent.
  await dialog.getByRole("button", { name: "Save policy" }).click();
  await expect(dialog.getByText("Name the metric.")).toBeVisible();
  await dialog.getByLabel("Beat-champion gate 1 key").fill("latency_p99_ms");
  await dialog.getByLabel("Beat-champion gate 1 minimum improvement").fill("5");
  await dialog.getByLabel("Beat-champion gate 1 direction").click();
  await maya.getByRole("option", { name: "lower is better" }).click();
  await dialog.getByRole("checkbox", { name: "%" }).check();
  await shot(maya, testInfo, "approvals-policy-dialog", false);
  await dialog.getByRole("button", { name: "Save policy" }).click();
  await expect(dialog).toBeHidden();
  await expect(stagingRow.getByTestId("required-approvals")).toHaveText("2");
  await expect(stagingRow).toContainText("team");
  const chips = stagingRow.getByRole("list", { name: "Gates" }).getByRole("listitem");
  await expect(chips).toHaveText([
    "model card present",
    "auc >= 0.9",
    "beats champion on latency_p99_ms by ≥ 5% (lower is better)",
  ]);
  await maya.reload();
  await expect(stagingRow.getByTestId("required-approvals")).toHaveText("2");
  await shot(maya, testInfo, "approvals-policies");

  const rui = await as(browser, "reviewer", `/teams/${team.slug}/policies`);
  await expect(
    rui.getByText("Read-only: only the team’s maintainers change promotion policies."),
  ).toBeVisible();
  await expect(rui.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await expect(
    rui
      .getByRole("row")
      .filter({ hasText: "Promote a version to staging" })
      .getByTestId("required-approvals"),
  ).toHaveText("2");
});

test("the model page shows the timeline and the version page offers a promotion request to contributors only", async ({
  page,
}) => {
  await signInAs(page, "contributor", "/models/fraud/transaction-scorer?tab=timeline");
  const history = page.getByRole("list", { name: "Model timeline" });
  await expect(history.getByTestId("stage-change").first()).toBeVisible();
  await expect(history).toContainText("production");
  await page.goto("/models/fraud/transaction-scorer/versions/2");
  await page.getByRole("button", { name: "Request promotion" }).click();
  await expect(page.getByRole("dialog", { name: "Request promotion of v2" })).toBeVisible();
  await page.keyboard.press("Escape");

  await page.context().clearCookies();
  await signInAs(page, "auditor", "/models/fraud/transaction-scorer/versions/2");
  await expect(page.getByRole("heading", { name: "Version 2" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Request promotion" })).toHaveCount(0);
});

test("a model overrides its team policy; a protected alias moves only by request; versions carry a discussion", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const model = "/models/fraud/chargeback-predictor";
  const maya = await as(browser, "maintainer", model);
  await maya.getByRole("link", { name: "Promotion policy" }).click();
  await maya.waitForURL(/\/teams\/fraud\/policies\?model=chargeback-predictor$/);
  await expect(maya.getByRole("combobox", { name: "Model" })).toHaveText("chargeback-predictor");
  const stagingRow = maya.getByRole("row").filter({ hasText: "Promote a version to staging" });
  await stagingRow.getByRole("button", { name: "Edit Staging policy" }).click();
  const dialog = maya.getByRole("dialog", { name: "Staging policy" });
  await expect(dialog).toContainText("chargeback-predictor only");
  await dialog.getByLabel("Required approvals").fill("0");
  await dialog.getByRole("button", { name: "Save policy" }).click();
  await expect(dialog).toBeHidden();
  await expect(stagingRow.getByTestId("required-approvals")).toHaveText("0");
  await expect(stagingRow.getByTestId("policy-source")).toHaveText("model override");

  await maya.goto(model);
  await maya.getByRole("button", { name: "Aliases" }).click();
  const aliases = maya.getByRole("dialog", { name: "Aliases of fraud/chargeback-predictor" });
  await aliases.getByRole("button", { name: "Protect alias candidate" }).click();
  await expect(aliases.getByRole("button", { name: "Unprotect alias candidate" })).toBeVisible();

  const carl = await as(browser, "contributor", model);
  await expect(carl.getByRole("list", { name: "Model aliases" }).getByLabel("protected")).toBeVisible();
  await carl.getByRole("button", { name: "Aliases" }).click();
  const panel = carl.getByRole("dialog", { name: "Aliases of fraud/chargeback-predictor" });
  await expect(
    panel.getByRole("listitem").filter({ hasText: "candidate" }).getByLabel("protected"),
  ).toBeVisible();
  await expect(panel.getByRole("button", { name: "Remove alias candidate" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: /protect alias candidate/i })).toHaveCount(0);
  await panel.getByRole("button", { name: "Request move of alias candidate" }).click();
  const move = panel.getByRole("form", { name: "Request move of candidate" });
  await move.getByRole("combobox", { name: "Target version" }).click();
  await carl.getByRole("option", { name: "v1", exact: true }).click();
  await move.getByLabel("Reason").fill("v1 is better calibrated on October disputes.");
  await move.getByRole("button", { name: "Request move" }).click();
  await carl.waitForURL(/\/approvals\/[0-9a-f-]{36}$/);
  await expect(carl.getByRole("main")).toContainText("v1 is better calibrated on October disputes.");

  await carl.goto(`${model}/versions/1`);
  const discussion = carl.getByRole("region", { name: "Discussion" });
  await discussion.getByRole("textbox", { name: "Comment" }).fill("Calibration plot for **v1** looks fine.");
  await discussion.getByRole("button", { name: "Comment" }).click();
  await expect(discussion.getByTestId("comment")).toContainText("Calibration plot for v1 looks fine.");
  await expect(discussion.getByTestId("comment").locator("strong")).toHaveText("v1");
});
