import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ModelgateError } from "./errors.js";

/** A local file path, bytes in memory, or a Node stream (read once). */
export type ArtifactSource = string | Uint8Array | Readable;

export interface PreparedSource {
  size: number | undefined;
  sha256: string | undefined;
  /** Whether `open()` can be called again (retries); false for a caller's one-shot stream. */
  replayable: boolean;
  open(): Readable;
  dispose(): Promise<void>;
}

const CHUNK = 64 * 1024;

/** Size and sha256 of a file, streamed: never holds the file in memory. */
export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    size += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { size, sha256: hash.digest("hex") };
}

function fromFile(file: string, size: number, sha256: string, dispose = async () => {}): PreparedSource {
  return { size, sha256, replayable: true, open: () => createReadStream(file), dispose };
}

/**
 * Gets a source ready to upload. Files are hashed by streaming them once; a stream is either
 * spooled to a temporary file (when the size and sha256 must be known before sending) or
 * passed through once.
 */
export async function prepareSource(
  source: ArtifactSource,
  opts: { spool: boolean },
): Promise<PreparedSource> {
  if (typeof source === "string") {
    const s = await stat(source).catch(() => undefined);
    if (!s?.isFile()) throw new ModelgateError("file_not_found", `${source} is not a readable file.`);
    const { size, sha256 } = await hashFile(source);
    return fromFile(source, size, sha256);
  }
  if (source instanceof Uint8Array) {
    const buf = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    return {
      size: buf.length,
      sha256: createHash("sha256").update(buf).digest("hex"),
      replayable: true,
      open: () =>
        Readable.from(
          (function* () {
            for (let i = 0; i < buf.length; i += CHUNK) yield buf.subarray(i, i + CHUNK);
          })(),
          { objectMode: false },
        ),
      dispose: async () => {},
    };
  }
  if (opts.spool) {
    const dir = await mkdtemp(join(tmpdir(), "modelgate-upload-"));
    const file = join(dir, "artifact");
    const hash = createHash("sha256");
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(file));
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
    return fromFile(file, size, hash.digest("hex"), () => rm(dir, { recursive: true, force: true }));
  }
  let used = false;
  return {
    size: undefined,
    sha256: undefined,
    replayable: false,
    open() {
      if (used) throw new ModelgateError("stream_consumed", "The artifact stream was already read.");
      used = true;
      return source;
    },
    dispose: async () => {},
  };
}
