import { verifyWebhook } from "@modelgate/client";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { signInAs } from "../fixtures";
import { startReceiver } from "../webhook-receiver";

/** A full-page screenshot from the top, light and dark. */
async function shots(page: Page, testInfo: TestInfo, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a maintainer creates a webhook, sees its secret once, sends a test event and sees it delivered", async ({
  page,
}, testInfo) => {
  const rx = await startReceiver();
  try {
    await signInAs(page, "maintainer", "/teams/fraud");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page).toHaveURL(/\/teams\/fraud\/webhooks$/);
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "New webhook" }).click();
    const dialog = page.getByRole("dialog", { name: "New webhook" });
    await dialog.getByLabel("Payload URL").fill(rx.url);
    await dialog.getByLabel("Description").fill("e2e receiver");
    // Every event is chosen by default; narrow the filter to two.
    await dialog.getByRole("button", { name: "Select none" }).click();
    await dialog.getByRole("checkbox", { name: /^version\.ready/ }).check();
    await dialog.getByRole("checkbox", { name: /^alias\.moved/ }).check();
    await expect(dialog.getByText("2 of 11 selected")).toBeVisible();
    await testInfo.attach("form", { body: await page.screenshot(), contentType: "image/png" });
    await dialog.getByRole("button", { name: "Create webhook" }).click();

    const secretEl = dialog.getByTestId("new-webhook-secret");
    await expect(secretEl).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const secret = (await secretEl.textContent())!;
    await expect(dialog.getByText("It will not be shown again")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("webhook-secret-light.png") });
    await dialog.getByRole("button", { name: "Open webhook" }).click();
    await expect(page).toHaveURL(/\/teams\/fraud\/webhooks\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: rx.url })).toBeVisible();
    // Shown once: nowhere on the webhook's page.
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(page.getByText("No attempts yet.")).toBeVisible();

    await page.getByRole("button", { name: "Send test event" }).click();
    const log = page.getByRole("table");
    const row = log.getByRole("row").filter({ hasText: "webhook.test" });
    await expect(row.locator('[data-attempt-status="200"]')).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText("#1");
    await expect(row).toContainText('{"received":true}');

    // The receiver got exactly that event, and its signature verifies with the client.
    expect(rx.received).toHaveLength(1);
    const got = rx.received[0]!;
    const event = verifyWebhook(secret, got.headers, got.body);
    expect(event).toMatchObject({
      id: got.id,
      type: "webhook.test",
      team: { slug: "fraud" },
      actor: { type: "user", name: "Maya Maintainer" },
      data: { webhook: { url: rx.url } },
    });
    expect(() =>
      verifyWebhook(`whsec_${Buffer.alloc(32).toString("base64")}`, got.headers, got.body),
    ).toThrow();

    // The attempt's details: the payload as sent.
    await row.getByRole("button", { name: /^Details/ }).click();
    const details = page.getByRole("dialog", { name: /webhook\.test · attempt 1/ });
    await expect(details.getByText(`"id": "${got.id}"`)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("webhook-attempt-details-light.png") });
    await page.keyboard.press("Escape");

    // Redeliver: the same event id again.
    await row.getByRole("button", { name: /^Redeliver/ }).click();
    const again = log.getByRole("row").filter({ has: page.getByText("redeliver", { exact: true }) });
    await expect(again.locator('[data-attempt-status="200"]')).toBeVisible({ timeout: 20_000 });
    expect(rx.received.map((r) => r.id)).toEqual([got.id, got.id]);
    await shots(page, testInfo, "webhook-delivery-log");

    // The list shows it with its last delivery; the demo webhook next to it fails (it never resolves).
    await page.getByRole("link", { name: "Webhooks" }).click();
    const mine = page.getByTestId("webhook-row").filter({ hasText: rx.url });
    await expect(mine.locator('[data-webhook-status="active"]')).toBeVisible();
    await expect(mine.locator('[data-attempt-status="200"]')).toBeVisible();
    await expect(mine).toContainText("alias.moved, version.ready");
    await shots(page, testInfo, "webhooks-list");

    // Turned off and deleted again, so reruns on the same database start clean.
    await mine.getByRole("link", { name: rx.url, exact: true }).click();
    await page.getByRole("button", { name: "Turn off" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Turn off" }).click();
    await expect(page.locator('[data-webhook-status="off"]')).toBeVisible();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete webhook" }).click();
    await expect(page).toHaveURL(/\/teams\/fraud\/webhooks$/);
    await expect(page.getByTestId("webhook-row").filter({ hasText: rx.url })).toHaveCount(0);
  } finally {
    await rx.close();
  }
});

test("a contributor cannot see webhook URLs; the page says who manages them", async ({ page }) => {
  await signInAs(page, "contributor", "/teams/fraud/webhooks");
  await expect(page.getByRole("heading", { name: "Maintainers manage webhooks" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New webhook" })).toHaveCount(0);
  await expect(page.getByText("hooks.example.invalid")).toHaveCount(0);
});

test("the demo webhook shows its failed attempts, why, and when it retries", async ({ page }, testInfo) => {
  await signInAs(page, "maintainer", "/teams/fraud/webhooks");
  await page.getByRole("link", { name: "Delivery log of https://hooks.example.invalid/modelgate" }).click();
  // Its test event from the seed, and whatever other tests did in fraud since: every attempt fails.
  const latest = page.getByRole("table").getByRole("row").nth(1);
  await expect(latest.locator('[data-attempt-status="no answer"]')).toBeVisible({ timeout: 15_000 });
  await expect(latest).toContainText("hooks.example.invalid does not resolve");
  await expect(page.getByLabel("Waiting deliveries")).toContainText("attempt");
  await expect(page.locator('[data-webhook-status="failing"]')).toBeVisible();
  await shots(page, testInfo, "webhook-demo-failing");
});
