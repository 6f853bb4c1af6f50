/**
 * Format detection from a file's first bytes (magic numbers first) and its name. Content wins
 * over the name: a pickle called `model.onnx` is scanned as a pickle.
 */
import { OPCODE_BY_BYTE } from "./pickle-opcodes";
import type { ArtifactFormat } from "./types";

export type FormatHandler =
  /** A zip archive: central directory, then every entry. */
  | "zip"
  /** A pickle stream; `claimed` ones (magic or a pickle extension) are unparseable when they fail to parse. */
  | "pickle"
  /** A NumPy `.npy` file: object arrays hold a pickle after the header. */
  | "numpy"
  | "gzip"
  | "zlib"
  | "safetensors"
  /** Text that must be UTF-8 (JSON, YAML, CSV, Markdown, Python source). */
  | "text"
  /** A format that carries no pickle (ONNX): not read further. */
  | "no_scan"
  /** A binary format this scanner does not look into (compressed with an unsupported codec, HDF5, GGUF, unknown). */
  | "unsupported"
  | "empty";

export interface DetectedFormat {
  format: ArtifactFormat;
  handler: FormatHandler;
  /** For pickles: true when the bytes or the name say "pickle"; false when only sniffed. */
  claimed: boolean;
  /** Why the scanner does not look into it (`unsupported`). */
  note?: string;
}

const PICKLE_EXT = new Set(["pkl", "pickle", "pk", "p", "joblib", "jbl", "dill", "sav"]);
const TORCH_EXT = new Set(["pt", "pth", "bin", "ckpt", "pkl.pt"]);
const TEXT_EXT = new Set([
  "txt",
  "md",
  "markdown",
  "yaml",
  "yml",
  "csv",
  "tsv",
  "toml",
  "ini",
  "cfg",
  "conf",
  "rst",
]);
const JSON_EXT = new Set(["json", "jsonl", "ndjson"]);
const ONNX_EXT = new Set(["onnx", "ort"]);

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1).toLowerCase();
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1);
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A protocol 0/1 pickle usually opens with `(` (MARK), `c` (GLOBAL), `]`, `}` or `)`. */
function looksLikeOldPickle(head: Uint8Array): boolean {
  if (head.length < 2) return false;
  const first = head[0]!;
  if (first === 0x63) {
    // GLOBAL: module line, name line
    const text = String.fromCharCode(...head.subarray(0, 64));
    return /^c[A-Za-z_][\w.]*\n[A-Za-z_][\w.]*\n/.test(text);
  }
  return (
    (first === 0x28 || first === 0x5d || first === 0x7d || first === 0x29) &&
    OPCODE_BY_BYTE[head[1]!] !== undefined
  );
}

/** Detects the format of a file from its first bytes (64 are plenty) and its name. */
export function detectArtifactFormat(name: string, head: Uint8Array): DetectedFormat {
  const ext = extensionOf(name);
  const base = name.slice(name.lastIndexOf("/") + 1).toLowerCase();
  const torchish = TORCH_EXT.has(ext);
  const pickleFormat: ArtifactFormat = ext === "joblib" ? "joblib" : torchish ? "pytorch-legacy" : "pickle";

  if (head.length === 0) {
    return PICKLE_EXT.has(ext)
      ? { format: pickleFormat, handler: "pickle", claimed: true }
      : { format: "empty", handler: "empty", claimed: false };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return { format: "zip", handler: "zip", claimed: true };
  }
  if (head[0] === 0x80 && head.length >= 2 && head[1]! <= 5) {
    // The magic alone is two bytes that raw data (a tensor in an archive) can start with too: only a
    // pickle name makes a parse failure "unparseable"; otherwise it is unrecognised data.
    return {
      format: pickleFormat,
      handler: "pickle",
      // `.bin`/`.pt` alone do not claim it: raw weights start with these two bytes now and then,
      // and a stream Python cannot parse either runs nothing (imports found before the failure
      // still make it dangerous).
      claimed: PICKLE_EXT.has(ext) || /\.debug_pkl$/.test(base),
    };
  }
  if (startsWith(head, [0x93, ...ascii("NUMPY")]))
    return { format: "numpy", handler: "numpy", claimed: true };
  if (startsWith(head, [0x1f, 0x8b])) return { format: "gzip", handler: "gzip", claimed: true };
  const unsupported = (format: ArtifactFormat, note: string): DetectedFormat => ({
    format,
    handler: "unsupported",
    claimed: false,
    note,
  });
  if (startsWith(head, ascii("BZh")))
    return unsupported("bzip2", "bzip2-compressed: not decompressed by this scanner");
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
    return unsupported("xz", "xz-compressed: not decompressed by this scanner");
  if (startsWith(head, [0x04, 0x22, 0x4d, 0x18]))
    return unsupported("lz4", "lz4-compressed: not decompressed by this scanner");
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd]))
    return unsupported("zstd", "zstd-compressed: not decompressed by this scanner");
  if (startsWith(head, [0x89, ...ascii("HDF\r\n"), 0x1a, 0x0a])) {
    return unsupported(
      "hdf5",
      "HDF5 (Keras .h5) can carry marshalled Python code in Lambda layers; not scanned",
    );
  }
  if (startsWith(head, ascii("GGUF"))) return unsupported("gguf", "GGUF model file; not scanned");
  // zlib-compressed pickles are joblib's; PyTorch never writes them.
  if (
    PICKLE_EXT.has(ext) &&
    head[0] === 0x78 &&
    head.length >= 2 &&
    ((head[0]! << 8) | head[1]!) % 31 === 0
  ) {
    return { format: "zlib", handler: "zlib", claimed: true };
  }
  if (ext === "safetensors") return { format: "safetensors", handler: "safetensors", claimed: true };
  if (
    head.length >= 9 &&
    head[8] === 0x7b &&
    head[6] === 0 &&
    head[7] === 0 &&
    head[5] === 0 &&
    head[4] === 0
  ) {
    return { format: "safetensors", handler: "safetensors", claimed: false };
  }
  if (ONNX_EXT.has(ext)) return { format: "onnx", handler: "no_scan", claimed: false };
  if (JSON_EXT.has(ext)) return { format: "json", handler: "text", claimed: false };
  if (TEXT_EXT.has(ext)) return { format: "text", handler: "text", claimed: false };
  if (ext === "py") {
    return /(^|\/)code\/.+\.py$/.test(name)
      ? { format: "torchscript-code", handler: "text", claimed: false }
      : { format: "python-source", handler: "text", claimed: false };
  }
  if (PICKLE_EXT.has(ext)) return { format: pickleFormat, handler: "pickle", claimed: true };
  if (/\.(debug_pkl)$/.test(base)) return { format: "pickle", handler: "pickle", claimed: true };
  // Sniffing alone (no pickle name, no PROTO header) needs a plausible protocol 0/1 start: any
  // opcode byte would make one raw-weights file in a few hundred look like a broken pickle.
  if (looksLikeOldPickle(head)) {
    return { format: pickleFormat, handler: "pickle", claimed: false };
  }
  return unsupported("unknown", "unrecognised binary format");
}
