/**
 * What a pickle may import: the dangerous and safe lists, as data.
 *
 * A pickle names callables (`module.name`) that the unpickler imports and calls; that is how it
 * runs code. Each imported callable is classified:
 *
 * - **dangerous** — on `DANGEROUS_CALLABLES` (process, file system, network, code evaluation,
 *   nested deserialisers…), or reaching one through a dotted name (protocol 4 resolves
 *   `find_class("torch", "os.system")` by attribute traversal, so name paths are checked too), or
 *   traversing a dunder attribute (`X.__init__.__globals__`), or naming an attribute on
 *   `DANGEROUS_ATTRIBUTES` through a dotted path (`pathlib.Path.write_text`);
 * - **safe** — on `SAFE_CALLABLES`, a curated list of what numpy, PyTorch, scikit-learn, XGBoost,
 *   LightGBM, pandas and the standard containers put in their pickles;
 * - **unknown** — everything else (a project's own classes, `__main__.Model`, …).
 *
 * ## Patterns
 * - `module.name` — exactly that callable (for dangerous patterns also anything reached through
 *   it: `builtins.getattr` covers `builtins.getattr.__call__`).
 * - `module.*` — everything in `module` and its submodules (`os.*` covers `os.path.join`). In a
 *   *safe* pattern the wildcard only covers plain names (no dotted attribute paths), and a rule with
 *   `classesOnly` only names that look like classes (`_*[A-Z]…`).
 *
 * Python 2 names are also checked as Python 3's unpickler maps them (`fix_imports`):
 * `__builtin__.eval` is `builtins.eval`, `copy_reg._reconstructor` is `copyreg._reconstructor`,
 * `commands.getoutput` is `subprocess.getoutput`.
 *
 * ## Per-team extension
 * A team's `ScanPolicy` adds patterns of the same syntax: `extraDangerous` first, then the built-in
 * dangerous list, then `extraSafe`, then the built-in safe list. A team can therefore declare its own
 * packages safe (`"acme_models.*"`) or ban something the built-in list allows, but it cannot
 * whitelist a built-in dangerous callable — that takes a change to this file, reviewed like code.
 *
 * ## Extending the lists
 * Add a rule with a `why`. A safe rule is a promise that calling the callable with attacker-chosen
 * arguments cannot run code, touch files or the network, or hand back a callable: be exact, and
 * prefer `classesOnly` wildcards over plain ones. scikit-learn is admitted per sub-package, classes
 * only (estimators and their helpers: `sklearn.ensemble.*`, `sklearn.tree.*`, …), not `sklearn.*`,
 * because `sklearn.utils` and friends hold functions that are not data constructors.
 */
import { z } from "zod";

export interface CallableRule {
  /** `module.name` or `module.*` (see the module comment). */
  pattern: string;
  /** Safe wildcards only: admit only names that look like classes. */
  classesOnly?: boolean;
  why: string;
}

const rules = (why: string, patterns: string[], classesOnly?: boolean): CallableRule[] =>
  patterns.map((pattern) => (classesOnly ? { pattern, why, classesOnly } : { pattern, why }));

// ------------------------------------------------------------------------------------ dangerous

export const DANGEROUS_CALLABLES: readonly CallableRule[] = [
  ...rules("runs shell commands or controls processes and files", [
    "os.*",
    "posix.*",
    "nt.*",
    "subprocess.*",
    "_posixsubprocess.*",
    "_winapi.*",
    "pty.*",
    "popen2.*",
    "commands.*",
    "platform.popen",
    "multiprocessing.*",
    "_multiprocessing.*",
    "signal.*",
    "resource.*",
    "fcntl.*",
    "mmap.*",
  ]),
  ...rules("evaluates or compiles code, or imports modules by name", [
    "builtins.eval",
    "builtins.exec",
    "builtins.execfile",
    "builtins.compile",
    "builtins.__import__",
    "builtins.breakpoint",
    "builtins.input",
    "runpy.*",
    "code.*",
    "codeop.*",
    "importlib.*",
    "imp.*",
    "zipimport.*",
    "pkgutil.*",
    "timeit.*",
    "pdb.*",
    "bdb.*",
    "trace.*",
    "cProfile.*",
    "profile.*",
    "doctest.*",
    "pydoc.*",
    "numpy.testing._private.utils.runstring",
    "numpy.f2py.*",
    "logging.config.*",
    "torch.hub.*",
    "distutils.*",
    "setuptools.*",
    "pip.*",
    "ensurepip.*",
    "venv.*",
  ]),
  ...rules("reaches arbitrary attributes, globals or objects", [
    "builtins.getattr",
    "builtins.setattr",
    "builtins.delattr",
    "builtins.globals",
    "builtins.locals",
    "builtins.vars",
    "operator.attrgetter",
    "operator.methodcaller",
    "_operator.attrgetter",
    "_operator.methodcaller",
    "sys.*",
    "gc.*",
    "ctypes.*",
    "_ctypes.*",
    "cffi.*",
  ]),
  ...rules("builds functions or code objects", [
    "types.FunctionType",
    "types.LambdaType",
    "types.CodeType",
    "types.MethodType",
    "types.ModuleType",
    "types.CellType",
  ]),
  ...rules("opens, writes or deletes files", [
    "builtins.open",
    "builtins.file",
    "io.open",
    "io.open_code",
    "io.FileIO",
    "_io.open",
    "_io.open_code",
    "_io.FileIO",
    "codecs.open",
    "fileinput.*",
    "shutil.*",
    "tempfile.*",
    "tarfile.*",
    "zipfile.*",
    "shelve.*",
  ]),
  ...rules("opens network connections or a browser", [
    "socket.*",
    "_socket.*",
    "ssl.*",
    "socketserver.*",
    "asyncio.*",
    "http.*",
    "urllib.*",
    "requests.*",
    "httpx.*",
    "ftplib.*",
    "smtplib.*",
    "telnetlib.*",
    "xmlrpc.*",
    "webbrowser.*",
  ]),
  ...rules("deserialises another payload (a pickle inside the pickle)", [
    "pickle.load",
    "pickle.loads",
    "pickle.Unpickler",
    "pickle._load",
    "pickle._loads",
    "pickle._Unpickler",
    "_pickle.*",
    "dill.*",
    "cloudpickle.*",
    "marshal.*",
    "joblib.load",
    "joblib.numpy_pickle.load",
    "torch.load",
    "torch.serialization.load",
    "torch.storage._load_from_bytes",
    "numpy.load",
    "numpy.lib.npyio.load",
    "yaml.load",
    "yaml.load_all",
    "yaml.full_load",
    "yaml.unsafe_load",
    "yaml.unsafe_load_all",
  ]),
];

/**
 * Attribute names that are dangerous when reached through a dotted name (protocol 4's attribute
 * traversal, `module` + `Class.method`): a class from a harmless module can still write files.
 * Dunder attributes (`__globals__`, `__builtins__`, `__subclasses__`…) are always dangerous there.
 */
export const DANGEROUS_ATTRIBUTES: readonly string[] = [
  "system",
  "popen",
  "spawn",
  "spawnl",
  "spawnv",
  "execv",
  "execve",
  "execl",
  "exec",
  "eval",
  "execfile",
  "compile",
  "getattr",
  "setattr",
  "load",
  "loads",
  "open",
  "write_text",
  "write_bytes",
  "unlink",
  "rmdir",
  "rmtree",
  "remove",
  "rename",
  "replace",
  "chmod",
  "symlink_to",
  "hardlink_to",
  "touch",
  "mkdir",
  "run",
  "call",
  "check_call",
  "check_output",
  "getoutput",
  "Popen",
];

// ------------------------------------------------------------------------------------ safe

export const SAFE_CALLABLES: readonly CallableRule[] = [
  ...rules("numpy array, dtype and scalar reconstruction", [
    "numpy.core.multiarray._reconstruct",
    "numpy._core.multiarray._reconstruct",
    "numpy.core.multiarray.scalar",
    "numpy._core.multiarray.scalar",
    "numpy.core.numeric._frombuffer",
    "numpy._core.numeric._frombuffer",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.matrix",
    "numpy.matrixlib.defmatrix.matrix",
    "numpy.ma.core._mareconstruct",
    "numpy.ma.core.MaskedArray",
    "numpy.bool_",
    "numpy.int8",
    "numpy.int16",
    "numpy.int32",
    "numpy.int64",
    "numpy.uint8",
    "numpy.uint16",
    "numpy.uint32",
    "numpy.uint64",
    "numpy.float16",
    "numpy.float32",
    "numpy.float64",
    "numpy.longdouble",
    "numpy.complex64",
    "numpy.complex128",
    "numpy.str_",
    "numpy.bytes_",
    "numpy.object_",
    "numpy.datetime64",
    "numpy.timedelta64",
  ]),
  ...rules("numpy dtype classes", ["numpy.dtypes.*"], true),
  ...rules("numpy random generator state", [
    "numpy.random._pickle.__randomstate_ctor",
    "numpy.random._pickle.__bit_generator_ctor",
    "numpy.random._pickle.__generator_ctor",
    "numpy.random.mtrand.__RandomState_ctor",
    "numpy.random.mtrand.RandomState",
    "numpy.random._generator.Generator",
    "numpy.random._mt19937.MT19937",
    "numpy.random._pcg64.PCG64",
    "numpy.random._pcg64.PCG64DXSM",
    "numpy.random._philox.Philox",
    "numpy.random._sfc64.SFC64",
    "numpy.random.bit_generator.SeedSequence",
    "numpy.random.bit_generator.__pyx_unpickle_SeedSequence",
  ]),
  ...rules("PyTorch tensor and parameter rebuilders (what torch.save writes)", [
    "torch._utils._rebuild_tensor",
    "torch._utils._rebuild_tensor_v2",
    "torch._utils._rebuild_tensor_v3",
    "torch._utils._rebuild_parameter",
    "torch._utils._rebuild_parameter_with_state",
    "torch._utils._rebuild_sparse_tensor",
    "torch._utils._rebuild_qtensor",
    "torch._utils._rebuild_device_tensor_from_numpy",
    "torch._utils._rebuild_device_tensor_from_cpu_tensor",
    "torch._utils._rebuild_meta_tensor_no_storage",
    "torch._utils._rebuild_wrapper_subclass",
    "torch._utils._rebuild_nested_tensor",
    "torch._tensor._rebuild_from_type",
    "torch._tensor._rebuild_from_type_v2",
    "torch.serialization._get_layout",
    "torch.nn.parameter.Parameter",
    "torch.nn.parameter.Buffer",
    "torch.Size",
    "torch.device",
    "torch.Tensor",
  ]),
  ...rules("PyTorch storage types", [
    "torch.FloatStorage",
    "torch.DoubleStorage",
    "torch.HalfStorage",
    "torch.BFloat16Storage",
    "torch.LongStorage",
    "torch.IntStorage",
    "torch.ShortStorage",
    "torch.CharStorage",
    "torch.ByteStorage",
    "torch.BoolStorage",
    "torch.ComplexFloatStorage",
    "torch.ComplexDoubleStorage",
    "torch.QUInt8Storage",
    "torch.QInt8Storage",
    "torch.QInt32Storage",
    "torch.QUInt4x2Storage",
    "torch.QUInt2x4Storage",
    "torch.UntypedStorage",
    "torch.TypedStorage",
    "torch.storage.TypedStorage",
    "torch.storage.UntypedStorage",
  ]),
  ...rules("PyTorch dtypes, layouts, memory formats and quantisation schemes", [
    "torch.float16",
    "torch.float32",
    "torch.float64",
    "torch.bfloat16",
    "torch.half",
    "torch.float",
    "torch.double",
    "torch.complex32",
    "torch.complex64",
    "torch.complex128",
    "torch.cfloat",
    "torch.cdouble",
    "torch.int8",
    "torch.int16",
    "torch.int32",
    "torch.int64",
    "torch.short",
    "torch.int",
    "torch.long",
    "torch.uint8",
    "torch.uint16",
    "torch.uint32",
    "torch.uint64",
    "torch.bool",
    "torch.float8_e4m3fn",
    "torch.float8_e5m2",
    "torch.strided",
    "torch.sparse_coo",
    "torch.sparse_csr",
    "torch.contiguous_format",
    "torch.channels_last",
    "torch.preserve_format",
    "torch.per_tensor_affine",
    "torch.per_channel_affine",
  ]),
  ...rules("PyTorch nn module classes (whole-model pickles)", ["torch.nn.modules.*"], true),
  ...rules("standard containers and value types", [
    "collections.OrderedDict",
    "collections.defaultdict",
    "collections.deque",
    "collections.Counter",
    "builtins.set",
    "builtins.frozenset",
    "builtins.slice",
    "builtins.complex",
    "builtins.bytearray",
    "builtins.bytes",
    "builtins.range",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.str",
    "builtins.list",
    "builtins.dict",
    "builtins.tuple",
    "builtins.object",
    "copyreg._reconstructor",
    "_codecs.encode",
    "datetime.datetime",
    "datetime.date",
    "datetime.time",
    "datetime.timedelta",
    "datetime.timezone",
    "decimal.Decimal",
    "fractions.Fraction",
    "uuid.UUID",
    "pathlib.Path",
    "pathlib.PosixPath",
    "pathlib.WindowsPath",
    "pathlib.PurePosixPath",
    "pathlib.PureWindowsPath",
  ]),
  ...rules(
    "scikit-learn estimators and their fitted parts (classes of the estimator sub-packages)",
    [
      "sklearn.calibration.*",
      "sklearn.cluster.*",
      "sklearn.compose.*",
      "sklearn.covariance.*",
      "sklearn.cross_decomposition.*",
      "sklearn.decomposition.*",
      "sklearn.discriminant_analysis.*",
      "sklearn.dummy.*",
      "sklearn.ensemble.*",
      "sklearn.feature_extraction.*",
      "sklearn.feature_selection.*",
      "sklearn.gaussian_process.*",
      "sklearn.impute.*",
      "sklearn.isotonic.*",
      "sklearn.kernel_approximation.*",
      "sklearn.kernel_ridge.*",
      "sklearn.linear_model.*",
      "sklearn.manifold.*",
      "sklearn.mixture.*",
      "sklearn.model_selection.*",
      "sklearn.multiclass.*",
      "sklearn.multioutput.*",
      "sklearn.naive_bayes.*",
      "sklearn.neighbors.*",
      "sklearn.neural_network.*",
      "sklearn.pipeline.*",
      "sklearn.preprocessing.*",
      "sklearn.random_projection.*",
      "sklearn.semi_supervised.*",
      "sklearn.svm.*",
      "sklearn.tree.*",
      "sklearn._loss.*",
    ],
    true,
  ),
  ...rules("joblib's array wrapper (the array bytes follow it in the file)", [
    "joblib.numpy_pickle.NumpyArrayWrapper",
    "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper",
  ]),
  ...rules(
    "gradient-boosting model classes",
    ["xgboost.sklearn.*", "lightgbm.sklearn.*", "catboost.core.*"],
    true,
  ),
  ...rules("gradient-boosting boosters", ["xgboost.core.Booster", "lightgbm.basic.Booster"]),
  ...rules("pandas containers", [
    "pandas.core.frame.DataFrame",
    "pandas.core.series.Series",
    "pandas.core.internals.managers.BlockManager",
    "pandas.core.internals.managers.SingleBlockManager",
    "pandas.core.internals.blocks.new_block",
    "pandas._libs.internals._unpickle_block",
    "pandas.core.indexes.base._new_Index",
    "pandas.core.indexes.base.Index",
    "pandas.core.indexes.range.RangeIndex",
    "pandas.core.indexes.multi.MultiIndex",
    "pandas._libs.tslibs.timestamps._unpickle_timestamp",
    "pandas._libs.tslibs.timedeltas._timedelta_unpickle",
  ]),
];

// ------------------------------------------------------------------------------------ py2 names

/** Python 2 module names as Python 3's unpickler maps them (`_compat_pickle.IMPORT_MAPPING`, the relevant part). */
export const PY2_MODULE_ALIASES: Readonly<Record<string, string>> = {
  __builtin__: "builtins",
  exceptions: "builtins",
  copy_reg: "copyreg",
  cPickle: "pickle",
  commands: "subprocess",
  Queue: "queue",
  SocketServer: "socketserver",
  httplib: "http.client",
  urllib2: "urllib.request",
  urlparse: "urllib.parse",
  BaseHTTPServer: "http.server",
  SimpleHTTPServer: "http.server",
  CGIHTTPServer: "http.server",
  xmlrpclib: "xmlrpc.client",
  SimpleXMLRPCServer: "xmlrpc.server",
  DocXMLRPCServer: "xmlrpc.server",
  thread: "_thread",
  UserDict: "collections",
  UserList: "collections",
  UserString: "collections",
  StringIO: "io",
  cStringIO: "io",
};

/** Python 2 `module.name` pairs that map to a different name (`_compat_pickle.NAME_MAPPING`, the relevant part). */
export const PY2_NAME_ALIASES: Readonly<Record<string, string>> = {
  "__builtin__.xrange": "builtins.range",
  "__builtin__.reduce": "functools.reduce",
  "__builtin__.intern": "sys.intern",
  "__builtin__.unichr": "builtins.chr",
  "__builtin__.unicode": "builtins.str",
  "__builtin__.long": "builtins.int",
  "__builtin__.basestring": "builtins.str",
  "__builtin__.raw_input": "builtins.input",
  "itertools.izip": "builtins.zip",
  "itertools.imap": "builtins.map",
  "itertools.ifilter": "builtins.filter",
};

// ------------------------------------------------------------------------------------ policy

/** A team's additions to the lists (patterns as above). */
export interface ScanPolicy {
  extraSafe: string[];
  extraDangerous: string[];
}

/** `module.name` or `module.*`: dotted Python identifiers, at least two parts. */
export const SCAN_PATTERN =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\.([A-Za-z_][A-Za-z0-9_]*|\*)$/;

export const scanPolicySchema = z.object({
  extraSafe: z.array(z.string().regex(SCAN_PATTERN, 'Use "module.name" or "module.*".')).max(500).default([]),
  extraDangerous: z
    .array(z.string().regex(SCAN_PATTERN, 'Use "module.name" or "module.*".'))
    .max(500)
    .default([]),
});

export interface Classification {
  verdict: "dangerous" | "unknown" | "safe";
  reason: string;
  rule?: string;
}

interface CompiledRule {
  wildcard: boolean;
  /** For a wildcard, the module prefix without `.*`. */
  path: string;
  classesOnly: boolean;
  why: string;
  pattern: string;
}

const compile = (r: CallableRule): CompiledRule => {
  const wildcard = r.pattern.endsWith(".*");
  return {
    wildcard,
    path: wildcard ? r.pattern.slice(0, -2) : r.pattern,
    classesOnly: r.classesOnly ?? false,
    why: r.why,
    pattern: r.pattern,
  };
};

const BUILTIN_DANGEROUS = DANGEROUS_CALLABLES.map(compile);
const BUILTIN_SAFE = SAFE_CALLABLES.map(compile);
const DANGEROUS_ATTRIBUTE_SET = new Set(DANGEROUS_ATTRIBUTES);
const CLASS_NAME = /^_*[A-Z][A-Za-z0-9_]*$/;

/** A dotted path matches a dangerous rule: the module (or a submodule) of a wildcard, or the callable or anything reached through it. */
function dangerousMatch(path: string, r: CompiledRule): boolean {
  return r.wildcard ? path.startsWith(`${r.path}.`) : path === r.path || path.startsWith(`${r.path}.`);
}

function safeMatch(module: string, name: string, r: CompiledRule): boolean {
  if (!r.wildcard) return `${module}.${name}` === r.path;
  if (module !== r.path && !module.startsWith(`${r.path}.`)) return false;
  if (name.includes(".")) return false;
  return !r.classesOnly || CLASS_NAME.test(name);
}

function firstDangerous(path: string, lists: CompiledRule[][]): CompiledRule | undefined {
  for (const list of lists) for (const r of list) if (dangerousMatch(path, r)) return r;
  return undefined;
}

function dangerousReason(module: string, name: string, lists: CompiledRule[][]): Classification | undefined {
  const full = `${module}.${name}`;
  const direct = firstDangerous(full, lists);
  if (direct) return { verdict: "dangerous", reason: direct.why, rule: direct.pattern };
  const segs = name.split(".");
  for (let i = 0; i < segs.length - 1; i++) {
    const sub = segs.slice(i).join(".");
    const r = firstDangerous(sub, lists);
    if (r) {
      return {
        verdict: "dangerous",
        reason: `reaches ${sub} through attribute traversal (${r.why})`,
        rule: r.pattern,
      };
    }
  }
  for (let i = 1; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.startsWith("__") && s.endsWith("__") && s.length > 4) {
      return { verdict: "dangerous", reason: `traverses the special attribute ${s}` };
    }
    if (DANGEROUS_ATTRIBUTE_SET.has(s)) {
      return { verdict: "dangerous", reason: `reaches the attribute ${s} through a dotted name` };
    }
  }
  return undefined;
}

/** The py3 form of a py2 name (`fix_imports`), or the name itself. */
function py3Form(module: string, name: string): { module: string; name: string } {
  const mapped = PY2_NAME_ALIASES[`${module}.${name}`];
  if (mapped) {
    const dot = mapped.lastIndexOf(".");
    return { module: mapped.slice(0, dot), name: mapped.slice(dot + 1) };
  }
  const m = PY2_MODULE_ALIASES[module];
  return m ? { module: m, name } : { module, name };
}

export interface CompiledScanPolicy {
  classify(module: string, name: string): Classification;
}

/**
 * Compiles the built-in lists plus a team's policy into a classifier. Invalid patterns are
 * ignored (validate them with `scanPolicySchema` where they are set).
 */
export function compileScanPolicy(policy?: Partial<ScanPolicy>): CompiledScanPolicy {
  const valid = (ps: string[] | undefined) => (ps ?? []).filter((p) => SCAN_PATTERN.test(p));
  const extraDangerous = valid(policy?.extraDangerous).map((pattern) =>
    compile({ pattern, why: "on the team's dangerous list" }),
  );
  const extraSafe = valid(policy?.extraSafe).map((pattern) =>
    compile({ pattern, why: "on the team's safe list" }),
  );
  const dangerousLists = [extraDangerous, BUILTIN_DANGEROUS];
  const cache = new Map<string, Classification>();
  return {
    classify(module, name) {
      const key = `${module}\n${name}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const py3 = py3Form(module, name);
      let result =
        dangerousReason(module, name, dangerousLists) ??
        dangerousReason(py3.module, py3.name, dangerousLists);
      if (!result) {
        const safe =
          extraSafe.find((r) => safeMatch(py3.module, py3.name, r)) ??
          BUILTIN_SAFE.find((r) => safeMatch(py3.module, py3.name, r));
        result = safe
          ? { verdict: "safe", reason: safe.why, rule: safe.pattern }
          : { verdict: "unknown", reason: "not on the safe list" };
      }
      if (cache.size < 10_000) cache.set(key, result);
      return result;
    },
  };
}

/** Classifies one callable against the built-in lists and an optional team policy. */
export function classifyCallable(module: string, name: string, policy?: Partial<ScanPolicy>): Classification {
  return compileScanPolicy(policy).classify(module, name);
}
