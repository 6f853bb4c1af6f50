/**
 * Model-file security scanning (issue 10): pickle opcode analysis without execution, zip/PyTorch
 * archives under archive-bomb limits, safetensors header validation, format detection.
 */
export {
  type CallableRule,
  type Classification,
  type CompiledScanPolicy,
  classifyCallable,
  compileScanPolicy,
  DANGEROUS_ATTRIBUTES,
  DANGEROUS_CALLABLES,
  PY2_MODULE_ALIASES,
  PY2_NAME_ALIASES,
  SAFE_CALLABLES,
  SCAN_PATTERN,
  type ScanPolicy,
  scanPolicySchema,
} from "./classification";
export { type DetectedFormat, detectArtifactFormat, type FormatHandler } from "./formats";
export { HIGHEST_PROTOCOL, OPCODES, type OpcodeInfo } from "./pickle-opcodes";
export {
  createPickleScanner,
  type PickleScanner,
  type PickleScanOptions,
  type PickleScanOutcome,
} from "./pickle-parser";
export {
  type ScanInput,
  type ScanOptions,
  type ScanSource,
  scanArtifact,
  scanFile,
  scanPickle,
} from "./scan";
export { openFileRangeReader, type RangeReader, rangeReaderFromBytes } from "./sources";
export {
  type ArtifactFormat,
  type CallableVerdict,
  type CallSite,
  DEFAULT_SCAN_LIMITS,
  type EntryResult,
  type Finding,
  type FindingOpcode,
  type LimitHit,
  type LimitName,
  type ParseProblem,
  SCANNER_NAME,
  SCANNER_VERSION,
  type ScanLimits,
  type ScanResult,
  VERDICT_ORDER,
  type Verdict,
  type VerdictCategory,
  verdictCategory,
  verdictRank,
  worseVerdict,
} from "./types";
