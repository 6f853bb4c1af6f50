/** `modelgate audit …`: export the trail, fetch the server's key, verify exports offline. */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { ModelgateError } from "../errors.js";
import {
  type ExportVerification,
  parsePublicKey,
  publicKeyId,
  verifyExport,
} from "../generated/audit-chain.js";
import type { AuditFilter } from "../types.js";
import { UsageError } from "./args.js";
import { CheckFailed, type Command, type Ctx, str } from "./command.js";
import { fileLines } from "./lines.js";
import { formatBytes } from "./progress.js";

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** A PEM, or the JSON of /api/v1/audit/public-key saved to a file. */
function pemOf(text: string, source: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    try {
      const pem = (JSON.parse(trimmed) as { publicKeyPem?: unknown }).publicKeyPem;
      if (typeof pem === "string") return pem;
    } catch {}
    throw new ModelgateError("invalid_public_key", `${source} holds JSON without a publicKeyPem.`);
  }
  return trimmed;
}

/** The key to verify with: a PEM file, or a URL (the server's /api/v1/audit/public-key is public). */
async function loadPublicKey(source: string) {
  let pem: string;
  if (isUrl(source)) {
    const res = await fetch(source).catch((e: Error) => {
      throw new ModelgateError("network_error", `Cannot fetch ${source}: ${e.message}`);
    });
    if (!res.ok) throw new ModelgateError("http_error", `${source} answered HTTP ${res.status}.`);
    pem = pemOf(await res.text(), source);
  } else {
    const text = await readFile(source, "utf8").catch(() => {
      throw new ModelgateError("file_not_found", `Cannot read ${source}.`);
    });
    pem = pemOf(text, source);
  }
  try {
    return parsePublicKey(pem);
  } catch (e) {
    throw new ModelgateError(
      "invalid_public_key",
      `${source} is not an Ed25519 public key in PEM form (${e instanceof Error ? e.message : e}).`,
    );
  }
}

function verificationLines(r: ExportVerification, file: string, keyId: string): string[] {
  const range = r.firstSeq === null ? "none" : `#${r.firstSeq}..#${r.lastSeq}`;
  // Consecutive pairs that are not linked are filter gaps (on an intact export).
  const gaps = Math.max(0, r.events - 1 - r.linked);
  const filter = r.filter && Object.keys(r.filter).length ? r.filter : null;
  return [
    `${r.ok ? "OK" : "FAILED"}  ${file} (public key ${keyId})`,
    `  events       ${r.events} (${range})`,
    `  linked       ${r.linked} link(s) between consecutive events checked`,
    r.contiguous
      ? "  contiguous   yes: every event links to the one before it"
      : r.ok
        ? `  contiguous   no — filtered export: ${gaps} gap(s) — each event's hash and the signed trailer verified; links across gaps are checked on the server`
        : "  contiguous   no (gaps in the sequence)",
    `  checkpoints  ${r.checkpointsVerified} verified`,
    ...(filter
      ? [
          `  filter       ${Object.entries(filter)
            .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
            .join(", ")}`,
        ]
      : []),
    ...(r.problems.length ? ["  problems", ...r.problems.map((p) => `    - ${p}`)] : []),
  ];
}

function auditFilter(c: Ctx): AuditFilter {
  const time = (flag: string) => {
    const v = str(c.flags, flag);
    if (v !== undefined && Number.isNaN(Date.parse(v)))
      throw new UsageError(`--${flag} needs an ISO-8601 time, got '${v}'`);
    return v;
  };
  return {
    from: time("from"),
    to: time("to"),
    actor: str(c.flags, "actor"),
    team: str(c.flags, "team"),
    action: str(c.flags, "action"),
    entityType: str(c.flags, "entity-type"),
    entityId: str(c.flags, "entity-id"),
    model: str(c.flags, "model"),
    requestId: str(c.flags, "request-id"),
  };
}

/** Writes a stream to `dest` through a temporary file beside it: a broken transfer leaves nothing. */
async function streamToFile(body: ReadableStream<Uint8Array>, dest: string): Promise<number> {
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const tmp = join(dirname(dest), `.${basename(dest)}.${randomUUID().slice(0, 8)}.part`);
  try {
    await pipeline(
      Readable.fromWeb(body as NodeReadableStream<Uint8Array>),
      count,
      createWriteStream(tmp, { mode: 0o600 }),
    );
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new ModelgateError(
      "network_error",
      `The export broke off: ${e instanceof Error ? e.message : e}. Nothing was written to ${dest}.`,
    );
  }
  return bytes;
}

export const auditCommands: Record<string, Command> = {
  "audit export": {
    usage:
      "audit export [--format jsonl|csv] [--from ISO] [--to ISO] [--model team/name] [--action A] [--actor NAME|ID] [--team SLUG] [--entity-type T] [--entity-id ID] [--request-id ID] [-o FILE]",
    summary: "Stream the (filtered) audit trail to FILE or stdout; JSONL is signed for `audit verify`",
    flags: {
      format: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      model: { type: "string" },
      action: { type: "string" },
      actor: { type: "string" },
      team: { type: "string" },
      "entity-type": { type: "string" },
      "entity-id": { type: "string" },
      "request-id": { type: "string" },
      output: { type: "string", short: "o" },
    },
    args: [0, 0],
    async run(c) {
      const out = str(c.flags, "output");
      const format = str(c.flags, "format") ?? (out && /\.csv$/i.test(out) ? "csv" : "jsonl");
      if (format !== "jsonl" && format !== "csv")
        throw new UsageError(`--format must be jsonl or csv, got '${format}'`);
      const filter = auditFilter(c);
      const body = await (await c.client()).audit.exportEvents(filter, { format });
      if (!out || out === "-") {
        await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), process.stdout).catch(
          (e) => {
            // The reader went away (`| head`): not an error of ours.
            if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
          },
        );
        return;
      }
      const bytes = await streamToFile(body, out);
      c.out(
        { file: out, format, bytes },
        `exported the audit trail (${format}, ${formatBytes(bytes)}) to ${out}${
          format === "jsonl" ? `; check it with \`modelgate audit verify ${out} --public-key key.pem\`` : ""
        }`,
      );
    },
  },
  "audit public-key": {
    usage: "audit public-key [-o FILE]",
    summary: "Write the server's Ed25519 public key (PEM) that signs checkpoints and exports",
    flags: { output: { type: "string", short: "o" } },
    args: [0, 0],
    async run(c) {
      const key = await (await c.client()).audit.publicKey();
      // The id the server names must be this key's (exports and checkpoints carry it).
      const actual = publicKeyId(parsePublicKey(key.publicKeyPem));
      if (actual !== key.keyId)
        throw new ModelgateError(
          "invalid_public_key",
          `The server names key ${key.keyId}, but the PEM it sent is key ${actual}.`,
        );
      const out = str(c.flags, "output");
      const pem = key.publicKeyPem.endsWith("\n") ? key.publicKeyPem : `${key.publicKeyPem}\n`;
      if (!out || out === "-") {
        if (c.json) c.out(key, "");
        else process.stdout.write(pem);
        return;
      }
      await writeFile(out, pem);
      c.out({ ...key, file: out }, `wrote public key ${key.keyId} (${key.algorithm}) to ${out}`);
    },
  },
  "audit verify": {
    usage: "audit verify <export.jsonl> --public-key KEY",
    summary: "Verify a JSONL export offline (`-` reads stdin) with the server's key: a PEM file, or its URL",
    flags: { "public-key": { type: "string" } },
    args: [1, 1],
    async run(c) {
      const file = c.args[0]!;
      const keySource = str(c.flags, "public-key");
      if (!keySource)
        throw new UsageError(
          "audit verify needs --public-key (a PEM file from `modelgate audit public-key -o key.pem`, or its URL)",
        );
      if (file !== "-") {
        const s = await stat(file).catch(() => null);
        if (!s?.isFile()) throw new ModelgateError("file_not_found", `Cannot read ${file}.`);
      }
      const key = await loadPublicKey(keySource);
      const r = await verifyExport(fileLines(file), key);
      c.out(r, verificationLines(r, file === "-" ? "standard input" : file, publicKeyId(key)));
      if (r.ok) return;
      console.error(
        `error verification_failed: the export does not verify (${r.problems.length}${r.problems.length >= 20 ? "+" : ""} problem(s)): ${r.problems[0]}`,
      );
      throw new CheckFailed("the export does not verify");
    },
  },
  "audit verify-server": {
    usage: "audit verify-server",
    summary: "Ask the server to recompute the whole chain and its checkpoints (auditors, admins)",
    args: [0, 0],
    async run(c) {
      const r = await (await c.client()).audit.verify();
      const cps = `${r.checkpoints.verified} signed checkpoint(s) verified${r.checkpoints.otherKey ? `, ${r.checkpoints.otherKey} under another key` : ""}`;
      c.out(
        r,
        r.ok
          ? `OK  chain verified through #${r.verifiedThrough} (head #${r.headSeq}); ${r.events} events, ${cps}, in ${r.durationMs} ms`
          : [
              `FAILED  first break at #${r.firstBreak?.seq}: ${r.firstBreak?.reason}`,
              `  verified through #${r.verifiedThrough} of #${r.headSeq}; ${cps}`,
            ],
      );
      if (r.ok) return;
      console.error(`error chain_broken: ${r.firstBreak?.reason ?? "the chain does not verify"}`);
      throw new CheckFailed("the chain does not verify");
    },
  },
};
