/**
 * What an audit event is about, in words for the table ("fraud/scorer v3", "alias champion → v4",
 * "carl@example.com"), from the event's own fields and the names the page could look up. Pure.
 */

type Json = Record<string, unknown>;
const rec = (v: unknown): Json =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown): string | undefined =>
  typeof v === "string" && v ? v : typeof v === "number" ? String(v) : undefined;

export interface SummaryNames {
  /** The event's model as `team/name`, when known. */
  model?: string;
  users: Map<string, { name: string; email: string }>;
}

export interface AuditEventLike {
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** `team/name/3` or 3 → "v3" (with the model when it is not already there). */
function versionText(v: unknown, model?: string): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const n = /(?:^|\/)(\d+)$/.exec(s)?.[1];
  if (!n) return s;
  const owner = s.includes("/") ? s.slice(0, s.lastIndexOf("/")) : model;
  return owner ? `${owner} v${n}` : `v${n}`;
}

function userText(id: unknown, names: SummaryNames): string | undefined {
  const s = str(id);
  if (!s) return undefined;
  const u = names.users.get(s);
  return u ? u.email : `user ${s.slice(0, 8)}`;
}

export function summarizeEvent(e: AuditEventLike, names: SummaryNames): string {
  const a = rec(e.after);
  const b = rec(e.before);
  const pick = (k: string) => a[k] ?? b[k];
  const model = names.model ?? (str(pick("model"))?.includes("/") ? str(pick("model")) : undefined);
  const parts: (string | undefined)[] = [];
  switch (e.entityType) {
    case "model":
      parts.push(model ?? str(a.name));
      break;
    case "model_version":
      parts.push(versionText(pick("version"), model) ?? model);
      break;
    case "artifact":
      parts.push(versionText(pick("version"), model) ?? model, str(pick("path")));
      break;
    case "alias": {
      const alias = str(pick("alias"));
      const to = a.version === null ? "removed" : str(a.version) ? `→ v${str(a.version)}` : undefined;
      parts.push(model, alias ? `@${alias}${to ? ` ${to}` : ""}` : undefined);
      break;
    }
    case "transition_request":
      // Signatures record their meaning ("Approve promotion of … to production").
      parts.push(str(pick("change")) ?? str(a.meaning) ?? model);
      break;
    case "comment":
    case "promotion_policy":
      parts.push(model ?? str(pick("model")), str(pick("target")));
      break;
    case "user":
      parts.push(str(pick("email")) ?? userText(e.entityId, names));
      break;
    case "session":
      parts.push(str(pick("email")) ?? userText(pick("userId"), names));
      break;
    case "membership": {
      const userId = pick("userId") ?? e.entityId?.split(":")[1];
      const role = str(a.role) ?? str(b.role);
      parts.push(userText(userId, names), role);
      break;
    }
    case "team":
      parts.push(str(pick("slug")) ?? str(pick("name")) ?? str(pick("permission")));
      break;
    case "org":
      parts.push(str(pick("permission")));
      break;
    case "api_token":
      parts.push(str(pick("name")), str(pick("prefix")));
      break;
    case "audit_trail":
      if (e.action === "audit.verified")
        parts.push(
          a.ok === false ? `broken at #${str(rec(a.firstBreak).seq)}` : `through #${str(a.verifiedThrough)}`,
        );
      else parts.push(str(a.format));
      break;
    default:
      parts.push(model ?? e.entityId ?? undefined);
  }
  return parts.filter(Boolean).join(" · ");
}
