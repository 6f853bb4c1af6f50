/**
 * Types shared by the model-file security scanner (issue 10): verdicts, findings, limits and the
 * scan result stored with an artifact. Nothing here does I/O.
 *
 * ## Verdicts
 * A file (and an archive, from the files inside it) gets exactly one verdict:
 *
 * | verdict          | meaning                                                                                   | category       |
 * | ---------------- | ----------------------------------------------------------------------------------------- | -------------- |
 * | `dangerous`      | a pickle imports a callable on the dangerous list (or hides what it imports)               | `unsafe`       |
 * | `rejected`       | a safety limit was hit (archive bomb, nesting, stack/memo size…): the scan refused to finish | `unsafe`     |
 * | `unparseable`    | not a valid pickle stream (truncated, garbage, unknown opcode); offset and reason given    | `unsafe`       |
 * | `invalid`        | a safe format whose header is malformed (a `.safetensors` file that fails validation)      | `unsafe`       |
 * | `unknown`        | a complete pickle that imports something not on the safe list (and nothing dangerous)      | `review`       |
 * | `not_scanned`    | a binary format this scanner cannot look into (stated, never hidden)                       | `review`       |
 * | `clean`          | a complete pickle whose every import is on the safe list                                   | `clean`        |
 * | `safe_format`    | a format that cannot carry code, header validated (`.safetensors`)                         | `clean`        |
 * | `no_scan_needed` | not a pickle format: ONNX, JSON, UTF-8 text                                                | `clean`        |
 *
 * `rejected`, `unparseable` and `invalid` are "unsafe" on purpose: a loader may read a file
 * differently from this scanner (a parser differential is a classic way to smuggle a payload), so a
 * file the scanner could not read to the end must not pass as clean. The order in `VERDICT_ORDER`
 * (worst first) decides an archive's verdict from its entries.
 */

export const SCANNER_NAME = "modelgate-pickle-scan" as const;
export const SCANNER_VERSION = "1.0.0";

export const VERDICT_ORDER = [
  "dangerous",
  "rejected",
  "unparseable",
  "invalid",
  "unknown",
  "not_scanned",
  "clean",
  "safe_format",
  "no_scan_needed",
] as const;
export type Verdict = (typeof VERDICT_ORDER)[number];

/** How a verdict should be treated by policy: block/quarantine, ask a person, or pass. */
export type VerdictCategory = "unsafe" | "review" | "clean";

/** A callable's classification. */
export type CallableVerdict = "dangerous" | "unknown" | "safe";

/** The opcode that brought a callable (or a computed call) into the stream. */
export type FindingOpcode =
  | "GLOBAL"
  | "STACK_GLOBAL"
  | "INST"
  | "EXT1"
  | "EXT2"
  | "EXT4"
  | "REDUCE"
  | "OBJ"
  | "NEWOBJ"
  | "NEWOBJ_EX";

export interface CallSite {
  opcode: "REDUCE" | "OBJ" | "INST" | "NEWOBJ" | "NEWOBJ_EX";
  offset: number;
}

/**
 * One imported callable (deduplicated per file: the first import's opcode and offset, how many
 * times it was imported, and where it was called), or a call whose target could not be resolved.
 */
export interface Finding {
  /** Path of the file inside the artifact (`archive/data.pkl`, `inner.zip!/x.pkl`); absent for the artifact itself. */
  file?: string;
  /** `module.name` as the unpickler would resolve it. */
  callable: string;
  module: string;
  name: string;
  opcode: FindingOpcode;
  /** Byte offset of the opcode in its file (the pickletools `pos`). */
  offset: number;
  verdict: CallableVerdict;
  reason: string;
  /** The rule (pattern) that classified it, when one did. */
  rule?: string;
  /** How many times this callable was imported in this file. */
  occurrences: number;
  /** The first call sites (REDUCE/OBJ/INST/NEWOBJ/NEWOBJ_EX) that invoke it, at most 8. */
  calls: CallSite[];
  /** Total number of call sites, including those not listed. */
  callCount: number;
}

export type LimitName =
  | "maxEntries"
  | "maxTotalUncompressedBytes"
  | "maxCompressionRatio"
  | "maxNestingDepth"
  | "maxNestedArchiveBytes"
  | "declaredSize"
  | "overlappingEntries"
  | "maxStackEntries"
  | "maxMemoEntries"
  | "maxPickleNesting"
  | "maxSafetensorsHeaderBytes";

export interface LimitHit {
  limit: LimitName;
  /** The file (archive entry) it concerns, when not the artifact itself. */
  file?: string;
  /** The value that was reached (or declared) and the maximum allowed. */
  value: number;
  max: number;
  reason: string;
}

export interface ParseProblem {
  file?: string;
  offset: number;
  reason: string;
}

/** Per-entry summary of an archive. */
export interface EntryResult {
  file: string;
  format: ArtifactFormat;
  verdict: Verdict;
  reason: string;
  scannedBytes: number;
}

export type ArtifactFormat =
  | "pickle"
  | "joblib"
  | "pytorch-legacy"
  | "pytorch-zip"
  | "zip"
  | "numpy"
  | "safetensors"
  | "onnx"
  | "json"
  | "text"
  | "python-source"
  | "torchscript-code"
  | "gzip"
  | "zlib"
  | "bzip2"
  | "xz"
  | "lz4"
  | "zstd"
  | "hdf5"
  | "gguf"
  | "empty"
  | "unknown";

export interface ScanResult {
  scanner: typeof SCANNER_NAME;
  scannerVersion: string;
  verdict: Verdict;
  category: VerdictCategory;
  format: ArtifactFormat;
  /** One sentence a person can read: why this verdict. */
  summary: string;
  findings: Finding[];
  /** True when more distinct findings existed than `maxFindings`; the verdict still counts them all. */
  findingsTruncated: boolean;
  limitsHit: LimitHit[];
  /** Why a stream was unparseable / a header invalid (first problem per file). */
  problems: ParseProblem[];
  /** Archive entries that were looked at (pickles, nested archives, recognised formats). */
  entries: EntryResult[];
  /** Number of complete pickle streams parsed (concatenated pickles, joblib object arrays…). */
  picklesParsed: number;
  /** Bytes read (and inflated) by the scanner. */
  scannedBytes: number;
  durationMs: number;
}

/** Safety limits. Every one, when hit, makes the verdict `rejected` with a `LimitHit` naming it. */
export interface ScanLimits {
  /** Entries in one zip archive (central directory count). */
  maxEntries: number;
  /** Uncompressed bytes over the whole artifact: the sum of declared entry sizes, and bytes actually inflated. */
  maxTotalUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of one entry or compressed stream, checked above `compressionRatioMinBytes`. */
  maxCompressionRatio: number;
  /** Entries (or compressed streams) smaller than this are not ratio-checked: tiny files compress absurdly well. */
  compressionRatioMinBytes: number;
  /** Container levels: the artifact is level 1; a zip (or gzip stream) inside it is level 2, and so on. */
  maxNestingDepth: number;
  /** A compressed (deflated) archive nested in an archive is inflated in memory up to this size. */
  maxNestedArchiveBytes: number;
  /** Symbolic pickle stack entries (run-length compressed) plus open MARKs. */
  maxStackEntries: number;
  /** Memo values the parser retains, per kind (imports; strings and small values); objects are not retained. */
  maxMemoEntries: number;
  /** Longest module/name string retained and resolved; longer import names are dangerous (unverifiable). */
  maxNameLength: number;
  /** Longest numeric / memo-index text argument (protocol 0 lines) before the stream is unparseable. */
  maxNumericLineLength: number;
  /** Nested pickle streams (joblib object arrays) inside one pickle. */
  maxPickleNesting: number;
  /** Distinct findings kept per scan; the verdict still counts all. */
  maxFindings: number;
  /** Largest `.safetensors` JSON header parsed (the format itself allows 100 MB). */
  maxSafetensorsHeaderBytes: number;
}

export const DEFAULT_SCAN_LIMITS: Readonly<ScanLimits> = Object.freeze({
  maxEntries: 20_000,
  maxTotalUncompressedBytes: 20 * 1024 ** 3,
  maxCompressionRatio: 200,
  compressionRatioMinBytes: 1024 * 1024,
  maxNestingDepth: 2,
  maxNestedArchiveBytes: 64 * 1024 * 1024,
  maxStackEntries: 1_000_000,
  maxMemoEntries: 1_000_000,
  maxNameLength: 1024,
  maxNumericLineLength: 65_536,
  maxPickleNesting: 4,
  maxFindings: 1000,
  maxSafetensorsHeaderBytes: 32 * 1024 * 1024,
});

/** Worst first: index in `VERDICT_ORDER`. */
export function verdictRank(v: Verdict): number {
  return VERDICT_ORDER.indexOf(v);
}

/** The worse of two verdicts (the one earlier in `VERDICT_ORDER`). */
export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return verdictRank(a) <= verdictRank(b) ? a : b;
}

export function verdictCategory(v: Verdict): VerdictCategory {
  switch (v) {
    case "dangerous":
    case "rejected":
    case "unparseable":
    case "invalid":
      return "unsafe";
    case "unknown":
    case "not_scanned":
      return "review";
    default:
      return "clean";
  }
}
