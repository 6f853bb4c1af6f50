#!/usr/bin/env node
// `pnpm gen` (root: `pnpm gen:api`): writes openapi.json from the app's zod schemas with
// apps/web/scripts/write-openapi.ts, then generates src/generated/openapi.ts with
// openapi-typescript, formatted by biome in the repo's style. `--check` verifies both without
// writing: openapi.json against the schemas, the types against openapi.json.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const pkgDir = resolve(import.meta.dirname, "..");
const root = resolve(pkgDir, "../..");
const tsxCli = join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "cli.mjs");
const biomePkg = createRequire(join(root, "package.json")).resolve("@biomejs/biome/package.json");
const biomeBin = join(dirname(biomePkg), "bin", "biome");
const writeOpenApi = join(root, "apps", "web", "scripts", "write-openapi.ts");
const specFile = join(pkgDir, "openapi.json");
const typesFile = join(pkgDir, "src", "generated", "openapi.ts");
const check = process.argv.includes("--check");

function run(args, opts = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr ?? "");
    process.exit(r.status ?? 1);
  }
  return r.stdout;
}

/** The types for a spec, formatted with the repo's biome.json (src/generated is excluded from
 * biome checks, so format it under a sibling name that the configuration covers). */
async function typesFor(specText) {
  const ast = await openapiTS(JSON.parse(specText));
  const text = `// Generated from openapi.json by \`pnpm gen:api\` (openapi-typescript). Do not edit.\n\n${astToString(ast)}`;
  return run([biomeBin, "format", `--stdin-file-path=${relative(root, join(pkgDir, "src", "openapi.ts"))}`], {
    input: text,
  });
}

if (check) {
  // Fails with its own message when openapi.json no longer matches the zod schemas.
  run(["--no-warnings", tsxCli, writeOpenApi, "--check"], { stdio: ["ignore", "ignore", "inherit"] });
  const expected = await typesFor(readFileSync(specFile, "utf8"));
  if (expected !== readFileSync(typesFile, "utf8")) {
    console.error(
      `✖ ${relative(root, typesFile)} is out of date with openapi.json: run \`pnpm gen:api\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log("openapi.json and src/generated/openapi.ts are current");
} else {
  run(["--no-warnings", tsxCli, writeOpenApi], { stdio: ["ignore", "inherit", "inherit"] });
  writeFileSync(typesFile, await typesFor(readFileSync(specFile, "utf8")));
  console.log(`wrote ${relative(root, typesFile)}`);
}
