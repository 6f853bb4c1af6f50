import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { baseUrl } from "./session";

const clientDir = resolve(import.meta.dirname, "..", "..", "..", "packages", "client");

test("the packed @modelgate/client installs in an empty project, with no dependencies, and works", async () => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), "modelgate-e2e-pack-"));
  // `prepack` builds dist/ first, as it does before publishing.
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: clientDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const files = packed!.files.map((f) => f.path);
  expect(files).toEqual(
    expect.arrayContaining([
      "package.json",
      "openapi.json",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli.js",
    ]),
  );
  expect(files.filter((f) => !f.startsWith("dist/")).sort()).toEqual([
    "README.md",
    "openapi.json",
    "package.json",
  ]);

  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", join(work, packed!.filename)], {
    cwd: app,
    stdio: "pipe",
  });
  const installed = join(app, "node_modules", "@modelgate", "client");
  expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).dependencies ?? {}).toEqual({});
  expect(readdirSync(join(app, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["@modelgate"]);

  const node = (code: string) =>
    execFileSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: app,
      encoding: "utf8",
    }).trim();
  expect(node("import('@modelgate/client').then(m => console.log(typeof m.createClient))")).toBe("function");
  expect(
    JSON.parse(
      node(
        `const { createClient } = await import('@modelgate/client'); console.log(JSON.stringify(await createClient({ baseUrl: ${JSON.stringify(baseUrl)} }).health()))`,
      ),
    ),
  ).toMatchObject({ status: "ok" });
  expect(
    execFileSync(join(app, "node_modules", ".bin", "modelgate"), ["--help"], { encoding: "utf8" }),
  ).toContain("Usage: modelgate");

  // A TypeScript consumer resolves the published declarations.
  writeFileSync(
    join(app, "index.ts"),
    [
      'import { createClient, ModelgateApiError, type Version } from "@modelgate/client";',
      'const client = createClient({ baseUrl: "http://localhost:1", retries: 0 });',
      'export const version: Promise<Version> = client.versions.get("fraud/model/1");',
      "export const isApiError = (e: unknown) => e instanceof ModelgateApiError && e.code.length > 0;",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
        typeRoots: [resolve(import.meta.dirname, "..", "..", "node_modules", "@types")],
      },
      files: ["index.ts"],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", app], { cwd: app, stdio: "pipe" });
});
