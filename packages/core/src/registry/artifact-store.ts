import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { DomainError } from "../errors";
import { openFileRangeReader, type RangeReader } from "../security/sources";

export interface StoredBlob {
  sha256: string;
  size: number;
  /** `sha256:<hex>` — the same for every store, so the database does not care which one holds it. */
  uri: string;
}

/** An inclusive byte range, as in HTTP's `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface ArtifactStore {
  readonly kind: "local" | "s3";
  /** Where blobs live, for health and start-up messages: an absolute directory or s3://bucket/prefix (never credentials). */
  readonly location: string;
  /** Streams `body` into the store, hashing as it goes; never holds the whole file in memory. */
  put(body: Readable | ReadableStream<Uint8Array>, opts: { maxBytes: number }): Promise<StoredBlob>;
  /** Streams a blob, or the inclusive byte range of it; `size` is the blob's total size. */
  open(uri: string, opts?: { range?: ByteRange }): Promise<{ stream: Readable; size: number }>;
  /**
   * Random access to a stored blob (positional reads, bounded memory): what the security scanner
   * needs for zip central directories. Close it when done.
   */
  openReader(uri: string): Promise<RangeReader & { close(): Promise<void> }>;
  /** The stored size, or undefined when the blob is missing. */
  stat(uri: string): Promise<{ size: number } | undefined>;
  /** Every stored blob (for copying a store). */
  list(): AsyncIterable<{ uri: string; size: number }>;
  /** Readiness: resolves when the store is reachable and usable; throws DomainError("store_unavailable", clear message) otherwise. */
  check(): Promise<void>;
  /** S3 only: a short-lived URL that GETs the blob directly (Content-Disposition/Type set via response overrides). */
  presign?(
    uri: string,
    opts: { expiresInSeconds: number; filename: string; contentType: string },
  ): Promise<string>;
  /**
   * Removes temporary objects/parts older than `olderThanMs` left by crashed uploads; returns how
   * many. Use a threshold longer than the slowest upload: a younger one may still be in progress.
   */
  sweepTemporary(olderThanMs: number): Promise<number>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_ARTIFACT_BYTES = 5 * 1024 ** 3;

// ------------------------------------------------------------------------------------ shared pieces

/** The hex digest of a `sha256:<hex>` uri, or undefined for anything else. */
export function blobHex(uri: string): string | undefined {
  return /^sha256:([0-9a-f]{64})$/.exec(uri)?.[1];
}

export const missingBlobError = () =>
  new DomainError("not_found", "The artifact's bytes are missing from the store.");

export const interruptedError = () =>
  new DomainError("upload_interrupted", "The upload was interrupted before all bytes arrived.");

/**
 * RFC 9110 Range header → an inclusive range of a body of `size` bytes. `undefined` means "serve
 * the whole body" (no header, another unit, several ranges, or a malformed one — all of which a
 * server may ignore); "unsatisfiable" means answer 416.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | "unsatisfiable" | undefined {
  if (header === null) return undefined;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return undefined; // several ranges (a comma) and junk alike
  const [, first, last] = m as unknown as [string, string, string];
  if (first === "") {
    if (last === "") return undefined;
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== "" && Number(last) < start) return undefined; // invalid: ignore, per RFC 9110 14.1.1
  if (start >= size) return "unsatisfiable";
  return { start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}

/** Checks a range against a blob's size (an end past the last byte is clamped). */
export function clampRange(range: ByteRange, size: number): ByteRange {
  if (
    !Number.isSafeInteger(range.start) ||
    !Number.isSafeInteger(range.end) ||
    range.start < 0 ||
    range.end < range.start ||
    range.start >= size
  ) {
    throw new DomainError(
      "range_not_satisfiable",
      `Bytes ${range.start}-${range.end} are outside the artifact's ${size} bytes.`,
      { size },
    );
  }
  return { start: range.start, end: Math.min(range.end, size - 1) };
}

/**
 * The pass-through both stores write through: hashes and counts every byte in constant memory and
 * fails with payload_too_large as soon as the limit is passed (not after storing it).
 */
export function hashingMeter(maxBytes: number) {
  const hash = createHash("sha256");
  const state = { size: 0, digest: () => hash.digest("hex") };
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      state.size += chunk.length;
      if (state.size > maxBytes) {
        done(
          new DomainError("payload_too_large", `The artifact is larger than the limit of ${maxBytes} bytes.`),
        );
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, state };
}

export function toNodeReadable(body: Readable | ReadableStream<Uint8Array>): Readable {
  return body instanceof Readable ? body : Readable.fromWeb(body as never);
}

/** sha256 of a stream, read to its end. */
export async function hashStream(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), size };
}

// ------------------------------------------------------------------------------------ configuration

export type ArtifactStoreUrl =
  | { kind: "local"; dir: string }
  | { kind: "s3"; bucket: string; prefix: string };

/**
 * Where artifacts go, from one setting: `file:///abs/dir` or `s3://bucket/optional/prefix`.
 * Credentials never belong in it (they would end up in logs): the S3 ones come from the SDK's
 * usual sources or their own settings.
 */
export function parseArtifactStoreUrl(url: string): ArtifactStoreUrl {
  const invalid = (why: string) =>
    new DomainError("validation_failed", `The artifact store setting is not usable: ${why}.`);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw invalid("expected file:///absolute/dir or s3://bucket/prefix");
  }
  if (u.username || u.password)
    throw invalid("it must not carry credentials; set them in the S3 credential settings instead");
  if (u.search || u.hash) throw invalid("it takes no query string or fragment");
  if (u.protocol === "file:") {
    if (u.host) throw invalid("a file: URL names a local directory, as file:///absolute/dir");
    const dir = fileURLToPath(u);
    if (!isAbsolute(dir)) throw invalid("the directory must be absolute");
    return { kind: "local", dir: dir.length > 1 ? dir.replace(/\/+$/, "") : dir };
  }
  if (u.protocol === "s3:") {
    const bucket = u.hostname;
    // S3's own rule (lower-case letters, digits, dots, hyphens; 3–63), so a typo fails here, not at the first upload.
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
      throw invalid(
        `the bucket name ${JSON.stringify(bucket)} must be 3–63 characters of lower-case letters, digits, dots and hyphens`,
      );
    if (u.port) throw invalid("an s3: URL names a bucket, not a host; set the endpoint separately");
    const path = decodeURIComponent(u.pathname).replace(/^\/+/, "").replace(/\/+$/, "");
    return { kind: "s3", bucket, prefix: path === "" ? "" : `${path}/` };
  }
  throw invalid(`the scheme ${JSON.stringify(u.protocol)} is not supported (use file: or s3:)`);
}

// ------------------------------------------------------------------------------------ local directory

/** Content-addressed store in a local directory: `<dir>/sha256/ab/abcdef…`. Same bytes, one file. */
export function createLocalArtifactStore(dir: string): ArtifactStore {
  const root = resolve(dir);
  const tmpDir = join(root, "tmp");
  const blobPath = (hex: string) => join(root, "sha256", hex.slice(0, 2), hex);
  async function existingPath(uri: string) {
    const hex = blobHex(uri);
    if (!hex) throw new DomainError("not_found", "That artifact is not in the local store.");
    const path = blobPath(hex);
    const s = await stat(path).catch(() => undefined);
    if (!s) throw missingBlobError();
    return { path, size: s.size };
  }
  return {
    kind: "local",
    location: root,
    async put(body, { maxBytes }) {
      await mkdir(tmpDir, { recursive: true });
      const tmp = join(tmpDir, randomUUID());
      const meter = hashingMeter(maxBytes);
      try {
        await pipeline(toNodeReadable(body), meter.stream, createWriteStream(tmp, { flags: "wx" }));
        const sha256 = meter.state.digest();
        await mkdir(join(root, "sha256", sha256.slice(0, 2)), { recursive: true });
        await rename(tmp, blobPath(sha256)); // atomic; identical content simply replaces itself
        return { sha256, size: meter.state.size, uri: `sha256:${sha256}` };
      } catch (e) {
        await rm(tmp, { force: true });
        if (e instanceof DomainError) throw e;
        throw interruptedError();
      }
    },
    async open(uri, opts = {}) {
      const { path, size } = await existingPath(uri);
      if (!opts.range) return { stream: createReadStream(path), size };
      const { start, end } = clampRange(opts.range, size);
      return { stream: createReadStream(path, { start, end }), size };
    },
    async openReader(uri) {
      return openFileRangeReader((await existingPath(uri)).path);
    },
    async stat(uri) {
      const hex = blobHex(uri);
      if (!hex) return undefined;
      const s = await stat(blobPath(hex)).catch(() => undefined);
      return s?.isFile() ? { size: s.size } : undefined;
    },
    async *list() {
      const top = join(root, "sha256");
      const fans = await readdir(top).catch(() => [] as string[]);
      for (const fan of fans.sort()) {
        if (!/^[0-9a-f]{2}$/.test(fan)) continue;
        for (const name of (await readdir(join(top, fan))).sort()) {
          if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(fan)) continue;
          const s = await stat(join(top, fan, name)).catch(() => undefined);
          if (s?.isFile()) yield { uri: `sha256:${name}`, size: s.size };
        }
      }
    },
    async check() {
      // Writable, not merely present: an upload must be able to create its temporary file.
      const probe = join(tmpDir, `.probe-${randomUUID()}`);
      try {
        await mkdir(tmpDir, { recursive: true });
        await writeFile(probe, "");
        await rm(probe);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "error";
        throw new DomainError(
          "store_unavailable",
          `The artifact directory ${root} is not writable (${code}).`,
        );
      }
    },
    async sweepTemporary(olderThanMs) {
      const cutoff = Date.now() - olderThanMs;
      let removed = 0;
      for (const name of await readdir(tmpDir).catch(() => [] as string[])) {
        const path = join(tmpDir, name);
        const s = await stat(path).catch(() => undefined);
        // A live upload keeps touching its file, so an old mtime means a crashed one.
        if (s?.isFile() && s.mtimeMs < cutoff) {
          await rm(path, { force: true });
          removed++;
        }
      }
      return removed;
    },
    async close() {},
  };
}
