/**
 * The audit hash chain, checkpoints and export format — pure functions over node:crypto only.
 *
 * This file is the single definition of the tamper-evidence format. `@modelgate/client` ships a
 * generated copy of it (packages/client/src/generated/audit-chain.ts, checked by `check:gen`) so
 * `modelgate audit verify` can check an export offline with the same code the server uses.
 *
 *   event hash   = SHA-256("modelgate.audit-event.v1\n" ‖ canonical JSON of the event ‖ "\n" ‖ previous hash)
 *   checkpoint   = Ed25519 signature of "modelgate.audit-checkpoint.v1\n<seq>\n<hash>\n<at>"
 *   export       = JSONL: header, events — each signed checkpoint right after the event it signs —
 *                  then a signed trailer over the SHA-256 of every preceding line, so an export
 *                  cannot be edited, cut or reordered unseen, and verifies in constant memory.
 */
import { createHash, createPublicKey, type KeyObject, sign, verify } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);
export const EXPORT_FORMAT = "modelgate-audit-export.v1";

/** JSON with keys sorted at every level and undefined members dropped, so equal content hashes the same. */
// Written as plain loops: verifying a million events spends most of its time here.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      out += canonicalJson(value[i]) ?? ""; // as Array#join renders undefined
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort(); // UTF-16 code unit order
  let out = "{";
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    if (out.length > 1) out += ",";
    out += `${JSON.stringify(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The fields of an event that its hash covers: everything but the hashes themselves. */
export interface AuditEventFields {
  seq: number;
  /** ISO 8601 UTC with milliseconds. */
  at: string;
  actorType: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  teamId: string | null;
  modelId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface ChainedAuditEvent extends AuditEventFields {
  prevHash: string | null;
  hash: string | null;
}

const HASHED_FIELDS = [
  "seq",
  "at",
  "actorType",
  "actorUserId",
  "actorTokenId",
  "actorName",
  "action",
  "entityType",
  "entityId",
  "teamId",
  "modelId",
  "before",
  "after",
  "reason",
  "requestId",
  "ip",
  "userAgent",
] as const satisfies readonly (keyof AuditEventFields)[];

/** The event as the hash sees it: exactly the hashed fields, absent ones as null. */
export function hashedView(e: AuditEventFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of HASHED_FIELDS) out[k] = e[k] ?? null;
  return out;
}

export function eventHash(e: AuditEventFields, prevHash: string): string {
  return sha256(`modelgate.audit-event.v1\n${canonicalJson(hashedView(e))}\n${prevHash}`);
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Checks events fed in sequence order, one at a time (constant memory): gapless sequence numbers,
 * each previous hash equal to the prior event's hash, each hash recomputed from the content.
 * A prefix of events without hashes (written before the chain existed) is counted, not failed.
 * With `start`, verification begins mid-chain at a known (seq, hash), e.g. a checkpoint.
 */
export class ChainVerifier {
  lastSeq: number;
  lastHash: string;
  checked = 0;
  unchained = 0;
  firstBreak: ChainBreak | null = null;

  constructor(start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }) {
    this.lastSeq = start.seq;
    this.lastHash = start.hash;
  }

  /** Returns false once the chain is broken (and stays broken). */
  push(e: ChainedAuditEvent): boolean {
    if (this.firstBreak) return false;
    const fail = (reason: string) => {
      this.firstBreak = { seq: e.seq, reason };
      return false;
    };
    if (e.seq !== this.lastSeq + 1)
      return fail(
        e.seq > this.lastSeq + 1
          ? `event #${this.lastSeq + 1}${e.seq > this.lastSeq + 2 ? `–#${e.seq - 1}` : ""} missing before #${e.seq}`
          : `event #${e.seq} out of order after #${this.lastSeq}`,
      );
    if (e.hash === null || e.prevHash === null) {
      if (this.checked > 0 || this.lastHash !== GENESIS_HASH)
        return fail(`event #${e.seq} has no hash inside the chain`);
      this.unchained++;
      this.lastSeq = e.seq;
      return true;
    }
    if (e.prevHash !== this.lastHash)
      return fail(`event #${e.seq} does not link to #${this.lastSeq} (previous hash differs)`);
    if (eventHash(e, e.prevHash) !== e.hash)
      return fail(`event #${e.seq} content does not match its hash (edited)`);
    this.checked++;
    this.lastSeq = e.seq;
    this.lastHash = e.hash;
    return true;
  }
}

// ---------------------------------------------------------------------------------- checkpoints

export interface AuditCheckpoint {
  seq: number;
  hash: string;
  /** ISO 8601 UTC. */
  at: string;
  keyId: string;
  /** base64 Ed25519 signature. */
  signature: string;
}

/** A short, stable identifier of a public key: the first 16 hex digits of SHA-256(SPKI DER). */
export function publicKeyId(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
}

export function parsePublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== "ed25519") throw new Error("the public key is not an Ed25519 key");
  return key;
}

const checkpointMessage = (c: Pick<AuditCheckpoint, "seq" | "hash" | "at">) =>
  Buffer.from(`modelgate.audit-checkpoint.v1\n${c.seq}\n${c.hash}\n${c.at}`);

export function signCheckpoint(
  privateKey: KeyObject,
  keyId: string,
  head: { seq: number; hash: string },
  at: Date,
): AuditCheckpoint {
  const c = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...c, keyId, signature: sign(null, checkpointMessage(c), privateKey).toString("base64") };
}

export function verifyCheckpoint(publicKey: KeyObject, c: AuditCheckpoint): boolean {
  try {
    return verify(null, checkpointMessage(c), publicKey, Buffer.from(c.signature, "base64"));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------- exports

export interface ExportHeader {
  type: "header";
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  /** The filter the export was made with; empty means the whole trail. */
  filter: Record<string, unknown>;
  keyId: string;
}
export interface ExportTrailer {
  type: "trailer";
  events: number;
  lastSeq: number | null;
  /** SHA-256 (hex) of every preceding line, each with its "\n". */
  digest: string;
  keyId: string;
  signature: string;
}

const trailerMessage = (t: Omit<ExportTrailer, "signature">) =>
  Buffer.from(`modelgate.audit-export.v1\n${canonicalJson(t)}`);

/**
 * Writes an export line by line. Feed it the header, each event and checkpoint; `trailer()`
 * returns the signed last line. Lines are returned with their "\n".
 */
export class ExportWriter {
  private digest = createHash("sha256");
  private events = 0;
  private lastSeq: number | null = null;

  constructor(
    private readonly privateKey: KeyObject,
    private readonly keyId: string,
  ) {}

  private line(value: unknown): string {
    const text = `${JSON.stringify(value)}\n`;
    this.digest.update(text);
    return text;
  }

  header(filter: Record<string, unknown>, exportedAt: Date): string {
    const h: ExportHeader = {
      type: "header",
      format: EXPORT_FORMAT,
      exportedAt: exportedAt.toISOString(),
      filter,
      keyId: this.keyId,
    };
    return this.line(h);
  }

  event(e: ChainedAuditEvent): string {
    this.events++;
    this.lastSeq = e.seq;
    return this.line({ type: "event", ...hashedView(e), prevHash: e.prevHash, hash: e.hash });
  }

  checkpoint(c: AuditCheckpoint): string {
    return this.line({ type: "checkpoint", ...c });
  }

  trailer(): string {
    const t = {
      type: "trailer" as const,
      events: this.events,
      lastSeq: this.lastSeq,
      digest: this.digest.digest("hex"),
      keyId: this.keyId,
    };
    return `${JSON.stringify({ ...t, signature: sign(null, trailerMessage(t), this.privateKey).toString("base64") })}\n`;
  }
}

export interface ExportVerification {
  ok: boolean;
  events: number;
  /** Events whose hash links were checked against their predecessor in the export. */
  linked: number;
  firstSeq: number | null;
  lastSeq: number | null;
  checkpointsVerified: number;
  /** True when the export holds a gapless run of events (no filter gaps). */
  contiguous: boolean;
  filter: Record<string, unknown> | null;
  problems: string[];
}

/**
 * Verifies an export offline with the server's public key: the trailer's signature and digest
 * (nothing added, removed, edited or reordered since export), every event's hash, the links
 * between consecutive events, and every checkpoint's signature and agreement with the events.
 */
export async function verifyExport(
  lines: AsyncIterable<string> | Iterable<string>,
  publicKey: KeyObject,
): Promise<ExportVerification> {
  const r: ExportVerification = {
    ok: false,
    events: 0,
    linked: 0,
    firstSeq: null,
    lastSeq: null,
    checkpointsVerified: 0,
    contiguous: true,
    filter: null,
    problems: [],
  };
  const problem = (p: string) => {
    if (r.problems.length < 20) r.problems.push(p);
  };
  const digest = createHash("sha256");
  let trailer: ExportTrailer | null = null;
  let prev: ChainedAuditEvent | null = null;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === "") continue;
    if (trailer) {
      problem(`line ${lineNo}: content after the signed trailer`);
      continue;
    }
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw);
    } catch {
      problem(`line ${lineNo}: not JSON`);
      digest.update(`${raw}\n`);
      continue;
    }
    if (obj.type === "trailer") {
      trailer = obj as unknown as ExportTrailer;
      continue;
    }
    digest.update(`${raw}\n`);
    if (lineNo === 1) {
      if (obj.type !== "header" || obj.format !== EXPORT_FORMAT)
        problem("line 1: not a Modelgate audit export header");
      else r.filter = (obj.filter as Record<string, unknown>) ?? {};
      continue;
    }
    if (obj.type === "checkpoint") {
      // A checkpoint follows the event it signs (the digest fixes the order); one whose event was
      // filtered out of the export can only have its signature checked.
      const c = obj as unknown as AuditCheckpoint;
      if (!verifyCheckpoint(publicKey, c)) problem(`checkpoint #${c.seq}: signature does not verify`);
      else if (prev?.seq === c.seq && prev.hash !== c.hash)
        problem(`checkpoint #${c.seq}: hash differs from event #${c.seq}`);
      else r.checkpointsVerified++;
      continue;
    }
    if (obj.type !== "event") {
      problem(`line ${lineNo}: unknown line type`);
      continue;
    }
    const e = obj as unknown as ChainedAuditEvent;
    r.events++;
    r.firstSeq ??= e.seq;
    if (e.hash === null || e.prevHash === null) {
      // Written before the chain existed; only its position can be checked.
    } else if (eventHash(e, e.prevHash) !== e.hash)
      problem(`event #${e.seq}: content does not match its hash`);
    if (prev) {
      if (e.seq <= prev.seq) problem(`event #${e.seq}: out of order after #${prev.seq}`);
      else if (e.seq === prev.seq + 1) {
        if (e.prevHash !== null && e.prevHash !== prev.hash)
          problem(`event #${e.seq}: does not link to #${prev.seq}`);
        else r.linked++;
      } else r.contiguous = false;
    }
    r.lastSeq = e.seq;
    prev = e;
  }
  if (!trailer) problem("the signed trailer is missing (the export is incomplete)");
  else {
    const { signature, ...unsigned } = trailer;
    let valid = false;
    try {
      valid = verify(null, trailerMessage(unsigned), publicKey, Buffer.from(signature ?? "", "base64"));
    } catch {
      valid = false;
    }
    if (!valid) problem("the trailer's signature does not verify with this public key");
    if (trailer.digest !== digest.digest("hex")) problem("the export's content differs from what was signed");
    if (trailer.events !== r.events)
      problem(`the trailer counts ${trailer.events} events, the export holds ${r.events}`);
    if (trailer.lastSeq !== r.lastSeq) problem("the last event differs from the one the trailer names");
  }
  r.ok = r.problems.length === 0;
  return r;
}
