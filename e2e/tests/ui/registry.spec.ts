import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";
import { fillLogin, signInAs } from "../fixtures";

// Journeys through the registry UI against the demo seed. Anything a test changes lives in a
// model it creates itself, so the seeded models read the same in every test and every rerun.
const unique = () => randomUUID().slice(0, 8);

async function pick(page: Page, trigger: Locator, option: string) {
  await trigger.click();
  await page.getByRole("option", { name: new RegExp(`^${option}`) }).click();
}

/** Full-page screenshots from the top, light then dark. */
async function shots(page: Page, testInfo: TestInfo, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** A model of the contributor's own, created over the API with the browser's session cookie. */
async function createModelViaApi(page: Page, team: string, name: string, modelCard = "") {
  const res = await page.request.post("/api/v1/models", {
    data: { team, name, description: `Made by an e2e test (${name}).`, modelCard, tags: { owner: "e2e" } },
  });
  expect(res.status(), await res.text()).toBe(201);
}

function modelsTable(page: Page) {
  return page.getByRole("table");
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("a contributor finds models by name and tag, reads a version's lineage and metrics, and downloads an artifact", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await signInAs(page, "contributor", "/models");
  await expect(page.getByRole("heading", { name: "Models", level: 1 })).toBeVisible();
  const table = modelsTable(page);
  await expect(table.getByRole("link", { name: "fraud/transaction-scorer" })).toBeVisible();
  await expect(table.getByRole("link", { name: "growth/churn-model" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New model" })).toBeVisible();
  await shots(page, testInfo, "models-list");

  // By name (a substring), rendered by the server from the URL.
  await page.getByLabel("Search by name").fill("scorer");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=scorer/);
  await expect(table.getByRole("link", { name: "fraud/transaction-scorer" })).toBeVisible();
  await expect(table.getByRole("link", { name: "fraud/chargeback-predictor" })).toHaveCount(0);
  await page.getByRole("button", { name: /^Remove filter name contains/ }).click();
  await expect(page).not.toHaveURL(/q=scorer/);

  // By tag, key=value.
  await page.getByLabel("Filter by tag").fill("domain=payments");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]tag=domain%3Dpayments/);
  await expect(table.getByRole("link", { name: "fraud/transaction-scorer" })).toBeVisible();
  await expect(table.getByRole("link", { name: "fraud/chargeback-predictor" })).toHaveCount(0);
  await expect(table.getByRole("link", { name: "growth/recommender-two-tower" })).toHaveCount(0);
  // The same view survives a reload: it lives in the URL.
  await page.reload();
  await expect(table.getByRole("link", { name: "growth/churn-model" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove filter domain=payments" })).toBeVisible();

  // The model page: aliases, versions with their key metrics.
  await table.getByRole("link", { name: "fraud/transaction-scorer" }).click();
  await expect(page).toHaveURL(/\/models\/fraud\/transaction-scorer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("fraud/transaction-scorer");
  const aliases = page.getByRole("list", { name: "Model aliases" });
  await expect(aliases).toContainText("challenger → v4");
  await expect(aliases).toContainText("shadow → v3");
  const versions = page.getByRole("table");
  await expect(versions.locator("tbody tr")).toHaveCount(4);
  for (const key of ["auc", "precision_at_1pct", "latency_p99_ms"])
    await expect(versions.getByRole("columnheader", { name: key })).toBeVisible();
  const v4 = versions.getByRole("row").filter({ has: page.getByRole("link", { name: "Version 4" }) });
  await expect(v4).toContainText("0.927");
  await expect(v4).toContainText("ready");
  await expect(v4).toContainText("challenger");
  await expect(v4).toContainText("Carl Contributor");
  await shots(page, testInfo, "model-page");

  // The status filter is a URL parameter too.
  await pick(page, page.getByRole("combobox", { name: "Filter by status" }), "pending");
  await expect(page).toHaveURL(/status=pending/);
  await expect(page.getByText("No version matches these filters.")).toBeVisible();
  await pick(page, page.getByRole("combobox", { name: "Filter by status" }), "Any status");
  await expect(versions.locator("tbody tr")).toHaveCount(4);

  // The model card tab renders the markdown.
  await page.getByRole("link", { name: "Model card" }).click();
  await expect(
    page.getByRole("region", { name: "Model card" }).getByRole("heading", { name: "Transaction scorer" }),
  ).toBeVisible();
  await page.getByRole("link", { name: /^Versions/ }).click();

  // Version 4: lineage, params, metrics, artifacts.
  await page.getByRole("link", { name: "Version 4" }).click();
  await expect(page).toHaveURL(/\/models\/fraud\/transaction-scorer\/versions\/4$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Version 4");
  await expect(page.getByTestId("version-state")).toContainText("ready");
  const lineage = page.getByRole("region", { name: "Lineage" });
  await expect(lineage).toContainText("run-e20b6d4");
  await expect(lineage).toContainText("e20b6d4");
  await expect(lineage).toContainText("transactions@2026-11");
  await expect(lineage).toContainText("xgboost");
  await expect(lineage.getByRole("list", { name: "Dependencies" })).toContainText("numpy==2.1.3");
  const params = page.getByRole("table", { name: "Params" });
  await expect(params.getByRole("row", { name: /max_depth\s*8/ })).toBeVisible();
  const metrics = page.getByRole("region", { name: "Metrics" });
  await expect(metrics.getByRole("row", { name: /auc\s*0\.927\s*2026-11/ })).toBeVisible();
  const artifacts = page.getByRole("table", { name: "Artifacts" });
  await expect(artifacts.getByRole("row", { name: /model\.bin/ })).toContainText(
    "s3://modelgate-demo/fraud/transaction-scorer/e20b6d4/model.bin",
  );
  await expect(artifacts.getByRole("row", { name: /config\.json/ })).toContainText("verified");
  await shots(page, testInfo, "version-page");

  const downloading = page.waitForEvent("download");
  await artifacts.getByRole("link", { name: "Download config.json" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("config.json");
  const config = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(config).toMatchObject({ model: "transaction-scorer", params: { max_depth: "8" } });
});

test("a contributor creates a model, registers a version with two files, watches the uploads reach 100% and lands on the ready version", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const name = `e2e-upload-${unique()}`;
  await signInAs(page, "contributor", "/models");
  await page.getByRole("button", { name: "New model" }).click();
  const dialog = page.getByRole("dialog", { name: "New model" });
  await pick(page, dialog.getByLabel("Team"), "Fraud Detection");
  // The name is a slug: what is typed is lowered, the service has the final word.
  await dialog.getByLabel("Name").fill("Not A Slug!");
  await dialog.getByLabel("Description").fill("Created from the UI by an e2e test.");
  await dialog.getByRole("button", { name: "Create model" }).click();
  await expect(dialog.getByText(/lowercase letters/).first()).toBeVisible();
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create model" }).click();
  await expect(page).toHaveURL(new RegExp(`/models/fraud/${name}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`fraud/${name}`);
  await expect(page.getByText("No versions yet.")).toBeVisible();

  await page.getByRole("link", { name: "Register version" }).click();
  await expect(page.getByRole("heading", { name: "Register a version" })).toBeVisible();
  const form = page.getByRole("form", { name: "Register version" });
  await form.getByLabel("Description").fill("Uploaded from the browser.");
  await form.getByLabel("Metrics").fill("auc=0.912\nrecall=0.5");
  await form.getByLabel("Params").fill("max_depth=6\neta=0.1");
  await form.getByLabel("Tags").fill("dataset=2026-12");
  await form.getByLabel("Dataset name").fill("transactions");
  await form.getByLabel("Dataset version").fill("2026-12");
  await form.getByLabel("Git commit").fill("not-a-commit");
  await form.getByLabel("Framework", { exact: true }).fill("xgboost");
  await form.getByLabel("Version", { exact: true }).fill("2.1.1");
  const weights = Buffer.alloc(3 * 1024 * 1024 + 123, 7);
  await form.getByLabel("Files", { exact: true }).setInputFiles([
    { name: "model.bin", mimeType: "application/octet-stream", buffer: weights },
    { name: "config.json", mimeType: "application/json", buffer: Buffer.from('{"max_depth": 6}') },
  ]);
  const selected = form.getByRole("list", { name: "Selected files" });
  await expect(selected.getByRole("listitem")).toHaveCount(2);
  await expect(selected).toContainText("3.0 MB");

  // A field error from the service lands under its field; nothing was registered.
  await form.getByRole("button", { name: "Register version" }).click();
  await expect(form.locator("#reg-gitCommit-error")).toHaveText("A git commit is 7–64 hex characters");
  await expect(form.getByRole("alert")).toHaveText("Some fields need fixing.");
  await form.getByLabel("Git commit").fill("e20b6d4");
  await expect(form.locator("#reg-gitCommit-error")).toHaveCount(0);
  await shots(page, testInfo, "register-form");

  await form.getByRole("button", { name: "Register version" }).click();
  // The form shows the finished bars briefly before opening the version; check both at once.
  await Promise.all([
    expect(page.getByRole("progressbar", { name: "Overall upload" })).toHaveAttribute("aria-valuenow", "100"),
    expect(page.getByRole("progressbar", { name: "Upload of model.bin" })).toHaveAttribute(
      "aria-valuenow",
      "100",
    ),
  ]);
  await expect(page).toHaveURL(new RegExp(`/models/fraud/${name}/versions/1$`));
  await expect(page.getByTestId("version-state")).toContainText("ready");
  const artifacts = page.getByRole("table", { name: "Artifacts" });
  const bin = artifacts.getByRole("row", { name: /model\.bin/ });
  await expect(bin).toContainText("verified");
  await expect(bin).toContainText("3.0 MB");
  await expect(artifacts.getByRole("row", { name: /config\.json/ })).toContainText("verified");
  await expect(page.getByRole("region", { name: "Lineage" })).toContainText("transactions@2026-12");
  await expect(page.getByRole("region", { name: "Metrics" })).toContainText("0.912");

  // The size that arrived is the size that was declared: the server checked it.
  const check = await page.request.get(`/api/v1/models/fraud/${name}/versions/1/artifacts/model.bin`);
  expect(check.status()).toBe(200);
  expect((await check.body()).length).toBe(weights.length);
});

test("a pending version's missing artifact is uploaded from its page", async ({ page }) => {
  const name = `e2e-pending-${unique()}`;
  await signInAs(page, "contributor", "/models");
  await createModelViaApi(page, "growth", name);
  const content = Buffer.from(JSON.stringify({ threshold: 0.5 }));
  const res = await page.request.post(`/api/v1/models/growth/${name}/versions`, {
    data: { artifacts: [{ path: "config.json", size: content.length }] },
  });
  expect(res.status(), await res.text()).toBe(201);
  await page.goto(`/models/growth/${name}/versions/1`);
  await expect(page.getByTestId("version-state")).toContainText("pending");
  await expect(page.getByText("Waiting for 1 artifact.")).toBeVisible();
  await page.getByLabel("Upload config.json").setInputFiles({
    name: "config.json",
    mimeType: "application/json",
    buffer: content,
  });
  await expect(page.getByTestId("version-state")).toContainText("ready");
  await expect(page.getByRole("link", { name: "Download config.json" })).toBeVisible();
});

test("a viewer reads their team's models without any edit control, and other teams' models do not exist", async ({
  page,
}) => {
  await signInAs(page, "viewer", "/models");
  const table = modelsTable(page);
  await expect(table.getByRole("link", { name: "growth/recommender-two-tower" })).toBeVisible();
  await expect(table.getByRole("link", { name: /^fraud\// })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New model" })).toHaveCount(0);
  // Even filtering for a fraud model by name finds nothing.
  await page.goto("/models?q=transaction");
  await expect(page.getByText("No models match these filters")).toBeVisible();

  await page.goto("/models/growth/recommender-two-tower");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("growth/recommender-two-tower");
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByRole("list", { name: "Model aliases" })).toContainText("challenger → v3");
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Register version" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Aliases" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove alias/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Archive/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Version 3" }).click();
  await expect(page.getByTestId("version-state")).toContainText("ready");
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  // A pending version: the viewer sees what is missing but gets no upload control.
  await page.goto("/models/growth/churn-model/versions/1");
  await expect(page.getByTestId("version-state")).toContainText("pending");
  await expect(page.getByRole("table", { name: "Artifacts" })).toContainText("not uploaded yet");
  await expect(page.getByLabel("Upload config.json")).toHaveCount(0);

  for (const path of [
    "/models/fraud/transaction-scorer",
    "/models/fraud/transaction-scorer/versions/4",
    "/models/fraud/transaction-scorer/register",
    "/models/growth/no-such-model",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  // The register page of a readable model explains instead of offering a form.
  await page.goto("/models/growth/churn-model/register");
  await expect(page.getByText("You cannot register versions of this model")).toBeVisible();
  await expect(page.getByRole("form", { name: "Register version" })).toHaveCount(0);
});

test("an auditor reads every team's models, read-only", async ({ page }) => {
  await signInAs(page, "auditor", "/models");
  const table = modelsTable(page);
  // Every team is offered in the team filter, not only the auditor's (none).
  await pick(page, page.getByRole("combobox", { name: "Team" }), "Growth & Recommendations");
  await expect(table.getByRole("link", { name: "growth/churn-model" })).toBeVisible();
  await pick(page, page.getByRole("combobox", { name: "Team" }), "Fraud Detection");
  await expect(page).toHaveURL(/team=fraud/);
  await expect(table.getByRole("link", { name: "growth/churn-model" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New model" })).toHaveCount(0);
  await table.getByRole("link", { name: "fraud/transaction-scorer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("fraud/transaction-scorer");
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Register version" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Aliases" })).toHaveCount(0);
});

test("a contributor edits the model card: markdown renders, HTML stays text, a stale edit is refused", async ({
  page,
}, testInfo) => {
  const name = `e2e-card-${unique()}`;
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await signInAs(page, "contributor", "/models");
  await createModelViaApi(page, "growth", name);
  await page.goto(`/models/growth/${name}?tab=card`);
  await expect(page.getByText("No model card yet")).toBeVisible();

  await page.getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: `Edit growth/${name}` });
  await dialog.getByLabel("Description").fill("Churn risk, edited in the browser.");
  await dialog
    .getByLabel("Model card")
    .fill(
      "# Heading\n\nSome **bold** words and [a link](javascript:alert(3)).\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n## Limitations\n- one\n- two",
    );
  await dialog.getByLabel("Tags").fill("owner=e2e\ndomain=retention");
  // The preview renders the same way before saving.
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByRole("heading", { name: "Heading", level: 1 })).toBeVisible();
  await dialog.getByRole("button", { name: "Write" }).click();
  await page.screenshot({ path: testInfo.outputPath("edit-model-dialog-light.png") });
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByRole("region", { name: "Model card" });
  await expect(card.getByRole("heading", { name: "Heading", level: 1 })).toBeVisible();
  await expect(card.getByRole("heading", { name: "Limitations", level: 2 })).toBeVisible();
  await expect(card.locator("strong")).toHaveText("bold");
  await expect(card).toContainText("<script>alert(1)</script>");
  await expect(card).toContainText("<img src=x onerror=alert(2)>");
  await expect(card.locator("script, img, iframe")).toHaveCount(0);
  // The javascript: URL is stripped by the sanitizer.
  await expect(card.getByText("a link")).not.toHaveAttribute("href", /javascript:/);
  await expect(page.getByText("Churn risk, edited in the browser.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Tags" }).first()).toContainText("domain=retention");
  expect(dialogs).toBe(0);
  await shots(page, testInfo, "model-card");

  // Someone else saves in between (over the API, with the ETag): this form is now stale.
  await page.getByRole("button", { name: "Edit" }).click();
  const current = await page.request.get(`/api/v1/models/growth/${name}`);
  const patched = await page.request.patch(`/api/v1/models/growth/${name}`, {
    headers: { "if-match": current.headers().etag! },
    data: { description: "Changed elsewhere." },
  });
  expect(patched.status()).toBe(200);
  await dialog.getByLabel("Description").fill("My stale edit.");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "The model changed since you read it; reload and try again.",
  );
  expect(dialogs).toBe(0);
});

test("aliases: champion is refused with the reason; an ordinary alias is set and shown", async ({
  page,
}, testInfo) => {
  const name = `e2e-alias-${unique()}`;
  await signInAs(page, "contributor", "/models");
  await createModelViaApi(page, "fraud", name);
  for (let i = 0; i < 2; i++) {
    const r = await page.request.post(`/api/v1/models/fraud/${name}/versions`, {
      data: { description: `v${i + 1}` },
    });
    expect(r.status(), await r.text()).toBe(201);
  }
  await page.goto(`/models/fraud/${name}`);
  await page.getByRole("button", { name: "Aliases" }).click();
  const dialog = page.getByRole("dialog", { name: `Aliases of fraud/${name}` });
  const form = dialog.getByRole("form", { name: "Set alias" });
  await form.getByLabel("Alias name").fill("champion");
  await pick(page, form.getByRole("combobox", { name: "Version" }), "v2");
  await form.getByRole("button", { name: "Set alias" }).click();
  await expect(form.getByRole("alert")).toContainText(
    `Alias champion of fraud/${name} is protected: it moves only through an approved transition request.`,
  );
  await page.screenshot({ path: testInfo.outputPath("alias-dialog-light.png") });

  await form.getByLabel("Alias name").fill("candidate");
  await pick(page, form.getByRole("combobox", { name: "Version" }), "v1");
  await form.getByRole("button", { name: "Set alias" }).click();
  await expect(dialog.getByRole("list", { name: "Aliases" })).toContainText("candidate → v1");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("list", { name: "Model aliases" })).toContainText("candidate → v1");
  const row = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Version 1" }) });
  await expect(row).toContainText("candidate");

  // The same refusal on the seeded model, whose aliases stay as they are.
  await page.goto("/models/fraud/transaction-scorer");
  await page.getByRole("button", { name: "Aliases" }).click();
  const seeded = page.getByRole("form", { name: "Set alias" });
  await seeded.getByLabel("Alias name").fill("champion");
  await seeded.getByRole("button", { name: "Set alias" }).click();
  await expect(seeded.getByRole("alert")).toContainText("is protected");
});

test("a contributor of a brand-new team sees how to register the first model, and creates it", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const id = unique();
  const user = { email: `first-${id}@example.test`, name: `First Model ${id}` };
  const team = { slug: `empty-${id}`, name: `Empty Team ${id}` };

  // An administrator makes the user and the team, and staffs it.
  await signInAs(page, "admin", "/admin");
  await page.getByRole("button", { name: "New user" }).click();
  const newUser = page.getByRole("dialog", { name: "New user" });
  await newUser.getByLabel("Email").fill(user.email);
  await newUser.getByLabel("Name").fill(user.name);
  await newUser.getByRole("button", { name: "Create user" }).click();
  const password = (await newUser.getByTestId("temporary-password").textContent())!.trim();
  await newUser.getByRole("button", { name: "Done" }).click();
  const teamForm = page.getByRole("form", { name: "New team" });
  await teamForm.getByLabel("Name").fill(team.name);
  await teamForm.getByLabel("Slug").fill(team.slug);
  await teamForm.getByRole("button", { name: "Create team" }).click();
  await expect(
    page.getByRole("list", { name: "Teams" }).getByRole("link", { name: team.name }),
  ).toBeVisible();
  await page.goto(`/teams/${team.slug}`);
  await page.getByRole("button", { name: "Add member" }).click();
  const add = page.getByRole("dialog", { name: "Add member" });
  await add.getByLabel("Email").fill(user.email);
  await pick(page, add.getByLabel("Role"), "contributor");
  await add.getByRole("button", { name: "Add to team" }).click();
  await expect(add).toBeHidden();

  // The new contributor: an empty registry that says what to do.
  await page.context().clearCookies();
  await page.goto("/login?callbackUrl=%2Fmodels");
  await fillLogin(page, user.email, password);
  await expect(page.getByRole("heading", { name: "No models registered yet" })).toBeVisible();
  await expect(page.getByText(`modelgate models create ${team.slug}/my-model`)).toBeVisible();
  await expect(
    page.getByText(
      `modelgate versions register ${team.slug}/my-model --artifact model.pkl --metric auc=0.93`,
    ),
  ).toBeVisible();
  await shots(page, testInfo, "models-empty");

  // The team is preselected: it is the only one.
  await page.getByRole("button", { name: "New model" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New model" });
  await expect(dialog.getByLabel("Team")).toHaveText(team.name);
  await dialog.getByLabel("Name").fill("first-model");
  await dialog.getByRole("button", { name: "Create model" }).click();
  await expect(page).toHaveURL(new RegExp(`/models/${team.slug}/first-model$`));
  await page.goto("/models");
  await expect(modelsTable(page).getByRole("link", { name: `${team.slug}/first-model` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "1 model" })).toBeVisible();

  // Pages of 25, through the keyset cursor, forwards and back.
  for (let i = 1; i <= 26; i++) {
    const r = await page.request.post("/api/v1/models", {
      data: { team: team.slug, name: `bulk-${String(i).padStart(2, "0")}` },
    });
    expect(r.status()).toBe(201);
  }
  await pick(page, page.getByRole("combobox", { name: "Sort" }), "Name");
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole("heading", { name: "Models 1–25 of 27" })).toBeVisible();
  const table = modelsTable(page);
  await expect(table.locator("tbody tr")).toHaveCount(25);
  await expect(table.locator("tbody tr").first()).toContainText("bulk-01");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByRole("heading", { name: "Models 26–27 of 27" })).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveText([/bulk-26/, /first-model/]);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await page.getByRole("link", { name: "Previous" }).click();
  await expect(page.getByRole("heading", { name: "Models 1–25 of 27" })).toBeVisible();
  await expect(page).not.toHaveURL(/cursor=/);
});
