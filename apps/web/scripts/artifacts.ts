/**
 * `pnpm artifacts …` — operations on artifact stores, for platform teams:
 *
 *   copy --from <store> --to <store> [--no-verify] [--json]
 *     Copies every blob and checks each by its sha256 (its name): moving a local store into S3,
 *     backing a bucket up to a directory, restoring it. Idempotent: re-run after an interruption.
 *   verify --store <store> [--json]
 *     Re-hashes every blob of a store and reports any whose bytes do not match its name.
 *
 * A store is a directory (`.data/artifacts`, `file:///srv/modelgate/artifacts`) or
 * `s3://bucket/prefix`, with the endpoint, region and credentials in the usual AWS variables
 * (AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY; see the README).
 * Exit codes: 0 done, 1 a blob failed or a store is unreachable, 2 usage.
 */
import { parseArgs } from "node:util";
import {
  type ArtifactStore,
  artifactStoreFromUrl,
  copyArtifactStore,
  verifyArtifactStore,
} from "@modelgate/core/artifact-stores";

const usage = `usage:
  pnpm artifacts copy --from <dir | s3://bucket/prefix> --to <dir | s3://bucket/prefix> [--no-verify] [--json]
  pnpm artifacts verify --store <dir | s3://bucket/prefix> [--json]`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const [command, ...rest] = process.argv.slice(2);
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: rest,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      store: { type: "string" },
      "no-verify": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    strict: true,
  }).values;
}
try {
  args = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${usage}`, 2);
}

function open(url: string | undefined, flag: string): ArtifactStore {
  if (!url) fail(`${flag} is required\n${usage}`, 2);
  try {
    return artifactStoreFromUrl(url, process.env);
  } catch (e) {
    fail(`${flag} ${url}: ${(e as Error).message}`, 2);
  }
}

const print = (line: string) => {
  if (!args.json) process.stdout.write(`${line}\n`);
};

async function main() {
  if (command === "copy") {
    const from = open(args.from, "--from");
    const to = open(args.to, "--to");
    try {
      await from.check();
      await to.check();
      print(`Copying ${from.location} → ${to.location}`);
      const report = await copyArtifactStore(from, to, {
        verify: !args["no-verify"],
        onProgress: (p) => {
          if (p.outcome !== "skipped" || p.done % 100 === 0)
            print(`  ${p.outcome.padEnd(7)} ${p.uri} (${p.size} bytes)`);
        },
      });
      if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      print(
        `Done: ${report.copied} copied, ${report.skipped} already there, ${report.verified} verified by sha256, ${report.failures.length} failed.`,
      );
      for (const f of report.failures) process.stderr.write(`  failed ${f.uri}: ${f.reason}\n`);
      return report.failures.length === 0 ? 0 : 1;
    } finally {
      await Promise.all([from.close(), to.close()]);
    }
  }
  if (command === "verify") {
    const store = open(args.store, "--store");
    try {
      await store.check();
      print(`Verifying ${store.location}`);
      const report = await verifyArtifactStore(store);
      if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      print(`Done: ${report.verified} blobs match their sha256, ${report.failures.length} do not.`);
      for (const f of report.failures) process.stderr.write(`  bad ${f.uri}: ${f.reason}\n`);
      return report.failures.length === 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  }
  fail(usage, 2);
}

main().then(
  (code) => process.exit(code),
  (e) => fail(`${(e as Error).message}`),
);
