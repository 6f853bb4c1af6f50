/**
 * One suite for both artifact stores — the local directory and S3 (against a real S3-protocol
 * server, see s3-server.ts) — so they keep the same contract; then what only S3 has.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { mkdir, readdir, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
} from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import {
  type ArtifactStore,
  copyArtifactStore,
  createLocalArtifactStore,
  createS3ArtifactStore,
  parseByteRange,
  rangeReaderFromBytes,
  type S3ArtifactStoreOptions,
  scanArtifact,
} from "../src";
import { listKeys, uploadsInProgress, useTestS3 } from "./s3-server";
import { makeZip, numpyLikePickle, osSystemPickle } from "./security-fixtures";

const s3 = useTestS3();
const MiB = 1024 * 1024;
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** `size` pseudo-random bytes in 256 KiB chunks; with `failAfter`, the stream errors once that many were sent. */
function bodyOf(size: number, opts: { failAfter?: number } = {}) {
  const chunk = randomBytes(256 * 1024);
  let sent = 0;
  return new Readable({
    read() {
      if (opts.failAfter !== undefined && sent >= opts.failAfter) {
        this.destroy(new Error("client went away"));
        return;
      }
      if (sent >= size) {
        this.push(null);
        return;
      }
      const n = Math.min(chunk.length, size - sent);
      sent += n;
      this.push(chunk.subarray(0, n));
    },
  });
}

/** Byte equality without vitest's element-by-element diff (slow on megabytes). */
function expectBytes(actual: Uint8Array, expected: Uint8Array) {
  expect(actual.length).toBe(expected.length);
  expect(Buffer.from(actual.buffer, actual.byteOffset, actual.length).equals(expected)).toBe(true);
}

async function readAll(stream: Readable) {
  return new Uint8Array(Buffer.concat(await stream.toArray()));
}

interface Harness {
  name: "local" | "s3";
  make(extra?: Partial<S3ArtifactStoreOptions>): ArtifactStore;
  /** What a failed upload could have left behind: temporary objects and multipart uploads. */
  leftovers(store: ArtifactStore): Promise<{ temporary: string[]; uploads: string[] | undefined }>;
}

const dirOf = (store: ArtifactStore) => store.location;
const prefixOf = (store: ArtifactStore) => store.location.replace(`s3://${s3.bucket}/`, "");

const local: Harness = {
  name: "local",
  make: () => createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-store-"))),
  async leftovers(store) {
    const temporary = await readdir(join(dirOf(store), "tmp")).catch(() => [] as string[]);
    return { temporary, uploads: [] };
  },
};

const remote: Harness = {
  name: "s3",
  make: (extra) => createS3ArtifactStore(s3.storeOptions(extra)),
  async leftovers(store) {
    return {
      temporary: await listKeys(s3, `${prefixOf(store)}tmp/`),
      uploads: await uploadsInProgress(s3, prefixOf(store)),
    };
  },
};

async function blobs(store: ArtifactStore) {
  const out: { uri: string; size: number }[] = [];
  for await (const b of store.list()) out.push(b);
  return out;
}

async function expectNothingLeft(h: Harness, store: ArtifactStore) {
  expect(await blobs(store)).toEqual([]);
  const left = await h.leftovers(store);
  expect(left.temporary).toEqual([]);
  // undefined: an external server without ListMultipartUploads (the in-process one has it)
  if (left.uploads !== undefined || s3.inProcess) expect(left.uploads).toEqual([]);
}

describe.each([local, remote])("$name artifact store", (h) => {
  it("stores a stream under its sha256 and gives the same bytes back", async () => {
    const store = h.make();
    const bytes = new Uint8Array(randomBytes(3 * MiB + 17));
    const blob = await store.put(Readable.from([bytes.subarray(0, MiB), bytes.subarray(MiB)]), {
      maxBytes: 10 * MiB,
    });
    expect(blob).toEqual({ sha256: sha(bytes), size: bytes.length, uri: `sha256:${sha(bytes)}` });
    const opened = await store.open(blob.uri);
    expect(opened.size).toBe(bytes.length);
    expect(sha(await readAll(opened.stream))).toBe(sha(bytes));
    expect(await store.stat(blob.uri)).toEqual({ size: bytes.length });
    expect(await blobs(store)).toEqual([{ uri: blob.uri, size: bytes.length }]);
    expect((await h.leftovers(store)).temporary).toEqual([]);
    expect(store.kind).toBe(h.name);
    await store.close();
  });

  it("takes a web ReadableStream and an empty body", async () => {
    const store = h.make();
    const bytes = new TextEncoder().encode("hello web stream");
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes);
        c.close();
      },
    });
    expect((await store.put(web, { maxBytes: 100 })).sha256).toBe(sha(bytes));
    const empty = await store.put(Readable.from([]), { maxBytes: 100 });
    expect(empty).toMatchObject({ size: 0, sha256: sha(new Uint8Array(0)) });
    const opened = await store.open(empty.uri);
    expect(opened.size).toBe(0);
    expect((await readAll(opened.stream)).length).toBe(0);
  });

  it("keeps identical content once", async () => {
    const store = h.make();
    const bytes = new Uint8Array(randomBytes(64 * 1024));
    const a = await store.put(Readable.from([bytes]), { maxBytes: MiB });
    const b = await store.put(Readable.from([bytes]), { maxBytes: MiB });
    expect(b).toEqual(a);
    expect(await blobs(store)).toHaveLength(1);
    expect((await h.leftovers(store)).temporary).toEqual([]);
  });

  it("serves byte ranges: first byte, middle, suffix, last byte; the size is always the total", async () => {
    const store = h.make();
    const bytes = new Uint8Array(randomBytes(10_000));
    const { uri } = await store.put(Readable.from([bytes]), { maxBytes: MiB });
    const range = async (start: number, end: number) => {
      const opened = await store.open(uri, { range: { start, end } });
      expect(opened.size).toBe(bytes.length);
      return readAll(opened.stream);
    };
    expectBytes(await range(0, 0), bytes.subarray(0, 1));
    expectBytes(await range(1234, 5677), bytes.subarray(1234, 5678));
    const suffix = parseByteRange("bytes=-500", bytes.length);
    if (!suffix || suffix === "unsatisfiable") throw new Error("expected a range");
    expectBytes(await range(suffix.start, suffix.end), bytes.subarray(9_500));
    expectBytes(await range(9_999, 9_999), bytes.subarray(9_999));
    // An end past the last byte is clamped; a start past it is refused.
    expectBytes(await range(9_000, 50_000), bytes.subarray(9_000));
    await expect(store.open(uri, { range: { start: 10_000, end: 10_010 } })).rejects.toMatchObject({
      code: "range_not_satisfiable",
      details: { size: 10_000 },
    });
  });

  it("reads random ranges through openReader", async () => {
    const store = h.make();
    const bytes = new Uint8Array(randomBytes(3 * MiB));
    const { uri } = await store.put(Readable.from([bytes]), { maxBytes: 4 * MiB });
    const reader = await store.openReader(uri);
    expect(reader.size).toBe(bytes.length);
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 40; i++) {
      const offset = next(bytes.length);
      const length = [1, 30, 4096, 300_000, 1_200_000][i % 5]!;
      expectBytes(await reader.read(offset, length), bytes.subarray(offset, offset + length));
    }
    expectBytes(await reader.read(bytes.length - 3, 100), bytes.subarray(bytes.length - 3));
    expect((await reader.read(bytes.length, 10)).length).toBe(0);
    await reader.close();
  });

  it("reports a missing blob: stat undefined, open and openReader not_found", async () => {
    const store = h.make();
    const missing = `sha256:${"0".repeat(64)}`;
    expect(await store.stat(missing)).toBeUndefined();
    expect(await store.stat("not-a-uri")).toBeUndefined();
    await expect(store.open(missing)).rejects.toMatchObject({
      code: "not_found",
      message: "The artifact's bytes are missing from the store.",
    });
    await expect(store.openReader(missing)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a body over the limit and leaves nothing behind", async () => {
    const store = h.make();
    await expect(store.put(bodyOf(20 * MiB), { maxBytes: 12 * MiB })).rejects.toMatchObject({
      code: "payload_too_large",
      message: `The artifact is larger than the limit of ${12 * MiB} bytes.`,
    });
    await expectNothingLeft(h, store);
  });

  it("reports a body that breaks off midway as upload_interrupted and leaves nothing behind", async () => {
    const store = h.make();
    // 20 MiB with 5 MiB parts on S3: a multipart upload is under way when the body fails.
    await expect(
      store.put(bodyOf(20 * MiB, { failAfter: 13 * MiB }), { maxBytes: 50 * MiB }),
    ).rejects.toMatchObject({ code: "upload_interrupted" });
    await expectNothingLeft(h, store);
  });

  it("is ready when usable", async () => {
    const store = h.make();
    await expect(store.check()).resolves.toBeUndefined();
    expect(store.location).toMatch(h.name === "local" ? /^\// : /^s3:\/\/modelgate-test\/test-/);
  });

  it("copies another store's blobs, verified by sha256, idempotently, and finds a tampered copy", async () => {
    const from = local.make();
    const to = h.make();
    const contents = [randomBytes(1000), randomBytes(200_000), randomBytes(6 * MiB)].map(
      (b) => new Uint8Array(b),
    );
    const uris = [];
    for (const c of contents) uris.push((await from.put(Readable.from([c]), { maxBytes: 10 * MiB })).uri);

    // Interrupted after the first blob (the progress callback throws), then run again.
    await expect(
      copyArtifactStore(from, to, {
        onProgress: () => {
          throw new Error("interrupted");
        },
      }),
    ).rejects.toThrow("interrupted");
    const progress: string[] = [];
    const resumed = await copyArtifactStore(from, to, { onProgress: (p) => progress.push(p.outcome) });
    expect(resumed).toMatchObject({ copied: 2, skipped: 1, verified: 3, failures: [] });
    expect(progress.sort()).toEqual(["copied", "copied", "skipped"]);
    expect((await blobs(to)).map((b) => b.uri).sort()).toEqual([...uris].sort());
    for (const [i, uri] of uris.entries())
      expect(sha(await readAll((await to.open(uri)).stream))).toBe(sha(contents[i]!));

    const again = await copyArtifactStore(from, to);
    expect(again).toEqual({ copied: 0, skipped: 3, verified: 3, bytes: 0, failures: [] });
    expect(await copyArtifactStore(from, to, { verify: false })).toMatchObject({ skipped: 3, verified: 0 });

    // Other bytes of the same size under a blob's name: found when verifying.
    const victim = uris[1]!;
    const forged = new Uint8Array(randomBytes(200_000));
    await overwriteBlob(h, to, victim, forged);
    const checked = await copyArtifactStore(from, to);
    if (h.name === "local") {
      // The local store replaces the file, so the copy repairs it.
      expect(checked).toMatchObject({ copied: 1, skipped: 2, failures: [] });
      expect(sha(await readAll((await to.open(victim)).stream))).toBe(victim.slice(7));
    } else {
      // S3 keeps a same-sized object under a content address: reported, not silently skipped.
      expect(checked.copied).toBe(0);
      expect(checked.failures).toEqual([
        { uri: victim, reason: expect.stringMatching(/delete that object/) },
      ]);
      // A wrong size is simply copied over.
      await overwriteBlob(h, to, victim, forged.subarray(0, 10));
      expect(await copyArtifactStore(from, to)).toMatchObject({ copied: 1, skipped: 2, failures: [] });
    }

    // A corrupt source blob (its bytes no longer hash to its name) is reported, not copied.
    const corruptFrom = local.make();
    const good = await corruptFrom.put(Readable.from([contents[0]!]), { maxBytes: MiB });
    const hex = good.sha256;
    writeFileSync(join(corruptFrom.location, "sha256", hex.slice(0, 2), hex), randomBytes(1000));
    const fresh = h.make();
    const corrupt = await copyArtifactStore(corruptFrom, fresh);
    expect(corrupt.failures).toEqual([{ uri: good.uri, reason: expect.stringMatching(/hash to sha256:/) }]);
    expect(await blobs(fresh)).toEqual([]);
  });

  it("sweeps temporary leftovers older than the threshold, and nothing else", async () => {
    const store = h.make();
    const kept = await store.put(Readable.from([new Uint8Array(randomBytes(100))]), { maxBytes: MiB });
    await leaveCrashedUpload(h, store);
    expect(await store.sweepTemporary(60 * 60_000)).toBe(0); // too young
    const left = await h.leftovers(store);
    expect(left.temporary.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 20));
    const expected = h.name === "s3" && left.uploads !== undefined ? 2 : 1;
    expect(await store.sweepTemporary(10)).toBe(expected);
    await expect(h.leftovers(store)).resolves.toMatchObject({ temporary: [] });
    if (left.uploads !== undefined) expect((await h.leftovers(store)).uploads).toEqual([]);
    expect(await store.stat(kept.uri)).toEqual({ size: 100 });
  });
});

/** Puts `bytes` under `uri`'s key behind the store's back. */
async function overwriteBlob(h: Harness, store: ArtifactStore, uri: string, bytes: Uint8Array) {
  const hex = uri.slice(7);
  if (h.name === "local") {
    writeFileSync(join(dirOf(store), "sha256", hex.slice(0, 2), hex), bytes);
    return;
  }
  await s3.client.send(
    new PutObjectCommand({
      Bucket: s3.bucket,
      Key: `${prefixOf(store)}sha256/${hex.slice(0, 2)}/${hex}`,
      Body: bytes,
    }),
  );
}

/** What a process killed mid-upload leaves: a temporary file, or a temporary object and open parts. */
async function leaveCrashedUpload(h: Harness, store: ArtifactStore) {
  if (h.name === "local") {
    await mkdir(join(dirOf(store), "tmp"), { recursive: true });
    const path = join(dirOf(store), "tmp", "crashed");
    await writeFile(path, "partial");
    return;
  }
  const prefix = prefixOf(store);
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}tmp/crashed`, Body: "x" }));
  const { UploadId } = await s3.client.send(
    new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: `${prefix}tmp/crashed-upload` }),
  );
  await s3.client.send(
    new UploadPartCommand({
      Bucket: s3.bucket,
      Key: `${prefix}tmp/crashed-upload`,
      UploadId,
      PartNumber: 1,
      Body: new Uint8Array(5 * MiB),
    }),
  );
}

describe("local artifact store", () => {
  it("is unavailable when its directory cannot be written", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mg-store-")), "a-file");
    writeFileSync(file, "");
    const store = createLocalArtifactStore(join(file, "artifacts"));
    await expect(store.check()).rejects.toMatchObject({
      code: "store_unavailable",
      message: expect.stringMatching(/artifacts is not writable \(ENOTDIR\)/),
    });
  });

  it("sweeps a temporary file by its age", async () => {
    const store = local.make();
    await leaveCrashedUpload(local, store);
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    await utimes(join(store.location, "tmp", "crashed"), old, old);
    expect(await store.sweepTemporary(60 * 60_000)).toBe(1);
  });

  it("has no presign", () => {
    expect(local.make().presign).toBeUndefined();
  });
});

describe("S3 artifact store", () => {
  it("refuses wrong credentials with store_unavailable naming the bucket, endpoint and S3 code", async () => {
    const secret = "not-the-secret-0123456789";
    const store = createS3ArtifactStore(
      s3.storeOptions({ credentials: { accessKeyId: "WRONGKEY", secretAccessKey: secret } }),
    );
    const expected = {
      code: "store_unavailable",
      message: `S3 at ${s3.endpoint} refused access to bucket ${s3.bucket} (InvalidAccessKeyId): check the access key, the secret and the bucket's policy.`,
    };
    await expect(store.check()).rejects.toMatchObject(expected);
    await expect(store.put(Readable.from([new Uint8Array(10)]), { maxBytes: 100 })).rejects.toMatchObject(
      expected,
    );
    await expect(store.open(`sha256:${"a".repeat(64)}`)).rejects.toMatchObject(expected);
    const e = await store.check().catch((x: Error) => x);
    expect(
      JSON.stringify({ message: e?.message, details: (e as { details?: unknown }).details }),
    ).not.toContain(secret);
  });

  it("is unavailable when the bucket does not exist or the endpoint does not answer", async () => {
    const missing = createS3ArtifactStore(s3.storeOptions({ bucket: "no-such-bucket-here" }));
    await expect(missing.check()).rejects.toMatchObject({
      code: "store_unavailable",
      message: `The S3 bucket no-such-bucket-here does not exist at ${s3.endpoint}.`,
    });
    const dead = createS3ArtifactStore(s3.storeOptions({ endpoint: "http://user:pw@127.0.0.1:9" }));
    const e = await dead.check().catch((x: Error) => x);
    expect(e).toMatchObject({
      code: "store_unavailable",
      message: `Cannot reach S3 at http://127.0.0.1:9 for bucket ${s3.bucket} (ECONNREFUSED).`,
    });
  });

  it("presigns a direct download with the file name and type", async () => {
    const store = createS3ArtifactStore(s3.storeOptions());
    const bytes = new TextEncoder().encode("weights!");
    const { uri } = await store.put(Readable.from([bytes]), { maxBytes: 100 });
    const url = await store.presign!(uri, {
      expiresInSeconds: 60,
      filename: "model v1.bin",
      contentType: "application/x-model",
    });
    expect(url).toContain("X-Amz-Expires=60");
    expect(url).not.toContain(s3.credentials.secretAccessKey.repeat(2));
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="model_v1.bin"');
    expect(res.headers.get("content-type")).toBe("application/x-model");
  });

  it("makes a blob above CopyObject's limit final with UploadPartCopy", async (t) => {
    if (!s3.inProcess) t.skip(); // an external s3rver has no UploadPartCopy
    const store = createS3ArtifactStore(s3.storeOptions({ maxCopyObjectBytes: 6 * MiB }));
    const bytes = new Uint8Array(randomBytes(14 * MiB + 3));
    const blob = await store.put(Readable.from([bytes]), { maxBytes: 20 * MiB });
    expect(blob.sha256).toBe(sha(bytes));
    expect(sha(await readAll((await store.open(blob.uri)).stream))).toBe(sha(bytes));
    expect(await listKeys(s3, prefixOf(store))).toEqual([
      `${prefixOf(store)}sha256/${blob.sha256.slice(0, 2)}/${blob.sha256}`,
    ]);
    expect(await uploadsInProgress(s3, prefixOf(store))).toEqual([]);
  });

  it("puts a 200 MiB stream in bounded memory", async () => {
    const store = createS3ArtifactStore(s3.storeOptions({ partSizeBytes: 8 * MiB }));
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    try {
      const blob = await store.put(bodyOf(200 * MiB), { maxBytes: 300 * MiB });
      expect(blob.size).toBe(200 * MiB);
    } finally {
      clearInterval(timer);
    }
    const growth = (peak - before) / MiB;
    console.log(`S3 put of 200 MiB: rss ${Math.round(before / MiB)} → peak ${Math.round(peak / MiB)} MiB`);
    // parts in flight (8 MiB × 4) plus the server's own buffers in this process — far below 200 MiB
    expect(growth).toBeLessThan(150);
    expect(await uploadsInProgress(s3, prefixOf(store))).toEqual(s3.inProcess ? [] : undefined);
  });

  it("feeds the scanner through ranged reads, with few requests", async () => {
    const store = createS3ArtifactStore(s3.storeOptions());
    const entries = Array.from({ length: 20 }, (_, i) => ({
      name: `archive/data/${i}`,
      data: new Uint8Array(randomBytes(40_000)),
      method: 0 as const,
    }));
    const zip = makeZip([
      { name: "archive/data.pkl", data: numpyLikePickle().bytes },
      ...entries,
      { name: "archive/evil.pkl", data: osSystemPickle().bytes },
    ]);
    const { uri, size } = await store.put(Readable.from([zip]), { maxBytes: 10 * MiB });
    const inMemory = await scanArtifact({
      name: "model.pt",
      size,
      open: async () => rangeReaderFromBytes(zip),
    });

    const requests = async (readAheadBytes?: number) => {
      const s = createS3ArtifactStore({ ...s3.storeOptions(), prefix: prefixOf(store), readAheadBytes });
      const before = s3.requests();
      const scan = await scanArtifact({ name: "model.pt", size, open: () => s.openReader(uri) });
      expect(scan.verdict).toBe(inMemory.verdict);
      expect(scan.findings).toEqual(inMemory.findings);
      return s3.requests() - before;
    };
    expect(inMemory.category).toBe("unsafe");
    const withReadAhead = await requests();
    const without = await requests(0);
    console.log(
      `scan of a ${zip.length}-byte zip of ${entries.length + 2} entries: ${withReadAhead} requests with read-ahead, ${without} without`,
    );
    if (s3.inProcess) expect(withReadAhead).toBeLessThan(without);
  });

  // No database involved: once per `npm test` (the PGlite run) is enough for 1 GiB of disk writes.
  it.runIf(!process.env.TEST_DATABASE_URL)(
    "serves a scan of a 1 GiB zip without downloading it",
    { timeout: 240_000 },
    async () => {
      // A stored zip: a pickle, one 1 GiB data entry of zeros streamed in, the central directory.
      const store = createS3ArtifactStore(s3.storeOptions({ partSizeBytes: 16 * MiB }));
      const big = 1024 * MiB;
      const pickle = osSystemPickle().bytes;
      const zip = makeZip([
        { name: "m/data.pkl", data: pickle, method: 0 },
        { name: "m/data/0", data: new Uint8Array(0), method: 0 },
      ]);
      // makeZip wrote the second entry empty; splice 1 GiB of zeros into it and fix its sizes.
      const { head, tail } = spliceStoredEntry(zip, "m/data/0", big);
      const body = Readable.from(
        (async function* () {
          yield head;
          const zeros = new Uint8Array(4 * MiB);
          for (let sent = 0; sent < big; sent += zeros.length) yield zeros;
          yield tail;
        })(),
      );
      const blob = await store.put(body, { maxBytes: 2 * 1024 * MiB });
      const before = s3.requests();
      const scan = await scanArtifact({
        name: "model.pt",
        size: blob.size,
        open: () => store.openReader(blob.uri),
      });
      const used = s3.requests() - before;
      console.log(`scan of a ${blob.size}-byte zip on S3: ${used} requests, verdict ${scan.verdict}`);
      expect(scan.category).toBe("unsafe");
      if (s3.inProcess) expect(used).toBeLessThan(20);
      await s3.client.send(
        new DeleteObjectCommand({
          Bucket: s3.bucket,
          Key: `${prefixOf(store)}sha256/${blob.sha256.slice(0, 2)}/${blob.sha256}`,
        }),
      );
    },
  );
});

/**
 * Splits a zip whose `name` entry is stored and empty into the bytes before and after that
 * entry's (absent) data, with its sizes set to `size` and later offsets moved by `size`, so a
 * large entry can be streamed in between. CRC-32 stays that of no bytes: the scanner does not check it.
 */
function spliceStoredEntry(zip: Uint8Array, name: string, size: number) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const enc = new TextEncoder().encode(name);
  // local header of the entry
  let at = 0;
  for (;;) {
    if (view.getUint32(at, true) !== 0x04034b50) throw new Error("entry not found");
    const nameLen = view.getUint16(at + 26, true);
    const extraLen = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 18, true);
    const thisName = zip.subarray(at + 30, at + 30 + nameLen);
    if (nameLen === enc.length && thisName.every((b, i) => b === enc[i])) {
      view.setUint32(at + 18, size, true);
      view.setUint32(at + 22, size, true);
      const dataStart = at + 30 + nameLen + extraLen;
      const head = zip.slice(0, dataStart);
      const rest = zip.slice(dataStart);
      const rv = new DataView(rest.buffer);
      // end record: the central directory moved by `size`
      const eocd = rest.length - 22;
      if (rv.getUint32(eocd, true) !== 0x06054b50) throw new Error("no end record");
      const cdOffset = rv.getUint32(eocd + 16, true);
      rv.setUint32(eocd + 16, cdOffset + size, true);
      // central directory entries: sizes of this one, offsets of the later ones
      let c = cdOffset - dataStart;
      while (rv.getUint32(c, true) === 0x02014b50) {
        const n = rv.getUint16(c + 28, true);
        const x = rv.getUint16(c + 30, true);
        const k = rv.getUint16(c + 32, true);
        const cname = rest.subarray(c + 46, c + 46 + n);
        const offset = rv.getUint32(c + 42, true);
        if (n === enc.length && cname.every((b, i) => b === enc[i])) {
          rv.setUint32(c + 20, size, true);
          rv.setUint32(c + 24, size, true);
        } else if (offset >= dataStart) {
          rv.setUint32(c + 42, offset + size, true);
        }
        c += 46 + n + x + k;
      }
      return { head, tail: rest };
    }
    at += 30 + nameLen + extraLen + compressed;
  }
}
