/**
 * Writes the OpenAPI document to packages/client/openapi.json, from which the client's types are
 * generated. `--check` fails when the committed copy is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildOpenApiDocument } from "../src/server/openapi";

const target = resolve(import.meta.dirname, "../../../packages/client/openapi.json");
const text = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    console.error("packages/client/openapi.json is out of date: run `pnpm gen:api`.");
    process.exit(1);
  }
  console.log("openapi.json is current");
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
