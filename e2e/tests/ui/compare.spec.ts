import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { expectShape } from "../api/openapi-shape";
import { baseUrl, signIn, uniqueName } from "../api/session";
import { signInAs } from "../fixtures";

// Champion/challenger comparison against the demo seed: fraud/transaction-scorer has champion v3
// and challenger v4 (primary metric auc, v4 better on AUC and worse on latency), two weeks of hourly
// online_auc and latency_p99_ms for both, and a pending v4 production request with its evidence.

const DARK_SHOTS = "/tmp/shots-compare";
const DOCS_SHOTS = resolve(import.meta.dirname, "..", "..", "..", "docs", "screenshots");
mkdirSync(DARK_SHOTS, { recursive: true });
const MODEL = "/models/fraud/transaction-scorer";
const API = "/api/v1/models/fraud/transaction-scorer";
/** A chart's accessible image: its wrapper, named by the text summary (not recharts' own svg). */
const IMG = 'div[role="img"]';

test.use({ viewport: { width: 1280, height: 900 } });

/** Waits until every chart on the page has drawn, so screenshots are complete. */
async function chartsDrawn(page: Page) {
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  // Two frames: ResponsiveContainer measures, then the chart lays out at its real width.
  await page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
}

test("compare: champion vs challenger summary, bar and line charts, online metric switch", async ({
  page,
}, testInfo) => {
  await signInAs(page, "reviewer", `${MODEL}/compare`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Compare versions");
  await expect(
    page.getByRole("navigation", { name: "Model sections" }).getByRole("link", { name: "Compare" }),
  ).toHaveAttribute("aria-current", "page");

  // Defaults: the champion against the challenger, aliases shown in the pickers.
  await expect(page.getByRole("combobox", { name: "Baseline version" })).toHaveText("champion (v3)");
  await expect(page.getByRole("combobox", { name: "Candidate version" })).toHaveText("challenger (v4)");
  await expect(page.getByTestId("compare-basis")).toContainText("champion vs challenger");

  // Summary: the primary metric (AUC) with both values, the delta and the challenger winning.
  const primary = page.getByTestId("summary-primary");
  await expect(primary.getByTestId("primary-metric-name")).toHaveText("AUC");
  await expect(primary).toContainText("0.918");
  await expect(primary).toContainText("0.927");
  await expect(primary).toContainText("+0.009");
  await expect(primary.getByTestId("primary-winner")).toHaveAttribute("data-winner", "candidate");
  await expect(primary.getByTestId("primary-winner")).toHaveText("v4 · challenger wins");
  // AUC and precision up, p99 latency (lower is better) up too: two wins, one loss.
  await expect(page.getByTestId("score-wins")).toHaveText("2");
  await expect(page.getByTestId("score-losses")).toHaveText("1");

  // The grouped bar chart: one pair of bars per offline metric, with an accessible summary.
  const bars = page.getByTestId("offline-chart");
  await expect(bars.locator(".recharts-surface")).toBeVisible();
  await expect(bars.locator(".recharts-bar-rectangle")).toHaveCount(6);
  await expect(bars.locator(IMG)).toHaveAttribute("aria-label", /AUC 0\.918 vs 0\.927 \(v4 is better\)/);
  await expect(bars.getByTestId("chart-legend")).toHaveText(/v3 · champion\s*v4 · challenger/);

  // The delta table is coloured by direction: AUC better, latency worse for the challenger.
  const table = page.getByTestId("delta-table");
  await expect(table.locator('tr[data-metric="auc"]')).toHaveAttribute("data-outcome", "better");
  await expect(table.locator('tr[data-metric="latency_p99_ms"]')).toHaveAttribute("data-outcome", "worse");
  await expect(table.locator('tr[data-metric="latency_p99_ms"]')).toContainText("+2 ms");

  // Online: the primary metric's online twin by default, both versions as lines.
  const online = page.getByTestId("online-chart");
  await expect(online.locator(".recharts-surface")).toBeVisible();
  await expect(online.locator(".recharts-line")).toHaveCount(2);
  await expect(online.locator(".recharts-area")).toHaveCount(2);
  await expect(online.locator(IMG)).toHaveAttribute("aria-label", /^Online AUC in production/);
  await expect(page.getByRole("combobox", { name: "Online metric" })).toHaveText("online_auc");

  // Lineage and params diffs highlight what changed.
  await expect(page.getByTestId("diff-params").locator('tr[data-change="changed"]')).toContainText(
    "max_depth",
  );
  await expect(page.getByTestId("diff-lineage").locator('tr[data-change="changed"]').first()).toBeVisible();

  await chartsDrawn(page);
  const light = testInfo.outputPath("compare-light.png");
  await page.screenshot({ path: light, fullPage: true });
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(light, join(DOCS_SHOTS, "compare.png"));

  // Switch the online metric: the chart redraws with latency, its unit on the axis.
  await page.getByRole("combobox", { name: "Online metric" }).click();
  await page.getByRole("option", { name: "latency_p99_ms" }).click();
  await expect(page).toHaveURL(/metric=latency_p99_ms/);
  await expect(online.locator(IMG)).toHaveAttribute("aria-label", /^p99 latency in production/);
  await expect(online.locator(".recharts-surface")).toContainText("p99 latency (ms)");
  await expect(online.locator(".recharts-line")).toHaveCount(2);

  // A shorter time range keeps both series (hourly points of the last day).
  await page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: "24 h" }).click();
  await expect(page).toHaveURL(/range=24h/);
  await expect(online.locator(IMG)).toHaveAttribute("aria-label", /the last 24 hours/);
  await expect(online.locator(".recharts-line")).toHaveCount(2);
  await chartsDrawn(page);
  await online.screenshot({ path: testInfo.outputPath("online-latency-24h.png") });

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${MODEL}/compare`);
  await chartsDrawn(page);
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.screenshot({ path: join(DARK_SHOTS, "compare-dark.png"), fullPage: true });
  await page.screenshot({ path: testInfo.outputPath("compare-dark.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });

  // Swap: v4 becomes the baseline, and the winner flips side.
  await page.getByRole("button", { name: "Swap baseline and candidate" }).click();
  await expect(page).toHaveURL(/baseline=challenger&candidate=champion/);
  await expect(page.getByTestId("primary-winner")).toHaveAttribute("data-winner", "baseline");
});

test("compare without a champion: say so, then compare the versions picked", async ({ page }) => {
  await signInAs(page, "reviewer", "/models/fraud/chargeback-predictor/compare");
  await expect(page.getByTestId("compare-empty")).toContainText("has no production champion");
  await page.getByRole("combobox", { name: "Baseline version" }).click();
  // Aliases come first, then every version.
  const options = page.getByRole("option");
  await expect(options.first()).toHaveText("candidate (v2)");
  await page.getByRole("option", { name: /^v1/ }).click();
  await expect(page).toHaveURL(/baseline=1/);
  await page.getByRole("combobox", { name: "Candidate version" }).click();
  await page.getByRole("option", { name: /^v2/ }).click();
  await expect(page).toHaveURL(/baseline=1&candidate=2/);
  await expect(page.getByTestId("compare-basis")).toHaveText(/^v1 vs v2/);
  // No primary metric on this model; the table still compares, with the Brier score lower-is-better.
  await expect(page.getByTestId("summary-primary")).toContainText("None set");
  await expect(page.getByTestId("delta-table").locator('tr[data-metric="brier"]')).toHaveAttribute(
    "data-outcome",
    "better",
  );
  await expect(page.getByTestId("online-metrics")).toContainText("No online metrics for v1 or v2 yet");
});

test("model page: metric across versions with the champion marked", async ({ page }, testInfo) => {
  await signInAs(page, "reviewer", MODEL);
  const chart = page.getByTestId("metric-versions-chart");
  await expect(chart.locator(".recharts-surface")).toBeVisible();
  await expect(chart.locator(IMG)).toHaveAttribute("aria-label", /production champion: v3/);
  await expect(chart.locator('[data-champion="true"]')).toHaveCount(1);
  await expect(page.getByRole("combobox", { name: "Metric to plot" })).toHaveText("auc");
  await page.getByRole("combobox", { name: "Metric to plot" }).click();
  await page.getByRole("option", { name: "latency_p99_ms" }).click();
  await expect(page).toHaveURL(/metric=latency_p99_ms/);
  await expect(chart.locator(IMG)).toHaveAttribute(
    "aria-label",
    /^p99 latency by version \(lower is better\)/,
  );
  // Contributors and up choose the primary metric right there.
  await expect(page.getByRole("combobox", { name: "Primary metric" })).toHaveText("auc");
  await chartsDrawn(page);
  await page.screenshot({ path: testInfo.outputPath("model-metric-across-versions.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await chartsDrawn(page);
  await page.screenshot({ path: join(DARK_SHOTS, "model-metric-dark.png"), fullPage: true });
});

test("request page: the evidence snapshot of champion vs the requested version", async ({
  page,
}, testInfo) => {
  await signInAs(page, "reviewer", "/approvals?view=open");
  const list = await (await page.request.get("/api/v1/requests?view=open")).json();
  const pending = (
    list.items as { id: string; model: string; version: number; toStage: string | null }[]
  ).find((r) => r.model === "fraud/transaction-scorer" && r.version === 4 && r.toStage === "production");
  expect(pending, "the seeded v4 production request").toBeTruthy();
  await page.goto(`/approvals/${pending!.id}`);

  const evidence = page.getByRole("region", { name: "Evidence: champion vs this version" });
  const snapshot = evidence.getByTestId("evidence-at-request");
  await expect(snapshot.getByRole("columnheader", { name: "Champion v3" })).toBeVisible();
  await expect(snapshot.getByRole("columnheader", { name: "This version v4" })).toBeVisible();
  const auc = snapshot.locator('tr[data-metric="auc"]');
  await expect(auc).toContainText("0.918");
  await expect(auc).toContainText("0.927");
  await expect(auc).toHaveAttribute("data-outcome", "better");
  await expect(snapshot.locator('tr[data-metric="latency_p99_ms"]')).toHaveAttribute("data-outcome", "worse");
  // Nothing changed since the request: no "now" table.
  await expect(evidence.getByTestId("evidence-changed")).toHaveCount(0);
  await expect(evidence.getByRole("link", { name: /Full comparison/ })).toHaveAttribute(
    "href",
    `${MODEL}/compare?baseline=3&candidate=4`,
  );
  await page.screenshot({ path: testInfo.outputPath("request-evidence.png"), fullPage: true });

  // The same over the API, in the documented shape.
  const res = await page.request.get(`/api/v1/requests/${pending!.id}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expectShape("getRequest", body);
  expect(body.comparisonAtRequest).toMatchObject({
    baseline: { version: 3 },
    candidate: { version: 4 },
    summary: { primary: { key: "auc", winner: "candidate" } },
  });
  expect(body.comparisonChanged).toBe(false);
});

test("API: compare, bucketed online series, metric across versions, definitions", async ({ browser }) => {
  const { request, context } = await signIn(browser, "reviewer");
  try {
    const cmp = await request.get(`${API}/compare`);
    expect(cmp.status()).toBe(200);
    const c = await cmp.json();
    expectShape("compareVersions", c);
    expect(c).toMatchObject({
      model: "fraud/transaction-scorer",
      primaryMetric: "auc",
      baseline: { version: 3, stage: "production" },
      candidate: { version: 4, aliases: ["challenger"] },
      summary: { primary: { key: "auc", winner: "candidate", direction: "higher" }, wins: 2, losses: 1 },
    });
    const latency = c.metrics.find((m: { key: string }) => m.key === "latency_p99_ms");
    expect(latency).toMatchObject({ direction: "lower", unit: "ms", delta: 2, winner: "baseline" });

    // Explicit selectors (numbers or aliases), and a clear 404 for an unknown one.
    const swapped = await (await request.get(`${API}/compare?baseline=4&candidate=champion`)).json();
    expect([swapped.baseline.version, swapped.candidate.version]).toEqual([4, 3]);
    const missing = await request.get(`${API}/compare?baseline=99`);
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toContain("'99' is not a version or alias");

    // Online: two weeks of hourly points per version, bucketed to at most maxPoints per series.
    const series = await request.get(`${API}/online-metrics?versions=3,4&key=latency_p99_ms`);
    expect(series.status()).toBe(200);
    const s = await series.json();
    expectShape("onlineMetrics", s);
    expect(s.definition).toMatchObject({ displayName: "p99 latency", unit: "ms", direction: "lower" });
    expect(s.series.map((x: { version: number }) => x.version)).toEqual([3, 4]);
    for (const one of s.series as { points: { n: number }[] }[]) {
      expect(one.points.length).toBeGreaterThan(0);
      expect(one.points.length).toBeLessThanOrEqual(1000);
      expect(one.points.reduce((sum, p) => sum + p.n, 0)).toBe(14 * 24);
    }
    const coarse = await (
      await request.get(
        `${API}/online-metrics?versions=champion&versions=challenger&key=online_auc&maxPoints=50`,
      )
    ).json();
    for (const one of coarse.series as { points: { n: number }[] }[]) {
      expect(one.points.length).toBeLessThanOrEqual(50);
      expect(one.points.reduce((sum, p) => sum + p.n, 0)).toBe(14 * 24);
    }
    expect((await request.get(`${API}/online-metrics?versions=3,4`)).status()).toBe(400);

    // One metric across versions, with stages.
    const across = await (await request.get(`${API}/metrics/auc/versions`)).json();
    expectShape("metricAcrossVersions", across);
    expect(across.points.map((p: { version: number }) => p.version)).toEqual([1, 2, 3, 4]);
    expect(across.points.find((p: { version: number }) => p.version === 3)).toMatchObject({
      stage: "production",
      value: 0.918,
    });

    // The model exposes its primary metric.
    const model = await (await request.get(API)).json();
    expectShape("getModel", model);
    expect(model.primaryMetric).toBe("auc");

    // Definitions: readable by the team, changed only by maintainers.
    const defs = await (await request.get("/api/v1/teams/fraud/metric-definitions")).json();
    expectShape("listMetricDefinitions", defs);
    expect(defs.items).toContainEqual(
      expect.objectContaining({ key: "latency_p99_ms", unit: "ms", direction: "lower" }),
    );
    const put = await request.put("/api/v1/teams/fraud/metric-definitions/e2e_nope", {
      data: { displayName: "Nope", direction: "higher" },
    });
    expect(put.status()).toBe(403);
  } finally {
    await context.close();
  }
});

test("team page: maintainers define, edit and delete a metric", async ({ page }, testInfo) => {
  const key = uniqueName("e2e_metric").replace(/-/g, "_");
  await signInAs(page, "maintainer", "/teams/fraud");
  await expect(page.getByRole("heading", { name: "Metric definitions" })).toBeVisible();
  const table = page.getByRole("main");
  await expect(table.getByRole("row").filter({ hasText: "latency_p99_ms" })).toContainText("lower");

  await page.getByRole("button", { name: "Define metric" }).click();
  const dialog = page.getByRole("dialog", { name: "Define a metric" });
  await dialog.getByLabel("Key").fill(key);
  await dialog.getByLabel("Display name").fill("E2E error rate");
  await dialog.getByLabel("Unit").fill("%");
  await dialog.getByLabel("Better when").click();
  await page.getByRole("option", { name: /^Lower is better/ }).click();
  await dialog.getByRole("button", { name: "Define metric" }).click();
  await expect(dialog).toBeHidden();
  const row = table.getByRole("row").filter({ hasText: key });
  await expect(row).toContainText("E2E error rate");
  await expect(row).toContainText("lower");
  await page.screenshot({ path: testInfo.outputPath("team-metric-definitions.png"), fullPage: true });

  await row.getByRole("button", { name: `Edit ${key}` }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${key}` });
  await edit.getByLabel("Display name").fill("E2E error ratio");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText("E2E error ratio");

  await row.getByRole("button", { name: `Delete ${key}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete definition" }).click();
  await expect(table.getByRole("row").filter({ hasText: key })).toHaveCount(0);

  // Other members read the list without controls.
  const viewer = await page
    .context()
    .browser()!
    .newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  try {
    const p = await viewer.newPage();
    await signInAs(p, "viewer", "/teams/growth");
    await expect(p.getByRole("heading", { name: "Metric definitions" })).toBeVisible();
    await expect(p.getByRole("row").filter({ hasText: "ndcg_at_10" })).toContainText("higher");
    await expect(p.getByRole("button", { name: "Define metric" })).toHaveCount(0);
  } finally {
    await viewer.close();
  }
});
