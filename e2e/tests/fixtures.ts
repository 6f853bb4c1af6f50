import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../playwright.config";

export const personas = {
  admin: { email: "admin@modelgate.dev", name: "Ada Admin", orgRole: "admin" },
  maintainer: { email: "maintainer@modelgate.dev", name: "Maya Maintainer", orgRole: "member" },
  reviewer: { email: "reviewer@modelgate.dev", name: "Rui Reviewer", orgRole: "member" },
  reviewer2: { email: "reviewer2@modelgate.dev", name: "Rita Reviewer", orgRole: "member" },
  contributor: { email: "contributor@modelgate.dev", name: "Carl Contributor", orgRole: "member" },
  viewer: { email: "viewer@modelgate.dev", name: "Vera Viewer", orgRole: "member" },
  auditor: { email: "auditor@modelgate.dev", name: "Audrey Auditor", orgRole: "auditor" },
} as const;
export type PersonaName = keyof typeof personas;

export async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the real login form and waits for the app shell. */
export async function signInAs(page: Page, who: PersonaName, path = "/models") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await fillLogin(page, personas[who].email, DEMO_PASSWORD);
  await expect(page.getByRole("button", { name: `Account menu for ${personas[who].name}` })).toBeVisible();
}
