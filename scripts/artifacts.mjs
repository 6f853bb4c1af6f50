#!/usr/bin/env node
// `pnpm artifacts …` from the repository root (relative paths are taken from here): the operator
// tool bundled by the web build (apps/web/scripts/artifacts.ts). Run `npm start` once to build it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./lib.mjs";

const bundle = join(root, "apps/web/dist/artifacts.mjs");
if (!existsSync(bundle)) {
  console.error("Modelgate is not built yet: run `npm start` (or `pnpm build`) once, then this again.");
  process.exit(1);
}
const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
