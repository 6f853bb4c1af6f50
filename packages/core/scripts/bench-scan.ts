/**
 * Benchmark of the model-file scanner (issue 10): not a test, a figure for the closing note.
 *
 * Writes large artifacts to a temporary directory in 8 MiB chunks (never held in memory), scans
 * each from disk with `scanFile` (positional reads), and prints throughput and peak RSS (sampled
 * every 10 ms while scanning):
 *
 * 1. a 1 GiB pickle: one BYTEARRAY8 payload (what a big tensor/array dump looks like);
 * 2. a 1 GiB PyTorch zip: `archive/data.pkl` plus 64 stored tensor entries of 16 MiB;
 * 3. an opcode-dense pickle (~256 MiB: a list of ~20 million short memoized strings and ints) —
 *    parser throughput, and the memo's bound (1,000,000 retained values) holding memory flat.
 *
 * Run from the repository root (tsx comes with the workspace's dev dependencies):
 *   node --expose-gc packages/db/node_modules/tsx/dist/cli.mjs packages/core/scripts/bench-scan.ts [--size-mb 1024] [--keep]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { scanFile } from "../src/security";

const args = process.argv.slice(2);
const sizeMb = Number(args[args.indexOf("--size-mb") + 1] ?? 1024) || 1024;
const keep = args.includes("--keep");
const TOTAL = sizeMb * 1024 * 1024;
const CHUNK = 8 * 1024 * 1024;

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];
const enc = new TextEncoder();

async function writeFileFrom(path: string, parts: () => Generator<Uint8Array>) {
  const out = createWriteStream(path);
  for (const p of parts()) {
    if (!out.write(p)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** A pickle: PROTO 5, BYTEARRAY8 of `payload` bytes, STOP. */
function* bigPickle(payload: number) {
  yield Uint8Array.from([0x80, 5, 0x96, ...u64(payload)]);
  const block = new Uint8Array(CHUNK).fill(0x2a);
  for (let left = payload; left > 0; left -= CHUNK) yield left >= CHUNK ? block : block.subarray(0, left);
  yield Uint8Array.from([0x2e]);
}

/** A list of short strings and small ints, appended in batches of 1000 like CPython's pickler. */
function* densePickle(target: number) {
  yield Uint8Array.from([0x80, 4, 0x5d, 0x94]); // PROTO 4, EMPTY_LIST, MEMOIZE
  const batch: number[] = [0x28]; // MARK
  for (let i = 0; i < 1000; i++) {
    const s = enc.encode(`item-${i}`);
    batch.push(0x8c, s.length, ...s, 0x94, 0x4b, i & 0xff); // SHORT_BINUNICODE, MEMOIZE (as CPython does), BININT1
  }
  batch.push(0x65); // APPENDS
  const b = Uint8Array.from(batch);
  const per = Math.floor(CHUNK / b.length);
  const block = new Uint8Array(per * b.length);
  for (let i = 0; i < per; i++) block.set(b, i * b.length);
  for (let written = 0; written < target; written += block.length) yield block;
  yield Uint8Array.from([0x2e]);
}

/** A stored zip: archive/data.pkl (a small state dict referencing storages) then `n` raw tensor entries. */
function* torchZip(n: number, entrySize: number) {
  const entries: { name: Uint8Array; crc: number; size: number; offset: number }[] = [];
  let offset = 0;
  const w = (b: Uint8Array) => {
    offset += b.length;
    return b;
  };
  const local = (name: Uint8Array, crc: number, size: number) =>
    Uint8Array.from([
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0x800),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(crc),
      ...u32(size),
      ...u32(size),
      ...u16(name.length),
      ...u16(0),
      ...name,
    ]);
  const pkl: number[] = [0x80, 2, ...enc.encode("ccollections\nOrderedDict\n"), 0x29, 0x52];
  for (let i = 0; i < n; i++) {
    const key = enc.encode(`layer${i}.weight`);
    pkl.push(0x58, ...u32(key.length), ...key);
    pkl.push(...enc.encode("ctorch._utils\n_rebuild_tensor_v2\n"), 0x28, 0x28);
    const sid = enc.encode(String(i));
    pkl.push(0x58, ...u32(7), ...enc.encode("storage"), ...enc.encode("ctorch\nFloatStorage\n"));
    pkl.push(
      0x58,
      ...u32(sid.length),
      ...sid,
      0x58,
      ...u32(3),
      ...enc.encode("cpu"),
      0x4a,
      ...u32(entrySize / 4),
    );
    pkl.push(0x74, 0x51, 0x4b, 0, 0x4a, ...u32(entrySize / 4), 0x85, 0x4b, 1, 0x85, 0x89);
    pkl.push(...enc.encode("ccollections\nOrderedDict\n"), 0x29, 0x52, 0x74, 0x52, 0x73);
  }
  pkl.push(0x2e);
  const data = Uint8Array.from(pkl);
  const pklName = enc.encode("archive/data.pkl");
  entries.push({ name: pklName, crc: crc32(data) >>> 0, size: data.length, offset });
  yield w(local(pklName, crc32(data) >>> 0, data.length));
  yield w(data);
  const block = new Uint8Array(CHUNK);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31) & 0xff;
  let blockCrc = 0;
  for (let left = entrySize; left > 0; left -= CHUNK)
    blockCrc = crc32(block.subarray(0, Math.min(CHUNK, left)), blockCrc);
  for (let i = 0; i < n; i++) {
    const name = enc.encode(`archive/data/${i}`);
    entries.push({ name, crc: blockCrc >>> 0, size: entrySize, offset });
    yield w(local(name, blockCrc >>> 0, entrySize));
    for (let left = entrySize; left > 0; left -= CHUNK)
      yield w(left >= CHUNK ? block : block.subarray(0, left));
  }
  const cdStart = offset;
  let cdSize = 0;
  for (const e of entries) {
    const rec = Uint8Array.from([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0x800),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(e.crc),
      ...u32(e.size),
      ...u32(e.size),
      ...u16(e.name.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(e.offset),
      ...e.name,
    ]);
    cdSize += rec.length;
    yield rec;
  }
  yield Uint8Array.from([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(cdSize),
    ...u32(cdStart),
    ...u16(0),
  ]);
}

async function measure(label: string, path: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const t0 = performance.now();
  const r = await scanFile(path);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const size = statSync(path).size;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `${label.padEnd(36)} ${mb(size).padStart(7)} MiB in ${seconds.toFixed(2).padStart(5)} s = ${(size / 1024 / 1024 / seconds).toFixed(0).padStart(5)} MiB/s  ` +
      `examined ${r.scannedBytes < 1024 * 1024 ? `${(r.scannedBytes / 1024).toFixed(1)} KiB` : `${mb(r.scannedBytes)} MiB`}  peak RSS ${mb(peak)} MiB (baseline ${mb(baseline)}, +${mb(peak - baseline)})  ` +
      `verdict ${r.verdict}, ${r.findings.length} findings`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "mg-bench-scan-"));
try {
  console.log(
    `node ${process.version}, gc ${(globalThis as { gc?: unknown }).gc ? "exposed" : "not exposed"}; files in ${dir}`,
  );
  const pickle = join(dir, "big.pkl");
  await writeFileFrom(pickle, () => bigPickle(TOTAL - 12));
  await measure("pickle, one BYTEARRAY8 payload", pickle);
  const zip = join(dir, "big.pt");
  const entries = 64;
  await writeFileFrom(zip, () => torchZip(entries, Math.floor(TOTAL / entries / 4) * 4));
  await measure(`PyTorch zip, ${entries} stored tensors`, zip);
  const dense = join(dir, "dense.pkl");
  await writeFileFrom(dense, () => densePickle(Math.floor(TOTAL / 4)));
  await measure("opcode-dense pickle (parser speed)", dense);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
