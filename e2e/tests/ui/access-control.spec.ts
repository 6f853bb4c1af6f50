import { randomUUID } from "node:crypto";
import { expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";
import { fillLogin, type PersonaName, personas, signInAs } from "../fixtures";

// Every run makes its own users and teams, so reruns against the same database pass.
const unique = () => randomUUID().slice(0, 8);

/** Chooses an option of one of our Radix selects. */
async function pick(page: Page, trigger: Locator, option: string) {
  await trigger.click();
  await page.getByRole("option", { name: new RegExp(`^${option}`) }).click();
}

/** A full-page screenshot from the top (the sticky header would otherwise land mid-page). */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate("window.scrollTo(0, 0)");
  await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
}

async function switchTo(page: Page, who: PersonaName, path: string) {
  await page.context().clearCookies();
  await signInAs(page, who, path);
}

async function createTeamAsAdmin(page: Page, slug: string, name: string) {
  const form = page.getByRole("form", { name: "New team" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Slug").fill(slug);
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("list", { name: "Teams" }).getByRole("link", { name })).toBeVisible();
}

async function addMember(page: Page, email: string, role: string) {
  await page.getByRole("button", { name: "Add member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add member" });
  await dialog.getByLabel("Email").fill(email);
  await pick(page, dialog.getByLabel("Role"), role);
  await dialog.getByRole("button", { name: "Add to team" }).click();
  await expect(dialog).toBeHidden();
}

/** Members table rows; role selects and remove buttons exist only for those who manage members. */
function memberRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: false }) });
}

test("admin creates a user and a team; maintainers staff it; the new user's API token works until revoked", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = unique();
  const user = { email: `dana-${id}@example.test`, name: `Dana Data ${id}` };
  const team = { slug: `e2e-${id}`, name: `E2E Team ${id}` };

  // --- admin: new user (temporary password shown once) and a new team
  await signInAs(page, "admin", "/admin");
  await expect(page.getByRole("heading", { name: "Administration" })).toBeVisible();
  await page.getByRole("button", { name: "New user" }).click();
  const newUser = page.getByRole("dialog", { name: "New user" });
  await newUser.getByLabel("Email").fill(user.email);
  await newUser.getByLabel("Name").fill(user.name);
  await newUser.getByRole("button", { name: "Create user" }).click();
  const temporary = newUser.getByTestId("temporary-password");
  await expect(temporary).toBeVisible();
  await expect(newUser).toContainText("It will not be shown again.");
  const temporaryPassword = (await temporary.textContent())!.trim();
  expect(temporaryPassword).toMatch(/^tmp-/);
  await page.screenshot({ path: testInfo.outputPath("admin-new-user-light.png") });
  await newUser.getByRole("button", { name: "Done" }).click();
  await expect(newUser).toBeHidden();

  // The users table: the new row, the filter box and sortable headers.
  const users = page.getByRole("table");
  await expect(users.getByRole("row", { name: new RegExp(user.email) })).toBeVisible();
  await page.getByRole("searchbox", { name: "Filter users" }).fill(id);
  await expect(users.locator("tbody tr")).toHaveCount(1);
  const nameHeader = users.getByRole("columnheader", { name: "Name" });
  await expect(nameHeader).toHaveAttribute("aria-sort", "none");
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("searchbox", { name: "Filter users" }).fill("");
  // No one can disable themselves: the admin's own row has no such button.
  await expect(page.getByRole("button", { name: `Disable ${personas.admin.name}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Disable ${user.name}` })).toBeVisible();

  await createTeamAsAdmin(page, team.slug, team.name);
  await page.emulateMedia({ colorScheme: "light" });
  await shot(page, testInfo, "admin-light.png");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "admin-dark.png");
  await page.emulateMedia({ colorScheme: "light" });

  // --- admin (not a member) manages the new team's members: appoints its first maintainer
  await page.getByRole("list", { name: "Teams" }).getByRole("link", { name: team.name }).click();
  await expect(page.getByRole("heading", { name: team.name })).toBeVisible();
  await addMember(page, personas.maintainer.email, "maintainer");
  await expect(memberRow(page, personas.maintainer.name)).toBeVisible();

  // --- the maintainer adds the new user as contributor
  await switchTo(page, "maintainer", `/teams/${team.slug}`);
  await addMember(page, user.email, "contributor");
  await expect(page.getByRole("combobox", { name: `Role of ${user.name}` })).toHaveText("contributor");
  await shot(page, testInfo, "team-maintainer-light.png");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "team-maintainer-dark.png");
  await page.emulateMedia({ colorScheme: "light" });

  // --- the new user signs in with the temporary password and creates a token for the team
  await page.context().clearCookies();
  await page.goto("/login?callbackUrl=%2Fprofile");
  await fillLogin(page, user.email, temporaryPassword);
  await expect(page.getByRole("heading", { name: "Profile & API tokens" })).toBeVisible();
  await expect(page.getByRole("list", { name: "My teams" })).toContainText(team.name);
  await page.getByRole("button", { name: "New token" }).click();
  const newToken = page.getByRole("dialog", { name: "New API token" });
  const tokenName = `ci-${id}`;
  await newToken.getByLabel("Name").fill(tokenName);
  // One team: preselected; the role offers at most contributor (the user's role, capped for tokens).
  await expect(newToken.getByLabel("Team")).toHaveText(team.name);
  await newToken.getByLabel("Role").click();
  await expect(page.getByRole("option")).toHaveText(
    ["viewer", "contributor"].map((r) => new RegExp(`^${r}`)),
  );
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: testInfo.outputPath("profile-token-form-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("option", { name: /^contributor/ }).click();
  await newToken.getByRole("button", { name: "Create token" }).click();
  const tokenBox = page.locator("[data-testid=new-token]");
  await expect(tokenBox).toBeVisible();
  const token = (await tokenBox.textContent())!.trim();
  expect(token).toMatch(/^mg_[0-9a-f]{8}_/);
  await expect(newToken).toContainText('curl -H "Authorization: Bearer $TOKEN"');
  await shot(page, testInfo, "profile-new-token-light.png");
  await newToken.getByRole("button", { name: "Done" }).click();
  await expect(newToken).toBeHidden();
  await expect(page.getByTestId("new-token")).toHaveCount(0);

  // Real HTTP with the token, no cookies.
  const auth = { Authorization: `Bearer ${token}` };
  const me = await request.get("/api/v1/me", { headers: auth });
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body.type).toBe("token");
  expect(Object.values(body.teamRoles)).toEqual(["contributor"]);

  const row = page.getByRole("row", { name: new RegExp(tokenName) });
  await expect(row).toContainText(`mg_${token.slice(3, 11)}_…`);
  await expect(row).toContainText("active");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "profile-dark.png");
  await page.emulateMedia({ colorScheme: "light" });

  // --- revoke in the UI; the same request is refused from then on
  await row.getByRole("button", { name: `Revoke ${tokenName}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: `Revoke ${tokenName}` })).toHaveCount(0);
  const after = await request.get("/api/v1/me", { headers: auth });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("unauthenticated");

  // --- the new user replaces the temporary password (confirmation checked before sending)
  const pw = page.getByRole("form", { name: "Change password" });
  const newPassword = `correct-horse-${id}`;
  await pw.getByLabel("Current password").fill(temporaryPassword);
  await pw.getByLabel("New password", { exact: true }).fill(newPassword);
  await pw.getByLabel("Confirm new password").fill(`${newPassword}-typo`);
  await pw.getByRole("button", { name: "Change password" }).click();
  await expect(pw.getByRole("alert")).toHaveText("The new password and its confirmation differ.");
  await pw.getByLabel("Confirm new password").fill(newPassword);
  await pw.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  await page.context().clearCookies();
  await page.goto("/login?callbackUrl=%2Fprofile");
  await fillLogin(page, user.email, newPassword);
  await expect(page.getByRole("heading", { name: "Profile & API tokens" })).toBeVisible();
});

test("a viewer reads the team's members without any control, and gets 404 for /admin and other teams", async ({
  page,
}, testInfo) => {
  await signInAs(page, "viewer", "/models");
  // The account menu links to the profile and to each of the user's teams.
  await page.getByRole("button", { name: `Account menu for ${personas.viewer.name}` }).click();
  await expect(page.getByRole("menuitem", { name: "Profile & API tokens" })).toHaveAttribute(
    "href",
    "/profile",
  );
  await expect(page.getByRole("menuitem", { name: /Growth & Recommendations/ })).toHaveAttribute(
    "href",
    "/teams/growth",
  );
  await page.screenshot({ path: testInfo.outputPath("user-menu-light.png") });
  await page.keyboard.press("Escape");
  // The team card on the models page opens the team.
  await page.getByRole("link", { name: /Growth & Recommendations/ }).click();
  await expect(page).toHaveURL(/\/teams\/growth$/);
  await expect(page.getByRole("heading", { name: "Growth & Recommendations" })).toBeVisible();
  await expect(memberRow(page, personas.maintainer.name)).toContainText("maintainer");
  await expect(memberRow(page, personas.viewer.name)).toContainText("viewer");
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /^Role of / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  // Read-only markers on the members list and the metric definitions alike.
  await expect(page.getByText("Read-only").first()).toBeVisible();

  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  // Not a member of fraud: it does not exist as far as the viewer can tell.
  const fraud = await page.goto("/teams/fraud");
  expect(fraud?.status()).toBe(404);
});

test("an auditor gets 404 for /admin, reads team members read-only, and reads the audit trail", async ({
  page,
}, testInfo) => {
  await signInAs(page, "auditor");
  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  await page.goto("/teams/fraud");
  await expect(page.getByRole("heading", { name: "Fraud Detection" })).toBeVisible();
  await expect(memberRow(page, personas.reviewer.name)).toContainText("reviewer");
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /^Role of / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await shot(page, testInfo, "team-auditor-light.png");

  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "auth.login_succeeded" }).first()).toBeVisible();
});

test("the last maintainer can neither leave nor step down; the refusal is shown as a toast", async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  const id = unique();
  const team = { slug: `solo-${id}`, name: `Solo Team ${id}` };
  await signInAs(page, "admin", "/admin");
  await createTeamAsAdmin(page, team.slug, team.name);
  await page.goto(`/teams/${team.slug}`);
  await addMember(page, personas.maintainer.email, "maintainer");

  await switchTo(page, "maintainer", `/teams/${team.slug}`);
  await expect(page.getByRole("heading", { name: team.name })).toBeVisible();
  await page.getByRole("button", { name: `Remove ${personas.maintainer.name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Leave team" }).click();
  await expect(
    page.getByText("The last maintainer cannot be removed; appoint another one first."),
  ).toBeVisible();
  await expect(memberRow(page, personas.maintainer.name)).toBeVisible();

  const myRole = page.getByRole("combobox", { name: `Role of ${personas.maintainer.name}` });
  await pick(page, myRole, "reviewer");
  await expect(
    page.getByText("A team needs at least one maintainer; appoint another one first."),
  ).toBeVisible();
  await expect(myRole).toHaveText("maintainer");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, testInfo, "team-refusal-mobile-dark.png");
});
