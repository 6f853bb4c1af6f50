/**
 * The pickle opcode table, as data: every opcode of CPython's `pickletools.opcodes` (protocols
 * 0–5, 68 opcodes), with the type of its inline argument and the protocol that introduced it.
 * The parser decodes arguments from `arg` alone; what each opcode does to the stack is in the
 * parser's `execute`.
 */

/**
 * How an opcode's inline argument is encoded (the `ArgumentDescriptor`s of pickletools):
 * - fixed-size little-endian numbers: `uint1`, `uint2`, `int4`, `uint4`, `uint8`, `float8` (big-endian IEEE);
 * - newline-terminated text (protocol 0): `decimalnl_short`, `decimalnl_long`, `floatnl`,
 *   `stringnl` (a quoted Python repr), `stringnl_noescape`, `stringnl_noescape_pair` (two lines),
 *   `unicodestringnl` (raw-unicode-escape);
 * - counted payloads: a length prefix then that many bytes — `long1`/`string1`/`bytes1`/`unicodestring1`
 *   (1-byte length), `long4`/`string4` (signed 4-byte), `bytes4`/`unicodestring4` (unsigned 4-byte),
 *   `bytes8`/`bytearray8`/`unicodestring8` (unsigned 8-byte).
 */
export type ArgType =
  | "none"
  | "uint1"
  | "uint2"
  | "int4"
  | "uint4"
  | "uint8"
  | "float8"
  | "decimalnl_short"
  | "decimalnl_long"
  | "floatnl"
  | "stringnl"
  | "stringnl_noescape"
  | "stringnl_noescape_pair"
  | "unicodestringnl"
  | "long1"
  | "long4"
  | "string1"
  | "string4"
  | "bytes1"
  | "bytes4"
  | "bytes8"
  | "bytearray8"
  | "unicodestring1"
  | "unicodestring4"
  | "unicodestring8";

export interface OpcodeInfo {
  code: number;
  name: string;
  arg: ArgType;
  proto: number;
  doc: string;
}

/** Fixed-size arguments: their byte length. */
export const FIXED_ARG_SIZE: Partial<Record<ArgType, number>> = {
  uint1: 1,
  uint2: 2,
  int4: 4,
  uint4: 4,
  uint8: 8,
  float8: 8,
};

/** Counted arguments: the byte length of the length prefix and whether it is signed. */
export const COUNTED_ARG: Partial<Record<ArgType, { prefix: 1 | 4 | 8; signed: boolean; text: boolean }>> = {
  long1: { prefix: 1, signed: false, text: false },
  long4: { prefix: 4, signed: true, text: false },
  string1: { prefix: 1, signed: false, text: true },
  string4: { prefix: 4, signed: true, text: true },
  bytes1: { prefix: 1, signed: false, text: false },
  bytes4: { prefix: 4, signed: false, text: false },
  bytes8: { prefix: 8, signed: false, text: false },
  bytearray8: { prefix: 8, signed: false, text: false },
  unicodestring1: { prefix: 1, signed: false, text: true },
  unicodestring4: { prefix: 4, signed: false, text: true },
  unicodestring8: { prefix: 8, signed: false, text: true },
};

/** Newline-terminated arguments: how many lines. */
export const LINE_ARG: Partial<Record<ArgType, 1 | 2>> = {
  decimalnl_short: 1,
  decimalnl_long: 1,
  floatnl: 1,
  stringnl: 1,
  stringnl_noescape: 1,
  stringnl_noescape_pair: 2,
  unicodestringnl: 1,
};

const op = (ch: string | number, name: string, arg: ArgType, proto: number, doc: string): OpcodeInfo => ({
  code: typeof ch === "number" ? ch : ch.charCodeAt(0),
  name,
  arg,
  proto,
  doc,
});

export const OPCODES: readonly OpcodeInfo[] = [
  // integers
  op("I", "INT", "decimalnl_short", 0, "push an int (or bool: 00/01) written in decimal"),
  op("J", "BININT", "int4", 1, "push a 4-byte signed int"),
  op("K", "BININT1", "uint1", 1, "push a 1-byte unsigned int"),
  op("M", "BININT2", "uint2", 1, "push a 2-byte unsigned int"),
  op("L", "LONG", "decimalnl_long", 0, "push a long int written in decimal (trailing L allowed)"),
  op(0x8a, "LONG1", "long1", 2, "push a long int, 1-byte length, two's complement bytes"),
  op(0x8b, "LONG4", "long4", 2, "push a long int, 4-byte length, two's complement bytes"),
  // strings and bytes
  op("S", "STRING", "stringnl", 0, "push a string written as a quoted repr"),
  op("T", "BINSTRING", "string4", 1, "push a string, 4-byte signed length"),
  op("U", "SHORT_BINSTRING", "string1", 1, "push a string, 1-byte length"),
  op("B", "BINBYTES", "bytes4", 3, "push bytes, 4-byte length"),
  op("C", "SHORT_BINBYTES", "bytes1", 3, "push bytes, 1-byte length"),
  op(0x8e, "BINBYTES8", "bytes8", 4, "push bytes, 8-byte length"),
  op(0x96, "BYTEARRAY8", "bytearray8", 5, "push a bytearray, 8-byte length"),
  op(0x97, "NEXT_BUFFER", "none", 5, "push the next out-of-band buffer"),
  op(0x98, "READONLY_BUFFER", "none", 5, "make the buffer on top of the stack read-only"),
  // singletons
  op("N", "NONE", "none", 0, "push None"),
  op(0x88, "NEWTRUE", "none", 2, "push True"),
  op(0x89, "NEWFALSE", "none", 2, "push False"),
  // unicode
  op("V", "UNICODE", "unicodestringnl", 0, "push a str, raw-unicode-escape line"),
  op(0x8c, "SHORT_BINUNICODE", "unicodestring1", 4, "push a str, UTF-8, 1-byte length"),
  op("X", "BINUNICODE", "unicodestring4", 1, "push a str, UTF-8, 4-byte length"),
  op(0x8d, "BINUNICODE8", "unicodestring8", 4, "push a str, UTF-8, 8-byte length"),
  // floats
  op("F", "FLOAT", "floatnl", 0, "push a float written in decimal"),
  op("G", "BINFLOAT", "float8", 1, "push a float, 8-byte big-endian IEEE"),
  // lists
  op("]", "EMPTY_LIST", "none", 1, "push []"),
  op("a", "APPEND", "none", 0, "list.append(top)"),
  op("e", "APPENDS", "none", 1, "list.extend(items since mark)"),
  op("l", "LIST", "none", 0, "build a list from the items since mark"),
  // tuples
  op(")", "EMPTY_TUPLE", "none", 1, "push ()"),
  op("t", "TUPLE", "none", 0, "build a tuple from the items since mark"),
  op(0x85, "TUPLE1", "none", 2, "build a 1-tuple from the top item"),
  op(0x86, "TUPLE2", "none", 2, "build a 2-tuple from the top two items"),
  op(0x87, "TUPLE3", "none", 2, "build a 3-tuple from the top three items"),
  // dicts
  op("}", "EMPTY_DICT", "none", 1, "push {}"),
  op("d", "DICT", "none", 0, "build a dict from the key/value pairs since mark"),
  op("s", "SETITEM", "none", 0, "dict[key] = value"),
  op("u", "SETITEMS", "none", 1, "dict.update(pairs since mark)"),
  // sets
  op(0x8f, "EMPTY_SET", "none", 4, "push set()"),
  op(0x90, "ADDITEMS", "none", 4, "set.update(items since mark)"),
  op(0x91, "FROZENSET", "none", 4, "build a frozenset from the items since mark"),
  // stack manipulation
  op("0", "POP", "none", 0, "discard the top item (or the topmost mark)"),
  op("2", "DUP", "none", 0, "push a copy of the top item"),
  op("(", "MARK", "none", 0, "push a mark"),
  op("1", "POP_MARK", "none", 1, "discard everything since the topmost mark, and the mark"),
  // memo
  op("g", "GET", "decimalnl_short", 0, "push memo[index], index in decimal"),
  op("h", "BINGET", "uint1", 1, "push memo[index], 1-byte index"),
  op("j", "LONG_BINGET", "uint4", 1, "push memo[index], 4-byte index"),
  op("p", "PUT", "decimalnl_short", 0, "memo[index] = top, index in decimal"),
  op("q", "BINPUT", "uint1", 1, "memo[index] = top, 1-byte index"),
  op("r", "LONG_BINPUT", "uint4", 1, "memo[index] = top, 4-byte index"),
  op(0x94, "MEMOIZE", "none", 4, "memo[len(memo)] = top"),
  // extension registry
  op(0x82, "EXT1", "uint1", 2, "push the object registered under a 1-byte extension code"),
  op(0x83, "EXT2", "uint2", 2, "push the object registered under a 2-byte extension code"),
  op(0x84, "EXT4", "int4", 2, "push the object registered under a 4-byte extension code"),
  // imports and calls
  op("c", "GLOBAL", "stringnl_noescape_pair", 0, "push module.name (two lines): imports it"),
  op(0x93, "STACK_GLOBAL", "none", 4, "push module.name taken from the stack: imports it"),
  op("R", "REDUCE", "none", 0, "call callable(*args)"),
  op("b", "BUILD", "none", 0, "obj.__setstate__(state) or obj.__dict__.update(state)"),
  op(
    "i",
    "INST",
    "stringnl_noescape_pair",
    0,
    "import module.name (two lines) and call it with the items since mark",
  ),
  op("o", "OBJ", "none", 1, "call the first item since mark with the rest as arguments"),
  op(0x81, "NEWOBJ", "none", 2, "cls.__new__(cls, *args)"),
  op(0x92, "NEWOBJ_EX", "none", 4, "cls.__new__(cls, *args, **kwargs)"),
  // machine control
  op(0x80, "PROTO", "uint1", 2, "protocol version"),
  op(".", "STOP", "none", 0, "end of the pickle: pop and return the top item"),
  op(0x95, "FRAME", "uint8", 4, "start a frame of the given length"),
  // persistent ids
  op("P", "PERSID", "stringnl_noescape", 0, "push persistent_load(id), id as a line"),
  op("Q", "BINPERSID", "none", 1, "push persistent_load(top)"),
];

/** Opcode info by byte value; undefined for bytes that are not opcodes. */
export const OPCODE_BY_BYTE: readonly (OpcodeInfo | undefined)[] = (() => {
  const table: (OpcodeInfo | undefined)[] = new Array(256).fill(undefined);
  for (const o of OPCODES) table[o.code] = o;
  return table;
})();

/** The highest pickle protocol this table describes. */
export const HIGHEST_PROTOCOL = 5;
