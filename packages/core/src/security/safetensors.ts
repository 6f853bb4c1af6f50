/**
 * `.safetensors` header validation, following the format's reference implementation: an 8-byte
 * little-endian header length N (at most 100,000,000), N bytes of UTF-8 JSON starting with `{`
 * (trailing spaces allowed), mapping tensor names to `{ dtype, shape, data_offsets: [begin, end] }`
 * plus an optional `__metadata__` of string values. Sorted by offsets, the tensors must tile the
 * data section exactly — each starts where the previous ended, none overlaps, and the last ends at
 * the end of the file — and each one's byte length must equal its element count × dtype size.
 * The format cannot carry code; a valid header means "safe format".
 */

/** Bits per element of each dtype the format defines. */
export const SAFETENSORS_DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
};

/** The format's own maximum header size. */
export const SAFETENSORS_MAX_HEADER = 100_000_000;

export type SafetensorsCheck =
  | { ok: true; tensors: number; headerBytes: number }
  | { ok: false; offset: number; reason: string; tooLarge?: { value: number; max: number } };

/** Reads the header length from the first 8 bytes; the caller then supplies the header bytes. */
export function safetensorsHeaderLength(first8: Uint8Array): number | null {
  if (first8.length < 8) return null;
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + first8[i]!;
  return n;
}

const isUint = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

/**
 * Validates a safetensors file from its first `8 + N` bytes (`head`, at least the 8 length bytes)
 * and its total size. `maxHeaderBytes` is this scanner's own bound (a limit, not a format error).
 */
export function checkSafetensors(
  head: Uint8Array,
  fileSize: number,
  maxHeaderBytes: number,
): SafetensorsCheck {
  const n = safetensorsHeaderLength(head);
  if (n === null) return { ok: false, offset: 0, reason: "shorter than the 8-byte header length" };
  if (n > SAFETENSORS_MAX_HEADER) {
    return { ok: false, offset: 0, reason: `header length ${n} exceeds the format's maximum of 100,000,000` };
  }
  if (8 + n > fileSize)
    return { ok: false, offset: 0, reason: `header length ${n} runs past the end of the file` };
  if (n > maxHeaderBytes) {
    return {
      ok: false,
      offset: 0,
      reason: `header of ${n} bytes is larger than this scanner's limit of ${maxHeaderBytes}`,
      tooLarge: { value: n, max: maxHeaderBytes },
    };
  }
  if (head.length < 8 + n) return { ok: false, offset: head.length, reason: "the header is truncated" };
  const bytes = head.subarray(8, 8 + n);
  if (bytes[0] !== 0x7b) return { ok: false, offset: 8, reason: "the header does not start with '{'" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, offset: 8, reason: "the header is not valid UTF-8" };
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (e) {
    return { ok: false, offset: 8, reason: `the header is not valid JSON (${(e as Error).message})` };
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    return { ok: false, offset: 8, reason: "the header is not a JSON object" };
  }
  const tensors: { name: string; begin: number; end: number }[] = [];
  for (const [name, info] of Object.entries(header as Record<string, unknown>)) {
    const bad = (why: string): SafetensorsCheck => ({
      ok: false,
      offset: 8,
      reason: `tensor ${JSON.stringify(name)}: ${why}`,
    });
    if (name === "__metadata__") {
      if (info === null) continue;
      if (typeof info !== "object" || Array.isArray(info)) return bad("must be an object of strings");
      for (const v of Object.values(info as Record<string, unknown>)) {
        if (typeof v !== "string") return bad("metadata values must be strings");
      }
      continue;
    }
    if (typeof info !== "object" || info === null || Array.isArray(info)) return bad("not an object");
    const { dtype, shape, data_offsets } = info as Record<string, unknown>;
    if (typeof dtype !== "string" || !(dtype in SAFETENSORS_DTYPE_BITS))
      return bad(`unknown dtype ${JSON.stringify(dtype)}`);
    if (!Array.isArray(shape) || !shape.every(isUint))
      return bad("shape must be a list of non-negative integers");
    if (!Array.isArray(data_offsets) || data_offsets.length !== 2 || !data_offsets.every(isUint)) {
      return bad("data_offsets must be two non-negative integers");
    }
    const [begin, end] = data_offsets as [number, number];
    if (end < begin) return bad("data_offsets end before they begin");
    let elements = 1;
    for (const d of shape as number[]) elements *= d;
    const bits = elements * SAFETENSORS_DTYPE_BITS[dtype]!;
    if (!Number.isSafeInteger(bits)) return bad("element count overflows");
    if (bits % 8 !== 0) return bad("element count × dtype size is not a whole number of bytes");
    if (end - begin !== bits / 8)
      return bad(`data_offsets span ${end - begin} bytes, the shape and dtype need ${bits / 8}`);
    tensors.push({ name, begin, end });
  }
  tensors.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let at = 0;
  for (const t of tensors) {
    if (t.begin !== at) {
      return {
        ok: false,
        offset: 8,
        reason: `tensor ${JSON.stringify(t.name)} starts at ${t.begin}, expected ${at} (${t.begin < at ? "overlap" : "gap"})`,
      };
    }
    at = t.end;
  }
  const dataLength = fileSize - 8 - n;
  if (at !== dataLength) {
    return {
      ok: false,
      offset: 8,
      reason: `the tensors cover ${at} bytes of a ${dataLength}-byte data section`,
    };
  }
  return { ok: true, tensors: tensors.length, headerBytes: n };
}
