/**
 * The model-file scanner (issue 10), on fixture bytes written by hand in this test suite: pickle
 * opcode streams, zip archives with real central directories, safetensors files.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  classifyCallable,
  createPickleScanner,
  DEFAULT_SCAN_LIMITS,
  detectArtifactFormat,
  type Finding,
  rangeReaderFromBytes,
  type ScanResult,
  scanArtifact,
  scanFile,
  scanPickle,
  VERDICT_ORDER,
  verdictCategory,
} from "../src";
import {
  builtinsEvalPickle,
  chunked,
  joblibLikePickle,
  makeSafetensors,
  makeZip,
  numpyLikePickle,
  osSystemPickle,
  PickleWriter,
  prng,
  protocol0InstPickle,
  subprocessPopenPickle,
  torchStateDictPickle,
} from "./security-fixtures";

const enc = new TextEncoder();

/** Scans bytes as a file of that name through a random-access reader. */
const scanBytes = (name: string, bytes: Uint8Array, limits?: Parameters<typeof scanArtifact>[0]["limits"]) =>
  scanArtifact({ name, open: () => rangeReaderFromBytes(bytes), ...(limits ? { limits } : {}) });

const brief = (f: Finding) => ({
  callable: f.callable,
  opcode: f.opcode,
  offset: f.offset,
  verdict: f.verdict,
  ...(f.file ? { file: f.file } : {}),
});

function expectScanner(r: ScanResult) {
  expect(r.scanner).toBe("modelgate-pickle-scan");
  expect(r.scannerVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(r.durationMs).toBeGreaterThanOrEqual(0);
  expect(VERDICT_ORDER).toContain(r.verdict);
}

// ------------------------------------------------------------------------------------ pickles

describe("pickle streams", () => {
  it("passes a benign numpy-like payload (_reconstruct + dtype + BUILD) as clean", async () => {
    const fx = numpyLikePickle();
    const r = await scanBytes("array.pkl", fx.bytes);
    expectScanner(r);
    expect(r).toMatchObject({ verdict: "clean", category: "clean", format: "pickle", picklesParsed: 1 });
    expect(r.findings.map(brief)).toEqual([
      {
        callable: "numpy.core.multiarray._reconstruct",
        opcode: "GLOBAL",
        offset: fx.at("reconstruct"),
        verdict: "safe",
      },
      { callable: "numpy.ndarray", opcode: "GLOBAL", offset: fx.at("ndarray"), verdict: "safe" },
      { callable: "numpy.dtype", opcode: "GLOBAL", offset: fx.at("dtype"), verdict: "safe" },
    ]);
    expect(r.findings[0]!.calls).toEqual([{ opcode: "REDUCE", offset: fx.at("reduce") }]);
    expect(r.findings[2]!.calls).toEqual([{ opcode: "REDUCE", offset: fx.at("dtypeReduce") }]);
    expect(r.scannedBytes).toBe(fx.bytes.length);
  });

  it("flags os.system imported with GLOBAL and called with REDUCE (protocol 2)", async () => {
    const fx = osSystemPickle();
    const r = await scanBytes("model.pkl", fx.bytes);
    expect(r).toMatchObject({ verdict: "dangerous", category: "unsafe" });
    expect(r.findings).toEqual([
      {
        callable: "os.system",
        module: "os",
        name: "system",
        opcode: "GLOBAL",
        offset: 2,
        verdict: "dangerous",
        reason: expect.stringContaining("shell commands"),
        rule: "os.*",
        occurrences: 1,
        calls: [{ opcode: "REDUCE", offset: fx.at("reduce") }],
        callCount: 1,
      },
    ]);
  });

  it("resolves builtins.eval from STACK_GLOBAL through MEMOIZE and BINGET (protocol 4)", async () => {
    const fx = builtinsEvalPickle();
    const r = await scanBytes("model.pkl", fx.bytes);
    expect(r.verdict).toBe("dangerous");
    expect(r.findings.map(brief)).toEqual([
      {
        callable: "builtins.eval",
        opcode: "STACK_GLOBAL",
        offset: fx.at("stackGlobal"),
        verdict: "dangerous",
      },
    ]);
    expect(r.findings[0]!.calls).toEqual([{ opcode: "REDUCE", offset: fx.at("reduce") }]);
  });

  it("flags subprocess.Popen via STACK_GLOBAL", async () => {
    const fx = subprocessPopenPickle();
    const r = await scanBytes("model.pkl", fx.bytes);
    expect(r.verdict).toBe("dangerous");
    expect(r.findings.map(brief)).toEqual([
      {
        callable: "subprocess.Popen",
        opcode: "STACK_GLOBAL",
        offset: fx.at("stackGlobal"),
        verdict: "dangerous",
      },
    ]);
  });

  it("flags a protocol 0 INST of os.system, attributing the call to INST", async () => {
    const fx = protocol0InstPickle();
    expect(fx.at("inst")).toBe(15); // ( S'echo pwned'\n

    const r = await scanBytes("legacy.pickle", fx.bytes);
    expect(r.verdict).toBe("dangerous");
    expect(r.findings.map(brief)).toEqual([
      { callable: "os.system", opcode: "INST", offset: 15, verdict: "dangerous" },
    ]);
    expect(r.findings[0]!.calls).toEqual([{ opcode: "INST", offset: 15 }]);
  });

  it("reports a truncated stream as unparseable at the offset where it ends, without throwing", async () => {
    const fx = numpyLikePickle();
    const cut = fx.bytes.subarray(0, fx.at("build"));
    const r = await scanBytes("array.pkl", cut);
    expect(r).toMatchObject({ verdict: "unparseable", category: "unsafe" });
    expect(r.problems).toEqual([
      { offset: cut.length, reason: "truncated: the stream ends before the STOP opcode" },
    ]);

    // Cut inside an argument: the reason names the opcode.
    const mid = await scanBytes("array.pkl", fx.bytes.subarray(0, fx.at("dtype") + 5));
    expect(mid.problems[0]!.reason).toMatch(/inside the argument of GLOBAL at offset \d+/);
  });

  it("keeps a dangerous verdict when the stream breaks after the payload ran", async () => {
    const fx = osSystemPickle();
    const r = await scanBytes("model.pkl", fx.bytes.subarray(0, fx.bytes.length - 1));
    expect(r.verdict).toBe("dangerous");
    expect(r.problems).toHaveLength(1);
  });

  it("reports garbage as unparseable with the offset and reason", async () => {
    const r = await scanBytes("x.pkl", Uint8Array.from([0x80, 0x02, 0x4b, 0x01, 0xff]));
    expect(r.verdict).toBe("unparseable");
    expect(r.problems).toEqual([{ offset: 4, reason: "unknown opcode 0xff" }]);
    const proto = await scanBytes("x.pkl", Uint8Array.from([0x80, 0x09]));
    expect(proto.problems[0]).toEqual({ offset: 0, reason: "unsupported pickle protocol: 9" });
    const underflow = await scanBytes("x.pkl", enc.encode("R."));
    expect(underflow.problems[0]).toEqual({ offset: 0, reason: "REDUCE: stack underflow" });
    const memo = await scanBytes("x.pkl", Uint8Array.from([0x80, 0x04, 0x68, 0x05, 0x2e]));
    expect(memo.problems[0]).toEqual({ offset: 2, reason: "BINGET: memo has no entry 5" });
    const empty = await scanBytes("x.pkl", new Uint8Array(0));
    expect(empty).toMatchObject({
      verdict: "unparseable",
      problems: [{ offset: 0, reason: "empty stream: no pickle opcodes" }],
    });
  });

  it("scans concatenated pickles (pickle.load called twice) and reports trailing data without failing", async () => {
    const benign = new PickleWriter().proto(2).emptyList().stop().bytes();
    const evil = osSystemPickle().bytes;
    const both = new Uint8Array([...benign, ...evil]);
    const r = await scanBytes("two.pkl", both);
    expect(r.verdict).toBe("dangerous");
    expect(r.picklesParsed).toBe(2);
    expect(r.findings[0]).toMatchObject({ callable: "os.system", offset: benign.length + 2 });

    // Raw bytes after a complete pickle (PyTorch's legacy format keeps tensor data there).
    const withData = new Uint8Array([...benign, 0x00, 0x01, 0x02, 0x03]);
    const t = await scanBytes("legacy.pt", withData);
    expect(t.verdict).toBe("clean");
    expect(t.summary).toContain(`4 trailing bytes from offset ${benign.length} not scanned`);
  });

  it("decodes every argument type: counted, fixed, line-based, 8-byte lengths", async () => {
    const w = new PickleWriter().proto(5).frameToEnd();
    w.mark().int("00").int("01").int("0x1f").int("-12").binint(-7).binint1(7).binint2(700);
    w.long1([0xff, 0x7f])
      .binfloat()
      .raw(0x4c, ...enc.encode("123L\n"))
      .raw(0x46, ...enc.encode("1.5e3\n"));
    w.string("'a\\x41\\n\\'q'").unicode("caf\\u00e9").shortBinstring("abc").binunicode8("long-form");
    w.shortBinbytes([1, 2]).binbytes([3, 4, 5]).binbytes8(new Uint8Array(10)).bytearray8([9, 9]);
    w.none().newTrue().newFalse().emptyList().emptyTuple().emptyDict().emptySet();
    w.list().pop(); // everything since the mark becomes one list, then is popped
    w.mark().binint1(1).binint1(2).frozenset().pop();
    w.emptySet().mark().binint1(1).additems().pop();
    w.emptyDict().shortBinunicode("k").binint1(1).setitem().mark().shortBinunicode("j").none().setitems();
    w.mark().shortBinunicode("a").none().dict().pop().pop();
    w.mark().none().popMark();
    w.emptyList().binint1(1).append().mark().binint1(2).appends().dup().pop().pop();
    w.mark().binint1(1).binint1(2).binint1(3).tuple().pop();
    w.binint1(1)
      .binint1(2)
      .binint1(3)
      .tuple3()
      .binint1(1)
      .binint1(2)
      .tuple2()
      .binint1(1)
      .tuple1()
      .pop()
      .pop()
      .pop();
    w.binint1(1)
      .binput(0)
      .longBinput(1)
      .put(2)
      .memoize()
      .pop()
      .binget(0)
      .longBinget(1)
      .get(2)
      .pop()
      .pop()
      .pop();
    w.none().stop();
    const r = await scanBytes("all.pkl", w.bytes());
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ verdict: "clean", findings: [] });
  });

  it("treats out-of-band buffers, persistent ids and extension codes as the unpickler would", async () => {
    const w = new PickleWriter().proto(5).nextBuffer().readonlyBuffer().pop();
    w.persid("storage-0").pop().binint1(1).binpersid().pop();
    w.label("ext").ext1(7).pop().none().stop();
    const r = await scanBytes("x.pkl", w.bytes());
    expect(r.verdict).toBe("unknown");
    expect(r.findings.map(brief)).toEqual([
      { callable: "copyreg._extension_registry[7]", opcode: "EXT1", offset: w.at("ext"), verdict: "unknown" },
    ]);
  });

  it("attributes OBJ, NEWOBJ and NEWOBJ_EX calls to the class they create", async () => {
    const w = new PickleWriter().proto(4);
    w.shortBinunicode("acme.models").shortBinunicode("Net").label("sg").stackGlobal().memoize();
    w.emptyTuple().label("newobj").newobj().pop();
    w.binget(0).emptyTuple().emptyDict().label("newobjEx").newobjEx().pop();
    w.mark().binget(0).binint1(1).label("obj").obj().stop();
    const r = await scanBytes("net.pkl", w.bytes());
    expect(r.verdict).toBe("unknown");
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      callable: "acme.models.Net",
      opcode: "STACK_GLOBAL",
      offset: w.at("sg"),
      verdict: "unknown",
      calls: [
        { opcode: "NEWOBJ", offset: w.at("newobj") },
        { opcode: "NEWOBJ_EX", offset: w.at("newobjEx") },
        { opcode: "OBJ", offset: w.at("obj") },
      ],
      callCount: 3,
    });
  });

  it("flags an import whose name is computed at load time, and a call of a computed value", async () => {
    const w = new PickleWriter().proto(4);
    // module name = the result of a call: not a literal string
    w.global("builtins", "str").shortBinunicode("o").tuple1().reduce();
    w.shortBinunicode("system").label("sg").stackGlobal().pop();
    // calling the result of a call
    w.global("collections", "OrderedDict")
      .emptyTuple()
      .reduce()
      .emptyTuple()
      .label("reduce2")
      .reduce()
      .stop();
    const r = await scanBytes("x.pkl", w.bytes());
    expect(r.verdict).toBe("dangerous");
    const computed = r.findings.find((f) => f.opcode === "STACK_GLOBAL")!;
    expect(computed).toMatchObject({ callable: "?.system", verdict: "dangerous", offset: w.at("sg") });
    expect(computed.reason).toContain("computed at load time");
    const call = r.findings.find((f) => f.callable === "<computed>")!;
    expect(call).toMatchObject({ verdict: "unknown", opcode: "REDUCE", offset: w.at("reduce2") });
    expect(call.reason).toContain("the result of collections.OrderedDict");
  });

  it("skips joblib's raw array bytes after a NumpyArrayWrapper, as joblib.load reads them", async () => {
    // The array bytes are 0xff — not opcodes: a parser that did not skip them would fail.
    const fx = joblibLikePickle();
    const r = await scanBytes("model.joblib", fx.bytes);
    expect(r).toMatchObject({ verdict: "clean", format: "joblib", problems: [] });
    expect(r.summary).toContain("1 joblib array payload skipped");
    expect(r.findings.map((f) => f.callable)).toEqual([
      "joblib.numpy_pickle.NumpyArrayWrapper",
      "numpy.ndarray",
      "numpy.dtype",
    ]);
  });

  it("gives the same findings whatever the chunking (push parser)", async () => {
    for (const fx of [numpyLikePickle(), builtinsEvalPickle(), protocol0InstPickle(), joblibLikePickle()]) {
      const whole = await scanBytes("f.pkl", fx.bytes);
      for (const size of [1, 2, 3, 7, 64]) {
        const r = await scanArtifact({ name: "f.pkl", open: () => chunked(fx.bytes, size) });
        expect(r.verdict).toBe(whole.verdict);
        expect(r.findings).toEqual(whole.findings);
      }
      expect(scanPickle(fx.bytes).findings).toEqual(whole.findings);
    }
  });

  it("is usable as a standalone push parser", () => {
    const fx = subprocessPopenPickle();
    const scanner = createPickleScanner({ policy: { extraDangerous: [] } });
    for (let i = 0; i < fx.bytes.length; i += 5) expect(scanner.push(fx.bytes.subarray(i, i + 5))).toBe(true);
    const out = scanner.end();
    expect(out).toMatchObject({ status: "complete", pickles: 1, protocol: 4, bytes: fx.bytes.length });
    expect(scanner.findings.map(brief)).toEqual([
      {
        callable: "subprocess.Popen",
        opcode: "STACK_GLOBAL",
        offset: fx.at("stackGlobal"),
        verdict: "dangerous",
      },
    ]);
  });

  it("never keeps a large payload in memory: a 64 MiB BINBYTES8 is skipped, not buffered", async () => {
    const size = 64 * 1024 * 1024;
    async function* stream() {
      const w = new PickleWriter()
        .proto(4)
        .raw(0x8e, ...[0, 0, 0, 4, 0, 0, 0, 0])
        .bytes();
      yield w;
      const block = new Uint8Array(1024 * 1024);
      for (let i = 0; i < size / block.length; i++) yield block;
      yield Uint8Array.from([0x2e]);
    }
    const r = await scanArtifact({ name: "big.pkl", open: stream });
    expect(r).toMatchObject({ verdict: "clean", scannedBytes: 2 + 9 + size + 1 });
  });

  it("keeps imports resolvable when the memo's string budget is exhausted, and rejects what it cannot resolve", async () => {
    const w = new PickleWriter().proto(4);
    w.shortBinunicode("numpy").memoize().shortBinunicode("dtype").memoize().stackGlobal().memoize(); // memo 0, 1, 2
    for (let i = 0; i < 10; i++) w.shortBinunicode(`s${i}`).memoize().pop(); // memo 3..12: the string budget (5) overflows
    w.binget(2).shortBinunicode("f8").tuple1().label("reduce").reduce().pop(); // the import is still known
    w.binget(0).binget(1).stackGlobal().pop(); // strings retained before the overflow still resolve
    const ok = await scanBytes("m.pkl", w.none().stop().bytes(), { maxMemoEntries: 5 });
    expect(ok.verdict).toBe("clean");
    expect(ok.findings[0]!.calls).toEqual([{ opcode: "REDUCE", offset: w.at("reduce") }]);

    const v = new PickleWriter().proto(4);
    for (let i = 0; i < 10; i++) v.shortBinunicode(`s${i}`).memoize().pop();
    v.shortBinunicode("os").memoize().pop().shortBinunicode("system").memoize().pop(); // memo 10, 11: not retained
    v.binget(10).binget(11).stackGlobal().stop();
    const r = await scanBytes("m.pkl", v.bytes(), { maxMemoEntries: 5 });
    expect(r.verdict).toBe("rejected");
    expect(r.limitsHit[0]).toMatchObject({ limit: "maxMemoEntries", max: 5 });
  });

  it("enforces the stack limit", async () => {
    const w = new PickleWriter().proto(4);
    for (let i = 0; i < 50; i++) w.mark();
    const r = await scanBytes("deep.pkl", w.none().stop().bytes(), { maxStackEntries: 20 });
    expect(r.verdict).toBe("rejected");
    expect(r.limitsHit[0]).toMatchObject({ limit: "maxStackEntries", max: 20 });
  });
});

// ------------------------------------------------------------------------------------ classification

describe("classification", () => {
  it("classifies by the data lists, py2 names included", () => {
    expect(classifyCallable("os", "system").verdict).toBe("dangerous");
    expect(classifyCallable("posix", "system").verdict).toBe("dangerous");
    expect(classifyCallable("nt", "system").verdict).toBe("dangerous");
    expect(classifyCallable("os.path", "join").verdict).toBe("dangerous");
    expect(classifyCallable("builtins", "getattr").verdict).toBe("dangerous");
    expect(classifyCallable("__builtin__", "eval")).toMatchObject({
      verdict: "dangerous",
      rule: "builtins.eval",
    });
    expect(classifyCallable("__builtin__", "set").verdict).toBe("safe");
    expect(classifyCallable("copy_reg", "_reconstructor").verdict).toBe("safe");
    expect(classifyCallable("commands", "getoutput").verdict).toBe("dangerous");
    expect(classifyCallable("socket", "create_connection").verdict).toBe("dangerous");
    expect(classifyCallable("pickle", "loads").verdict).toBe("dangerous");
    expect(classifyCallable("types", "CodeType").verdict).toBe("dangerous");
    expect(classifyCallable("torch._utils", "_rebuild_tensor_v2").verdict).toBe("safe");
    expect(classifyCallable("torch", "BFloat16Storage").verdict).toBe("safe");
    expect(classifyCallable("torch._tensor", "_rebuild_from_type_v2").verdict).toBe("safe");
    expect(classifyCallable("sklearn.ensemble._forest", "RandomForestClassifier").verdict).toBe("safe");
    expect(classifyCallable("sklearn.tree._tree", "Tree").verdict).toBe("safe");
    expect(classifyCallable("sklearn.utils._testing", "assert_allclose").verdict).toBe("unknown");
    expect(classifyCallable("sklearn.ensemble._forest", "helper_function").verdict).toBe("unknown");
    expect(classifyCallable("xgboost.core", "Booster").verdict).toBe("safe");
    expect(classifyCallable("lightgbm.sklearn", "LGBMClassifier").verdict).toBe("safe");
    expect(classifyCallable("datetime", "datetime").verdict).toBe("safe");
    expect(classifyCallable("__main__", "MyModel").verdict).toBe("unknown");
  });

  it("sees through protocol 4 dotted names", () => {
    expect(classifyCallable("torch", "os.system")).toMatchObject({ verdict: "dangerous", rule: "os.*" });
    expect(classifyCallable("collections", "OrderedDict.__init__.__globals__").verdict).toBe("dangerous");
    expect(classifyCallable("pathlib", "Path.write_text").verdict).toBe("dangerous");
    expect(classifyCallable("collections", "OrderedDict.fromkeys").verdict).toBe("unknown");
    expect(classifyCallable("datetime", "datetime.strftime").verdict).toBe("unknown");
  });

  it("takes a team's extra safe and dangerous patterns, but never whitelists a built-in dangerous callable", async () => {
    const policy = { extraSafe: ["acme.models.*", "os.system"], extraDangerous: ["numpy.dtype"] };
    expect(classifyCallable("acme.models.vision", "Net", policy)).toMatchObject({
      verdict: "safe",
      rule: "acme.models.*",
    });
    expect(classifyCallable("numpy", "dtype", policy)).toMatchObject({
      verdict: "dangerous",
      rule: "numpy.dtype",
    });
    expect(classifyCallable("os", "system", policy).verdict).toBe("dangerous");
    const r = await scanArtifact({ name: "a.pkl", open: () => [numpyLikePickle().bytes], policy });
    expect(r.verdict).toBe("dangerous");
  });
});

// ------------------------------------------------------------------------------------ formats

describe("zip archives", () => {
  const torchZip = (dataPkl: Uint8Array, method: 0 | 8 = 0) =>
    makeZip([
      { name: "archive/data.pkl", data: dataPkl, method },
      { name: "archive/data/0", data: new Uint8Array(16).fill(0x3f), method: 0 },
      { name: "archive/version", data: enc.encode("3\n"), method: 0 },
      { name: "archive/byteorder", data: enc.encode("little"), method: 0 },
    ]);

  it("scans archive/data.pkl of a PyTorch zip (stored and deflated)", async () => {
    const fx = torchStateDictPickle();
    for (const method of [0, 8] as const) {
      const r = await scanBytes("model.pt", torchZip(fx.bytes, method));
      expect(r).toMatchObject({ verdict: "clean", format: "pytorch-zip", picklesParsed: 1 });
      expect(r.findings.map(brief)).toEqual([
        {
          callable: "collections.OrderedDict",
          opcode: "GLOBAL",
          offset: fx.at("odict"),
          verdict: "safe",
          file: "archive/data.pkl",
        },
        {
          callable: "torch._utils._rebuild_tensor_v2",
          opcode: "GLOBAL",
          offset: fx.at("rebuild"),
          verdict: "safe",
          file: "archive/data.pkl",
        },
        {
          callable: "torch.FloatStorage",
          opcode: "GLOBAL",
          offset: fx.at("storage"),
          verdict: "safe",
          file: "archive/data.pkl",
        },
      ]);
      expect(r.entries).toEqual([
        expect.objectContaining({ file: "archive/data.pkl", format: "pickle", verdict: "clean" }),
      ]);
    }
  });

  it("flags a malicious data.pkl inside a .pth", async () => {
    const r = await scanBytes("weights.pth", torchZip(osSystemPickle().bytes, 8));
    expect(r).toMatchObject({ verdict: "dangerous", format: "pytorch-zip" });
    expect(r.findings.map(brief)).toEqual([
      { callable: "os.system", opcode: "GLOBAL", offset: 2, verdict: "dangerous", file: "archive/data.pkl" },
    ]);
  });

  it("scans a zip that arrives as a stream by spooling it", async () => {
    const r = await scanArtifact({
      name: "model.bin",
      open: () => chunked(torchZip(osSystemPickle().bytes), 100),
    });
    expect(r).toMatchObject({ verdict: "dangerous", format: "pytorch-zip" });
  });

  it("finds pickles in entries by their first bytes, and ignores raw data entries", async () => {
    const zip = makeZip([
      { name: "payload/blob", data: builtinsEvalPickle().bytes },
      { name: "payload/raw", data: Uint8Array.from([0x80, 0x02, 0xff, 0xff]) }, // looks like a pickle, is not
      { name: "notes.md", data: enc.encode("# notes\n") },
    ]);
    const r = await scanBytes("bundle.zip", zip);
    expect(r).toMatchObject({ verdict: "dangerous", format: "zip" });
    expect(r.findings.map((f) => [f.file, f.callable])).toEqual([["payload/blob", "builtins.eval"]]);
    expect(r.entries.map((e) => [e.file, e.verdict])).toEqual([
      ["payload/blob", "dangerous"],
      ["notes.md", "no_scan_needed"],
    ]);
  });

  it("rejects an entry that inflates past its declared size (a tiny compressed entry)", async () => {
    const bomb = new Uint8Array(8 * 1024 * 1024); // 8 MiB of zeros deflate to ~8 KiB
    const zip = makeZip([{ name: "archive/data.pkl", data: bomb, declaredSize: 1000 }]);
    const r = await scanBytes("bomb.pt", zip);
    expect(r).toMatchObject({ verdict: "rejected", category: "unsafe" });
    expect(r.limitsHit).toEqual([
      expect.objectContaining({ limit: "declaredSize", file: "archive/data.pkl", max: 1000 }),
    ]);
    expect(r.scannedBytes).toBeLessThan(1024 * 1024);
  });

  it("rejects an entry whose compression ratio is beyond the limit", async () => {
    const zip = makeZip([{ name: "archive/data.pkl", data: new Uint8Array(8 * 1024 * 1024) }]);
    const r = await scanBytes("bomb.pt", zip);
    expect(r.verdict).toBe("rejected");
    expect(r.limitsHit[0]).toMatchObject({
      limit: "maxCompressionRatio",
      max: 200,
      file: "archive/data.pkl",
    });
  });

  it("rejects a compressed (gzip) pickle stream that inflates beyond the ratio", async () => {
    const w = new PickleWriter()
      .proto(4)
      .binbytes8(new Uint8Array(8 * 1024 * 1024))
      .stop()
      .bytes();
    const r = await scanBytes("model.joblib", new Uint8Array(gzipSync(w)));
    expect(r.verdict).toBe("rejected");
    expect(r.limitsHit[0]).toMatchObject({ limit: "maxCompressionRatio" });
    const ok = await scanBytes("model.joblib", new Uint8Array(gzipSync(osSystemPickle().bytes)));
    expect(ok).toMatchObject({ verdict: "dangerous", format: "joblib" });
  });

  it("rejects an archive with too many entries (default limit) without reading them", async () => {
    const n = DEFAULT_SCAN_LIMITS.maxEntries + 1;
    const entries = Array.from({ length: n }, (_, i) => ({
      name: `f${i}`,
      data: new Uint8Array(0),
      method: 0 as const,
    }));
    const r = await scanBytes("many.zip", makeZip(entries));
    expect(r.verdict).toBe("rejected");
    expect(r.limitsHit).toEqual([expect.objectContaining({ limit: "maxEntries", value: n, max: n - 1 })]);
  });

  it("rejects overlapping entries and archives over the total uncompressed size", async () => {
    const a = enc.encode("a".repeat(100));
    const overlap = makeZip(
      [
        { name: "a.pkl", data: a },
        { name: "b.pkl", data: a },
      ],
      { overlapSecondWithFirst: true },
    );
    expect((await scanBytes("o.zip", overlap)).limitsHit[0]).toMatchObject({ limit: "overlappingEntries" });
    const big = makeZip([{ name: "a.txt", data: new Uint8Array(5000).fill(0x61) }]);
    const r = await scanBytes("big.zip", big, { maxTotalUncompressedBytes: 1000 });
    expect(r.limitsHit[0]).toMatchObject({ limit: "maxTotalUncompressedBytes", value: 5000, max: 1000 });
  });

  it("scans a zip inside a zip (stored and deflated) and rejects nesting beyond the depth limit", async () => {
    const inner = torchZip(osSystemPickle().bytes);
    for (const method of [0, 8] as const) {
      const two = makeZip([{ name: "inner.zip", data: inner, method }]);
      const r = await scanBytes("outer.zip", two);
      expect(r.verdict).toBe("dangerous");
      expect(r.findings[0]).toMatchObject({ file: "inner.zip!/archive/data.pkl", callable: "os.system" });
    }
    const three = makeZip([
      { name: "l2.zip", data: makeZip([{ name: "l3.zip", data: inner, method: 0 }]), method: 0 },
    ]);
    const r = await scanBytes("outer.zip", three);
    expect(r.verdict).toBe("rejected");
    expect(r.findings).toEqual([]);
    expect(r.limitsHit).toEqual([
      expect.objectContaining({ limit: "maxNestingDepth", file: "l2.zip!/l3.zip", value: 3, max: 2 }),
    ]);
  });

  it("reports a corrupt archive as unparseable: truncation, CRC-32, local header mismatch", async () => {
    const zip = torchZip(torchStateDictPickle().bytes, 0);
    const cut = await scanBytes("model.pt", zip.subarray(0, zip.length - 30));
    expect(cut).toMatchObject({
      verdict: "unparseable",
      problems: [{ reason: "no end-of-central-directory record" }],
    });

    const find = (needle: string) => {
      const n = enc.encode(needle);
      return zip.findIndex((_, i) => n.every((b, k) => zip[i + k] === b));
    };
    const badCrc = zip.slice();
    badCrc[find("cpu")] = 0x43; // "Cpu": still a pickle, but not the bytes the CRC-32 was computed over
    const c = await scanBytes("model.pt", badCrc);
    expect(c).toMatchObject({
      verdict: "unparseable",
      problems: [{ file: "archive/data.pkl", reason: "entry CRC-32 mismatch" }],
    });

    const badName = zip.slice();
    badName[find("archive/data.pkl")] = 0x41; // the local header's copy of the name
    const n = await scanBytes("model.pt", badName);
    expect(n.verdict).toBe("unparseable");
    expect(n.problems[0]!.reason).toContain("the local header names a different file");
  });
});

describe("safetensors and other formats", () => {
  const header = {
    __metadata__: { format: "pt" },
    w: { dtype: "F32", shape: [2, 2], data_offsets: [0, 16] },
    b: { dtype: "I64", shape: [1], data_offsets: [16, 24] },
  };

  it("validates a good safetensors header as a safe format", async () => {
    const r = await scanBytes("model.safetensors", makeSafetensors(header, new Uint8Array(24)));
    expect(r).toMatchObject({
      verdict: "safe_format",
      category: "clean",
      format: "safetensors",
      findings: [],
    });
  });

  it.each([
    [
      "a header length past the end",
      makeSafetensors(header, new Uint8Array(24), { lengthOverride: 1e6 }),
      /runs past the end/,
    ],
    ["invalid JSON", makeSafetensors("{ not json", new Uint8Array(0)), /not valid JSON/],
    [
      "an unknown dtype",
      makeSafetensors({ w: { dtype: "F31", shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4)),
      /unknown dtype/,
    ],
    [
      "overlapping tensors",
      makeSafetensors(
        {
          a: { dtype: "U8", shape: [8], data_offsets: [0, 8] },
          b: { dtype: "U8", shape: [4], data_offsets: [4, 8] },
        },
        new Uint8Array(8),
      ),
      /overlap/,
    ],
    [
      "a gap",
      makeSafetensors({ a: { dtype: "U8", shape: [4], data_offsets: [4, 8] } }, new Uint8Array(8)),
      /expected 0 \(gap\)/,
    ],
    [
      "a wrong size",
      makeSafetensors({ a: { dtype: "F32", shape: [3], data_offsets: [0, 8] } }, new Uint8Array(8)),
      /need 12/,
    ],
    ["data not covered", makeSafetensors(header, new Uint8Array(32)), /cover 24 bytes of a 32-byte/],
    ["offsets out of the file", makeSafetensors(header, new Uint8Array(10)), /cover 24 bytes of a 10-byte/],
  ])("reports %s as invalid", async (_label, bytes, reason) => {
    const r = await scanBytes("model.safetensors", bytes);
    expect(r).toMatchObject({ verdict: "invalid", category: "unsafe" });
    expect(r.problems[0]!.reason).toMatch(reason);
  });

  it("marks ONNX, JSON and text as not needing a pickle scan, and states what it did not scan", async () => {
    const text = enc.encode("key: value\n☃\n");
    for (const name of ["model.onnx", "config.json", "README.md", "params.yaml", "data.csv", "notes.txt"]) {
      const r = await scanBytes(
        name,
        name.endsWith(".onnx") ? Uint8Array.from([0x08, 0x07, 0x12, 0x00]) : text,
      );
      expect(r).toMatchObject({ verdict: "no_scan_needed", category: "clean" });
    }
    const binary = await scanBytes("weights.dat", Uint8Array.from([0x00, 0x13, 0x37, 0xaa]));
    expect(binary).toMatchObject({ verdict: "not_scanned", category: "review", format: "unknown" });
    expect(binary.summary).toContain("not scanned");
    const fakeJson = await scanBytes("config.json", Uint8Array.from([0x7b, 0xff, 0xfe, 0x00]));
    expect(fakeJson.verdict).toBe("not_scanned");
    const h5 = await scanBytes(
      "model.h5",
      Uint8Array.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
    );
    expect(h5).toMatchObject({ verdict: "not_scanned", format: "hdf5" });
    // Content wins over the name: a pickle named .onnx is scanned as a pickle.
    expect((await scanBytes("model.onnx", osSystemPickle().bytes)).verdict).toBe("dangerous");
  });

  it("scans numpy object arrays (a pickle after the .npy header)", async () => {
    const npyHeader = (descr: string) => {
      let h = `{'descr': '${descr}', 'fortran_order': False, 'shape': (1,), }`;
      while ((10 + h.length + 1) % 64 !== 0) h += " ";
      h += "\n";
      return new Uint8Array([
        0x93,
        ...enc.encode("NUMPY"),
        1,
        0,
        h.length & 0xff,
        h.length >> 8,
        ...enc.encode(h),
      ]);
    };
    const obj = new Uint8Array([...npyHeader("|O"), ...osSystemPickle().bytes]);
    const r = await scanBytes("x.npy", obj);
    expect(r).toMatchObject({ verdict: "dangerous", format: "numpy" });
    expect(r.findings[0]!.offset).toBe(npyHeader("|O").length + 2);
    const plain = await scanBytes("x.npy", new Uint8Array([...npyHeader("<f8"), ...new Uint8Array(8)]));
    expect(plain).toMatchObject({ verdict: "safe_format", format: "numpy" });
  });

  it("detects formats by magic bytes before names", () => {
    expect(detectArtifactFormat("x.bin", Uint8Array.from([0x50, 0x4b, 3, 4]))).toMatchObject({
      handler: "zip",
    });
    expect(detectArtifactFormat("x.txt", Uint8Array.from([0x80, 4, 0x95]))).toMatchObject({
      handler: "pickle",
    });
    expect(detectArtifactFormat("m.joblib", Uint8Array.from([0x78, 0x9c]))).toMatchObject({
      handler: "zlib",
    });
    expect(detectArtifactFormat("m.safetensors", new Uint8Array(16))).toMatchObject({
      handler: "safetensors",
    });
    expect(detectArtifactFormat("m.xz", Uint8Array.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]))).toMatchObject({
      handler: "unsupported",
      format: "xz",
    });
  });

  it("scans a file on disk through positional reads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-scan-"));
    const path = join(dir, "model.pt");
    writeFileSync(path, makeZip([{ name: "archive/data.pkl", data: subprocessPopenPickle().bytes }]));
    const r = await scanFile(path);
    expect(r).toMatchObject({ verdict: "dangerous", format: "pytorch-zip" });
    const missing = await scanFile(join(dir, "nope.pkl"));
    expect(missing).toMatchObject({ verdict: "unparseable", category: "unsafe" });
    expect(missing.summary).toContain("the scan failed");
  });

  it("categorises every verdict", () => {
    expect(VERDICT_ORDER.map((v) => [v, verdictCategory(v)])).toEqual([
      ["dangerous", "unsafe"],
      ["rejected", "unsafe"],
      ["unparseable", "unsafe"],
      ["invalid", "unsafe"],
      ["unknown", "review"],
      ["not_scanned", "review"],
      ["clean", "clean"],
      ["safe_format", "clean"],
      ["no_scan_needed", "clean"],
    ]);
  });
});

// ------------------------------------------------------------------------------------ properties

describe("robustness", () => {
  it("never throws on 2,000 random byte buffers: always a verdict, unparseable for garbage", async () => {
    const rnd = prng(20_260_510);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(rnd() * 600);
      const bytes = new Uint8Array(len);
      for (let j = 0; j < len; j++) bytes[j] = Math.floor(rnd() * 256);
      // Half of them look like a pickle from the first bytes on.
      if (i % 2 === 0 && len >= 2) {
        bytes[0] = 0x80;
        bytes[1] = i % 6;
      }
      const r = scanPickle(bytes);
      expect(VERDICT_ORDER).toContain(r.verdict);
      counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
      if (r.verdict === "unparseable") expect(r.problems[0]!.offset).toBeLessThanOrEqual(len);
    }
    expect(counts.unparseable).toBeGreaterThan(1900);
  });

  it("never throws on random names and mutated fixtures through the full scanner", async () => {
    const rnd = prng(7);
    const fixtures: [string, Uint8Array][] = [
      ["a.pkl", numpyLikePickle().bytes],
      ["b.pkl", builtinsEvalPickle().bytes],
      ["c.pkl", protocol0InstPickle().bytes],
      ["d.joblib", joblibLikePickle().bytes],
      ["e.pt", makeZip([{ name: "archive/data.pkl", data: torchStateDictPickle().bytes }])],
      [
        "f.zip",
        makeZip([
          { name: "x.pkl", data: osSystemPickle().bytes, method: 0 },
          { name: "i.zip", data: makeZip([{ name: "y.pkl", data: osSystemPickle().bytes }]) },
        ]),
      ],
      [
        "g.safetensors",
        makeSafetensors({ a: { dtype: "U8", shape: [4], data_offsets: [0, 4] } }, new Uint8Array(4)),
      ],
      ["h.joblib", new Uint8Array(gzipSync(osSystemPickle().bytes))],
      ["i.pt", new Uint8Array(deflateRawSync(numpyLikePickle().bytes))],
    ];
    const names = ["x.pkl", "x.pt", "x.zip", "x.safetensors", "x.bin", "x.joblib", "x.json", "x"];
    for (let i = 0; i < 600; i++) {
      const [name0, base] = fixtures[i % fixtures.length]!;
      const bytes = base.slice();
      const kind = Math.floor(rnd() * 4);
      if (kind === 0) {
        for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++)
          bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
      }
      const mutated =
        kind === 1
          ? bytes.subarray(0, Math.floor(rnd() * bytes.length))
          : kind === 2
            ? new Uint8Array([
                ...bytes.subarray(0, 7),
                ...Array.from({ length: 9 }, () => Math.floor(rnd() * 256)),
                ...bytes.subarray(7),
              ])
            : bytes;
      const name = rnd() < 0.7 ? name0 : names[Math.floor(rnd() * names.length)]!;
      const r = await scanArtifact({
        name,
        open: () => (i % 3 === 0 ? chunked(mutated, 5) : rangeReaderFromBytes(mutated)),
      });
      expect(VERDICT_ORDER).toContain(r.verdict);
      expect(r.scanner).toBe("modelgate-pickle-scan");
    }
  });
});
