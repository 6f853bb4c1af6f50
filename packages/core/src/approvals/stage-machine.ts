import type { Stage } from "@modelgate/db/constants";
import { nextStages } from "../constants";
import { DomainError } from "../errors";

/**
 * The lifecycle: none → staging → production → archived; any stage → archived;
 * archived → staging (re-validation); archived/staging → production only as a rollback of a
 * version that was in production before.
 */
const allowed = nextStages;

export function canTransition(from: Stage, to: Stage, opts: { rollback?: boolean } = {}): boolean {
  if (opts.rollback) return to === "production" && (from === "archived" || from === "staging");
  return allowed[from].includes(to);
}

export function assertTransition(from: Stage, to: Stage, opts: { rollback?: boolean } = {}): void {
  if (canTransition(from, to, opts)) return;
  const options = allowed[from].join(" or ");
  throw new DomainError(
    "invalid_transition",
    opts.rollback
      ? `A rollback brings an earlier version back to production; this version is in ${from}.`
      : `A version in ${from} can move to ${options}, not to ${to}.`,
    { from, to },
  );
}
