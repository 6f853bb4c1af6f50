/**
 * Byte sources for the scanner: random-access readers (a file, a byte array, a range of another
 * reader) and a peekable chunk stream. A reader never loads more than the range asked for.
 */
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createInflate, createInflateRaw } from "node:zlib";

/** Random access to an artifact's bytes (the local store provides one over `fs.open`). */
export interface RangeReader {
  size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
  close?(): Promise<void>;
}

export type ChunkSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export function isRangeReader(x: unknown): x is RangeReader {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as RangeReader).read === "function" &&
    typeof (x as RangeReader).size === "number"
  );
}

export const READ_CHUNK = 1024 * 1024;

/** A reader over bytes in memory. */
export function rangeReaderFromBytes(bytes: Uint8Array): RangeReader {
  return {
    size: bytes.length,
    async read(offset, length) {
      return bytes.subarray(Math.max(0, offset), Math.min(bytes.length, offset + length));
    },
  };
}

/** A reader over a file (fs.open + positional reads); close it when done. */
export async function openFileRangeReader(path: string): Promise<RangeReader & { close(): Promise<void> }> {
  const fh = await open(path, "r");
  const { size } = await fh.stat();
  return {
    size,
    async read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = new Uint8Array(n);
      let got = 0;
      while (got < n) {
        const { bytesRead } = await fh.read(buf, got, n - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === n ? buf : buf.subarray(0, got);
    },
    close: () => fh.close(),
  };
}

/** A window `[start, start + size)` of another reader. */
export function subRangeReader(parent: RangeReader, start: number, size: number): RangeReader {
  return {
    size,
    read(offset, length) {
      const from = Math.max(0, offset);
      const n = Math.max(0, Math.min(length, size - from));
      return n === 0 ? Promise.resolve(new Uint8Array(0)) : parent.read(start + from, n);
    },
  };
}

/** Sequential chunks of a reader's range: a small first read (enough to detect a format), then `chunk`-sized ones. */
export async function* readerChunks(
  reader: RangeReader,
  start = 0,
  length = reader.size - start,
  chunk = READ_CHUNK,
  first = 64 * 1024,
): AsyncGenerator<Uint8Array> {
  let pos = start;
  const end = start + length;
  let size = Math.min(first, chunk);
  while (pos < end) {
    const b = await reader.read(pos, Math.min(size, end - pos));
    if (b.length === 0) return;
    pos += b.length;
    size = chunk;
    yield b;
  }
}

/** Inflates a chunk stream (raw deflate, zlib or gzip) as a chunk stream; stops the inflater when the consumer stops. */
export async function* inflateChunks(
  source: AsyncIterable<Uint8Array>,
  kind: "raw" | "zlib" | "gzip",
): AsyncGenerator<Uint8Array> {
  const z = kind === "raw" ? createInflateRaw() : kind === "zlib" ? createInflate() : createGunzip();
  const done = pipeline(Readable.from(source, { objectMode: false }), z).catch((e: unknown) => e);
  try {
    for await (const c of z) yield c as Uint8Array;
    const err = await done;
    if (err) throw err;
  } finally {
    z.destroy();
  }
}

/** A chunk stream whose first bytes can be looked at before it is consumed. */
export class PeekableChunks {
  private readonly it: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  private queued: Uint8Array[] = [];
  private queuedBytes = 0;
  private done = false;
  /** Bytes taken from the source so far. */
  consumed = 0;

  constructor(source: ChunkSource) {
    this.it =
      Symbol.asyncIterator in source
        ? (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]()
        : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  }

  private async pull(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const c = r.value instanceof Uint8Array ? r.value : new Uint8Array(r.value as ArrayBufferLike);
    if (c.length === 0) return true;
    this.queued.push(c);
    this.queuedBytes += c.length;
    this.consumed += c.length;
    return true;
  }

  /** The first `n` bytes (fewer when the stream is shorter), without consuming them. */
  async peek(n: number): Promise<Uint8Array> {
    while (this.queuedBytes < n && (await this.pull())) {}
    if (this.queued.length === 1 || this.queuedBytes === 0)
      return (this.queued[0] ?? new Uint8Array(0)).subarray(0, n);
    const all = new Uint8Array(Math.min(n, this.queuedBytes));
    let at = 0;
    for (const c of this.queued) {
      if (at >= all.length) break;
      const take = Math.min(c.length, all.length - at);
      all.set(c.subarray(0, take), at);
      at += take;
    }
    this.queued = [concatIfMany(this.queued, this.queuedBytes)];
    return all;
  }

  /** Everything (queued first); consuming it empties this stream. */
  async *rest(): AsyncGenerator<Uint8Array> {
    while (this.queued.length > 0) {
      const c = this.queued.shift()!;
      this.queuedBytes -= c.length;
      yield c;
    }
    while (await this.pull()) {
      const c = this.queued.shift();
      if (c) {
        this.queuedBytes -= c.length;
        yield c;
      }
    }
  }

  /** Reads and discards the rest, counting it; returns the stream's total length. */
  async drain(): Promise<number> {
    this.queued = [];
    this.queuedBytes = 0;
    while (await this.pull()) {
      this.queued = [];
      this.queuedBytes = 0;
    }
    return this.consumed;
  }

  async close(): Promise<void> {
    this.done = true;
    this.queued = [];
    this.queuedBytes = 0;
    try {
      await this.it.return?.();
    } catch {
      // the source's own clean-up failed; nothing more to read anyway
    }
  }
}

function concatIfMany(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
