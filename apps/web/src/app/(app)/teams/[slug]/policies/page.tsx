import {
  gateLabel,
  getTeamWithMembers,
  isAllowed,
  isDomainError,
  listPolicies,
  searchModels,
} from "@modelgate/core";
import { ChevronRight, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ANY, UrlSelect } from "@/components/registry/url-select";
import { TeamRoleBadge } from "@/components/role-badge";
import { first } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { PoliciesTable, type PolicyRow } from "./policies-table";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]/policies">): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Policies · ${slug}` };
}

export default async function PoliciesPage({ params, searchParams }: PageProps<"/teams/[slug]/policies">) {
  const { slug } = await params;
  const model = first((await searchParams).model) || undefined;
  const ctx = await requirePageContext();
  let data: Awaited<ReturnType<typeof getTeamWithMembers>>;
  let policies: Awaited<ReturnType<typeof listPolicies>>;
  let models: Awaited<ReturnType<typeof searchModels>>;
  try {
    [data, policies, models] = await Promise.all([
      getTeamWithMembers(ctx, slug),
      listPolicies(ctx, { team: slug, model }),
      searchModels(ctx, { team: slug, limit: 200, sort: "name" }),
    ]);
  } catch (e) {
    // Unknown and unreadable teams look the same.
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const { team } = data;
  const myRole = ctx.actor.teamRoles[team.id];
  const canManage = isAllowed({
    permission: "policy.manage",
    teamRole: myRole,
    orgRole: ctx.actor.orgRole,
    viaToken: false,
  });
  const rows: PolicyRow[] = policies.map((p) => ({ ...p, gateLabels: p.gates.map(gateLabel) }));
  const modelOptions = [
    { value: ANY, label: "Whole team" },
    ...models.items.map((m) => ({ value: m.name, label: m.name })),
  ];
  return (
    <>
      <nav
        aria-label="Breadcrumb"
        className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
      >
        <Link href={`/teams/${encodeURIComponent(team.slug)}`} className="hover:text-foreground">
          {team.name}
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          Promotion policies
        </span>
      </nav>
      <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div className="flex items-center gap-4">
          <div className="flex size-12 items-center justify-center rounded-xl bg-accent text-accent-foreground">
            <ShieldCheck className="size-6" />
          </div>
          <div className="space-y-1">
            <p className="font-mono text-xs text-muted-foreground">teams / {team.slug} / policies</p>
            <h1 className="text-2xl font-semibold tracking-tight">Promotion policies</h1>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              Who must sign, and which gates a version must pass, before it moves
              {myRole ? (
                <>
                  <span aria-hidden>·</span>
                  <span className="flex items-center gap-1.5">
                    your role <TeamRoleBadge role={myRole} />
                  </span>
                </>
              ) : null}
            </p>
          </div>
        </div>
        <div className="flex items-center gap-2 text-sm">
          <span className="text-muted-foreground">Policies for</span>
          <UrlSelect param="model" label="Model" options={modelOptions} className="w-64" />
        </div>
      </div>
      <PoliciesTable team={team.slug} model={model} rows={rows} canManage={canManage} />
      <p className="mt-4 max-w-3xl text-xs text-muted-foreground">
        A model can override its team’s policy for a target. Requests keep the policy that was in force when
        they were made; a change here applies to new requests. The requester never counts as an approver.
      </p>
    </>
  );
}
