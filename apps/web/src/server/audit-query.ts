/**
 * The audit filters as query parameters, shared by GET /api/v1/audit/events and /audit/export
 * (the audit page's links use the same names, see lib/audit-filter.ts). Core's filter schema with
 * the time bounds as strings: a bound without a zone is UTC, a bare minute or day as `to` is
 * inclusive (audit.ts makes them instants). No Next.js imports: contracts load it.
 */
import { auditFilterInput } from "@modelgate/core";
import { isoQuery } from "./contract";

const f = auditFilterInput.shape;

export const auditFilterQuery = auditFilterInput.extend({
  from: isoQuery.optional().describe("Events at or after (ISO-8601; no zone = UTC)"),
  to: isoQuery.optional().describe("Events at or before (ISO-8601; a bare minute or day is inclusive)"),
  actor: f.actor.describe("A user id, or the start of an actor's name"),
  team: f.team.describe("Team slug"),
  action: f.action.describe("An action (model.created), or all of an entity's (transition. or transition.*)"),
  model: f.model.describe("team/name"),
});
