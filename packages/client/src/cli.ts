#!/usr/bin/env node
/**
 * `modelgate` — the command line of @modelgate/client. Exit codes: 0 ok, 1 error (the server's
 * code, message and request id on stderr), 2 usage.
 */
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename, isAbsolute } from "node:path";
import { type FlagSpec, type Flags, keyNumber, keyValue, parseArgs, UsageError } from "./cli/args.js";
import { auditCommands } from "./cli/audit.js";
import { CheckFailed, type Command, list, str } from "./cli/command.js";
import { readConfig, writeConfig } from "./cli/config.js";
import { formatBytes, progressReporter } from "./cli/progress.js";
import { webhookCommands } from "./cli/webhooks.js";
import { type ArtifactFile, createClient, type ModelgateClient } from "./client.js";
import { ModelgateApiError, ModelgateError } from "./errors.js";
import { parseModelRef, parseVersionRef } from "./refs.js";
import type { Comparison, Model, RegisterVersionInput, TimelineEntry, Version } from "./types.js";

const GLOBAL_FLAGS: Record<string, FlagSpec> = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

function asUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ModelgateError) throw new UsageError(e.message);
    throw e;
  }
}
const modelArg = (s: string) => asUsage(() => parseModelRef(s));
const versionArg = (s: string) => asUsage(() => parseVersionRef(s));

function tagsOf(flags: Flags): Record<string, string> {
  return Object.fromEntries(list(flags, "tag").map((t) => keyValue(t, "--tag")));
}

function positiveInt(text: string, what: string): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1)
    throw new UsageError(`${what} must be a positive whole number, got '${text}'`);
  return Number(text);
}

const kv = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ") || "-";

function modelLines(m: Model): string[] {
  return [
    `${m.fullName}${m.archived ? " (archived)" : ""}`,
    `  latest version  ${m.latestVersion || "-"}`,
    ...(m.productionVersion ? [`  production      ${m.productionVersion}`] : []),
    `  tags            ${kv(m.tags)}`,
    `  updated         ${m.updatedAt}`,
    ...(m.description ? [`  description     ${m.description}`] : []),
  ];
}

/** The security scan of each uploaded artifact, and its dangerous/unknown findings. */
function scanLines(v: Version): string[] {
  const out: string[] = [];
  for (const a of v.artifacts ?? []) {
    if (!a.scan) {
      if (a.external) out.push(`    ${a.path}  not scanned (external)`);
      continue;
    }
    out.push(`    ${a.path}  ${a.scan.category.toUpperCase()} (${a.scan.verdict})  ${a.scan.summary}`);
    for (const f of a.scan.findings.filter((x) => x.verdict !== "safe").slice(0, 20))
      out.push(
        `      ${f.verdict.padEnd(9)} ${f.callable}  ${f.file ? `in ${f.file} ` : ""}at offset ${f.offset} (${f.opcode})`,
      );
  }
  return out.length ? ["  security scan", ...out] : [];
}

function versionLines(v: Version, client: ModelgateClient): string[] {
  const metrics = Array.isArray(v.metrics)
    ? v.metrics.map((m) => `${m.key}=${m.value}`).join(", ")
    : kv(v.metrics ?? {});
  return [
    `${v.model}/${v.version}  ${v.status}, stage ${v.stage}`,
    ...(v.aliases?.length ? [`  aliases      ${v.aliases.join(", ")}`] : []),
    `  created      ${v.createdAt}${v.createdBy ? ` by ${v.createdBy}` : ""}`,
    ...(v.description ? [`  description  ${v.description}`] : []),
    `  tags         ${kv(v.tags)}`,
    `  params       ${kv(v.params)}`,
    `  metrics      ${metrics || "-"}`,
    ...(v.artifacts?.length
      ? [
          "  artifacts",
          ...v.artifacts.map(
            (a) =>
              `    ${a.path}  ${a.size === null ? "?" : formatBytes(a.size)}  ${a.status}  ${a.uri ? client.url(a.uri) : ""}`,
          ),
        ]
      : []),
    ...scanLines(v),
    ...(v.status === "failed" && v.failureReason ? [`  failed       ${v.failureReason}`] : []),
  ];
}

/** A number without float noise (0.014000000000000012 → 0.014), `-` for a missing one. */
const num = (n: number | null | undefined, sign = false) =>
  n === null || n === undefined ? "-" : `${sign && n > 0 ? "+" : ""}${Number(n.toPrecision(6))}`;

const value = (v: unknown) =>
  v === null || v === undefined ? "-" : typeof v === "object" ? JSON.stringify(v) : String(v);

function comparisonLines(r: Comparison): string[] {
  const side = (v: Comparison["baseline"]) =>
    `v${v.version} (${v.stage}${v.aliases.length ? `; ${v.aliases.join(", ")}` : ""})`;
  const width = Math.max(6, ...r.metrics.map((m) => m.key.length));
  const cell = (text: string) => text.padEnd(10);
  const diffs = [...r.params.map((d) => ["param", d] as const), ...r.tags.map((d) => ["tag", d] as const)]
    .filter(([, d]) => d.change !== "same")
    .map(([kind, d]) => `  ${kind} ${d.key}: ${value(d.baseline)} → ${value(d.candidate)} (${d.change})`);
  const s = r.summary;
  return [
    `${r.model}  ${side(r.baseline)} vs ${side(r.candidate)}  [${r.basis}]`,
    ...(r.metrics.length
      ? [
          `  ${"metric".padEnd(width)}  ${cell("baseline")} ${cell("candidate")} ${cell("delta")} winner`,
          ...r.metrics.map(
            (m) =>
              `  ${m.key.padEnd(width)}  ${cell(num(m.baseline))} ${cell(num(m.candidate))} ${cell(num(m.delta, true))} ${m.winner ?? "-"}${m.direction === "lower" ? " (lower is better)" : ""}`,
          ),
        ]
      : ["  no offline metrics"]),
    `  candidate better on ${s.wins}, worse on ${s.losses}, tied on ${s.ties}, missing ${s.missing}${
      s.primary ? `; primary ${s.primary.key}: ${s.primary.winner ?? "-"}` : ""
    }`,
    ...diffs,
  ];
}

function timelineLine(e: TimelineEntry): string {
  const change =
    e.kind === "stage"
      ? `v${e.version}  ${e.fromStage} → ${e.toStage}${e.rollback ? " (rollback)" : ""}`
      : `@${e.alias}  ${e.fromVersion ?? "-"} → ${e.toVersion ?? "removed"}`;
  const signed = e.signatures.length ? `  [${e.signatures.map((g) => g.reviewer).join(", ")}]` : "";
  return `${e.at}  ${change}  by ${e.by}${e.reason ? `: ${e.reason}` : ""}${signed}`;
}

/** Metadata from --file: the registerVersion body; `metrics` may also be a { key: value } map. */
async function readMetadata(file: string): Promise<RegisterVersionInput> {
  if (/\.ya?ml$/i.test(file))
    throw new UsageError("YAML metadata is not supported (the CLI has no dependencies); use a .json file");
  const text = await readFile(file, "utf8").catch(() => {
    throw new ModelgateError("file_not_found", `Cannot read ${file}.`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new UsageError(`${file} must hold a JSON object`);
  const meta = parsed as RegisterVersionInput & { metrics?: unknown };
  if (meta.metrics && typeof meta.metrics === "object" && !Array.isArray(meta.metrics)) {
    meta.metrics = Object.entries(meta.metrics as Record<string, number>).map(([key, value]) => ({
      key,
      value,
    }));
  }
  return meta as RegisterVersionInput;
}

/** `path[=localfile]`: the artifact's path in the version, and the file to upload. */
function artifactSpec(spec: string): ArtifactFile {
  const i = spec.indexOf("=");
  if (i === 0 || i === spec.length - 1)
    throw new UsageError(`--artifact expects path[=localfile], got '${spec}'`);
  if (i > 0) return { path: spec.slice(0, i), source: spec.slice(i + 1) };
  return { path: isAbsolute(spec) ? basename(spec) : spec, source: spec };
}

async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = "";
    for await (const chunk of stdin) text += chunk;
    return text.trim();
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const done = (fn: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      fn();
    };
    const onData = (s: string) => {
      for (const ch of s) {
        if (ch === "\r" || ch === "\n") return done(() => resolve(value.trim()));
        if (ch === "\u0003") return done(() => reject(new UsageError("cancelled")));
        value = ch === "\u007f" || ch === "\b" ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on("data", onData);
  });
}

const commands: Record<string, Command> = {
  login: {
    usage: "login [--url URL] [--token TOKEN]",
    summary: "Check an API token and save it with the URL to ~/.config/modelgate/config.json (0600)",
    flags: { url: { type: "string" }, token: { type: "string" } },
    args: [0, 0],
    async run(c) {
      const stored = await readConfig(c.env);
      const baseUrl = str(c.flags, "url") ?? c.env.MODELGATE_URL ?? stored.baseUrl;
      if (!baseUrl) throw new UsageError("login needs --url (or MODELGATE_URL)");
      const token =
        str(c.flags, "token") ?? c.env.MODELGATE_TOKEN ?? (await readSecret("API token (mg_…): "));
      if (!token) throw new UsageError("no token given (use --token, MODELGATE_TOKEN or standard input)");
      const me = await createClient({ baseUrl, token }).me();
      const file = await writeConfig({ baseUrl: baseUrl.replace(/\/+$/, ""), token }, c.env);
      c.out(
        { baseUrl, configFile: file, me },
        `Logged in to ${baseUrl} as ${me.name} (${me.teams.map((t) => `${t.slug}=${t.role}`).join(", ")}); saved to ${file}`,
      );
    },
  },
  whoami: {
    usage: "whoami",
    summary: "Show the identity and team roles the server resolves for your credentials",
    args: [0, 0],
    async run(c) {
      const me = await (await c.client()).me();
      c.out(me, `${me.name} (${me.type})  teams: ${me.teams.map((t) => `${t.slug}=${t.role}`).join(", ")}`);
    },
  },
  "models list": {
    usage: "models list [--q TEXT] [--tag k=v]... [--team TEAM] [--limit N] [--archived]",
    summary: "Search models",
    flags: {
      q: { type: "string" },
      tag: { type: "string", multiple: true },
      team: { type: "string" },
      limit: { type: "string" },
      archived: { type: "boolean" },
    },
    args: [0, 0],
    async run(c) {
      const tags = list(c.flags, "tag").map((t) => keyValue(t, "--tag").join("="));
      const limit = str(c.flags, "limit");
      const query = {
        q: str(c.flags, "q"),
        team: str(c.flags, "team"),
        tags,
        limit: limit ? positiveInt(limit, "--limit") : undefined,
        archived: c.flags.archived ? true : undefined,
      };
      const page = await (await c.client()).models.search(query);
      const width = Math.max(10, ...page.items.map((m) => m.fullName.length));
      c.out(
        page,
        page.items.length
          ? page.items.map(
              (m) =>
                `${m.fullName.padEnd(width)}  v${String(m.latestVersion).padEnd(4)} ${m.description.split("\n")[0]!.slice(0, 60)}`,
            )
          : "no models found",
      );
    },
  },
  "models create": {
    usage: "models create <team/name> [--description TEXT] [--tag k=v]...",
    summary: "Create a model",
    flags: { description: { type: "string" }, tag: { type: "string", multiple: true } },
    args: [1, 1],
    async run(c) {
      const input = {
        ...modelArg(c.args[0]!),
        description: str(c.flags, "description"),
        tags: tagsOf(c.flags),
      };
      const model = await (await c.client()).models.create(input);
      c.out(model, `created ${model.fullName}`);
    },
  },
  "models show": {
    usage: "models show <team/name>",
    summary: "Show a model",
    args: [1, 1],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const model = await (await c.client()).models.get(ref);
      c.out(model, modelLines(model));
    },
  },
  "versions list": {
    usage: "versions list <team/name> [--metric 'auc>=0.9'] [--tag k=v]... [--limit N]",
    summary: "List a model's versions, newest first",
    flags: { metric: { type: "string" }, tag: { type: "string", multiple: true }, limit: { type: "string" } },
    args: [1, 1],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const limit = str(c.flags, "limit");
      const query = {
        metric: str(c.flags, "metric"),
        tags: list(c.flags, "tag").map((t) => keyValue(t, "--tag").join("=")),
        limit: limit ? positiveInt(limit, "--limit") : undefined,
      };
      const page = await (await c.client()).versions.list(ref, query);
      c.out(
        page,
        page.items.length
          ? page.items.map(
              (v) => `${v.model}/${v.version}  ${v.status.padEnd(7)}  ${v.stage.padEnd(10)}  ${v.createdAt}`,
            )
          : "no versions",
      );
    },
  },
  "versions register": {
    usage:
      "versions register <team/name> [--file meta.json] [--description TEXT] [--metric key=value]... [--param key=value]... [--tag key=value]... [--artifact path[=localfile]]...",
    summary: "Register the next version and upload its artifacts (progress on stderr)",
    flags: {
      file: { type: "string" },
      description: { type: "string" },
      metric: { type: "string", multiple: true },
      param: { type: "string", multiple: true },
      tag: { type: "string", multiple: true },
      artifact: { type: "string", multiple: true },
    },
    args: [1, 1],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const file = str(c.flags, "file");
      const meta: RegisterVersionInput = file ? await readMetadata(file) : {};
      const description = str(c.flags, "description");
      if (description !== undefined) meta.description = description;
      const flagMetrics = list(c.flags, "metric").map((m) => keyNumber(m, "--metric"));
      const flagKeys = new Set(flagMetrics.map(([k]) => k));
      meta.metrics = [
        ...(meta.metrics ?? []).filter((m) => !flagKeys.has(m.key)),
        ...flagMetrics.map(([key, value]) => ({ key, value })),
      ];
      meta.params = {
        ...meta.params,
        ...Object.fromEntries(list(c.flags, "param").map((p) => keyValue(p, "--param"))),
      };
      meta.tags = { ...meta.tags, ...tagsOf(c.flags) };
      const files = list(c.flags, "artifact").map(artifactSpec);
      const version = await (await c.client()).registerVersionWithArtifacts(ref, meta, files, {
        onProgress: progressReporter("uploading"),
      });
      c.out(version, [
        `registered ${version.model}/${version.version} (${version.status}, ${version.artifacts?.length ?? 0} artifact(s))`,
        ...scanLines(version),
        ...(version.status === "failed"
          ? [`  failed: ${version.failureReason ?? "the version failed"}`]
          : []),
      ]);
      // A version the security scan blocked is a failed registration for a pipeline.
      if (version.status === "failed")
        throw new CheckFailed(`${version.model}/${version.version} failed: ${version.failureReason ?? ""}`);
    },
  },
  "versions show": {
    usage: "versions show <team/name/N>",
    summary: "Show a version with its artifacts, metrics and aliases",
    args: [1, 1],
    async run(c) {
      const ref = versionArg(c.args[0]!);
      const client = await c.client();
      const version = await client.versions.get(ref);
      c.out(version, versionLines(version, client));
    },
  },
  resolve: {
    usage: "resolve <ref>",
    summary: "Resolve team/name@alias, team/name/N or team/name@latest to a version and artifact URIs",
    args: [1, 1],
    async run(c) {
      const client = await c.client();
      const r = await client.resolve(c.args[0]!);
      const artifacts = r.artifacts.map((a) => ({ ...a, url: a.uri ? client.url(a.uri) : null }));
      c.out({ ...r, artifacts }, [
        `${r.ref} → ${r.model}/${r.version}  (${r.status}, stage ${r.stage})`,
        ...artifacts.map(
          (a) =>
            `  ${a.path}  ${a.size === null ? "?" : formatBytes(a.size)}  sha256:${a.sha256 ?? "-"}  ${a.url ?? ""}`,
        ),
      ]);
    },
  },
  "alias list": {
    usage: "alias list <team/name>",
    summary: "List a model's aliases",
    args: [1, 1],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const items = await (await c.client()).aliases.list(ref);
      c.out(
        { items },
        items.length
          ? items.map(
              (a) => `${a.name.padEnd(16)} → ${a.version ?? "-"}${a.protected ? "  (protected)" : ""}`,
            )
          : "no aliases",
      );
    },
  },
  "alias set": {
    usage: "alias set <team/name> <alias> <N>",
    summary: "Point an unprotected alias at a ready version",
    args: [3, 3],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const version = positiveInt(c.args[2]!, "the version");
      const r = await (await c.client()).aliases.set(ref, c.args[1]!, version);
      c.out(r, `${ref.team}/${ref.name}@${r.alias} → ${r.version}${r.changed ? "" : " (unchanged)"}`);
    },
  },
  "alias delete": {
    usage: "alias delete <team/name> <alias>",
    summary: "Delete an unprotected alias",
    args: [2, 2],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const r = await (await c.client()).aliases.delete(ref, c.args[1]!);
      c.out(r, r.deleted ? `deleted ${ref.team}/${ref.name}@${c.args[1]}` : "nothing to delete");
    },
  },
  "metrics log": {
    usage: "metrics log <team/name/N> --metric key=value... [--at ISO-8601]",
    summary: "Append online metric points to a version",
    flags: { metric: { type: "string", multiple: true }, at: { type: "string" } },
    args: [1, 1],
    async run(c) {
      const ref = versionArg(c.args[0]!);
      const points = list(c.flags, "metric").map((m) => keyNumber(m, "--metric"));
      if (points.length === 0) throw new UsageError("metrics log needs at least one --metric key=value");
      const at = str(c.flags, "at");
      if (at !== undefined && Number.isNaN(Date.parse(at)))
        throw new UsageError(`--at needs an ISO-8601 time, got '${at}'`);
      const r = await (await c.client()).metrics.log(
        ref,
        points.map(([key, value]) => ({ key, value, ...(at ? { timestamp: new Date(at) } : {}) })),
      );
      c.out(r, `logged ${r.accepted} point(s) on ${ref.team}/${ref.name}/${ref.version}`);
    },
  },
  compare: {
    usage: "compare <team/name> [--baseline V] [--candidate V]",
    summary:
      "Compare two versions (numbers or aliases; default the champion against the challenger): metrics, deltas, winners",
    flags: { baseline: { type: "string" }, candidate: { type: "string" } },
    args: [1, 1],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const r = await (await c.client()).compare(ref, {
        baseline: str(c.flags, "baseline"),
        candidate: str(c.flags, "candidate"),
      });
      c.out(r, comparisonLines(r));
    },
  },
  timeline: {
    usage: "timeline <team/name>",
    summary: "A model's stage and alias changes, newest first, with who, why and the signatures",
    args: [1, 1],
    async run(c) {
      const ref = modelArg(c.args[0]!);
      const t = await (await c.client()).history.timeline(ref);
      c.out(t, [
        ...(t.items.length ? t.items.map(timelineLine) : ["no stage or alias changes"]),
        ...(t.rollbackCandidate ? [`rollback candidate: v${t.rollbackCandidate}`] : []),
      ]);
    },
  },
  "as-of": {
    usage: "as-of [--at ISO-8601]",
    summary:
      "What was in production at an instant (default now): every model's production version and aliases",
    flags: { at: { type: "string" } },
    args: [0, 0],
    async run(c) {
      const at = str(c.flags, "at");
      if (at !== undefined && Number.isNaN(Date.parse(at)))
        throw new UsageError(`--at needs an ISO-8601 time, got '${at}'`);
      const r = await (await c.client()).history.asOf(at);
      const width = Math.max(10, ...r.items.map((i) => i.model.length));
      c.out(r, [
        `as of ${r.at}`,
        ...r.items.map(
          (i) =>
            `  ${i.model.padEnd(width)}  ${i.productionVersion ? `production v${i.productionVersion} since ${i.productionSince}` : "nothing in production"}${
              i.aliases.length
                ? `  aliases ${i.aliases.map((a) => `${a.alias}=${a.version}`).join(", ")}`
                : ""
            }`,
        ),
      ]);
    },
  },
  inventory: {
    usage: "inventory [-o FILE]",
    summary: "The model inventory (SR 11-7) as CSV, to FILE or stdout",
    flags: { output: { type: "string", short: "o" } },
    args: [0, 0],
    async run(c) {
      const csv = await (await c.client()).history.inventoryCsv();
      const out = str(c.flags, "output");
      if (!out || out === "-") {
        process.stdout.write(csv);
        return;
      }
      await writeFile(out, csv);
      const bytes = Buffer.byteLength(csv);
      c.out({ file: out, bytes }, `wrote the model inventory (${formatBytes(bytes)}) to ${out}`);
    },
  },
  "artifacts download": {
    usage: "artifacts download <team/name/N> <path> [-o FILE] [--acknowledge-unsafe]",
    summary:
      "Download an artifact (streamed, sha256 verified); -o defaults to the file name. One the security scan found unsafe needs --acknowledge-unsafe (audited)",
    flags: { output: { type: "string", short: "o" }, "acknowledge-unsafe": { type: "boolean" } },
    args: [2, 2],
    async run(c) {
      const ref = versionArg(c.args[0]!);
      const path = c.args[1]!;
      const dest = str(c.flags, "output") ?? basename(path);
      const r = await (await c.client()).artifacts.download(ref, path, dest, {
        onProgress: progressReporter("downloading"),
        acknowledgeUnsafe: c.flags["acknowledge-unsafe"] === true,
      });
      c.out(r, `downloaded ${r.path} → ${r.file} (${formatBytes(r.size)}, sha256 ${r.sha256} verified)`);
    },
  },
  ...auditCommands,
  ...webhookCommands,
};

function usage(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.split(" [")[0]!.length));
  return [
    "Usage: modelgate <command> [arguments] [--json]",
    "",
    "Commands:",
    ...Object.values(commands).map((c) => `  ${c.usage.split(" [")[0]!.padEnd(width)}  ${c.summary}`),
    "",
    "Every command takes --json (machine-readable output on stdout) and --help.",
    "--file takes JSON metadata (the registerVersion body; metrics may be a { key: value } map).",
    "YAML is not supported, to keep the CLI free of dependencies.",
    "`audit verify` works offline: it checks an export's hashes, links, checkpoints and signed",
    "trailer with the server's public key (`audit public-key -o key.pem`); exit 1 when it fails.",
    "",
    "Environment: MODELGATE_URL and MODELGATE_TOKEN override the saved login.",
    "Exit codes: 0 ok, 1 error (code, message and request id on stderr), 2 usage.",
  ].join("\n");
}

function version(): string {
  try {
    return (
      JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    ).version;
  } catch {
    return "unknown";
  }
}

async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const json = argv.includes("--json");
  let command: Command | undefined;
  try {
    if (argv.length === 0) throw new UsageError("no command given");
    if (argv[0] === "help" || argv[0] === "--help" || argv[0] === "-h") {
      console.log(usage());
      return 0;
    }
    if (argv[0] === "--version" || argv[0] === "version") {
      console.log(version());
      return 0;
    }
    const two = `${argv[0]} ${argv[1] ?? ""}`;
    const name = commands[two] ? two : commands[argv[0]!] ? argv[0]! : undefined;
    if (!name) throw new UsageError(`unknown command '${argv.slice(0, 2).join(" ")}'`);
    command = commands[name]!;
    const { positionals, flags } = parseArgs(argv.slice(name.split(" ").length), {
      ...GLOBAL_FLAGS,
      ...command.flags,
    });
    if (flags.help) {
      console.log(`Usage: modelgate ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const [min, max] = command.args;
    if (positionals.length < min || positionals.length > max)
      throw new UsageError(positionals.length < min ? "missing arguments" : "too many arguments");
    await command.run({
      args: positionals,
      flags,
      json,
      env,
      async client() {
        const stored = await readConfig(env);
        const baseUrl = env.MODELGATE_URL || stored.baseUrl;
        const token = env.MODELGATE_TOKEN || stored.token;
        // Undocumented: a browser session cookie instead of a token (the e2e tests use it).
        const cookie = env.MODELGATE_COOKIE;
        if (!baseUrl || (!token && !cookie))
          throw new ModelgateError(
            "not_logged_in",
            "Run `modelgate login`, or set MODELGATE_URL and MODELGATE_TOKEN.",
          );
        return createClient({ baseUrl, token, headers: cookie ? { cookie } : undefined });
      },
      out(value, text) {
        console.log(json ? JSON.stringify(value, null, 2) : Array.isArray(text) ? text.join("\n") : text);
      },
    });
    return 0;
  } catch (e) {
    if (e instanceof CheckFailed) return e.exitCode;
    if (e instanceof UsageError) {
      const help = command ? `Usage: modelgate ${command.usage}` : usage();
      console.error(`modelgate: ${e.message}\n\n${help}`);
      return 2;
    }
    const err =
      e instanceof ModelgateError
        ? e
        : new ModelgateError("internal", e instanceof Error ? e.message : String(e));
    const requestId = err instanceof ModelgateApiError ? err.requestId : undefined;
    console.error(`error ${err.code}: ${err.message}${requestId ? ` (request ${requestId})` : ""}`);
    if (json) {
      const status = err instanceof ModelgateApiError ? err.status : undefined;
      console.log(
        JSON.stringify({ error: { code: err.code, message: err.message, requestId, status } }, null, 2),
      );
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
