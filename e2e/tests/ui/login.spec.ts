import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillLogin, type PersonaName, personas, signInAs } from "../fixtures";

test.describe("signing in", () => {
  for (const who of Object.keys(personas) as PersonaName[]) {
    test(`${who} signs in and sees the shell with their role`, async ({ page }) => {
      await signInAs(page, who);
      await expect(page).toHaveURL(/\/models$/);
      await expect(page.getByTestId("org-role")).toHaveText(personas[who].orgRole);
      await expect(
        page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Models" }),
      ).toBeVisible();
      const adminLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" });
      if (who === "admin") await expect(adminLink).toBeVisible();
      else await expect(adminLink).toHaveCount(0);
    });
  }

  test("a wrong password shows an error and stays on /login", async ({ page }) => {
    await page.goto("/login");
    await fillLogin(page, personas.viewer.email, "not-the-password");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a logged-out visit redirects to /login and back after signing in", async ({ page }) => {
    await page.goto("/audit");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faudit/);
    await fillLogin(page, personas.auditor.email, "e2e-demo-password");
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "auth.login_succeeded" }).first()).toBeVisible();
  });

  test("repeated failures are throttled with a 'try again in N s' message", async ({ page }) => {
    const email = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      await fillLogin(page, email, `guess-${i}`);
      await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    }
    await fillLogin(page, email, "guess-6");
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      /Too many failed sign-in attempts\. Try again in \d+ s\./,
    );
  });

  test("signing out ends the session on the server", async ({ page, context }) => {
    await signInAs(page, "contributor");
    const cookies = await context.cookies();
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    // Replaying the old cookie does not get back in: the session row is revoked.
    await context.addCookies(cookies);
    await page.goto("/models");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmodels&reason=unauthenticated/);
    await expect(page.getByRole("status")).toHaveText(/session has ended/);
  });
});

test("screenshots of the signed-in shell", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "admin");
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: testInfo.outputPath("shell-light.png"), fullPage: true });
  await page.goto("/audit");
  await page.screenshot({ path: testInfo.outputPath("audit-light.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Administration" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("admin-dark.png"), fullPage: true });
  await page.context().clearCookies();
  await page.goto("/login");
  await page.screenshot({ path: testInfo.outputPath("login-dark.png") });
  await page.setViewportSize({ width: 390, height: 800 });
  await signInAs(page, "maintainer");
  await page.screenshot({ path: testInfo.outputPath("shell-mobile-dark.png"), fullPage: true });
});
