/** Hand-rolled argument parsing (no dependencies): `--flag value`, `--flag=value`, `-o value`. */

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface FlagSpec {
  type: "string" | "boolean";
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean;
  short?: string;
}

export type Flags = Record<string, string | boolean | string[] | undefined>;

export interface Parsed {
  positionals: string[];
  flags: Flags;
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): Parsed {
  const positionals: string[] = [];
  const flags: Flags = {};
  const byShort = new Map(
    Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])),
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      if (!spec[name]) throw new UsageError(`unknown flag --${name}`);
    } else if (/^-[a-zA-Z]$/.test(arg)) {
      name = byShort.get(arg.slice(1));
      if (!name) throw new UsageError(`unknown flag ${arg}`);
    } else {
      positionals.push(arg);
      continue;
    }
    const s = spec[name]!;
    let value: string | boolean;
    if (s.type === "boolean") {
      if (inline !== undefined && inline !== "true" && inline !== "false")
        throw new UsageError(`--${name} takes no value`);
      value = inline !== "false";
    } else {
      const next = inline ?? argv[i + 1];
      if (next === undefined || (inline === undefined && next.startsWith("--")))
        throw new UsageError(`--${name} needs a value`);
      if (inline === undefined) i++;
      value = next;
    }
    if (s.multiple) flags[name] = [...((flags[name] as string[] | undefined) ?? []), value as string];
    else if (flags[name] !== undefined) throw new UsageError(`--${name} was given twice`);
    else flags[name] = value;
  }
  return { positionals, flags };
}

/** `key=value` → [key, value]; `what` names the flag in the error. */
export function keyValue(text: string, what: string): [string, string] {
  const i = text.indexOf("=");
  if (i <= 0) throw new UsageError(`${what} expects key=value, got '${text}'`);
  return [text.slice(0, i), text.slice(i + 1)];
}

/** `auc=0.93` → ["auc", 0.93]; the value must be a finite number. */
export function keyNumber(text: string, what: string): [string, number] {
  const [k, v] = keyValue(text, what);
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) throw new UsageError(`${what} ${k} needs a number, got '${v}'`);
  return [k, n];
}
