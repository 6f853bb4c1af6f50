/**
 * The model-file scanner (issue 10): `scanArtifact` detects an artifact's format and scans it
 * without executing anything and without holding it in memory.
 *
 * - pickles (`.pkl`, `.pickle`, `.joblib`, PyTorch legacy files, protocol 0–5, concatenated,
 *   zlib/gzip-compressed joblib files): every import classified, see `classification.ts`;
 * - zip archives (PyTorch `.pt`/`.pth`/`.bin`/`.ckpt`, `.npz`, any zip): every entry that is a
 *   pickle (by name — `data.pkl`, `*.pkl` — or by its first bytes), every nested archive, under
 *   the archive-bomb limits;
 * - `.npy`: object arrays are pickles after the header;
 * - `.safetensors`: header validated ("safe_format" or "invalid");
 * - ONNX, JSON, UTF-8 text: "no_scan_needed"; other binaries: "not_scanned", said so.
 *
 * Input: a random-access `RangeReader` (needed for zip's central directory; a file gives one via
 * `openFileRangeReader`) or a chunk stream (an async iterable). A zip that arrives as a stream is
 * spooled to a temporary file first. Memory is bounded by the limits, not by the artifact's size.
 * `scanArtifact` never throws: a failure of the scanner itself (or of reading the artifact) is the
 * verdict "unparseable" with the reason — it fails closed.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { compileScanPolicy, type ScanPolicy } from "./classification";
import { FindingCollector } from "./findings";
import { type DetectedFormat, detectArtifactFormat } from "./formats";
import { createPickleScanner, type PickleScanOutcome } from "./pickle-parser";
import { checkSafetensors, safetensorsHeaderLength } from "./safetensors";
import {
  type ChunkSource,
  inflateChunks,
  isRangeReader,
  openFileRangeReader,
  PeekableChunks,
  type RangeReader,
  rangeReaderFromBytes,
  readerChunks,
  subRangeReader,
} from "./sources";
import {
  type ArtifactFormat,
  DEFAULT_SCAN_LIMITS,
  type EntryResult,
  type LimitHit,
  type ParseProblem,
  SCANNER_NAME,
  SCANNER_VERSION,
  type ScanLimits,
  type ScanResult,
  type Verdict,
  verdictCategory,
  worseVerdict,
} from "./types";
import {
  type EntryBudget,
  entryChunks,
  entryDataOffset,
  joinPath,
  readZipDirectory,
  ZipFormatError,
  ZipLimitError,
} from "./zip";

export type ScanSource = ChunkSource | RangeReader;

export interface ScanOptions {
  /** A team's additions to the safe and dangerous lists. */
  policy?: Partial<ScanPolicy>;
  /** Overrides of `DEFAULT_SCAN_LIMITS`. */
  limits?: Partial<ScanLimits>;
  /** Where a zip that arrives as a stream is spooled (default: the OS temp directory). */
  tmpDir?: string;
}

export interface ScanInput extends ScanOptions {
  /** The artifact's file name or path (its extension helps detection). */
  name: string;
  /** Its size in bytes, when known (a RangeReader knows it). */
  size?: number;
  /** Opens the bytes: a RangeReader (closed after the scan when it has `close`) or a chunk stream. */
  open: () => ScanSource | Promise<ScanSource>;
}

/** What one file (the artifact or an archive entry) came to. */
interface Part {
  format: ArtifactFormat;
  verdict: Verdict;
  summary: string;
  /** False for archive entries that are plain data (tensor bytes…): they do not decide the verdict. */
  contributes: boolean;
}

interface Ctx {
  limits: ScanLimits;
  collector: FindingCollector;
  budget: EntryBudget;
  limitsHit: LimitHit[];
  problems: ParseProblem[];
  entries: EntryResult[];
  pickles: number;
  scanned: number;
  tmpDir: string;
}

interface Content {
  chunks: PeekableChunks;
  size?: number;
  /** Random access to the same bytes, when available. */
  reader?: RangeReader;
}

const HEAD_BYTES = 64;

function newCtx(opts: ScanOptions): Ctx {
  const limits = { ...DEFAULT_SCAN_LIMITS, ...opts.limits };
  return {
    limits,
    collector: new FindingCollector(compileScanPolicy(opts.policy), limits.maxFindings),
    budget: { uncompressed: 0 },
    limitsHit: [],
    problems: [],
    entries: [],
    pickles: 0,
    scanned: 0,
    tmpDir: opts.tmpDir ?? tmpdir(),
  };
}

const withFile = <T extends object>(file: string | undefined, x: T) =>
  file !== undefined ? { ...x, file } : x;

// ------------------------------------------------------------------------------------ pickles

function pickleCounts(ctx: Ctx) {
  return { dangerous: ctx.collector.dangerous, unknown: ctx.collector.unknown };
}

function picklePart(
  ctx: Ctx,
  out: PickleScanOutcome,
  before: { dangerous: number; unknown: number },
  format: ArtifactFormat,
  claimed: boolean,
): Part {
  const dangerous = ctx.collector.dangerous - before.dangerous;
  const unknown = ctx.collector.unknown - before.unknown;
  ctx.scanned += out.bytes;
  if (out.problem && !claimed && out.pickles === 0 && dangerous === 0) {
    return {
      format: "unknown",
      verdict: "not_scanned",
      summary: `unrecognised binary data (not a pickle: ${out.problem.reason} at offset ${out.problem.offset})`,
      contributes: false,
    };
  }
  ctx.pickles += out.pickles;
  let verdict: Verdict = "clean";
  const notes: string[] = [];
  if (dangerous > 0) {
    verdict = "dangerous";
    notes.push(`${dangerous} dangerous import${dangerous > 1 ? "s" : ""}`);
  }
  if (out.limit) {
    ctx.limitsHit.push(out.limit);
    verdict = worseVerdict(verdict, "rejected");
    notes.push(`limit hit: ${out.limit.reason}`);
  }
  if (out.problem) {
    ctx.problems.push(out.problem);
    verdict = worseVerdict(verdict, "unparseable");
    notes.push(`unparseable at offset ${out.problem.offset}: ${out.problem.reason}`);
  }
  if (unknown > 0) {
    verdict = worseVerdict(verdict, "unknown");
    notes.push(`${unknown} import${unknown > 1 ? "s" : ""} not on the safe list`);
  }
  if (verdict === "clean") notes.push("every import is on the safe list");
  const head = `${out.pickles} pickle${out.pickles === 1 ? "" : "s"} (protocol ${out.protocol === 0 ? "0/1" : out.protocol})`;
  if (out.joblibArrays > 0)
    notes.push(`${out.joblibArrays} joblib array payload${out.joblibArrays > 1 ? "s" : ""} skipped`);
  if (out.trailing)
    notes.push(
      `${out.trailing.bytes} trailing bytes from offset ${out.trailing.offset} not scanned: ${out.trailing.reason}`,
    );
  return { format, verdict, summary: `${head}: ${notes.join("; ")}`, contributes: true };
}

async function scanPickleContent(
  ctx: Ctx,
  chunks: AsyncIterable<Uint8Array>,
  file: string | undefined,
  format: ArtifactFormat,
  claimed: boolean,
  baseOffset = 0,
): Promise<Part> {
  const before = pickleCounts(ctx);
  const scanner = createPickleScanner({
    collector: ctx.collector,
    limits: ctx.limits,
    ...(file !== undefined ? { file } : {}),
    baseOffset,
  });
  for await (const c of chunks) if (!scanner.push(c)) break;
  return picklePart(ctx, scanner.end(), before, format, claimed);
}

// ------------------------------------------------------------------------------------ dispatch

/** Turns an error thrown while reading a file into its part (limits → rejected, format errors → unparseable). */
function errorPart(
  ctx: Ctx,
  e: unknown,
  file: string | undefined,
  format: ArtifactFormat,
  before: { dangerous: number },
): Part {
  const dangerous = ctx.collector.dangerous > before.dangerous;
  if (e instanceof ZipLimitError) {
    ctx.limitsHit.push(e.hit);
    return {
      format,
      verdict: dangerous ? "dangerous" : "rejected",
      summary: `limit hit: ${e.hit.reason}`,
      contributes: true,
    };
  }
  const offset = e instanceof ZipFormatError ? e.offset : 0;
  const reason = e instanceof Error ? e.message : String(e);
  ctx.problems.push(withFile(file, { offset, reason }));
  return {
    format,
    verdict: dangerous ? "dangerous" : "unparseable",
    summary: `could not be read: ${reason}`,
    contributes: true,
  };
}

async function scanContent(
  ctx: Ctx,
  name: string,
  file: string | undefined,
  depth: number,
  src: Content,
): Promise<Part> {
  const before = pickleCounts(ctx);
  let detected: DetectedFormat = { format: "unknown", handler: "unsupported", claimed: false };
  try {
    const head = await src.chunks.peek(HEAD_BYTES);
    detected = detectArtifactFormat(name, head);
    return await dispatch(ctx, name, file, depth, src, detected);
  } catch (e) {
    return errorPart(ctx, e, file, detected.format, before);
  } finally {
    await src.chunks.close();
  }
}

function depthLimit(ctx: Ctx, file: string | undefined, depth: number, what: string): Part | null {
  if (depth <= ctx.limits.maxNestingDepth) return null;
  ctx.limitsHit.push(
    withFile(file, {
      limit: "maxNestingDepth" as const,
      value: depth,
      max: ctx.limits.maxNestingDepth,
      reason: `${what} nested ${depth} levels deep (at most ${ctx.limits.maxNestingDepth})`,
    }),
  );
  return {
    format: what === "zip archive" ? "zip" : "gzip",
    verdict: "rejected",
    summary: `${what} nested too deep (${depth} > ${ctx.limits.maxNestingDepth})`,
    contributes: true,
  };
}

async function dispatch(
  ctx: Ctx,
  name: string,
  file: string | undefined,
  depth: number,
  src: Content,
  d: DetectedFormat,
): Promise<Part> {
  switch (d.handler) {
    case "pickle":
      return scanPickleContent(ctx, src.chunks.rest(), file, d.format, d.claimed);
    case "zip":
      return scanZipContent(ctx, file, depth, src);
    case "numpy":
      return scanNumpy(ctx, file, src);
    case "gzip":
    case "zlib": {
      const tooDeep = depthLimit(ctx, file, depth + 1, `${d.handler} stream`);
      if (tooDeep) return tooDeep;
      const inner = name.replace(/\.(gz|gzip|z|zlib)$/i, "");
      const chunks = new PeekableChunks(checkedInflate(ctx, src.chunks.rest(), d.handler, file ?? name));
      const part = await scanContent(ctx, inner, file, depth + 1, { chunks });
      return { ...part, summary: `${d.handler}-compressed ${part.format}: ${part.summary}` };
    }
    case "safetensors":
      return scanSafetensors(ctx, file, src, d.claimed);
    case "text":
      return scanText(ctx, src, d.format);
    case "no_scan":
      return {
        format: d.format,
        verdict: "no_scan_needed",
        summary: `${d.format}: not a pickle format, no scan needed`,
        contributes: true,
      };
    case "empty":
      return { format: "empty", verdict: "no_scan_needed", summary: "empty file", contributes: false };
    default:
      return {
        format: d.format,
        verdict: "not_scanned",
        summary: `not scanned: ${d.note ?? "unrecognised format"}`,
        contributes: d.format !== "unknown",
      };
  }
}

async function* checkedInflate(
  ctx: Ctx,
  source: AsyncIterable<Uint8Array>,
  kind: "gzip" | "zlib",
  file: string,
): AsyncGenerator<Uint8Array> {
  let compressed = 0;
  async function* counted() {
    for await (const c of source) {
      compressed += c.length;
      yield c;
    }
  }
  let out = 0;
  const { limits, budget } = ctx;
  for await (const c of inflateChunks(counted(), kind)) {
    out += c.length;
    budget.uncompressed += c.length;
    if (out > limits.compressionRatioMinBytes && out > limits.maxCompressionRatio * Math.max(1, compressed)) {
      throw new ZipLimitError({
        limit: "maxCompressionRatio",
        file,
        value: Math.round(out / Math.max(1, compressed)),
        max: limits.maxCompressionRatio,
        reason: `the ${kind} stream inflates more than ${limits.maxCompressionRatio}:1`,
      });
    }
    if (budget.uncompressed > limits.maxTotalUncompressedBytes) {
      throw new ZipLimitError({
        limit: "maxTotalUncompressedBytes",
        file,
        value: budget.uncompressed,
        max: limits.maxTotalUncompressedBytes,
        reason: `more than ${limits.maxTotalUncompressedBytes} uncompressed bytes in total`,
      });
    }
    yield c;
  }
}

// ------------------------------------------------------------------------------------ zip

async function scanZipContent(
  ctx: Ctx,
  file: string | undefined,
  depth: number,
  src: Content,
): Promise<Part> {
  const tooDeep = depthLimit(ctx, file, depth, "zip archive");
  if (tooDeep) return tooDeep;
  if (src.reader) return scanZip(ctx, src.reader, file, depth);
  if (depth > 1) {
    // A compressed archive inside an archive: inflate it into memory, within a bound.
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const c of src.chunks.rest()) {
      total += c.length;
      if (total > ctx.limits.maxNestedArchiveBytes) {
        ctx.limitsHit.push(
          withFile(file, {
            limit: "maxNestedArchiveBytes" as const,
            value: total,
            max: ctx.limits.maxNestedArchiveBytes,
            reason: `a compressed nested archive larger than ${ctx.limits.maxNestedArchiveBytes} bytes`,
          }),
        );
        return {
          format: "zip",
          verdict: "rejected",
          summary: "nested compressed archive too large to scan",
          contributes: true,
        };
      }
      parts.push(c);
    }
    return scanZip(ctx, rangeReaderFromBytes(Buffer.concat(parts)), file, depth);
  }
  // The artifact itself arrived as a stream: spool it to a temporary file for random access.
  const path = join(ctx.tmpDir, `modelgate-scan-${randomUUID()}.zip`);
  try {
    await pipeline(Readable.from(src.chunks.rest()), createWriteStream(path, { flags: "wx" }));
    const reader = await openFileRangeReader(path);
    try {
      return await scanZip(ctx, reader, file, depth);
    } finally {
      await reader.close();
    }
  } finally {
    await rm(path, { force: true });
  }
}

const PICKLE_ENTRY = /(^|\/)[^/]*\.(pkl|pickle|joblib|debug_pkl)$/i;

async function scanZip(
  ctx: Ctx,
  reader: RangeReader,
  file: string | undefined,
  depth: number,
): Promise<Part> {
  const dir = await readZipDirectory(reader, ctx.limits, file);
  ctx.scanned += reader.size - dir.centralDirectoryOffset;
  const format: ArtifactFormat = dir.entries.some((e) => /(^|\/)data\.pkl$/.test(e.name))
    ? "pytorch-zip"
    : "zip";
  let verdict: Verdict | null = null;
  let contributing = 0;
  let raw = 0;
  for (const e of dir.entries) {
    if (e.name.endsWith("/") && e.uncompressedSize === 0) continue;
    const entryFile = joinPath(file, e.name);
    const before = pickleCounts(ctx);
    const scannedBefore = ctx.scanned;
    let part: Part;
    if (e.flags & 0x41) {
      part = {
        format: "unknown",
        verdict: "not_scanned",
        summary: "encrypted entry: cannot be scanned",
        contributes: true,
      };
    } else if (e.method !== 0 && e.method !== 8) {
      const matters = PICKLE_ENTRY.test(e.name);
      part = {
        format: "unknown",
        verdict: "not_scanned",
        summary: `compression method ${e.method} is not supported by the scanner`,
        contributes: matters,
      };
    } else {
      try {
        const dataOffset = await entryDataOffset(reader, e, dir.centralDirectoryOffset);
        const chunks = new PeekableChunks(
          entryChunks(reader, e, dataOffset, ctx.limits, ctx.budget, entryFile),
        );
        part = await scanContent(ctx, e.name, entryFile, depth + 1, {
          chunks,
          size: e.uncompressedSize,
          ...(e.method === 0 ? { reader: subRangeReader(reader, dataOffset, e.compressedSize) } : {}),
        });
      } catch (err) {
        part = errorPart(ctx, err, entryFile, "unknown", before);
      }
    }
    if (!part.contributes) {
      raw++;
      continue;
    }
    contributing++;
    verdict = verdict ? worseVerdict(verdict, part.verdict) : part.verdict;
    if (ctx.entries.length < ctx.limits.maxEntries) {
      ctx.entries.push({
        file: entryFile,
        format: part.format,
        verdict: part.verdict,
        reason: part.summary,
        scannedBytes: ctx.scanned - scannedBefore,
      });
    }
  }
  if (verdict === null) {
    return raw > 0
      ? {
          format,
          verdict: "not_scanned",
          summary: `${format === "zip" ? "zip archive" : "PyTorch archive"} of ${raw} data entr${raw === 1 ? "y" : "ies"}, none of them a pickle or a recognised format`,
          contributes: true,
        }
      : { format, verdict: "no_scan_needed", summary: "empty archive", contributes: true };
  }
  return {
    format,
    verdict,
    summary: `${format === "pytorch-zip" ? "PyTorch archive" : "zip archive"}: ${contributing} entr${contributing === 1 ? "y" : "ies"} scanned, ${raw} data entr${raw === 1 ? "y" : "ies"} not pickles`,
    contributes: true,
  };
}

// ------------------------------------------------------------------------------------ numpy

async function scanNumpy(ctx: Ctx, file: string | undefined, src: Content): Promise<Part> {
  const pre = await src.chunks.peek(12);
  const major = pre[6];
  const lenBytes = major === 1 ? 2 : 4;
  if (pre.length < 8 + lenBytes || (major !== 1 && major !== 2 && major !== 3)) {
    ctx.problems.push(withFile(file, { offset: 6, reason: "bad .npy version or header" }));
    return { format: "numpy", verdict: "invalid", summary: "invalid .npy header", contributes: true };
  }
  let hlen = 0;
  for (let i = lenBytes - 1; i >= 0; i--) hlen = hlen * 256 + pre[8 + i]!;
  const start = 8 + lenBytes + hlen;
  if (hlen > 1024 * 1024) {
    ctx.problems.push(withFile(file, { offset: 8, reason: `.npy header of ${hlen} bytes is implausible` }));
    return { format: "numpy", verdict: "invalid", summary: "invalid .npy header", contributes: true };
  }
  const head = await src.chunks.peek(start);
  if (head.length < start) {
    ctx.problems.push(withFile(file, { offset: head.length, reason: "truncated .npy header" }));
    return { format: "numpy", verdict: "invalid", summary: "truncated .npy header", contributes: true };
  }
  const header = new TextDecoder("latin1").decode(head.subarray(8 + lenBytes, start));
  ctx.scanned += start;
  const descr = /['"]descr['"]\s*:\s*(.*?)\s*,\s*['"](fortran_order|shape)['"]/s.exec(header)?.[1] ?? header;
  if (!/['"][<>|=]?O\d*['"]/.test(descr)) {
    return {
      format: "numpy",
      verdict: "safe_format",
      summary: `NumPy array (${descr.slice(0, 60)}): raw data, no pickle`,
      contributes: true,
    };
  }
  // An object array: the rest is a pickle (np.save pickles it after the header).
  async function* afterHeader() {
    let pos = 0;
    for await (const c of src.chunks.rest()) {
      const end = pos + c.length;
      if (end > start) yield pos >= start ? c : c.subarray(start - pos);
      pos = end;
    }
  }
  const part = await scanPickleContent(ctx, afterHeader(), file, "numpy", true, start);
  return { ...part, format: "numpy", summary: `NumPy object array: ${part.summary}` };
}

// ------------------------------------------------------------------------------------ safetensors

async function scanSafetensors(
  ctx: Ctx,
  file: string | undefined,
  src: Content,
  claimed: boolean,
): Promise<Part> {
  const first = await src.chunks.peek(8);
  const n = safetensorsHeaderLength(first);
  const want = n !== null && n <= ctx.limits.maxSafetensorsHeaderBytes ? 8 + n : 8;
  const head = await src.chunks.peek(want);
  const size = src.size ?? src.reader?.size ?? (await src.chunks.drain());
  const check = checkSafetensors(head, size, ctx.limits.maxSafetensorsHeaderBytes);
  ctx.scanned += head.length;
  if (check.ok) {
    return {
      format: "safetensors",
      verdict: "safe_format",
      summary: `safetensors: header validated (${check.tensors} tensors), a format without code`,
      contributes: true,
    };
  }
  if (!claimed) {
    return {
      format: "unknown",
      verdict: "not_scanned",
      summary: "unrecognised binary format",
      contributes: false,
    };
  }
  if (check.tooLarge) {
    ctx.limitsHit.push(
      withFile(file, {
        limit: "maxSafetensorsHeaderBytes" as const,
        value: check.tooLarge.value,
        max: check.tooLarge.max,
        reason: check.reason,
      }),
    );
    return {
      format: "safetensors",
      verdict: "rejected",
      summary: `safetensors: ${check.reason}`,
      contributes: true,
    };
  }
  ctx.problems.push(withFile(file, { offset: check.offset, reason: check.reason }));
  return {
    format: "safetensors",
    verdict: "invalid",
    summary: `invalid safetensors header: ${check.reason}`,
    contributes: true,
  };
}

// ------------------------------------------------------------------------------------ text

async function scanText(ctx: Ctx, src: Content, format: ArtifactFormat): Promise<Part> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  try {
    for await (const c of src.chunks.rest()) {
      decoder.decode(c, { stream: true });
      bytes += c.length;
    }
    decoder.decode();
  } catch {
    ctx.scanned += bytes;
    return {
      format: "unknown",
      verdict: "not_scanned",
      summary: `named as ${format} but not UTF-8 text (binary data near byte ${bytes}): not scanned`,
      contributes: true,
    };
  }
  ctx.scanned += bytes;
  if (format === "python-source") {
    return {
      format,
      verdict: "not_scanned",
      summary: "Python source: not a serialization format, but code that runs if imported; review it",
      contributes: true,
    };
  }
  return {
    format,
    verdict: "no_scan_needed",
    summary: `${format}: UTF-8 text, not a pickle format, no scan needed`,
    contributes: true,
  };
}

// ------------------------------------------------------------------------------------ entry points

function result(ctx: Ctx, part: Part, started: number): ScanResult {
  return {
    scanner: SCANNER_NAME,
    scannerVersion: SCANNER_VERSION,
    verdict: part.verdict,
    category: verdictCategory(part.verdict),
    format: part.format,
    summary: part.summary,
    findings: ctx.collector.findings,
    findingsTruncated: ctx.collector.truncated,
    limitsHit: ctx.limitsHit,
    problems: ctx.problems,
    entries: ctx.entries,
    picklesParsed: ctx.pickles,
    scannedBytes: ctx.scanned,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

/**
 * Scans an artifact (see the module comment). Never throws: every failure is a verdict.
 */
export async function scanArtifact(input: ScanInput): Promise<ScanResult> {
  const started = performance.now();
  const ctx = newCtx(input);
  let part: Part;
  let opened: ScanSource | undefined;
  try {
    opened = await input.open();
    const content: Content = isRangeReader(opened)
      ? { chunks: new PeekableChunks(readerChunks(opened)), size: opened.size, reader: opened }
      : { chunks: new PeekableChunks(opened), ...(input.size !== undefined ? { size: input.size } : {}) };
    part = await scanContent(ctx, input.name, undefined, 1, content);
  } catch (e) {
    const reason = `the scan failed: ${e instanceof Error ? e.message : String(e)}`;
    ctx.problems.push({ offset: 0, reason });
    part = { format: "unknown", verdict: "unparseable", summary: reason, contributes: true };
  } finally {
    if (opened && isRangeReader(opened) && opened.close) await opened.close().catch(() => undefined);
  }
  return result(ctx, part, started);
}

/** Scans a file on disk through positional reads (constant memory). */
export async function scanFile(
  path: string,
  options: ScanOptions & { name?: string } = {},
): Promise<ScanResult> {
  return scanArtifact({
    ...options,
    name: options.name ?? basename(path),
    open: () => openFileRangeReader(path),
  });
}

/**
 * Scans a pickle held in memory (or given as chunks), synchronously: for tests, small payloads
 * and callers that already know the bytes are a pickle.
 */
export function scanPickle(
  data: Uint8Array | Iterable<Uint8Array>,
  options: ScanOptions & { name?: string } = {},
): ScanResult {
  const started = performance.now();
  const ctx = newCtx(options);
  let part: Part;
  try {
    const before = pickleCounts(ctx);
    const scanner = createPickleScanner({ collector: ctx.collector, limits: ctx.limits });
    const chunks = data instanceof Uint8Array ? [data] : data;
    for (const c of chunks) if (!scanner.push(c)) break;
    const ext = (options.name ?? "").toLowerCase();
    part = picklePart(ctx, scanner.end(), before, ext.endsWith(".joblib") ? "joblib" : "pickle", true);
  } catch (e) {
    const reason = `the scan failed: ${e instanceof Error ? e.message : String(e)}`;
    ctx.problems.push({ offset: 0, reason });
    part = { format: "pickle", verdict: "unparseable", summary: reason, contributes: true };
  }
  return result(ctx, part, started);
}
