import type { ModelgateClient } from "../client.js";
import type { FlagSpec, Flags } from "./args.js";

export interface Ctx {
  args: string[];
  flags: Flags;
  json: boolean;
  env: NodeJS.ProcessEnv;
  client(): Promise<ModelgateClient>;
  /** Prints `value` as JSON with --json, else the human-readable lines. */
  out(value: unknown, text: string | string[]): void;
}

export interface Command {
  usage: string;
  summary: string;
  flags?: Record<string, FlagSpec>;
  /** Minimum and maximum number of positional arguments. */
  args: [number, number];
  run(c: Ctx): Promise<void>;
}

/** Thrown after a check has printed its findings: exit with `code`, print nothing more. */
export class CheckFailed extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CheckFailed";
  }
}

export const str = (f: Flags, k: string) => f[k] as string | undefined;
export const list = (f: Flags, k: string) => (f[k] as string[] | undefined) ?? [];
