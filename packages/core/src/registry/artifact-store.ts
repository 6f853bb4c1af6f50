import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError } from "../errors";
import { openFileRangeReader, type RangeReader } from "../security/sources";

export interface StoredBlob {
  sha256: string;
  size: number;
  /** `sha256:<hex>` */
  uri: string;
}

export interface ArtifactStore {
  /** Streams `body` into the store, hashing as it goes; never holds the whole file in memory. */
  put(body: Readable | ReadableStream<Uint8Array>, opts: { maxBytes: number }): Promise<StoredBlob>;
  open(uri: string): Promise<{ stream: Readable; size: number }>;
  /**
   * Random access to a stored blob (positional reads, constant memory): what the security scanner
   * needs for zip central directories. Close it when done.
   */
  openReader(uri: string): Promise<RangeReader & { close(): Promise<void> }>;
}

export const DEFAULT_MAX_ARTIFACT_BYTES = 5 * 1024 ** 3;

/** Content-addressed store in a local directory: `<dir>/sha256/ab/abcdef…`. Same bytes, one file. */
export function createLocalArtifactStore(dir: string): ArtifactStore {
  const blobPath = (hex: string) => join(dir, "sha256", hex.slice(0, 2), hex);
  async function existingPath(uri: string) {
    const m = /^sha256:([0-9a-f]{64})$/.exec(uri);
    if (!m) throw new DomainError("not_found", "That artifact is not in the local store.");
    const path = blobPath(m[1]!);
    const s = await stat(path).catch(() => undefined);
    if (!s) throw new DomainError("not_found", "The artifact's bytes are missing from the store.");
    return path;
  }
  return {
    async put(body, { maxBytes }) {
      const tmpDir = join(dir, "tmp");
      await mkdir(tmpDir, { recursive: true });
      const tmp = join(tmpDir, randomUUID());
      const hash = createHash("sha256");
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > maxBytes) {
            done(
              new DomainError(
                "payload_too_large",
                `The artifact is larger than the limit of ${maxBytes} bytes.`,
              ),
            );
            return;
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });
      const source = body instanceof Readable ? body : Readable.fromWeb(body as never);
      try {
        await pipeline(source, meter, createWriteStream(tmp, { flags: "wx" }));
        const sha256 = hash.digest("hex");
        const final = blobPath(sha256);
        await mkdir(join(dir, "sha256", sha256.slice(0, 2)), { recursive: true });
        await rename(tmp, final); // atomic; identical content simply replaces itself
        return { sha256, size, uri: `sha256:${sha256}` };
      } catch (e) {
        await rm(tmp, { force: true });
        if (e instanceof DomainError) throw e;
        throw new DomainError("upload_interrupted", "The upload was interrupted before all bytes arrived.");
      }
    },
    async open(uri) {
      const path = await existingPath(uri);
      const s = await stat(path);
      return { stream: createReadStream(path), size: s.size };
    },
    async openReader(uri) {
      return openFileRangeReader(await existingPath(uri));
    },
  };
}
