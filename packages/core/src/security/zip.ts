/**
 * A zip reader for scanning, in pure TypeScript over a `RangeReader`: the end-of-central-directory
 * record (zip64 too), then the central directory — the authority on what an archive holds, as it is
 * for Python's `zipfile` and PyTorch's reader — then each entry's local header when the entry is
 * opened. Entries are streamed (stored, or deflated through `node:zlib`'s `createInflateRaw`) with
 * the archive-bomb limits enforced as bytes come out.
 */
import { crc32 } from "node:zlib";
import { inflateChunks, type RangeReader, readerChunks } from "./sources";
import type { LimitHit, ScanLimits } from "./types";

export interface ZipEntry {
  name: string;
  /** The raw name bytes (compared with the local header's). */
  rawName: Uint8Array;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export class ZipLimitError extends Error {
  constructor(readonly hit: LimitHit) {
    super(hit.reason);
  }
}

export interface ZipDirectory {
  entries: ZipEntry[];
  centralDirectoryOffset: number;
  declaredUncompressed: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i + 4) * 0x1_0000_0000 + u32(b, i);

/** Sequential reads through a reader with a window cache (the central directory is read in order). */
class Cursor {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  constructor(
    private readonly reader: RangeReader,
    public pos: number,
    private readonly end: number,
  ) {}

  async take(n: number): Promise<Uint8Array> {
    if (this.pos + n > this.end)
      throw new ZipFormatError(this.pos, "central directory record runs past its end");
    const off = this.pos - this.windowStart;
    if (off < 0 || off + n > this.window.length) {
      this.window = await this.reader.read(this.pos, Math.max(n, 256 * 1024));
      this.windowStart = this.pos;
      if (this.window.length < n) throw new ZipFormatError(this.pos, "unexpected end of archive");
    }
    const start = this.pos - this.windowStart;
    this.pos += n;
    return this.window.subarray(start, start + n);
  }
}

const latin1 = (b: Uint8Array) => {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
};
const utf8 = new TextDecoder("utf-8");

/** Reads and checks the central directory; throws ZipFormatError / ZipLimitError. */
export async function readZipDirectory(
  reader: RangeReader,
  limits: Pick<
    ScanLimits,
    "maxEntries" | "maxTotalUncompressedBytes" | "maxCompressionRatio" | "compressionRatioMinBytes"
  >,
  file?: string,
): Promise<ZipDirectory> {
  const size = reader.size;
  if (size < 22) throw new ZipFormatError(0, "too short to be a zip archive");
  const tailLen = Math.min(size, 22 + 0xffff + 20);
  const tailStart = size - tailLen;
  const tail = await reader.read(tailStart, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === SIG_EOCD && i + 22 + u16(tail, i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError(size, "no end-of-central-directory record");
  const eocdOffset = tailStart + eocd;
  const disk = u16(tail, eocd + 4);
  const cdDisk = u16(tail, eocd + 6);
  let total = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  let recordStart = eocdOffset;
  if (eocd >= 20 && u32(tail, eocd - 20) === SIG_ZIP64_LOCATOR) {
    const z64Offset = u64(tail, eocd - 20 + 8);
    const z = await reader.read(z64Offset, 56);
    if (z.length < 56 || u32(z, 0) !== SIG_ZIP64_EOCD) {
      throw new ZipFormatError(z64Offset, "zip64 end-of-central-directory record missing");
    }
    total = u64(z, 32);
    cdSize = u64(z, 40);
    cdOffset = u64(z, 48);
    recordStart = z64Offset;
  } else if (disk !== 0 || cdDisk !== 0) {
    throw new ZipFormatError(eocdOffset, "multi-disk (split) archives are not supported");
  }
  if (total > limits.maxEntries) {
    throw new ZipLimitError({
      limit: "maxEntries",
      ...(file !== undefined ? { file } : {}),
      value: total,
      max: limits.maxEntries,
      reason: `the archive declares ${total} entries; at most ${limits.maxEntries} are scanned`,
    });
  }
  if (cdOffset + cdSize > recordStart || cdSize < total * 46) {
    throw new ZipFormatError(eocdOffset, "central directory size or offset is inconsistent");
  }

  const cur = new Cursor(reader, cdOffset, cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (let k = 0; k < total; k++) {
    const at = cur.pos;
    const h = await cur.take(46);
    if (u32(h, 0) !== SIG_CENTRAL) throw new ZipFormatError(at, "bad central directory entry signature");
    const flags = u16(h, 8);
    const method = u16(h, 10);
    const crc = u32(h, 16);
    let csize = u32(h, 20);
    let usize = u32(h, 24);
    const nameLen = u16(h, 28);
    const extraLen = u16(h, 30);
    const commentLen = u16(h, 32);
    let lho = u32(h, 42);
    const rawName = (await cur.take(nameLen)).slice();
    const extra = await cur.take(extraLen);
    await cur.take(commentLen);
    // zip64 extended information: the 32-bit fields that are 0xFFFFFFFF, in order.
    for (let i = 0; i + 4 <= extra.length; ) {
      const id = u16(extra, i);
      const len = u16(extra, i + 2);
      if (id === 0x0001) {
        let p = i + 4;
        const endP = i + 4 + len;
        if (usize === 0xffffffff && p + 8 <= endP) {
          usize = u64(extra, p);
          p += 8;
        }
        if (csize === 0xffffffff && p + 8 <= endP) {
          csize = u64(extra, p);
          p += 8;
        }
        if (lho === 0xffffffff && p + 8 <= endP) lho = u64(extra, p);
      }
      i += 4 + len;
    }
    const name = flags & 0x800 ? utf8.decode(rawName) : latin1(rawName);
    const entry: ZipEntry = {
      name,
      rawName,
      method,
      flags,
      crc32: crc,
      compressedSize: csize,
      uncompressedSize: usize,
      localHeaderOffset: lho,
    };
    if (lho + 30 + nameLen + csize > cdOffset) {
      throw new ZipFormatError(at, `entry ${JSON.stringify(name)} lies outside the archive's data`);
    }
    if (method === 0 && csize !== usize && !(flags & 1)) {
      throw new ZipFormatError(at, `stored entry ${JSON.stringify(name)} has different sizes`);
    }
    declared += usize;
    const ratio = csize > 0 ? usize / csize : usize > 0 ? Number.POSITIVE_INFINITY : 0;
    if (usize > limits.compressionRatioMinBytes && ratio > limits.maxCompressionRatio) {
      throw new ZipLimitError({
        limit: "maxCompressionRatio",
        file: joinPath(file, name),
        value: Math.round(ratio),
        max: limits.maxCompressionRatio,
        reason: `entry ${JSON.stringify(name)} declares ${usize} bytes from ${csize} (ratio ${Math.round(ratio)}:1)`,
      });
    }
    entries.push(entry);
  }
  if (declared > limits.maxTotalUncompressedBytes) {
    throw new ZipLimitError({
      limit: "maxTotalUncompressedBytes",
      ...(file !== undefined ? { file } : {}),
      value: declared,
      max: limits.maxTotalUncompressedBytes,
      reason: `the entries declare ${declared} uncompressed bytes in total`,
    });
  }
  // Overlapping entries (several names for the same compressed bytes) are the trick of
  // non-recursive zip bombs; a well-formed archive never has them.
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let k = 1; k < byOffset.length; k++) {
    const prev = byOffset[k - 1]!;
    const cur = byOffset[k]!;
    const prevEnd = prev.localHeaderOffset + 30 + prev.rawName.length + prev.compressedSize;
    if (cur.localHeaderOffset < prevEnd) {
      throw new ZipLimitError({
        limit: "overlappingEntries",
        file: joinPath(file, cur.name),
        value: cur.localHeaderOffset,
        max: prevEnd,
        reason: `entries ${JSON.stringify(prev.name)} and ${JSON.stringify(cur.name)} overlap (a zip-bomb technique)`,
      });
    }
  }
  return { entries, centralDirectoryOffset: cdOffset, declaredUncompressed: declared };
}

export const joinPath = (parent: string | undefined, name: string) => (parent ? `${parent}!/${name}` : name);

/** Where an entry's data starts, from its local header (checked against the central directory). */
export async function entryDataOffset(reader: RangeReader, e: ZipEntry, cdOffset: number): Promise<number> {
  const h = await reader.read(e.localHeaderOffset, 30 + e.rawName.length);
  if (h.length < 30 || u32(h, 0) !== SIG_LOCAL) {
    throw new ZipFormatError(
      e.localHeaderOffset,
      `entry ${JSON.stringify(e.name)}: bad local header signature`,
    );
  }
  const nameLen = u16(h, 26);
  const extraLen = u16(h, 28);
  const localName = h.subarray(30, 30 + nameLen);
  if (nameLen !== e.rawName.length || !localName.every((b, i) => b === e.rawName[i])) {
    throw new ZipFormatError(
      e.localHeaderOffset,
      `entry ${JSON.stringify(e.name)}: the local header names a different file`,
    );
  }
  const start = e.localHeaderOffset + 30 + nameLen + extraLen;
  if (start + e.compressedSize > cdOffset) {
    throw new ZipFormatError(
      e.localHeaderOffset,
      `entry ${JSON.stringify(e.name)}: data runs past the archive`,
    );
  }
  return start;
}

export interface EntryBudget {
  /** Uncompressed bytes produced so far over the whole scan. */
  uncompressed: number;
}

/**
 * The entry's uncompressed bytes as a stream. Enforces: no more than the declared size, the
 * compression ratio, the scan-wide uncompressed total; at the end, the declared size and CRC-32.
 */
export async function* entryChunks(
  reader: RangeReader,
  e: ZipEntry,
  dataOffset: number,
  limits: Pick<ScanLimits, "maxTotalUncompressedBytes" | "maxCompressionRatio" | "compressionRatioMinBytes">,
  budget: EntryBudget,
  file: string,
): AsyncGenerator<Uint8Array> {
  const raw = readerChunks(reader, dataOffset, e.compressedSize);
  const source = e.method === 0 ? raw : inflateChunks(raw, "raw");
  let out = 0;
  let crc = 0;
  const limit = (hit: Omit<LimitHit, "file">) => new ZipLimitError({ ...hit, file });
  for await (const c of source) {
    out += c.length;
    if (out > e.uncompressedSize) {
      throw limit({
        limit: "declaredSize",
        value: out,
        max: e.uncompressedSize,
        reason: `entry inflates past its declared size of ${e.uncompressedSize} bytes`,
      });
    }
    if (
      out > limits.compressionRatioMinBytes &&
      out > limits.maxCompressionRatio * Math.max(1, e.compressedSize)
    ) {
      throw limit({
        limit: "maxCompressionRatio",
        value: Math.round(out / Math.max(1, e.compressedSize)),
        max: limits.maxCompressionRatio,
        reason: `entry inflates more than ${limits.maxCompressionRatio}:1`,
      });
    }
    budget.uncompressed += c.length;
    if (budget.uncompressed > limits.maxTotalUncompressedBytes) {
      throw limit({
        limit: "maxTotalUncompressedBytes",
        value: budget.uncompressed,
        max: limits.maxTotalUncompressedBytes,
        reason: `more than ${limits.maxTotalUncompressedBytes} uncompressed bytes in total`,
      });
    }
    crc = crc32(c, crc);
    yield c;
  }
  if (out !== e.uncompressedSize) {
    throw new ZipFormatError(dataOffset, `entry is ${out} bytes, not the declared ${e.uncompressedSize}`);
  }
  if (crc >>> 0 !== e.crc32) throw new ZipFormatError(dataOffset, "entry CRC-32 mismatch");
}
