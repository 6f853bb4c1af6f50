import "server-only";
import { DomainError } from "@modelgate/core";
import { z } from "zod";

// Not a "use server" module: these helpers must not become public endpoints themselves.

const modelRef = z.object({ team: z.string().min(1).max(40), name: z.string().min(1).max(100) });
const versionRef = modelRef.extend({ version: z.number().int().min(1) });
const revision = z.object({ expectedRevision: z.number().int().min(1) });

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new DomainError("validation_failed", "That model reference is not valid.");
  return r.data;
}

/** `{team, name}` as sent by a browser: checked before it reaches a service. */
export const checkModelRef = (v: unknown) => parse(modelRef, v);
/** Edits always carry the revision the form was read at, so a stale edit is refused. */
export const checkModelEditRef = (v: unknown) => parse(modelRef.extend(revision.shape), v);
export const checkVersionEditRef = (v: unknown) => parse(versionRef.extend(revision.shape), v);
