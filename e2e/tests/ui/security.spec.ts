import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "../fixtures";

const SHOTS = process.env.E2E_SHOTS_DIR ?? "/tmp/shots-security";

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** `os.system("id")` as a protocol-2 pickle: GLOBAL os system, a one-tuple, REDUCE. */
const maliciousPickle = Buffer.from(
  "\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.",
  "latin1",
);

test("uploading a malicious pickle blocks the version and shows its finding", async ({ page }) => {
  // The contributor of the demo's fraud team, signed in through the login form; the API calls
  // below carry that browser session, as the app's own upload form does.
  await signInAs(page, "contributor");
  const name = `scan-${Date.now().toString(36)}`;
  const api = page.request;
  const created = await api.post("/api/v1/models", {
    data: { team: "fraud", name, description: "A model whose pickle runs a shell command" },
  });
  expect(created.status()).toBe(201);
  const registered = await api.post(`/api/v1/models/fraud/${name}/versions`, {
    data: {
      description: "Exported with pickle.dump",
      artifacts: [{ path: "model.pkl", size: maliciousPickle.length }],
    },
  });
  expect(registered.status()).toBe(201);
  const { version } = (await registered.json()) as { version: number };

  const upload = await api.put(`/api/v1/models/fraud/${name}/versions/${version}/artifacts/model.pkl`, {
    data: maliciousPickle,
    headers: { "content-type": "application/octet-stream" },
  });
  expect(upload.status()).toBe(201);
  const uploaded = (await upload.json()) as {
    versionStatus: string;
    failureReason: string;
    scan: {
      verdict: string;
      category: string;
      findings: { callable: string; verdict: string; offset: number }[];
    };
  };
  expect(uploaded.versionStatus).toBe("failed");
  expect(uploaded.failureReason).toContain("os.system");
  expect(uploaded.scan).toMatchObject({ verdict: "dangerous", category: "unsafe" });
  expect(uploaded.scan.findings[0]).toMatchObject({ callable: "os.system", verdict: "dangerous", offset: 2 });

  // The file is not handed out without an explicit acknowledgement.
  const download = `/api/v1/models/fraud/${name}/versions/${version}/artifacts/model.pkl`;
  const refused = await api.get(download);
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unsafe_artifact");
  const acknowledged = await api.get(`${download}?acknowledge=unsafe`);
  expect(acknowledged.status()).toBe(200);
  expect(Buffer.from(await acknowledged.body()).equals(maliciousPickle)).toBe(true);

  await page.goto(`/models/fraud/${name}/versions/${version}`);
  await expect(page.getByTestId("version-state").getByText("failed")).toBeVisible();
  const reason = page.getByTestId("failure-reason");
  await expect(reason).toContainText("This version failed and will not become ready.");
  await expect(reason).toContainText("Blocked by the security scan: model.pkl imports os.system");

  const artifacts = page.getByRole("table", { name: "Artifacts" });
  await expect(artifacts.getByText("unsafe: dangerous")).toBeVisible();
  await expect(artifacts.getByRole("link", { name: "Download model.pkl anyway (unsafe)" })).toHaveAttribute(
    "href",
    /\?acknowledge=unsafe$/,
  );

  const scan = page.getByRole("region", { name: "Security scan" });
  await expect(scan.getByRole("list", { name: "Scan verdicts" })).toContainText("unsafe: dangerous");
  const finding = scan.getByRole("table", { name: "Scan findings" }).getByRole("row").nth(1);
  await expect(finding.getByRole("cell").nth(0)).toHaveText("model.pkl");
  await expect(finding.getByRole("cell").nth(1)).toHaveText("os.system");
  await expect(finding.getByRole("cell").nth(2)).toHaveText("dangerous");
  await expect(finding.getByRole("cell").nth(3)).toContainText("2");
  await shot(page, "blocked-version");
  await scan.scrollIntoViewIfNeeded();
  await shot(page, "blocked-version-findings");

  // The team's setting is on the team page, read-only for a contributor.
  await page.goto("/teams/fraud");
  const settings = page.getByRole("form", { name: "Security settings" });
  await expect(settings.getByRole("radio", { name: /Block/ })).toBeChecked();
  await expect(settings.getByRole("radio", { name: /Block/ })).toBeDisabled();
  await expect(settings.getByText("Maintainers change these settings.")).toBeVisible();
  await settings.scrollIntoViewIfNeeded();
  await shot(page, "team-security-settings");
});
