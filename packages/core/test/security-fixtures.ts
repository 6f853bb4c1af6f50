/**
 * Fixture writers for the scanner tests: pickle opcode streams written by hand (with the offset of
 * every opcode, so tests can expect exact offsets), zip archives with a real central directory and
 * CRC-32, safetensors files. Opcode bytes are spelled out here, independently of the scanner's
 * own table.
 */
import { crc32, deflateRawSync } from "node:zlib";

const enc = new TextEncoder();

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];

/** Emits pickle opcodes; `at(label)` gives the offset an opcode was written at. */
export class PickleWriter {
  private readonly out: number[] = [];
  private readonly labels = new Map<string, number>();
  private framePatch = -1;

  get length() {
    return this.out.length;
  }

  /** Records the offset of the next opcode under `label`. */
  label(label: string): this {
    this.labels.set(label, this.out.length);
    return this;
  }

  at(label: string): number {
    const v = this.labels.get(label);
    if (v === undefined) throw new Error(`no label ${label}`);
    return v;
  }

  raw(...bytes: (number | number[] | Uint8Array)[]): this {
    for (const b of bytes) {
      if (typeof b === "number") this.out.push(b);
      else for (const x of b) this.out.push(x);
    }
    return this;
  }

  private op(code: string | number, ...arg: (number | number[] | Uint8Array)[]) {
    return this.raw(typeof code === "number" ? code : code.charCodeAt(0), ...arg);
  }

  // machine control
  proto = (n: number) => this.op(0x80, n);
  frame = (n: number) => this.op(0x95, u64(n));
  /** A FRAME whose length is filled in by `bytes()` (everything after it, up to the end). */
  frameToEnd = () => {
    this.op(0x95);
    this.framePatch = this.out.length;
    return this.raw(u64(0));
  };
  stop = () => this.op(".");
  // memo, marks, stack
  mark = () => this.op("(");
  pop = () => this.op("0");
  dup = () => this.op("2");
  popMark = () => this.op("1");
  memoize = () => this.op(0x94);
  binput = (i: number) => this.op("q", i);
  longBinput = (i: number) => this.op("r", u32(i));
  binget = (i: number) => this.op("h", i);
  longBinget = (i: number) => this.op("j", u32(i));
  put = (i: number) => this.op("p", enc.encode(`${i}\n`));
  get = (i: number) => this.op("g", enc.encode(`${i}\n`));
  // imports and calls
  global = (module: string, name: string) => this.op("c", enc.encode(`${module}\n${name}\n`));
  inst = (module: string, name: string) => this.op("i", enc.encode(`${module}\n${name}\n`));
  stackGlobal = () => this.op(0x93);
  reduce = () => this.op("R");
  build = () => this.op("b");
  obj = () => this.op("o");
  newobj = () => this.op(0x81);
  newobjEx = () => this.op(0x92);
  binpersid = () => this.op("Q");
  persid = (id: string) => this.op("P", enc.encode(`${id}\n`));
  ext1 = (code: number) => this.op(0x82, code);
  // values
  none = () => this.op("N");
  newTrue = () => this.op(0x88);
  newFalse = () => this.op(0x89);
  int = (text: string) => this.op("I", enc.encode(`${text}\n`));
  binint = (n: number) => this.op("J", u32(n >>> 0));
  binint1 = (n: number) => this.op("K", n);
  binint2 = (n: number) => this.op("M", u16(n));
  long1 = (bytes: number[]) => this.op(0x8a, bytes.length, bytes);
  binfloat = () => this.op("G", [0x3f, 0xf0, 0, 0, 0, 0, 0, 0]);
  string = (quoted: string) => this.op("S", enc.encode(`${quoted}\n`));
  unicode = (s: string) => this.op("V", enc.encode(`${s}\n`));
  shortBinunicode = (s: string) => {
    const b = enc.encode(s);
    return this.op(0x8c, b.length, b);
  };
  binunicode = (s: string) => {
    const b = enc.encode(s);
    return this.op("X", u32(b.length), b);
  };
  binunicode8 = (s: string) => {
    const b = enc.encode(s);
    return this.op(0x8d, u64(b.length), b);
  };
  shortBinstring = (s: string) => {
    const b = enc.encode(s);
    return this.op("U", b.length, b);
  };
  shortBinbytes = (b: Uint8Array | number[]) => this.op("C", b.length, b);
  binbytes = (b: Uint8Array | number[]) => this.op("B", u32(b.length), b);
  binbytes8 = (b: Uint8Array | number[]) => this.op(0x8e, u64(b.length), b);
  bytearray8 = (b: Uint8Array | number[]) => this.op(0x96, u64(b.length), b);
  nextBuffer = () => this.op(0x97);
  readonlyBuffer = () => this.op(0x98);
  emptyList = () => this.op("]");
  emptyTuple = () => this.op(")");
  emptyDict = () => this.op("}");
  emptySet = () => this.op(0x8f);
  append = () => this.op("a");
  appends = () => this.op("e");
  list = () => this.op("l");
  tuple = () => this.op("t");
  tuple1 = () => this.op(0x85);
  tuple2 = () => this.op(0x86);
  tuple3 = () => this.op(0x87);
  dict = () => this.op("d");
  setitem = () => this.op("s");
  setitems = () => this.op("u");
  additems = () => this.op(0x90);
  frozenset = () => this.op(0x91);

  bytes(): Uint8Array {
    const b = Uint8Array.from(this.out);
    if (this.framePatch >= 0) b.set(u64(b.length - this.framePatch - 8), this.framePatch);
    return b;
  }
}

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** 0 = stored, 8 = deflated (default). */
  method?: 0 | 8;
  /** Declare this uncompressed size instead of the real one (a lying entry). */
  declaredSize?: number;
}

/** A zip archive with local headers, a central directory and an end record; CRC-32s are real. */
export function makeZip(
  entries: ZipEntrySpec[],
  opts: { overlapSecondWithFirst?: boolean } = {},
): Uint8Array {
  const chunks: number[][] = [];
  const central: number[][] = [];
  let offset = 0;
  const offsets: number[] = [];
  for (const [i, e] of entries.entries()) {
    const method = e.method ?? 8;
    const name = enc.encode(e.name);
    const body = method === 8 ? new Uint8Array(deflateRawSync(e.data)) : e.data;
    const crc = crc32(e.data) >>> 0;
    const usize = e.declaredSize ?? e.data.length;
    const local = [
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0x800),
      ...u16(method),
      ...u16(0),
      ...u16(0),
      ...u32(crc),
      ...u32(body.length),
      ...u32(usize),
      ...u16(name.length),
      ...u16(0),
      ...name,
    ];
    const lho = opts.overlapSecondWithFirst && i === 1 ? offsets[0]! : offset;
    offsets.push(offset);
    central.push([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0x800),
      ...u16(method),
      ...u16(0),
      ...u16(0),
      ...u32(crc),
      ...u32(body.length),
      ...u32(usize),
      ...u16(name.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(lho),
      ...name,
    ]);
    chunks.push(local, Array.from(body));
    offset += local.length + body.length;
  }
  const cdOffset = offset;
  const cd = central.flat();
  const eocd = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(cd.length),
    ...u32(cdOffset),
    ...u16(0),
  ];
  const total = offset + cd.length + eocd.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of [...chunks, cd, eocd]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A safetensors file: header JSON (as given), padded with spaces to a multiple of 8, then `data`. */
export function makeSafetensors(
  header: unknown,
  data: Uint8Array,
  opts: { lengthOverride?: number } = {},
): Uint8Array {
  let json = typeof header === "string" ? header : JSON.stringify(header);
  while ((json.length + 8) % 8 !== 0) json += " ";
  const h = enc.encode(json);
  const out = new Uint8Array(8 + h.length + data.length);
  out.set(u64(opts.lengthOverride ?? h.length), 0);
  out.set(h, 8);
  out.set(data, 8 + h.length);
  return out;
}

/** A seeded PRNG (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits bytes into chunks of the given size (1 = byte by byte), as an async iterable. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

// ------------------------------------------------------------------------------------ named fixtures

export interface PickleFixture {
  bytes: Uint8Array;
  at: (label: string) => number;
}

const fixture = (w: PickleWriter): PickleFixture => ({ bytes: w.bytes(), at: (l) => w.at(l) });

/** numpy.core.multiarray._reconstruct(ndarray, (0,), b"b") then BUILD with a dtype: a benign array. */
export function numpyLikePickle(): PickleFixture {
  const w = new PickleWriter().proto(2);
  w.label("reconstruct").global("numpy.core.multiarray", "_reconstruct").binput(0);
  w.label("ndarray").global("numpy", "ndarray").binput(1);
  w.binint1(0).tuple1().binput(2).shortBinbytes([0x62]).binput(3).tuple3().binput(4);
  w.label("reduce").reduce().binput(5);
  w.mark().binint1(1).binint1(3).tuple1().binput(6);
  w.label("dtype").global("numpy", "dtype").binput(7);
  w.binunicode("f8").binput(8).newFalse().newTrue().tuple3().binput(9);
  w.label("dtypeReduce").reduce().binput(10);
  w.mark()
    .binint1(3)
    .binunicode("<")
    .binput(11)
    .none()
    .none()
    .none()
    .binint(-1)
    .binint(-1)
    .binint1(0)
    .tuple();
  w.binput(12).build();
  w.newFalse().shortBinbytes(new Uint8Array(24)).tuple().binput(13);
  w.label("build").build().label("stop").stop();
  return fixture(w);
}

/** os.system("echo pwned") through GLOBAL + REDUCE, protocol 2. */
export function osSystemPickle(): PickleFixture {
  const w = new PickleWriter().proto(2);
  w.label("global").global("os", "system").binput(0);
  w.binunicode("echo pwned").binput(1).tuple1().binput(2);
  w.label("reduce").reduce().binput(3).stop();
  return fixture(w);
}

/** builtins.eval through STACK_GLOBAL, its strings memoized and fetched back with BINGET, protocol 4. */
export function builtinsEvalPickle(): PickleFixture {
  const w = new PickleWriter().proto(4).frameToEnd();
  w.shortBinunicode("builtins").memoize().shortBinunicode("eval").memoize().pop().pop();
  w.binget(0).binget(1).label("stackGlobal").stackGlobal().memoize();
  w.shortBinunicode("__import__('os').system('id')").memoize().tuple1().memoize();
  w.label("reduce").reduce().memoize().stop();
  return fixture(w);
}

/** subprocess.Popen(["ls"]) through STACK_GLOBAL, protocol 4. */
export function subprocessPopenPickle(): PickleFixture {
  const w = new PickleWriter().proto(4).frameToEnd();
  w.shortBinunicode("subprocess").memoize().shortBinunicode("Popen").memoize();
  w.label("stackGlobal").stackGlobal().memoize();
  w.emptyList().memoize().shortBinunicode("ls").memoize().append().tuple1().memoize();
  w.label("reduce").reduce().memoize().stop();
  return fixture(w);
}

/** Protocol 0: `(S'echo pwned'` then `INST os system`. */
export function protocol0InstPickle(): PickleFixture {
  const w = new PickleWriter().label("mark").mark().string("'echo pwned'");
  w.label("inst").inst("os", "system").put(0).stop();
  return fixture(w);
}

/** A PyTorch-style data.pkl: OrderedDict of one tensor rebuilt from a persistent storage id. */
export function torchStateDictPickle(): PickleFixture {
  const w = new PickleWriter().proto(2);
  w.label("odict").global("collections", "OrderedDict").binput(0).emptyTuple().reduce().binput(1);
  w.binunicode("weight").binput(2);
  w.label("rebuild").global("torch._utils", "_rebuild_tensor_v2").binput(3);
  w.mark().mark().binunicode("storage").binput(4);
  w.label("storage").global("torch", "FloatStorage").binput(5);
  w.binunicode("0").binput(6).binunicode("cpu").binput(7).binint1(4).tuple().binput(8).binpersid();
  w.binint1(0).binint1(2).binint1(2).tuple2().binint1(2).binint1(1).tuple2().newFalse();
  w.global("collections", "OrderedDict").emptyTuple().reduce().tuple().binput(9);
  w.label("rebuildCall").reduce().binput(10).setitem().stop();
  return fixture(w);
}

/** joblib: a NumpyArrayWrapper whose 3 float64 values (after 3 bytes of alignment padding) follow its BUILD. */
export function joblibLikePickle(arrayBytes = new Uint8Array(24).fill(0xff)): PickleFixture {
  const w = new PickleWriter().proto(4);
  w.shortBinunicode("joblib.numpy_pickle").memoize().shortBinunicode("NumpyArrayWrapper").memoize();
  w.label("wrapper").stackGlobal().memoize().emptyTuple().newobj().memoize();
  w.emptyDict().memoize().mark();
  w.shortBinunicode("subclass")
    .memoize()
    .shortBinunicode("numpy")
    .memoize()
    .shortBinunicode("ndarray")
    .memoize();
  w.stackGlobal().memoize();
  w.shortBinunicode("shape").memoize().binint1(3).tuple1().memoize();
  w.shortBinunicode("order").memoize().shortBinunicode("C").memoize();
  w.shortBinunicode("dtype").memoize().binget(6).shortBinunicode("dtype").memoize().stackGlobal().memoize();
  w.shortBinunicode("f8").memoize().newFalse().newTrue().tuple3().memoize().reduce().memoize();
  w.mark().binint1(3).shortBinunicode("<").memoize().none().none().none().binint(-1).binint(-1).binint1(0);
  w.tuple().memoize().build();
  w.shortBinunicode("allow_mmap").memoize().newFalse();
  w.shortBinunicode("numpy_array_alignment_bytes").memoize().binint1(16);
  w.setitems().label("build").build();
  w.raw(3, 0xff, 0xff, 0xff, arrayBytes);
  w.label("stop").stop();
  return fixture(w);
}
