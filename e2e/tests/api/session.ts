import { type ClientOptions, createClient } from "@modelgate/client";
import { type Browser, expect } from "@playwright/test";
import { DEMO_PASSWORD, PORT } from "../../playwright.config";
import { type PersonaName, personas } from "../fixtures";

export const baseUrl = `http://localhost:${PORT}`;

/**
 * Signs a persona in through the real login form and hands back its session: the cookie header
 * (for @modelgate/client's `headers` and the CLI's MODELGATE_COOKIE), an API request context
 * carrying it, and a client. API tokens are created in the UI, so the API tests use sessions.
 */
export async function signIn(browser: Browser, who: PersonaName) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(personas[who].email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/models/);
  await page.close();
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return {
    context,
    request: context.request,
    cookie,
    client: (options: Partial<ClientOptions> = {}) =>
      createClient({ baseUrl, headers: { cookie }, ...options }),
  };
}

/** A model name no other test (or earlier run on the same database) uses. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
