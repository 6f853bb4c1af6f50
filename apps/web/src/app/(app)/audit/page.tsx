import {
  type AuditEventRow,
  auditActions,
  can,
  isDomainError,
  latestAuditVerification,
  listAuditCheckpoints,
  listAuditEvents,
  listMyTeams,
  listTeams,
  listUsers,
  searchModels,
} from "@modelgate/core";
import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/page-header";
import { FormError } from "@/components/ui/field";
import { type AuditFilterParams, auditFilterOf, auditHref, serviceFilter } from "@/lib/audit-filter";
import { requirePageContext } from "@/server/session";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import type { AuditRow } from "./event-parts";
import { IntegrityPanel } from "./integrity-panel";
import { summarizeEvent } from "./summary";

export const metadata: Metadata = { title: "Audit trail" };

const PAGE_SIZE = 50;
/** How many earlier page positions the URL remembers for "Newer". */
const MAX_PREV = 50;

type Search = Record<string, string | string[] | undefined>;

function seqParam(v: string | string[] | undefined): number | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\d{1,15}$/.test(s) && Number(s) > 0 ? Number(s) : undefined;
}

/** `0` in the stack stands for the first page. */
function prevParam(v: string | string[] | undefined): number[] {
  return (v === undefined ? [] : Array.isArray(v) ? v : [v])
    .filter((s) => /^\d{1,15}$/.test(s))
    .map(Number)
    .slice(-MAX_PREV);
}

/** The action filter: each entity's actions under its name, led by "all <entity>.*". */
function actionOptions() {
  const groups = new Map<string, string[]>();
  for (const a of auditActions) {
    const entity = a.split(".")[0]!;
    groups.set(entity, [...(groups.get(entity) ?? []), a]);
  }
  return [...groups].flatMap(([entity, actions]) => [
    ...(actions.length > 1 ? [{ value: `${entity}.*`, label: `all ${entity}.*`, group: entity }] : []),
    ...actions.map((a) => ({ value: a, label: a, group: entity })),
  ]);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const ctx = await requirePageContext();
  const orgWide = ctx.actor.orgRole === "auditor" || ctx.actor.orgRole === "admin";
  const myTeams = await listMyTeams(ctx);
  // Core's own rule, asked without acting: a plain member opening the page is not a denial.
  const maintained = myTeams.filter((t) => can(ctx, "team.audit", t.id));
  const forOthers = (
    <>
      <PageHeader title="Audit trail" />
      <EmptyState icon={<ScrollText />} title="For compliance officers">
        The organisation-wide audit trail is readable by auditors and administrators; team maintainers read
        their teams' part of it.
      </EmptyState>
    </>
  );
  if (!orgWide && maintained.length === 0) return forOthers;

  const filter: AuditFilterParams = auditFilterOf(sp);
  const before = seqParam(sp.before);
  const prev = prevParam(sp.prev);
  let page: Awaited<ReturnType<typeof listAuditEvents>> = { events: [], nextBeforeSeq: null };
  let problem: string | null = null;
  try {
    page = await listAuditEvents(ctx, serviceFilter(filter), { limit: PAGE_SIZE, beforeSeq: before });
  } catch (e) {
    if (!isDomainError(e)) throw e;
    // An unknown team, model or action, or a team outside the maintainer's slice: say so above an
    // empty table (the service audited any refusal).
    problem = e.message;
  }

  const [teams, users, activeModels, archivedModels, verification, [checkpoint]] = await Promise.all([
    orgWide ? listTeams(ctx) : Promise.resolve(myTeams),
    orgWide ? listUsers(ctx) : Promise.resolve([]),
    searchModels(ctx, { sort: "name", limit: 200 }),
    searchModels(ctx, { sort: "name", limit: 200, archived: true }),
    orgWide ? latestAuditVerification(ctx) : Promise.resolve(null),
    listAuditCheckpoints(ctx.db, { limit: 1 }),
  ]);
  const teamSlug = new Map(teams.map((t) => [t.id, t.slug]));
  const models = [...activeModels.items, ...archivedModels.items];
  const modelName = new Map(models.map((m) => [m.id, m.fullName]));
  const userNames = new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
  const toRow = (e: AuditEventRow): AuditRow => {
    const model = (e.modelId && modelName.get(e.modelId)) || (e.modelId && filter.model) || undefined;
    return {
      seq: e.seq,
      at: e.at.toISOString(),
      actorType: e.actorType,
      actorName: e.actorName,
      actorUserId: e.actorUserId,
      actorTokenId: e.actorTokenId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      summary: summarizeEvent(e, { model, users: userNames }),
      model: model ?? null,
      modelId: e.modelId,
      team: e.teamId ? (teamSlug.get(e.teamId) ?? null) : null,
      teamId: e.teamId,
      before: e.before ?? null,
      after: e.after ?? null,
      reason: e.reason,
      requestId: e.requestId,
      ip: e.ip,
      userAgent: e.userAgent,
      prevHash: e.prevHash,
      hash: e.hash,
    };
  };
  const rows = page.events.map(toRow);
  const newer =
    before === undefined
      ? null
      : auditHref(filter, {
          before: prev.at(-1) || undefined,
          prev: prev.slice(0, -1),
        });
  const older =
    page.nextBeforeSeq === null
      ? null
      : auditHref(filter, { before: page.nextBeforeSeq, prev: [...prev, before ?? 0].slice(-MAX_PREV) });

  const teamOptions = (orgWide ? teams : maintained).map((t) => ({
    value: t.slug,
    label: t.name,
    hint: t.slug,
  }));
  return (
    <>
      <PageHeader
        title="Audit trail"
        description={
          orgWide
            ? "Every change, sign-in and refusal, written in the same transaction as the change and hash-chained. Times in UTC, newest first."
            : `Your teams' part of the trail (${maintained.map((t) => t.slug).join(", ")}). Times in UTC, newest first.`
        }
      />
      <IntegrityPanel
        canVerify={orgWide}
        verification={
          verification
            ? {
                at: verification.at.toISOString(),
                by: verification.by,
                ok: verification.ok,
                verifiedThrough: verification.verifiedThrough,
                firstBreak: verification.firstBreak ?? null,
              }
            : null
        }
        checkpoint={checkpoint ?? null}
        keyId={ctx.auditSigner?.keyId ?? null}
      />
      <AuditFilters
        key={JSON.stringify(filter)}
        filter={filter}
        teams={teamOptions}
        actions={actionOptions()}
        models={models.map((m) => m.fullName)}
      />
      {problem ? (
        <div className="mb-4">
          <FormError message={problem} />
        </div>
      ) : null}
      <AuditTable rows={rows} filter={filter} newer={newer} older={older} />
    </>
  );
}
