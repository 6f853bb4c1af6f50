import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, expect, test } from "@playwright/test";
import { baseUrl, signIn, uniqueName } from "./session";

// The built CLI (`pnpm --filter @modelgate/client build`), run as a user would run it.
const cliPath = resolve(import.meta.dirname, "..", "..", "..", "packages", "client", "dist", "cli.js");
const home = mkdtempSync(join(tmpdir(), "modelgate-e2e-cli-home-"));
const work = mkdtempSync(join(tmpdir(), "modelgate-e2e-cli-"));
let context: BrowserContext;
let session: Record<string, string>;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `modelgate …` with a clean environment: its own HOME, no saved login. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [cliPath, ...args],
      { cwd: work, env: { PATH: process.env.PATH ?? "", HOME: home, ...env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}
const authed = (args: string[]) => cli(args, session);
const json = (r: Run) => JSON.parse(r.stdout);
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const requestLine = /^error [a-z_]+: .+ \(request [\w.-]+\)$/m;

test.beforeAll(async ({ browser }) => {
  const s = await signIn(browser, "contributor");
  context = s.context;
  // The CLI takes a token; API tokens are made in the UI, so the tests pass the browser session.
  session = { MODELGATE_URL: baseUrl, MODELGATE_COOKIE: s.cookie };
});
test.afterAll(async () => {
  await context?.close();
});

test("usage errors exit 2 and print usage; --help exits 0", async () => {
  const help = await cli(["--help"]);
  expect(help.code).toBe(0);
  for (const command of ["login", "models list", "versions register", "resolve", "alias set", "metrics log"])
    expect(help.stdout).toContain(command);
  expect(help.stdout).toContain("YAML is not supported");

  const cases: [string[], RegExp][] = [
    [[], /no command given/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["models", "list", "--bogus"], /unknown flag --bogus/],
    [["models", "show"], /missing arguments/],
    [["models", "show", "a/b", "c/d"], /too many arguments/],
    [["models", "show", "not-a-ref"], /not a model reference/],
    [["versions", "show", "fraud/x"], /not a version reference/],
    [["alias", "set", "fraud/x", "challenger", "two"], /positive whole number/],
    [["metrics", "log", "fraud/x/1"], /at least one --metric/],
    [["metrics", "log", "fraud/x/1", "--metric", "auc=0.9", "--at", "yesterday"], /ISO-8601/],
    [["versions", "register", "fraud/x", "--metric", "auc=high"], /needs a number/],
    [["versions", "register", "fraud/x", "--file", "meta.yaml"], /YAML metadata is not supported/],
    [["versions", "register", "fraud/x", "--description"], /--description needs a value/],
    [["models", "create", "fraud/x", "--tag", "novalue"], /key=value/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args);
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.stderr, args.join(" ")).toMatch(message);
    expect(r.stderr, args.join(" ")).toContain("Usage: modelgate");
  }
});

test("without a login the CLI says so; login refuses a bad token and saves nothing", async () => {
  const none = await cli(["models", "list"]);
  expect(none.code).toBe(1);
  expect(none.stderr).toMatch(/^error not_logged_in: /);

  const bad = await cli(["login", "--url", baseUrl], { MODELGATE_TOKEN: "mg_not_a_real_token" });
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/^error unauthenticated: .+ \(request [\w.-]+\)$/m);
  expect(existsSync(join(home, ".config", "modelgate", "config.json"))).toBe(false);

  const empty = await cli(["login", "--url", baseUrl]);
  expect(empty.code).toBe(2);
  expect(empty.stderr).toContain("no token given");
});

test("create, register with artifacts, show, list, resolve, alias, log metrics and download", async () => {
  test.setTimeout(60_000);
  const name = uniqueName("e2e-cli");
  const ref = `fraud/${name}`;

  const created = await authed([
    "models",
    "create",
    ref,
    "--description",
    "from the CLI",
    "--tag",
    "owner=e2e",
    "--json",
  ]);
  expect(created.code, created.stderr).toBe(0);
  expect(json(created)).toMatchObject({ fullName: ref, description: "from the CLI", tags: { owner: "e2e" } });

  const weights = randomBytes(256 * 1024);
  writeFileSync(join(work, "weights.bin"), weights);
  const notes = join(work, "notes.txt");
  writeFileSync(notes, "trained on the e2e data\n");
  const meta = join(work, "meta.json");
  writeFileSync(
    meta,
    JSON.stringify({
      description: "from a metadata file",
      metrics: { auc: 0.91, precision_at_10: 0.7 },
      params: { depth: 6 },
      lineage: { gitCommit: "abc1234", datasetName: "transactions" },
    }),
  );
  const registered = await authed([
    "versions",
    "register",
    ref,
    "--file",
    meta,
    "--metric",
    "auc=0.93",
    "--metric",
    "f1=0.8",
    "--param",
    "lr=0.1",
    "--tag",
    "run=e2e",
    "--artifact",
    "model/weights.bin=weights.bin",
    "--artifact",
    notes,
    "--json",
  ]);
  expect(registered.code, registered.stderr).toBe(0);
  const version = json(registered);
  expect(version).toMatchObject({
    model: ref,
    version: 1,
    status: "ready",
    description: "from a metadata file",
    params: { depth: "6", lr: "0.1" },
    tags: { run: "e2e" },
    lineage: { gitCommit: "abc1234" },
  });
  expect(version.artifacts.map((a: { path: string }) => a.path).sort()).toEqual([
    "model/weights.bin",
    "notes.txt",
  ]);
  // stderr is not a terminal here: plain progress lines, no bar.
  expect(registered.stderr).toContain("uploading model/weights.bin (256.0 KB)");
  expect(registered.stderr).toContain("uploading model/weights.bin: done (256.0 KB)");
  expect(registered.stderr).not.toContain("\r");

  const shown = await authed(["versions", "show", `${ref}/1`, "--json"]);
  expect(shown.code, shown.stderr).toBe(0);
  const metrics = Object.fromEntries(
    (json(shown).metrics as { key: string; value: number }[]).map((m) => [m.key, m.value]),
  );
  expect(metrics).toEqual({ auc: 0.93, precision_at_10: 0.7, f1: 0.8 });
  const human = await authed(["versions", "show", `${ref}/1`]);
  expect(human.stdout).toContain(`${ref}/1  ready, stage none`);

  const resolved = await authed(["resolve", `${ref}@latest`, "--json"]);
  expect(resolved.code, resolved.stderr).toBe(0);
  const r = json(resolved);
  expect(r).toMatchObject({ model: ref, version: 1, status: "ready" });
  expect(r.artifacts.find((a: { path: string }) => a.path === "model/weights.bin")).toMatchObject({
    sha256: sha256(weights),
    url: `${baseUrl}/api/v1/models/${ref}/versions/1/artifacts/model/weights.bin`,
  });
  const resolvedText = await authed(["resolve", `${ref}@latest`]);
  expect(resolvedText.stdout).toContain(`${ref}@latest → ${ref}/1`);
  expect(resolvedText.stdout).toContain(`${baseUrl}/api/v1/models/${ref}/versions/1/artifacts/notes.txt`);

  const listed = await authed(["models", "list", "--q", name, "--tag", "owner=e2e", "--json"]);
  expect(listed.code, listed.stderr).toBe(0);
  expect(json(listed).items.map((m: { fullName: string }) => m.fullName)).toEqual([ref]);
  expect((await authed(["models", "list", "--q", name])).stdout).toContain(ref);

  const alias = await authed(["alias", "set", ref, "challenger", "1", "--json"]);
  expect(alias.code, alias.stderr).toBe(0);
  expect(json(alias)).toEqual({ alias: "challenger", version: 1, changed: true });
  expect(json(await authed(["resolve", `${ref}@challenger`, "--json"])).version).toBe(1);

  const logged = await authed([
    "metrics",
    "log",
    `${ref}/1`,
    "--metric",
    "latency_ms=12.5",
    "--metric",
    "qps=100",
    "--at",
    "2026-01-01T00:00:00Z",
    "--json",
  ]);
  expect(logged.code, logged.stderr).toBe(0);
  expect(json(logged)).toEqual({ accepted: 2 });

  const out = join(work, "downloaded.bin");
  const downloaded = await authed([
    "artifacts",
    "download",
    `${ref}/1`,
    "model/weights.bin",
    "-o",
    out,
    "--json",
  ]);
  expect(downloaded.code, downloaded.stderr).toBe(0);
  expect(json(downloaded)).toMatchObject({ file: out, size: weights.length, sha256: sha256(weights) });
  expect(sha256(readFileSync(out))).toBe(sha256(weights));

  const me = await authed(["whoami", "--json"]);
  expect(me.code, me.stderr).toBe(0);
  expect(json(me)).toMatchObject({ type: "user", email: "contributor@modelgate.dev" });
  expect(Object.values(json(me).teamRoles)).toEqual(["contributor", "contributor"]);
});

test("a pickle the security scan blocks: findings printed, exit 1; the download needs --acknowledge-unsafe", async () => {
  const ref = `fraud/${uniqueName("e2e-cli-scan")}`;
  expect((await authed(["models", "create", ref])).code).toBe(0);
  // os.system("id") as a protocol-2 pickle.
  const pickle = Buffer.from("\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.", "latin1");
  writeFileSync(join(work, "evil.pkl"), pickle);

  const human = await authed(["versions", "register", ref, "--artifact", "model.pkl=evil.pkl"]);
  expect(human.code).toBe(1);
  expect(human.stdout).toContain(`registered ${ref}/1 (failed, 1 artifact(s))`);
  expect(human.stdout).toContain("model.pkl  UNSAFE (dangerous)");
  expect(human.stdout).toMatch(/dangerous +os\.system +at offset 2 \(GLOBAL\)/);
  expect(human.stdout).toContain("failed: Blocked by the security scan: model.pkl imports os.system");

  const machine = await authed(["versions", "show", `${ref}/1`, "--json"]);
  expect(json(machine)).toMatchObject({
    status: "failed",
    failureReason: expect.stringContaining("os.system"),
    artifacts: [{ path: "model.pkl", scan: { verdict: "dangerous", category: "unsafe" } }],
  });
  expect(json(machine).artifacts[0].scan.findings[0]).toMatchObject({ callable: "os.system", offset: 2 });

  const refused = await authed(["artifacts", "download", `${ref}/1`, "model.pkl", "-o", "refused.pkl"]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("error unsafe_artifact:");
  expect(existsSync(join(work, "refused.pkl"))).toBe(false);
  const acknowledged = await authed([
    "artifacts",
    "download",
    `${ref}/1`,
    "model.pkl",
    "-o",
    "acknowledged.pkl",
    "--acknowledge-unsafe",
  ]);
  expect(acknowledged.code, acknowledged.stderr).toBe(0);
  expect(readFileSync(join(work, "acknowledged.pkl")).equals(pickle)).toBe(true);
});

test("server errors exit 1 with the code, message and request id; nothing half-registered", async () => {
  const missing = await authed(["models", "show", "nope/x"]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/^error not_found: .+ \(request [\w.-]+\)$/m);
  const missingJson = await authed(["models", "show", "nope/x", "--json"]);
  expect(missingJson.code).toBe(1);
  expect(json(missingJson).error).toMatchObject({ code: "not_found", status: 404 });
  expect(missingJson.stderr).toMatch(requestLine);

  const name = uniqueName("e2e-cli-err");
  const ref = `fraud/${name}`;
  expect((await authed(["models", "create", ref])).code).toBe(0);
  const noAlias = await authed(["resolve", `${ref}@nosuchalias`]);
  expect(noAlias.code).toBe(1);
  expect(noAlias.stderr).toMatch(/^error not_found: /);

  const badMetric = await authed(["versions", "register", ref, "--metric", "bad key!=1"]);
  expect(badMetric.code).toBe(1);
  expect(badMetric.stderr).toMatch(/^error validation_failed: .+ \(request [\w.-]+\)$/m);

  // A missing local file is caught before anything is registered.
  const noFile = await authed([
    "versions",
    "register",
    ref,
    "--artifact",
    "model.bin=/nonexistent/model.bin",
  ]);
  expect(noFile.code).toBe(1);
  expect(noFile.stderr).toMatch(/^error file_not_found: /);
  const versions = await authed(["versions", "list", ref, "--json"]);
  expect(json(versions).items).toEqual([]);
});
