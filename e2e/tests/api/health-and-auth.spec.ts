import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../playwright.config";
import { personas } from "../fixtures";

test("GET /api/health needs no authentication and reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toEqual({
    status: "ok",
    db: process.env.E2E_DATABASE_URL ? "postgres" : "pglite",
    migrations: "up-to-date",
    artifactStore: { kind: process.env.E2E_ARTIFACT_STORE ? "s3" : "local", status: "ok" },
  });
});

test("API routes refuse anonymous callers with the single error body", async ({ request }) => {
  const res = await request.get("/api/v1/me");
  expect(res.status()).toBe(401);
  const body = await res.json();
  expect(body.error.code).toBe("unauthenticated");
  expect(body.error.requestId).toBeTruthy();
});

test("API routes refuse a forged session cookie", async ({ request }) => {
  const res = await request.get("/api/v1/me", { headers: { cookie: "next-auth.session-token=forged" } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.code).toBe("unauthenticated");
});

test("a session from the login form authenticates API calls", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(personas.reviewer.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/models/);
  const res = await page.request.get("/api/v1/me", { headers: { "x-request-id": "e2e-req-1" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["x-request-id"]).toBe("e2e-req-1");
  const me = await res.json();
  expect(me).toMatchObject({ type: "user", email: personas.reviewer.email, orgRole: "member" });
  expect(Object.values(me.teamRoles)).toEqual(["reviewer"]);
});
