import { createHash } from "node:crypto";
import { type Readable, Transform } from "node:stream";
import { DomainError } from "../errors";
import { type ArtifactStore, blobHex, hashStream } from "./artifact-store";

/**
 * Passes a blob's bytes through and fails at their end when they do not hash to `hex`, so the
 * destination store discards its upload instead of keeping bytes under another name.
 */
function verifiedAgainst(stream: Readable, hex: string): Readable {
  const hash = createHash("sha256");
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const actual = hash.digest("hex");
      done(
        actual === hex
          ? null
          : new DomainError(
              "unprocessable",
              `the source's bytes hash to sha256:${actual}, not to the blob's name`,
            ),
      );
    },
  });
  stream.on("error", (e) => check.destroy(e));
  return stream.pipe(check);
}

export interface CopyArtifactStoreProgress {
  uri: string;
  size: number;
  outcome: "copied" | "skipped" | "failed";
  /** Blobs handled so far, this one included. */
  done: number;
}

export interface CopyArtifactStoreReport {
  /** Blobs written to the destination (missing there, or there with other bytes). */
  copied: number;
  /** Blobs already in the destination with the same size (and, when verifying, the same sha256). */
  skipped: number;
  /** Destination blobs whose sha256 was checked and matched: every copied one, and skipped ones when verifying. */
  verified: number;
  /** Bytes written to the destination. */
  bytes: number;
  /** Blobs that could not be copied; the rest were. Re-run after fixing the cause. */
  failures: { uri: string; reason: string }[];
}

/**
 * Copies every blob of `from` into `to` (e.g. a local directory into a bucket before switching a
 * deployment to S3), checking each by its content hash: the uri is the sha256, so a blob whose
 * bytes do not hash to it is reported, never silently copied. Idempotent: a re-run after an
 * interruption skips what is already there and finishes the job. With `verify` (the default) a
 * blob already present is re-hashed before it is skipped, so a tampered or corrupt copy is found.
 *
 * A failing blob is recorded in `failures` and the copy goes on; a store that cannot be reached
 * (store_unavailable) stops it by throwing.
 */
export async function copyArtifactStore(
  from: ArtifactStore,
  to: ArtifactStore,
  opts: { verify?: boolean; onProgress?: (p: CopyArtifactStoreProgress) => void } = {},
): Promise<CopyArtifactStoreReport> {
  const verify = opts.verify ?? true;
  const report: CopyArtifactStoreReport = { copied: 0, skipped: 0, verified: 0, bytes: 0, failures: [] };
  let done = 0;
  const destinationMatches = async (uri: string, hex: string) =>
    (await hashStream((await to.open(uri)).stream)).sha256 === hex;

  async function copyOne(uri: string, size: number): Promise<"copied" | "skipped"> {
    const hex = blobHex(uri)!;
    const there = await to.stat(uri);
    let tampered = false;
    if (there?.size === size) {
      if (!verify) return "skipped";
      if (await destinationMatches(uri, hex)) {
        report.verified++;
        return "skipped";
      }
      tampered = true;
    }
    const blob = await to.put(verifiedAgainst((await from.open(uri)).stream, hex), { maxBytes: size });
    if (blob.sha256 !== hex)
      throw new Error(`the copy hashes to sha256:${blob.sha256}, not to the blob's name`);
    // A store may keep a same-sized object it already has (S3 does): make sure the bad copy is gone.
    if (tampered && !(await destinationMatches(uri, hex)))
      throw new Error(
        "the destination holds other bytes of the same size and kept them; delete that object there and re-run",
      );
    report.verified++;
    report.bytes += blob.size;
    return "copied";
  }

  for await (const { uri, size } of from.list()) {
    let outcome: CopyArtifactStoreProgress["outcome"];
    try {
      outcome = await copyOne(uri, size);
      report[outcome]++;
    } catch (e) {
      if (e instanceof DomainError && e.code === "store_unavailable") throw e;
      report.failures.push({ uri, reason: e instanceof Error ? e.message : String(e) });
      outcome = "failed";
    }
    opts.onProgress?.({ uri, size, outcome, done: ++done });
  }
  return report;
}

/**
 * Re-hashes every blob of a store (`pnpm artifacts verify`): each must hash to its name. Reports
 * the ones that do not (or cannot be read); a store that cannot be reached throws.
 */
export async function verifyArtifactStore(
  store: ArtifactStore,
): Promise<{ verified: number; bytes: number; failures: { uri: string; reason: string }[] }> {
  const report = { verified: 0, bytes: 0, failures: [] as { uri: string; reason: string }[] };
  for await (const { uri } of store.list()) {
    try {
      const { sha256, size } = await hashStream((await store.open(uri)).stream);
      if (sha256 !== blobHex(uri)) throw new Error(`its bytes hash to sha256:${sha256}`);
      report.verified++;
      report.bytes += size;
    } catch (e) {
      if (e instanceof DomainError && e.code === "store_unavailable") throw e;
      report.failures.push({ uri, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}
