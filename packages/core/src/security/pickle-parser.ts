/**
 * A push parser for pickle opcode streams (protocols 0–5) that never executes anything.
 *
 * It is fed chunks (`push`) and finishes with `end`; memory stays bounded whatever the stream's
 * size: large string/bytes payloads are skipped, not buffered; only short strings (import names)
 * and small values are retained; the symbolic stack is run-length compressed and the memo keeps
 * only the values it needs, both under limits.
 *
 * The symbolic machine follows CPython's unpickler closely enough to
 * - resolve `STACK_GLOBAL`'s module and name from the strings pushed before it (directly, or through
 *   `MEMOIZE`/`PUT` and `GET`/`BINGET`/`LONG_BINGET`),
 * - attribute each call (`REDUCE`, `OBJ`, `INST`, `NEWOBJ`, `NEWOBJ_EX`) to the import it calls,
 * - fail where the unpickler would fail (stack underflow, missing mark, unknown memo key, unknown
 *   opcode, bad argument, truncation): the stream is then "unparseable" at that offset,
 * - skip the raw array bytes joblib writes after a `NumpyArrayWrapper`, and scan the nested pickle
 *   it writes for object arrays.
 *
 * Several pickles may follow one another (`pickle.load` called repeatedly, PyTorch's legacy
 * format): each is parsed with a fresh memo. Bytes after a complete pickle that do not parse as
 * another one are reported as trailing data, not as an error (PyTorch's legacy format stores raw
 * tensor bytes there).
 */
import { compileScanPolicy, type ScanPolicy } from "./classification";
import { FindingCollector, type FindingRef } from "./findings";
import { OPCODE_BY_BYTE, type OpcodeInfo } from "./pickle-opcodes";
import {
  type CallSite,
  DEFAULT_SCAN_LIMITS,
  type Finding,
  type FindingOpcode,
  type LimitHit,
  type ParseProblem,
  type ScanLimits,
} from "./types";

// ------------------------------------------------------------------------------------ symbols

type Sym =
  | { k: "any" }
  | { k: "run"; n: number }
  | { k: "bytes" }
  | { k: "longstr"; len: number }
  | { k: "dropped" }
  | { k: "none" }
  | { k: "str"; v: string }
  | { k: "int"; v: number }
  | { k: "bool"; v: boolean }
  | { k: "tuple"; items: Sym[] | null }
  | { k: "dict"; map: Map<string, Sym> | null }
  | { k: "global"; module: string; name: string; ref: FindingRef }
  | { k: "obj"; cls: Sym; via: string; args: Sym | null; state: Sym | null };

const ANY: Sym = { k: "any" };
const BYTES: Sym = { k: "bytes" };
const DROPPED: Sym = { k: "dropped" };
const NONE: Sym = { k: "none" };
const TRUE: Sym = { k: "bool", v: true };
const FALSE: Sym = { k: "bool", v: false };
const EMPTY_TUPLE: Sym = { k: "tuple", items: [] };

/** Values kept inside tuples/dicts: beyond these sizes a container is tracked as "any". */
const MAX_TUPLE_ITEMS = 32;
const MAX_DICT_KEYS = 32;

class ParseError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
class LimitError extends Error {
  constructor(readonly hit: LimitHit) {
    super(hit.reason);
  }
}

// ------------------------------------------------------------------------------------ per-opcode argument layout

const A_NONE = 0;
const A_FIXED = 1;
const A_COUNTED = 2;
const A_LINE = 3;

interface Layout {
  kind: number;
  /** Fixed size, or the counted argument's length-prefix size. */
  size: number;
  signed: boolean;
  lines: number;
}

/** Argument layout by opcode byte; undefined for bytes that are not opcodes. */
const LAYOUT: (Layout | undefined)[] = OPCODE_BY_BYTE.map((o) => (o ? layoutOf(o) : undefined));
function layoutOf(o: OpcodeInfo): Layout {
  const none = { kind: A_NONE, size: 0, signed: false, lines: 0 };
  switch (o.arg) {
    case "none":
      return none;
    case "uint1":
      return { kind: A_FIXED, size: 1, signed: false, lines: 0 };
    case "uint2":
      return { kind: A_FIXED, size: 2, signed: false, lines: 0 };
    case "int4":
      return { kind: A_FIXED, size: 4, signed: true, lines: 0 };
    case "uint4":
      return { kind: A_FIXED, size: 4, signed: false, lines: 0 };
    case "uint8":
    case "float8":
      return { kind: A_FIXED, size: 8, signed: false, lines: 0 };
    case "long1":
    case "string1":
    case "bytes1":
    case "unicodestring1":
      return { kind: A_COUNTED, size: 1, signed: false, lines: 0 };
    case "long4":
    case "string4":
      return { kind: A_COUNTED, size: 4, signed: true, lines: 0 };
    case "bytes4":
    case "unicodestring4":
      return { kind: A_COUNTED, size: 4, signed: false, lines: 0 };
    case "bytes8":
    case "bytearray8":
    case "unicodestring8":
      return { kind: A_COUNTED, size: 8, signed: false, lines: 0 };
    case "stringnl_noescape_pair":
      return { kind: A_LINE, size: 0, signed: false, lines: 2 };
    default:
      return { kind: A_LINE, size: 0, signed: false, lines: 1 };
  }
}

// Opcode bytes.
const C = (s: string) => s.charCodeAt(0);
const OP = {
  INT: C("I"),
  BININT: C("J"),
  BININT1: C("K"),
  BININT2: C("M"),
  LONG: C("L"),
  LONG1: 0x8a,
  LONG4: 0x8b,
  STRING: C("S"),
  BINSTRING: C("T"),
  SHORT_BINSTRING: C("U"),
  BINBYTES: C("B"),
  SHORT_BINBYTES: C("C"),
  BINBYTES8: 0x8e,
  BYTEARRAY8: 0x96,
  NEXT_BUFFER: 0x97,
  READONLY_BUFFER: 0x98,
  NONE: C("N"),
  NEWTRUE: 0x88,
  NEWFALSE: 0x89,
  UNICODE: C("V"),
  SHORT_BINUNICODE: 0x8c,
  BINUNICODE: C("X"),
  BINUNICODE8: 0x8d,
  FLOAT: C("F"),
  BINFLOAT: C("G"),
  EMPTY_LIST: C("]"),
  APPEND: C("a"),
  APPENDS: C("e"),
  LIST: C("l"),
  EMPTY_TUPLE: C(")"),
  TUPLE: C("t"),
  TUPLE1: 0x85,
  TUPLE2: 0x86,
  TUPLE3: 0x87,
  EMPTY_DICT: C("}"),
  DICT: C("d"),
  SETITEM: C("s"),
  SETITEMS: C("u"),
  EMPTY_SET: 0x8f,
  ADDITEMS: 0x90,
  FROZENSET: 0x91,
  POP: C("0"),
  DUP: C("2"),
  MARK: C("("),
  POP_MARK: C("1"),
  GET: C("g"),
  BINGET: C("h"),
  LONG_BINGET: C("j"),
  PUT: C("p"),
  BINPUT: C("q"),
  LONG_BINPUT: C("r"),
  MEMOIZE: 0x94,
  EXT1: 0x82,
  EXT2: 0x83,
  EXT4: 0x84,
  GLOBAL: C("c"),
  STACK_GLOBAL: 0x93,
  REDUCE: C("R"),
  BUILD: C("b"),
  INST: C("i"),
  OBJ: C("o"),
  NEWOBJ: 0x81,
  NEWOBJ_EX: 0x92,
  PROTO: 0x80,
  STOP: C("."),
  FRAME: 0x95,
  PERSID: C("P"),
  BINPERSID: C("Q"),
} as const;

// ------------------------------------------------------------------------------------ text decoding

const utf8Decoder = new TextDecoder("utf-8");
/** UTF-8 text of `b[off, off + len)`; short ASCII strings (import names, dict keys) without the decoder's cost. */
function utf8At(b: Uint8Array, off: number, len: number): string {
  if (len <= 64) {
    let s = "";
    for (let i = off; i < off + len; i++) {
      const c = b[i]!;
      if (c >= 0x80) return utf8Decoder.decode(b.subarray(off, off + len));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8Decoder.decode(b.subarray(off, off + len));
}
const utf8 = { decode: (b: Uint8Array) => utf8At(b, 0, b.length) };
function latin1At(b: Uint8Array, off: number, len: number): string {
  let s = "";
  for (let i = off; i < off + len; i += 4096)
    s += String.fromCharCode(...b.subarray(i, Math.min(off + len, i + 4096)));
  return s;
}
const latin1 = (b: Uint8Array) => latin1At(b, 0, b.length);

const hexVal = (c: number) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/** Python's `codecs.escape_decode` (the STRING opcode's argument), as latin-1 text; null when invalid. */
export function pythonEscapeDecode(b: Uint8Array): string | null {
  let out = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 0x5c) {
      out += String.fromCharCode(c);
      continue;
    }
    i++;
    if (i >= b.length) return null; // trailing backslash
    const e = b[i]!;
    switch (e) {
      case 0x0a:
        break; // line continuation
      case 0x5c:
        out += "\\";
        break;
      case 0x27:
        out += "'";
        break;
      case 0x22:
        out += '"';
        break;
      case 0x62:
        out += "\b";
        break;
      case 0x66:
        out += "\f";
        break;
      case 0x74:
        out += "\t";
        break;
      case 0x6e:
        out += "\n";
        break;
      case 0x72:
        out += "\r";
        break;
      case 0x76:
        out += "\v";
        break;
      case 0x61:
        out += "\x07";
        break;
      case 0x78: {
        const h1 = i + 1 < b.length ? hexVal(b[i + 1]!) : -1;
        const h2 = i + 2 < b.length ? hexVal(b[i + 2]!) : -1;
        if (h1 < 0 || h2 < 0) return null;
        out += String.fromCharCode(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let n = 0; n < 2 && i + 1 < b.length && b[i + 1]! >= 0x30 && b[i + 1]! <= 0x37; n++) {
            i++;
            v = v * 8 + (b[i]! - 0x30);
          }
          out += String.fromCharCode(v & 0xff);
        } else {
          out += `\\${String.fromCharCode(e)}`;
        }
    }
  }
  return out;
}

/** Python's `raw-unicode-escape` decoding (the UNICODE opcode's argument); null when invalid. */
export function rawUnicodeEscapeDecode(b: Uint8Array): string | null {
  let out = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    // Only a backslash preceded by an even number of backslashes starts an escape.
    if (c === 0x5c && i + 1 < b.length && (b[i + 1] === 0x75 || b[i + 1] === 0x55)) {
      let slashes = 0;
      for (let j = i - 1; j >= 0 && b[j] === 0x5c; j--) slashes++;
      if (slashes % 2 === 0) {
        const n = b[i + 1] === 0x75 ? 4 : 8;
        let v = 0;
        for (let k = 0; k < n; k++) {
          const h = i + 2 + k < b.length ? hexVal(b[i + 2 + k]!) : -1;
          if (h < 0) return null;
          v = v * 16 + h;
        }
        if (v > 0x10ffff) return null;
        out += String.fromCodePoint(v);
        i += 1 + n;
        continue;
      }
    }
    out += String.fromCharCode(c);
  }
  return out;
}

const INT_BASE0 = /^\s*[+-]?(0[xX](_?[0-9a-fA-F])+|0[oO](_?[0-7])+|0[bB](_?[01])+|[0-9](_?[0-9])*)\s*$/;
const INT_BASE10 = /^\s*[+-]?[0-9](_?[0-9])*\s*$/;

/** A Python int literal (`int(text, 0)` and C `strtol` for INT, `int(text)` for GET/PUT); undefined when invalid. */
function parseIntLine(text: string, base0: boolean): number | undefined {
  if (!(base0 ? INT_BASE0 : INT_BASE10).test(text)) return undefined;
  const t = text.trim().replace(/_/g, "");
  const neg = t.startsWith("-");
  const body = t.replace(/^[+-]/, "");
  let v: number;
  if (/^0[xX]/.test(body)) v = Number.parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) v = Number.parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) v = Number.parseInt(body.slice(2), 2);
  else v = Number(body);
  return neg ? -v : v;
}

const FLOAT_LINE = /^\s*[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?|inf(inity)?|nan)\s*$/i;

// ------------------------------------------------------------------------------------ the machine

export interface PickleScanOptions {
  /** Where findings go (shared across the files of one scan); by default a new one for `policy`. */
  collector?: FindingCollector;
  /** A team's additions to the lists, when no collector is given. */
  policy?: Partial<ScanPolicy>;
  limits?: Partial<ScanLimits>;
  /** The file the findings belong to (archive entry path). */
  file?: string;
  /** Offset added to every reported offset. */
  baseOffset?: number;
}

type ParserLimits = Pick<
  ScanLimits,
  "maxStackEntries" | "maxMemoEntries" | "maxNameLength" | "maxNumericLineLength" | "maxPickleNesting"
>;

export interface PickleScanOutcome {
  status: "complete" | "unparseable" | "limit";
  problem?: ParseProblem;
  limit?: LimitHit;
  /** Complete pickles (STOP reached), nested joblib object-array pickles included. */
  pickles: number;
  /** Bytes pushed into the parser. */
  bytes: number;
  /** Highest PROTO seen (0 when none). */
  protocol: number;
  /** Data after the last complete pickle that is not another pickle: not scanned. */
  trailing?: { offset: number; bytes: number; reason: string };
  persistentIds: number;
  joblibArrays: number;
}

export interface PickleScanner {
  /** Feeds the next chunk; returns false once the parser needs no more input (finished or failed). */
  push(chunk: Uint8Array): boolean;
  /** The imported callables found so far (deduplicated, classified). */
  readonly findings: readonly Finding[];
  /** The end of the input: completes (or reports truncation) and returns the outcome. */
  end(): PickleScanOutcome;
}

const M_OP = 0;
const M_FIXED = 1;
const M_PREFIX = 2;
const M_PAYLOAD = 3;
const M_LINE = 4;
const M_RAW = 5;
const M_PADBYTE = 6;
const M_DEAD = 7;

/**
 * The retained memo values. Picklers number memo entries 0, 1, 2, …, so values live in an array
 * (padded over the entries that are not retained) up to `denseMax` slots; anything else goes to a
 * map, which stays empty for well-formed pickles (V8 map look-ups that miss are slow, so the hot
 * path avoids them). Strings are kept as plain strings, without a wrapper object per entry.
 */
class MemoStore {
  private readonly dense: (Sym | string | undefined)[] = [];
  private readonly sparse = new Map<number, Sym | string>();
  constructor(private readonly denseMax: number) {}

  has(i: number): boolean {
    if (i < this.dense.length) return this.dense[i] !== undefined;
    return this.sparse.size > 0 && this.sparse.has(i);
  }

  get(i: number): Sym | undefined {
    const v = i < this.dense.length ? this.dense[i] : this.sparse.size > 0 ? this.sparse.get(i) : undefined;
    return typeof v === "string" ? { k: "str", v } : v;
  }

  set(i: number, s: Sym) {
    const v = s.k === "str" ? s.v : s;
    const d = this.dense;
    if (i < d.length) {
      d[i] = v;
    } else if (i < this.denseMax && i - d.length < 65_536) {
      while (d.length < i) d.push(undefined);
      d.push(v);
      if (this.sparse.size > 0) this.sparse.delete(i);
    } else {
      this.sparse.set(i, v);
    }
  }

  delete(i: number) {
    if (i < this.dense.length) this.dense[i] = undefined;
    else if (this.sparse.size > 0) this.sparse.delete(i);
  }
}

interface SavedMachine {
  stack: Sym[];
  stackLen: number;
  meta: { stack: Sym[]; len: number }[];
  physSaved: number;
  memo: MemoStore;
  memoDense: number;
  memoSparse: Set<number>;
  memoOverflowed: boolean;
  memoPriority: number;
  memoGeneral: number;
}

class PickleMachine implements PickleScanner {
  private readonly collector: FindingCollector;
  private readonly limits: ParserLimits;
  private readonly file: string | undefined;
  private readonly base: number;
  private readonly maxName: number;

  private pos = 0; // stream offset of the current chunk's first byte
  private mode = M_OP;
  private inPickle = false;
  private pickleStart = 0;
  private picklesDone = 0;
  private nestedDone = 0;
  private maxProto = 0;
  private persistentIds = 0;
  private joblibArrays = 0;

  // current opcode
  private op = 0;
  private opOffset = 0;
  // fixed-size / prefix accumulation
  private readonly acc = new Uint8Array(8);
  private accGot = 0;
  private accNeed = 0;
  // payloads
  private remaining = 0;
  private payloadLen = 0;
  private retain: Uint8Array | null = null;
  private retained = 0;
  // lines
  private lineBuf: Uint8Array;
  private lineGot = 0;
  private lineLen = 0;
  private lineFirst = -1;
  private lineLast = -1;
  private linesWanted = 0;
  private lines: { text: Uint8Array; len: number; first: number; last: number }[] = [];
  // joblib raw regions
  private rawQueue: number[] = [];

  // symbolic state
  private stack: Sym[] = [];
  private stackLen = 0;
  private meta: { stack: Sym[]; len: number }[] = [];
  private physSaved = 0;
  private memo: MemoStore;
  private memoDense = 0;
  private memoSparse = new Set<number>();
  private memoOverflowed = false;
  private memoPriority = 0;
  private memoGeneral = 0;
  private nest: SavedMachine[] = [];

  private problem: ParseProblem | undefined;
  private limitHit: LimitHit | undefined;
  private trailing: { offset: number; reason: string } | undefined;

  constructor(opts: PickleScanOptions) {
    const limits = { ...DEFAULT_SCAN_LIMITS, ...opts.limits };
    this.collector =
      opts.collector ?? new FindingCollector(compileScanPolicy(opts.policy), limits.maxFindings);
    this.limits = limits;
    this.file = opts.file;
    this.base = opts.baseOffset ?? 0;
    this.maxName = limits.maxNameLength;
    this.memo = new MemoStore(limits.maxMemoEntries * 4);
    this.lineBuf = new Uint8Array(Math.max(limits.maxNameLength, limits.maxNumericLineLength, 64) + 1);
  }

  // -------------------------------------------------------------------------------- input

  get findings(): readonly Finding[] {
    return this.collector.findings;
  }

  push(chunk: Uint8Array): boolean {
    if (this.mode === M_DEAD) {
      this.pos += chunk.length;
      return false;
    }
    try {
      this.consume(chunk);
    } catch (e) {
      this.onError(e);
    }
    this.pos += chunk.length;
    return this.mode !== M_DEAD;
  }

  end(): PickleScanOutcome {
    if (this.mode !== M_DEAD) {
      const at = this.base + this.pos;
      if (this.inPickle || this.mode !== M_OP) {
        const what =
          this.mode === M_OP
            ? "before the STOP opcode"
            : this.mode === M_RAW || this.mode === M_PADBYTE
              ? "inside joblib array data"
              : `inside the argument of ${OPCODE_BY_BYTE[this.op]?.name ?? "an opcode"} at offset ${this.base + this.opOffset}`;
        this.onError(new ParseError(at, `truncated: the stream ends ${what}`));
      } else if (this.picklesDone === 0) {
        this.onError(new ParseError(at, "empty stream: no pickle opcodes"));
      }
    }
    const out: PickleScanOutcome = {
      status: this.limitHit ? "limit" : this.problem ? "unparseable" : "complete",
      pickles: this.picklesDone + this.nestedDone,
      bytes: this.pos,
      protocol: this.maxProto,
      persistentIds: this.persistentIds,
      joblibArrays: this.joblibArrays,
    };
    if (this.problem) out.problem = this.problem;
    if (this.limitHit) out.limit = this.limitHit;
    if (this.trailing) {
      out.trailing = {
        offset: this.trailing.offset,
        bytes: this.base + this.pos - this.trailing.offset,
        reason: this.trailing.reason,
      };
    }
    this.mode = M_DEAD;
    return out;
  }

  private onError(e: unknown) {
    this.mode = M_DEAD;
    if (e instanceof LimitError) {
      this.limitHit = e.hit;
      return;
    }
    const offset = e instanceof ParseError ? e.offset : this.base + this.opOffset;
    const reason = e instanceof Error ? e.message : String(e);
    if (this.picklesDone > 0 && this.nest.length === 0) {
      // A complete pickle came first: what follows is data a pickle loader never reads.
      this.trailing = {
        offset: this.base + this.pickleStart,
        reason: `not a pickle (${reason} at offset ${offset})`,
      };
      return;
    }
    this.problem = { ...(this.file !== undefined ? { file: this.file } : {}), offset, reason };
  }

  private fail(message: string, offset = this.base + this.opOffset): never {
    throw new ParseError(offset, message);
  }

  private consume(chunk: Uint8Array) {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      switch (this.mode) {
        case M_OP: {
          const b = chunk[i]!;
          this.opOffset = this.pos + i;
          i++;
          if (!this.inPickle) this.startPickle();
          const lay = LAYOUT[b];
          if (lay === undefined) this.fail(`unknown opcode 0x${b.toString(16).padStart(2, "0")}`);
          this.op = b;
          if (lay.kind === A_NONE) {
            this.execute(b, null, 0);
          } else if (lay.kind === A_FIXED || lay.kind === A_COUNTED) {
            if (lay.kind === A_COUNTED && n - i >= lay.size) {
              // Fast path: the whole counted argument is in this chunk (short strings, mostly).
              const len = readNumber(chunk, i, lay.size, lay.signed);
              if (len >= 0 && len <= this.maxName && n - i - lay.size >= len) {
                const start = i + lay.size;
                i = start + len;
                this.execute(b, chunk, len, start);
                break;
              }
            }
            if (n - i >= lay.size) {
              const v = readNumber(chunk, i, lay.size, lay.signed);
              i += lay.size;
              this.onNumber(b, lay, v);
            } else {
              this.accGot = 0;
              this.accNeed = lay.size;
              this.mode = lay.kind === A_FIXED ? M_FIXED : M_PREFIX;
            }
          } else {
            this.linesWanted = lay.lines;
            this.lines = [];
            this.startLine();
            this.mode = M_LINE;
          }
          break;
        }
        case M_FIXED:
        case M_PREFIX: {
          const take = Math.min(this.accNeed - this.accGot, n - i);
          this.acc.set(chunk.subarray(i, i + take), this.accGot);
          this.accGot += take;
          i += take;
          if (this.accGot === this.accNeed) {
            const lay = LAYOUT[this.op]!;
            this.mode = M_OP;
            this.onNumber(this.op, lay, readNumber(this.acc, 0, lay.size, lay.signed));
          }
          break;
        }
        case M_PAYLOAD: {
          const take = Math.min(this.remaining, n - i);
          if (this.retain) this.retain.set(chunk.subarray(i, i + take), this.retained);
          this.retained += take;
          this.remaining -= take;
          i += take;
          if (this.remaining === 0) {
            this.mode = M_OP;
            const data = this.retain;
            this.retain = null;
            this.execute(this.op, data, this.payloadLen);
          }
          break;
        }
        case M_LINE: {
          const nl = chunk.indexOf(0x0a, i);
          const end = nl < 0 ? n : nl;
          if (end > i) {
            if (this.lineFirst < 0) this.lineFirst = chunk[i]!;
            this.lineLast = chunk[end - 1]!;
            const room = this.lineBuf.length - this.lineGot;
            const copy = Math.min(room, end - i);
            if (copy > 0) {
              this.lineBuf.set(chunk.subarray(i, i + copy), this.lineGot);
              this.lineGot += copy;
            }
            this.lineLen += end - i;
            this.checkLineLength();
          }
          if (nl < 0) {
            i = n;
          } else {
            i = nl + 1;
            this.lines.push({
              text: this.lineBuf.slice(0, this.lineGot),
              len: this.lineLen,
              first: this.lineFirst,
              last: this.lineLast,
            });
            if (this.lines.length < this.linesWanted) {
              this.startLine();
            } else {
              this.mode = M_OP;
              this.onLines(this.op, this.lines);
            }
          }
          break;
        }
        case M_RAW: {
          const take = Math.min(this.remaining, n - i);
          this.remaining -= take;
          i += take;
          if (this.remaining === 0) this.startRaw();
          break;
        }
        case M_PADBYTE: {
          const pad = chunk[i]!;
          i++;
          this.rawQueue.unshift(pad);
          this.startRaw();
          break;
        }
        default:
          return;
      }
    }
  }

  private startPickle() {
    this.inPickle = true;
    this.pickleStart = this.opOffset;
    this.resetSymbolic();
  }

  private resetSymbolic() {
    this.stack = [];
    this.stackLen = 0;
    this.meta = [];
    this.physSaved = 0;
    this.memo = new MemoStore(this.limits.maxMemoEntries * 4);
    this.memoDense = 0;
    this.memoSparse = new Set();
    this.memoOverflowed = false;
    this.memoPriority = 0;
    this.memoGeneral = 0;
  }

  private startLine() {
    this.lineGot = 0;
    this.lineLen = 0;
    this.lineFirst = -1;
    this.lineLast = -1;
  }

  private checkLineLength() {
    const op = this.op;
    const numeric =
      op === OP.INT ||
      op === OP.LONG ||
      op === OP.FLOAT ||
      op === OP.GET ||
      op === OP.PUT ||
      op === OP.GLOBAL ||
      op === OP.INST;
    // Import names are bounded too: a name this long is reported (dangerous), not parsed forever.
    const max = op === OP.GLOBAL || op === OP.INST ? 1024 * 1024 : this.limits.maxNumericLineLength;
    if (numeric && this.lineLen > max) {
      this.fail(`${OPCODE_BY_BYTE[op]!.name} argument longer than ${max} bytes without a newline`);
    }
  }

  /** A fixed-size argument, or the length prefix of a counted one. */
  private onNumber(op: number, lay: Layout, v: number) {
    if (lay.kind === A_FIXED) {
      this.execute(op, null, v);
      return;
    }
    if (v < 0) this.fail(`${OPCODE_BY_BYTE[op]!.name} has a negative byte count`);
    if (!Number.isSafeInteger(v)) this.fail(`${OPCODE_BY_BYTE[op]!.name} byte count is impossibly large`);
    this.payloadLen = v;
    this.remaining = v;
    this.retained = 0;
    const retainText =
      op === OP.SHORT_BINUNICODE ||
      op === OP.BINUNICODE ||
      op === OP.BINUNICODE8 ||
      op === OP.BINSTRING ||
      op === OP.SHORT_BINSTRING;
    const retainLong = (op === OP.LONG1 || op === OP.LONG4) && v <= 6;
    this.retain = (retainText && v <= this.limits.maxNameLength) || retainLong ? new Uint8Array(v) : null;
    if (v === 0) {
      const data = this.retain;
      this.retain = null;
      this.execute(op, data, 0);
    } else {
      this.mode = M_PAYLOAD;
    }
  }

  // -------------------------------------------------------------------------------- stack

  private push1(s: Sym) {
    const st = this.stack;
    if (s === ANY) {
      const top = st[st.length - 1];
      if (top !== undefined && top.k === "run") {
        top.n++;
        this.stackLen++;
        return;
      }
      st.push({ k: "run", n: 1 });
    } else {
      st.push(s);
    }
    this.stackLen++;
    if (st.length + this.physSaved + this.meta.length > this.limits.maxStackEntries) {
      throw new LimitError({
        limit: "maxStackEntries",
        ...(this.file !== undefined ? { file: this.file } : {}),
        value: st.length + this.physSaved + this.meta.length,
        max: this.limits.maxStackEntries,
        reason: `the pickle stack grew past ${this.limits.maxStackEntries} entries (offset ${this.base + this.opOffset})`,
      });
    }
  }

  private pop1(): Sym {
    if (this.stackLen === 0) this.fail(`${this.opName()}: stack underflow`);
    const st = this.stack;
    const top = st[st.length - 1]!;
    this.stackLen--;
    if (top.k === "run") {
      top.n--;
      if (top.n === 0) st.pop();
      return ANY;
    }
    st.pop();
    return top;
  }

  private peek(): Sym {
    if (this.stackLen === 0) this.fail(`${this.opName()}: stack underflow`);
    const top = this.stack[this.stack.length - 1]!;
    return top.k === "run" ? ANY : top;
  }

  private setTop(s: Sym) {
    this.pop1();
    this.push1(s);
  }

  private need(n: number) {
    if (this.stackLen < n) this.fail(`${this.opName()}: stack underflow`);
  }

  private mark() {
    this.meta.push({ stack: this.stack, len: this.stackLen });
    this.physSaved += this.stack.length;
    this.stack = [];
    this.stackLen = 0;
    this.push1Check();
  }

  private push1Check() {
    if (this.stack.length + this.physSaved + this.meta.length > this.limits.maxStackEntries) {
      throw new LimitError({
        limit: "maxStackEntries",
        ...(this.file !== undefined ? { file: this.file } : {}),
        value: this.stack.length + this.physSaved + this.meta.length,
        max: this.limits.maxStackEntries,
        reason: `the pickle stack grew past ${this.limits.maxStackEntries} entries (offset ${this.base + this.opOffset})`,
      });
    }
  }

  /** Pops everything since the topmost mark (and the mark): the items, physical (runs kept) and their count. */
  private popMark(): { items: Sym[]; len: number } {
    const saved = this.meta.pop();
    if (!saved) this.fail(`${this.opName()}: no MARK on the stack`);
    const items = { items: this.stack, len: this.stackLen };
    this.stack = saved.stack;
    this.stackLen = saved.len;
    this.physSaved -= saved.stack.length;
    return items;
  }

  /** The logical items of a popped mark region, or null when there are more than `max`. */
  private expand(region: { items: Sym[]; len: number }, max: number): Sym[] | null {
    if (region.len > max) return null;
    const out: Sym[] = [];
    for (const s of region.items) {
      if (s.k === "run") for (let j = 0; j < s.n; j++) out.push(ANY);
      else out.push(s);
    }
    return out;
  }

  private firstOf(region: { items: Sym[]; len: number }): Sym {
    const s = region.items[0]!;
    return s.k === "run" ? ANY : s;
  }

  // -------------------------------------------------------------------------------- memo

  private memoHas(i: number): boolean {
    return i < this.memoDense || (this.memoSparse.size > 0 && this.memoSparse.has(i));
  }

  private memoSize(): number {
    return this.memoDense + this.memoSparse.size;
  }

  /**
   * memo[i] = s. Membership is exact (dense prefix + sparse set); values are retained within two
   * budgets: imports (and the dtype / joblib wrapper objects joblib needs) in one, everything else
   * in the other, so a pickle of a million strings cannot push its imports out. Other objects are
   * not retained (they are never called or imported through in a well-formed pickle).
   */
  private memoPut(i: number, s: Sym) {
    if (i === this.memoDense) {
      this.memoDense++;
      while (this.memoSparse.delete(this.memoDense)) this.memoDense++;
    } else if (i > this.memoDense && !this.memoSparse.has(i)) {
      this.memoSparse.add(i);
      const maxSparse = Math.min(this.limits.maxMemoEntries, 100_000);
      if (this.memoSparse.size > maxSparse) {
        throw new LimitError({
          limit: "maxMemoEntries",
          ...(this.file !== undefined ? { file: this.file } : {}),
          value: this.memoSparse.size,
          max: maxSparse,
          reason: `more than ${maxSparse} out-of-order memo indexes (offset ${this.base + this.opOffset})`,
        });
      }
    }
    const priority = s.k === "global" || (s.k === "obj" && s.cls.k === "global" && keepsState(s.cls));
    if (s === ANY || (s.k === "obj" && !priority)) {
      this.memo.delete(i);
      return;
    }
    if (this.memo.has(i)) {
      this.memo.set(i, s);
      return;
    }
    const used = priority ? this.memoPriority : this.memoGeneral;
    if (used >= this.limits.maxMemoEntries) {
      this.memoOverflowed = true;
      this.memo.delete(i);
      return;
    }
    if (priority) this.memoPriority++;
    else this.memoGeneral++;
    this.memo.set(i, s);
  }

  private memoGet(i: number): Sym {
    if (!this.memoHas(i)) this.fail(`${this.opName()}: memo has no entry ${i}`);
    const s = this.memo.get(i);
    if (s) return s;
    return this.memoOverflowed ? DROPPED : ANY;
  }

  private memoLimit(what: string): never {
    throw new LimitError({
      limit: "maxMemoEntries",
      ...(this.file !== undefined ? { file: this.file } : {}),
      value: this.memoGeneral + this.memoPriority,
      max: this.limits.maxMemoEntries,
      reason: `${what} at offset ${this.base + this.opOffset} uses a memo value that was not retained (more than ${this.limits.maxMemoEntries} memo values)`,
    });
  }

  // -------------------------------------------------------------------------------- imports and calls

  private opName(): string {
    return OPCODE_BY_BYTE[this.op]?.name ?? "?";
  }

  private importGlobal(module: string, name: string, opcode: FindingOpcode): Sym {
    const ref = this.collector.importCallable(this.file, module, name, opcode, this.base + this.opOffset);
    return { k: "global", module, name, ref };
  }

  private importComputed(module: string, name: string, opcode: FindingOpcode, reason: string): Sym {
    const ref = this.collector.importCallable(this.file, module, name, opcode, this.base + this.opOffset, {
      verdict: "dangerous",
      reason,
    });
    return { k: "global", module, name, ref };
  }

  /** A call of `callee`: attributed to its import, or reported when the target is computed. */
  private callOf(callee: Sym, via: CallSite["opcode"]) {
    const at = this.base + this.opOffset;
    if (callee.k === "global") {
      this.collector.call(callee.ref, via, at);
      return;
    }
    if (callee.k === "dropped") this.memoLimit(via);
    const what =
      callee.k === "obj"
        ? `the result of ${callee.cls.k === "global" ? `${callee.cls.module}.${callee.cls.name}` : "a computed call"}`
        : callee.k === "any"
          ? "a value computed at load time"
          : `a ${callee.k} value`;
    const ref = this.collector.importCallable(this.file, "", "", via, at, {
      verdict: "unknown",
      reason: `${via} calls ${what}, not an imported callable`,
    });
    this.collector.call(ref, via, at);
  }

  private importName(text: Uint8Array, len: number): { value: string; overlong: boolean } {
    const overlong = len > this.limits.maxNameLength;
    return { value: utf8.decode(text.subarray(0, Math.min(len, this.limits.maxNameLength))), overlong };
  }

  private lineImport(lines: { text: Uint8Array; len: number }[], opcode: "GLOBAL" | "INST"): Sym {
    const m = this.importName(lines[0]!.text, lines[0]!.len);
    const n = this.importName(lines[1]!.text, lines[1]!.len);
    if (m.overlong || n.overlong) {
      return this.importComputed(
        m.value,
        n.value,
        opcode,
        `import name longer than ${this.limits.maxNameLength} characters: cannot be verified`,
      );
    }
    return this.importGlobal(m.value, n.value, opcode);
  }

  // -------------------------------------------------------------------------------- execution

  private onLines(op: number, lines: { text: Uint8Array; len: number; first: number; last: number }[]) {
    const line = lines[0]!;
    const text = () => latin1(line.text.subarray(0, Math.min(line.len, line.text.length)));
    switch (op) {
      case OP.INT: {
        const t = text();
        if (t === "00") return this.push1(FALSE);
        if (t === "01") return this.push1(TRUE);
        const v = parseIntLine(t, true);
        if (v === undefined) this.fail("INT argument is not an integer");
        return this.push1(Number.isSafeInteger(v) ? { k: "int", v } : ANY);
      }
      case OP.LONG: {
        let t = text();
        if (t.endsWith("L")) t = t.slice(0, -1);
        const v = parseIntLine(t, true);
        if (v === undefined) this.fail("LONG argument is not an integer");
        return this.push1(Number.isSafeInteger(v) ? { k: "int", v } : ANY);
      }
      case OP.FLOAT:
        if (!FLOAT_LINE.test(text()) || line.len === 0) this.fail("FLOAT argument is not a float");
        return this.push1(ANY);
      case OP.STRING: {
        const q = line.first;
        if (line.len < 2 || q !== line.last || (q !== 0x22 && q !== 0x27)) {
          this.fail("the STRING opcode argument must be quoted");
        }
        if (line.len > this.limits.maxNameLength) return this.push1({ k: "longstr", len: line.len - 2 });
        const v = pythonEscapeDecode(line.text.subarray(1, line.len - 1));
        if (v === null) this.fail("STRING argument has an invalid escape");
        return this.push1({ k: "str", v });
      }
      case OP.UNICODE: {
        if (line.len > this.limits.maxNameLength) return this.push1({ k: "longstr", len: line.len });
        const v = rawUnicodeEscapeDecode(line.text.subarray(0, line.len));
        if (v === null) this.fail("UNICODE argument has an invalid \\u escape");
        return this.push1({ k: "str", v });
      }
      case OP.GET: {
        const v = parseIntLine(text(), false);
        if (v === undefined) this.fail("GET argument is not an integer");
        return this.push1(this.memoGet(v));
      }
      case OP.PUT: {
        const v = parseIntLine(text(), false);
        if (v === undefined) this.fail("PUT argument is not an integer");
        if (v < 0) this.fail("negative PUT argument");
        return this.memoPut(v, this.peek());
      }
      case OP.GLOBAL:
        return this.push1(this.lineImport(lines, "GLOBAL"));
      case OP.INST: {
        const cls = this.lineImport(lines, "INST");
        this.popMark();
        this.callOf(cls, "INST");
        return this.push1({ k: "obj", cls, via: "INST", args: null, state: null });
      }
      case OP.PERSID:
        this.persistentIds++;
        return this.push1(ANY);
      default:
        this.fail(`unexpected line argument for opcode 0x${op.toString(16)}`);
    }
  }

  /** Runs one opcode; `v` is its fixed argument or its payload length, the payload being `data[off, off + v)`. */
  private execute(op: number, data: Uint8Array | null, v: number, off = 0) {
    switch (op) {
      // ---- integers
      case OP.BININT:
      case OP.BININT1:
      case OP.BININT2:
        return this.push1({ k: "int", v });
      case OP.LONG1:
      case OP.LONG4:
        return this.push1(data && v <= 6 ? { k: "int", v: twosComplement(data, off, v) } : ANY);
      // ---- strings and bytes
      case OP.BINSTRING:
      case OP.SHORT_BINSTRING:
        return this.push1(data ? { k: "str", v: latin1At(data, off, v) } : { k: "longstr", len: v });
      case OP.SHORT_BINUNICODE:
      case OP.BINUNICODE:
      case OP.BINUNICODE8:
        return this.push1(data ? { k: "str", v: utf8At(data, off, v) } : { k: "longstr", len: v });
      case OP.BINBYTES:
      case OP.SHORT_BINBYTES:
      case OP.BINBYTES8:
        return this.push1(BYTES);
      case OP.BYTEARRAY8:
      case OP.NEXT_BUFFER:
        return this.push1(ANY);
      case OP.READONLY_BUFFER:
        this.need(1);
        return;
      // ---- singletons and floats
      case OP.NONE:
        return this.push1(NONE);
      case OP.NEWTRUE:
        return this.push1(TRUE);
      case OP.NEWFALSE:
        return this.push1(FALSE);
      case OP.BINFLOAT:
        return this.push1(ANY);
      // ---- lists
      case OP.EMPTY_LIST:
        return this.push1(ANY);
      case OP.APPEND:
        this.pop1();
        this.need(1);
        return;
      case OP.APPENDS:
        this.popMark();
        this.need(1);
        return;
      case OP.LIST:
        this.popMark();
        return this.push1(ANY);
      // ---- tuples
      case OP.EMPTY_TUPLE:
        return this.push1(EMPTY_TUPLE);
      case OP.TUPLE: {
        const items = this.expand(this.popMark(), MAX_TUPLE_ITEMS);
        return this.push1({ k: "tuple", items });
      }
      case OP.TUPLE1:
      case OP.TUPLE2:
      case OP.TUPLE3: {
        const n = op - OP.TUPLE1 + 1;
        this.need(n);
        const items: Sym[] = new Array(n);
        for (let j = n - 1; j >= 0; j--) items[j] = this.pop1();
        return this.push1({ k: "tuple", items });
      }
      // ---- dicts
      case OP.EMPTY_DICT:
        return this.push1({ k: "dict", map: new Map() });
      case OP.DICT: {
        const region = this.popMark();
        if (region.len % 2 !== 0) this.fail("DICT: odd number of items");
        const dict: Sym = { k: "dict", map: new Map() };
        this.setItems(dict, this.expand(region, MAX_DICT_KEYS * 2));
        return this.push1(dict);
      }
      case OP.SETITEM: {
        const value = this.pop1();
        const key = this.pop1();
        this.setItems(this.peek(), [key, value]);
        return;
      }
      case OP.SETITEMS: {
        const region = this.popMark();
        if (region.len % 2 !== 0) this.fail("SETITEMS: odd number of items");
        this.setItems(this.peek(), this.expand(region, MAX_DICT_KEYS * 2));
        return;
      }
      // ---- sets
      case OP.EMPTY_SET:
        return this.push1(ANY);
      case OP.ADDITEMS:
        this.popMark();
        this.need(1);
        return;
      case OP.FROZENSET:
        this.popMark();
        return this.push1(ANY);
      // ---- stack manipulation
      case OP.POP:
        if (this.stackLen > 0) this.pop1();
        else this.popMark();
        return;
      case OP.DUP:
        return this.push1(this.peek());
      case OP.MARK:
        return this.mark();
      case OP.POP_MARK:
        this.popMark();
        return;
      // ---- memo
      case OP.BINGET:
      case OP.LONG_BINGET:
        return this.push1(this.memoGet(v));
      case OP.BINPUT:
      case OP.LONG_BINPUT:
        return this.memoPut(v, this.peek());
      case OP.MEMOIZE:
        return this.memoPut(this.memoSize(), this.peek());
      // ---- extension registry
      case OP.EXT1:
      case OP.EXT2:
      case OP.EXT4: {
        if (v <= 0) this.fail("EXT specifies code <= 0");
        const opcode = op === OP.EXT1 ? "EXT1" : op === OP.EXT2 ? "EXT2" : "EXT4";
        const ref = this.collector.importCallable(
          this.file,
          "copyreg",
          `_extension_registry[${v}]`,
          opcode,
          this.base + this.opOffset,
          {
            verdict: "unknown",
            reason: `the object registered under extension code ${v} (copyreg): not known before load`,
          },
        );
        return this.push1({ k: "global", module: "copyreg", name: `_extension_registry[${v}]`, ref });
      }
      // ---- imports and calls
      case OP.STACK_GLOBAL: {
        const name = this.pop1();
        const module = this.pop1();
        return this.push1(this.stackGlobal(module, name));
      }
      case OP.REDUCE: {
        const args = this.pop1();
        const callee = this.peek();
        this.callOf(callee, "REDUCE");
        return this.setTop({
          k: "obj",
          cls: callee,
          via: "REDUCE",
          args: keepArgs(callee, args),
          state: null,
        });
      }
      case OP.BUILD: {
        const state = this.pop1();
        const inst = this.peek();
        if (inst.k === "obj" && inst.cls.k === "global" && keepsState(inst.cls)) inst.state = state;
        if (inst.k === "obj" && inst.cls.k === "global" && isJoblibWrapper(inst.cls)) this.joblibArray(inst);
        return;
      }
      case OP.OBJ: {
        const region = this.popMark();
        if (region.len === 0) this.fail("OBJ: no class after MARK");
        const cls = this.firstOf(region);
        this.callOf(cls, "OBJ");
        return this.push1({ k: "obj", cls, via: "OBJ", args: null, state: null });
      }
      case OP.NEWOBJ: {
        this.pop1();
        const cls = this.pop1();
        this.callOf(cls, "NEWOBJ");
        return this.push1({ k: "obj", cls, via: "NEWOBJ", args: null, state: null });
      }
      case OP.NEWOBJ_EX: {
        this.pop1();
        this.pop1();
        const cls = this.pop1();
        this.callOf(cls, "NEWOBJ_EX");
        return this.push1({ k: "obj", cls, via: "NEWOBJ_EX", args: null, state: null });
      }
      // ---- machine control
      case OP.PROTO:
        if (v > 5) this.fail(`unsupported pickle protocol: ${v}`);
        this.maxProto = Math.max(this.maxProto, v);
        return;
      case OP.FRAME:
        if (!Number.isSafeInteger(v)) this.fail("FRAME length is impossibly large");
        return;
      case OP.STOP:
        this.pop1();
        return this.stop();
      // ---- persistent ids
      case OP.BINPERSID:
        this.pop1();
        this.persistentIds++;
        return this.push1(ANY);
      default:
        this.fail(`opcode 0x${op.toString(16)} is not handled`);
    }
  }

  private stackGlobal(module: Sym, name: Sym): Sym {
    const desc = (s: Sym) =>
      s.k === "str" ? JSON.stringify(s.v) : s.k === "longstr" ? `a ${s.len}-character string` : `a ${s.k}`;
    const notStr = (s: Sym) =>
      s.k !== "str" &&
      s.k !== "longstr" &&
      s.k !== "any" &&
      s.k !== "global" &&
      s.k !== "obj" &&
      s.k !== "dropped";
    if (notStr(module) || notStr(name)) this.fail("STACK_GLOBAL requires str");
    if (module.k === "dropped" || name.k === "dropped") this.memoLimit("STACK_GLOBAL");
    if (module.k === "str" && name.k === "str") return this.importGlobal(module.v, name.v, "STACK_GLOBAL");
    const m = module.k === "str" ? module.v : "?";
    const n = name.k === "str" ? name.v : "?";
    const reason =
      module.k === "longstr" || name.k === "longstr"
        ? `import name longer than ${this.limits.maxNameLength} characters: cannot be verified`
        : `the module and name are computed at load time (${desc(module)}, ${desc(name)}), not literal strings`;
    return this.importComputed(m, n, "STACK_GLOBAL", reason);
  }

  private setItems(target: Sym, items: Sym[] | null) {
    if (target.k !== "dict" || !target.map) return;
    if (!items) {
      target.map = null;
      return;
    }
    for (let j = 0; j + 1 < items.length; j += 2) {
      const key = items[j]!;
      if (key.k !== "str") continue;
      if (!target.map.has(key.v) && target.map.size >= MAX_DICT_KEYS) {
        target.map = null;
        return;
      }
      target.map.set(key.v, items[j + 1]!);
    }
  }

  private stop() {
    const nested = this.nest.pop();
    if (nested) {
      // The end of a joblib object array's pickle: back to the enclosing one.
      this.nestedDone++;
      this.stack = nested.stack;
      this.stackLen = nested.stackLen;
      this.meta = nested.meta;
      this.physSaved = nested.physSaved;
      this.memo = nested.memo;
      this.memoDense = nested.memoDense;
      this.memoSparse = nested.memoSparse;
      this.memoOverflowed = nested.memoOverflowed;
      this.memoPriority = nested.memoPriority;
      this.memoGeneral = nested.memoGeneral;
      return;
    }
    this.picklesDone++;
    this.inPickle = false;
    this.resetSymbolic();
  }

  // -------------------------------------------------------------------------------- joblib

  /**
   * joblib writes an array's bytes right after the BUILD of its `NumpyArrayWrapper` (and
   * `joblib.load` reads them there): an optional alignment padding (one length byte, then that
   * many bytes) and `prod(shape) * itemsize` bytes; object arrays are a nested pickle instead.
   */
  private joblibArray(wrapper: Extract<Sym, { k: "obj" }>) {
    const state = wrapper.state;
    const fail: (why: string) => never = (why) => this.fail(`joblib NumpyArrayWrapper: ${why}`);
    if (state?.k !== "dict" || !state.map) fail("its state is not a readable dict");
    const map = state.map;
    const dtype = map.get("dtype");
    const shape = map.get("shape");
    if (!dtype || !shape) fail("its state has no dtype or shape");
    const info = dtypeInfo(dtype);
    if (!info) fail("its dtype cannot be determined");
    this.joblibArrays++;
    if (info.hasObject) {
      if (this.nest.length >= this.limits.maxPickleNesting) {
        throw new LimitError({
          limit: "maxPickleNesting",
          ...(this.file !== undefined ? { file: this.file } : {}),
          value: this.nest.length + 1,
          max: this.limits.maxPickleNesting,
          reason: `joblib object arrays nested deeper than ${this.limits.maxPickleNesting} (offset ${this.base + this.opOffset})`,
        });
      }
      this.nest.push({
        stack: this.stack,
        stackLen: this.stackLen,
        meta: this.meta,
        physSaved: this.physSaved,
        memo: this.memo,
        memoDense: this.memoDense,
        memoSparse: this.memoSparse,
        memoOverflowed: this.memoOverflowed,
        memoPriority: this.memoPriority,
        memoGeneral: this.memoGeneral,
      });
      this.resetSymbolic();
      return;
    }
    if (shape.k !== "tuple" || !shape.items) fail("its shape is not a readable tuple");
    let count = 1;
    for (const d of shape.items) {
      if (d.k !== "int" || d.v < 0) fail("its shape is not a tuple of integers");
      count *= d.v;
    }
    const size = count * info.itemsize;
    if (!Number.isSafeInteger(size)) fail("its size is impossibly large");
    const align = map.get("numpy_array_alignment_bytes");
    this.rawQueue = [size];
    if (align !== undefined && align.k === "int") this.mode = M_PADBYTE;
    else this.startRaw();
  }

  /** The next pending raw region (padding, then array bytes), or back to opcodes. */
  private startRaw() {
    while (this.rawQueue.length > 0 && this.rawQueue[0] === 0) this.rawQueue.shift();
    const next = this.rawQueue.shift();
    if (next === undefined) {
      this.mode = M_OP;
      return;
    }
    this.remaining = next;
    this.mode = M_RAW;
  }
}

// ------------------------------------------------------------------------------------ helpers

function readNumber(b: Uint8Array, i: number, size: number, signed: boolean): number {
  switch (size) {
    case 1:
      return b[i]!;
    case 2:
      return b[i]! | (b[i + 1]! << 8);
    case 4: {
      const u = (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
      return signed ? u | 0 : u;
    }
    default: {
      const lo = (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
      const hi = (b[i + 4]! | (b[i + 5]! << 8) | (b[i + 6]! << 16) | (b[i + 7]! << 24)) >>> 0;
      return hi * 0x1_0000_0000 + lo; // beyond 2^53 loses precision: only used to reject
    }
  }
}

function twosComplement(b: Uint8Array, off: number, len: number): number {
  let v = 0;
  for (let i = off + len - 1; i >= off; i--) v = v * 256 + b[i]!;
  if (len > 0 && b[off + len - 1]! & 0x80) v -= 2 ** (8 * len);
  return v;
}

const isDtype = (g: { module: string; name: string }) =>
  g.name === "dtype" && (g.module === "numpy" || g.module.startsWith("numpy."));

function isJoblibWrapper(g: { module: string; name: string }) {
  return g.name === "NumpyArrayWrapper" && /(^|\.)numpy_pickle$/.test(g.module);
}

function keepsState(g: { module: string; name: string }) {
  return isDtype(g) || isJoblibWrapper(g);
}

/** Only dtype constructions keep their arguments (the type code), to size joblib arrays. */
function keepArgs(callee: Sym, args: Sym): Sym | null {
  return callee.k === "global" && isDtype(callee) ? args : null;
}

/** A numpy dtype's item size, from `numpy.dtype(code, align, copy)` and its BUILD state. */
function dtypeInfo(d: Sym): { itemsize: number; hasObject: boolean } | null {
  if (d.k !== "obj" || d.cls.k !== "global" || !isDtype(d.cls)) return null;
  const args = d.args;
  if (args?.k !== "tuple" || !args.items || args.items[0]?.k !== "str") return null;
  const code = args.items[0].v;
  const m = /^[<>|=]?([a-zA-Z?])(\d*)/.exec(code);
  if (!m) return null;
  const kind = m[1]!;
  const digits = m[2] ? Number(m[2]) : 0;
  const st = d.state && d.state.k === "tuple" && d.state.items ? d.state.items : null;
  const elsize = st?.[5]?.k === "int" ? st[5].v : -1;
  const flags = st?.[7]?.k === "int" ? st[7].v : 0;
  const hasObject = kind === "O" || (flags & 1) === 1;
  if (hasObject) return { itemsize: 8, hasObject: true };
  if (elsize > 0) return { itemsize: elsize, hasObject: false };
  switch (kind) {
    case "b":
    case "i":
    case "u":
    case "f":
    case "c":
    case "M":
    case "m":
    case "S":
    case "a":
    case "V":
      return digits > 0 ? { itemsize: digits, hasObject: false } : null;
    case "?":
      return { itemsize: 1, hasObject: false };
    case "U":
      return digits > 0 ? { itemsize: digits * 4, hasObject: false } : null;
    default:
      return null;
  }
}

/** A push parser over one pickle byte stream (see the module comment). */
export function createPickleScanner(opts: PickleScanOptions): PickleScanner {
  return new PickleMachine(opts);
}
