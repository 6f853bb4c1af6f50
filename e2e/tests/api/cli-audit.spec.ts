import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, expect, test } from "@playwright/test";
import { baseUrl, signIn } from "./session";

// `modelgate audit …` against the running app, as the auditor. API tokens never hold org
// permissions, so an auditor's CLI runs on the browser session (MODELGATE_COOKIE), as in cli.spec.
const cliPath = resolve(import.meta.dirname, "..", "..", "..", "packages", "client", "dist", "cli.js");
const home = mkdtempSync(join(tmpdir(), "modelgate-e2e-cli-audit-home-"));
const work = mkdtempSync(join(tmpdir(), "modelgate-e2e-cli-audit-"));
const contexts: BrowserContext[] = [];
let auditor: Record<string, string>;
let contributor: Record<string, string>;
let auditorContext: BrowserContext;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

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

test.beforeAll(async ({ browser }) => {
  const a = await signIn(browser, "auditor");
  const c = await signIn(browser, "contributor");
  contexts.push(a.context, c.context);
  auditorContext = a.context;
  auditor = { MODELGATE_URL: baseUrl, MODELGATE_COOKIE: a.cookie };
  contributor = { MODELGATE_URL: baseUrl, MODELGATE_COOKIE: c.cookie };
});
test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

test("export, fetch the key, verify offline; one flipped byte fails naming the event", async () => {
  const file = join(work, "trail.jsonl");
  const exported = await cli(["audit", "export", "-o", file], auditor);
  expect(exported.code, exported.stderr).toBe(0);
  expect(exported.stdout).toContain(`to ${file}`);
  const lines = readFileSync(file, "utf8").split("\n").slice(0, -1);
  expect(JSON.parse(lines[0]!)).toMatchObject({ type: "header", format: "modelgate-audit-export.v1" });
  expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: "trailer" });

  const key = await cli(["audit", "public-key", "-o", "key.pem"], auditor);
  expect(key.code, key.stderr).toBe(0);
  expect(readFileSync(join(work, "key.pem"), "utf8")).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);

  const ok = await cli(["audit", "verify", file, "--public-key", "key.pem"]);
  expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  const events = lines.filter((l) => l.startsWith('{"type":"event"')).length;
  expect(ok.stdout).toMatch(/^OK {2}/);
  expect(ok.stdout).toContain(`events       ${events} (#1..#`);
  expect(ok.stdout).toContain("contiguous   yes");
  const json = await cli(["audit", "verify", file, "--public-key", "key.pem", "--json"]);
  expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, events, contiguous: true, problems: [] });
  // The key straight from the server's public endpoint, PEM or JSON.
  for (const url of [`${baseUrl}/api/v1/audit/public-key?format=pem`, `${baseUrl}/api/v1/audit/public-key`]) {
    const r = await cli(["audit", "verify", file, "--public-key", url]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }

  // Flip one byte inside an event's actor name.
  const i = lines.findIndex((l) => l.startsWith('{"type":"event"') && l.includes('"actorName":"'));
  const seq = JSON.parse(lines[i]!).seq as number;
  const at = lines[i]!.indexOf('"actorName":"') + '"actorName":"'.length;
  const flipped = [...lines];
  flipped[i] =
    lines[i]!.slice(0, at) + String.fromCharCode(lines[i]!.charCodeAt(at) ^ 0x01) + lines[i]!.slice(at + 1);
  writeFileSync(join(work, "tampered.jsonl"), `${flipped.join("\n")}\n`);
  const bad = await cli(["audit", "verify", "tampered.jsonl", "--public-key", "key.pem"]);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/^FAILED {2}/);
  expect(bad.stdout).toContain(`event #${seq}: content does not match its hash`);
  expect(bad.stdout).toContain("the export's content differs from what was signed");
  expect(bad.stderr).toMatch(/^error verification_failed: .*event #\d+/m);

  // The end cut off (trailer and all) and another key are caught too.
  writeFileSync(join(work, "cut.jsonl"), `${lines.slice(0, -3).join("\n")}\n`);
  const cut = await cli(["audit", "verify", "cut.jsonl", "--public-key", "key.pem"]);
  expect(cut.code).toBe(1);
  expect(cut.stdout).toContain("the signed trailer is missing");
  const { publicKey } = generateKeyPairSync("ed25519");
  writeFileSync(join(work, "other.pem"), publicKey.export({ type: "spki", format: "pem" }));
  const other = await cli(["audit", "verify", file, "--public-key", "other.pem"]);
  expect(other.code).toBe(1);
  expect(other.stdout).toContain("the trailer's signature does not verify with this public key");
});

test("a filtered export verifies with its gaps named; CSV streams to a file", async () => {
  const file = join(work, "updates.jsonl");
  const r = await cli(["audit", "export", "--action", "model.", "--format", "jsonl", "-o", file], auditor);
  expect(r.code, r.stderr).toBe(0);
  const v = await cli(["audit", "verify", file, "--public-key", `${baseUrl}/api/v1/audit/public-key`]);
  expect(v.code, v.stdout + v.stderr).toBe(0);
  expect(v.stdout).toMatch(
    /filtered export: \d+ gap\(s\) — each event's hash and the signed trailer verified/,
  );
  expect(v.stdout).toContain("filter       action=model.");

  const csv = join(work, "trail.csv");
  const c = await cli(["audit", "export", "-o", csv], auditor);
  expect(c.code, c.stderr).toBe(0);
  const text = readFileSync(csv, "utf8");
  expect(text.startsWith("seq,at,actorType,actorName,")).toBe(true);
  expect(text).toMatch(/^# checkpoint seq=\d+ hash=[0-9a-f]{64} /m);

  // To stdout, for a pipe.
  const piped = await cli(["audit", "export", "--action", "audit.exported"], auditor);
  expect(piped.code, piped.stderr).toBe(0);
  expect(JSON.parse(piped.stdout.split("\n")[0]!)).toMatchObject({ type: "header" });
});

test("an export downloaded in the browser session verifies offline as well", async () => {
  const res = await auditorContext.request.get("/api/v1/audit/export?format=jsonl");
  expect(res.status()).toBe(200);
  writeFileSync(join(work, "browser.jsonl"), await res.body());
  const key = await auditorContext.request.get("/api/v1/audit/public-key?format=pem");
  writeFileSync(join(work, "browser.pem"), await key.body());
  const v = await cli(["audit", "verify", "browser.jsonl", "--public-key", "browser.pem"]);
  expect(v.code, v.stdout + v.stderr).toBe(0);
});

test("the server verifies the whole chain for the auditor; others are refused; usage errors exit 2", async () => {
  const v = await cli(["audit", "verify-server"], auditor);
  expect(v.code, v.stderr).toBe(0);
  expect(v.stdout).toMatch(/^OK {2}chain verified through #\d+ \(head #\d+\)/);
  const json = await cli(["audit", "verify-server", "--json"], auditor);
  expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, firstBreak: null });

  for (const args of [
    ["audit", "export"],
    ["audit", "verify-server"],
  ]) {
    const denied = await cli(args, contributor);
    expect(denied.code, args.join(" ")).toBe(1);
    expect(denied.stderr).toMatch(/^error forbidden: .+ \(request [\w.-]+\)$/m);
  }
  // The key is public: anyone signed in gets it (as PEM on stdout without -o).
  const key = await cli(["audit", "public-key"], contributor);
  expect(key.code, key.stderr).toBe(0);
  expect(key.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----/);

  const cases: [string[], RegExp][] = [
    [["audit", "verify", "trail.jsonl"], /needs --public-key/],
    [["audit", "verify"], /missing arguments/],
    [["audit", "export", "--format", "xml"], /jsonl or csv/],
    [["audit", "export", "--from", "last week"], /ISO-8601/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args, auditor);
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.stderr, args.join(" ")).toMatch(message);
  }
  const missing = await cli(["audit", "verify", "nope.jsonl", "--public-key", "key.pem"]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/^error file_not_found: /);
});
