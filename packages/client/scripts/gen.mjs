#!/usr/bin/env node
// `pnpm gen` (root: `pnpm gen:api`): writes openapi.json from the app's zod schemas with
// apps/web/scripts/write-openapi.ts, then generates src/generated/openapi.ts with
// openapi-typescript, formatted by biome in the repo's style; and copies the audit chain format
// (packages/core/src/audit/chain.ts, pure node:crypto) verbatim to src/generated/audit-chain.ts, so
// the client verifies exports offline with the server's own code and no dependency on core; and
// likewise the webhook event catalogue (packages/core/src/webhooks/events.ts, pure types and data)
// to src/generated/webhook-events.ts. `--check` verifies all of them without writing: openapi.json
// against the schemas, the types against openapi.json, each copy against its source.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

const pkgDir = resolve(import.meta.dirname, "..");
const root = resolve(pkgDir, "../..");
const tsxCli = join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "cli.mjs");
const biomePkg = createRequire(join(root, "package.json")).resolve("@biomejs/biome/package.json");
const biomeBin = join(dirname(biomePkg), "bin", "biome");
const writeOpenApi = join(root, "apps", "web", "scripts", "write-openapi.ts");
// The contracts import `@/server/…`: resolve it with the app's tsconfig paths.
const webTsconfig = join(root, "apps", "web", "tsconfig.json");
const specFile = join(pkgDir, "openapi.json");
const typesFile = join(pkgDir, "src", "generated", "openapi.ts");
/** Core files the client ships verbatim (each must import nothing but node built-ins). */
const copies = [
  [
    join(root, "packages", "core", "src", "audit", "chain.ts"),
    join(pkgDir, "src", "generated", "audit-chain.ts"),
  ],
  [
    join(root, "packages", "core", "src", "webhooks", "events.ts"),
    join(pkgDir, "src", "generated", "webhook-events.ts"),
  ],
];
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

/** The client's copy of a core file: the source, byte for byte, under a header. */
function copyText(sourceFile) {
  const source = readFileSync(sourceFile, "utf8");
  // A relative import would not resolve from the client (and would make it depend on core).
  if (/^\s*(import|export)[^;]*from\s+["']\./m.test(source)) {
    console.error(
      `✖ ${relative(root, sourceFile)} must import nothing but node built-ins: the client copies it.`,
    );
    process.exit(1);
  }
  return `// Generated from ${relative(root, sourceFile)} by \`pnpm gen:api\`. Do not edit.\n\n${source}`;
}

if (check) {
  let copiesCurrent = true;
  for (const [sourceFile, copyFile] of copies) {
    if (existsSync(copyFile) && readFileSync(copyFile, "utf8") === copyText(sourceFile)) continue;
    copiesCurrent = false;
    console.error(
      `✖ ${relative(root, copyFile)} is out of date with ${relative(root, sourceFile)}: run \`pnpm gen:api\` and commit the result.`,
    );
  }
  // Fails with its own message when openapi.json no longer matches the zod schemas.
  run(["--no-warnings", tsxCli, "--tsconfig", webTsconfig, writeOpenApi, "--check"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const expected = await typesFor(readFileSync(specFile, "utf8"));
  if (expected !== readFileSync(typesFile, "utf8")) {
    console.error(
      `✖ ${relative(root, typesFile)} is out of date with openapi.json: run \`pnpm gen:api\` and commit the result.`,
    );
    process.exit(1);
  }
  if (!copiesCurrent) process.exit(1);
  console.log("openapi.json and src/generated/{openapi,audit-chain,webhook-events}.ts are current");
} else {
  // First, so the copy is current even when the app's schemas do not build yet.
  for (const [sourceFile, copyFile] of copies) {
    writeFileSync(copyFile, copyText(sourceFile));
    console.log(`wrote ${relative(root, copyFile)}`);
  }
  run(["--no-warnings", tsxCli, "--tsconfig", webTsconfig, writeOpenApi], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  writeFileSync(typesFile, await typesFor(readFileSync(specFile, "utf8")));
  console.log(`wrote ${relative(root, typesFile)}`);
}
