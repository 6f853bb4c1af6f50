import {
  getSecuritySettings,
  getTeamWithMembers,
  isAllowed,
  isDomainError,
  listMetricDefinitions,
} from "@modelgate/core";
import { ShieldCheck, Users, Webhook } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TeamRoleBadge } from "@/components/role-badge";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { TEAM_ROLES, teamRoleHints } from "@/lib/roles";
import { requirePageContext } from "@/server/session";
import { AddMemberDialog } from "./add-member-dialog";
import { MembersTable } from "./members-table";
import { MetricDefinitionsTable } from "./metric-definitions-table";
import { SecuritySettingsCard } from "./security-settings-card";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Team ${slug}` };
}

async function loadTeam(slug: string) {
  const ctx = await requirePageContext();
  try {
    return { ctx, ...(await getTeamWithMembers(ctx, slug)) };
  } catch (e) {
    // Unknown and unreadable teams look the same: names must not leak.
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function TeamPage({ params }: PageProps<"/teams/[slug]">) {
  const { slug } = await params;
  const { ctx, team, members, maintainers } = await loadTeam(slug);
  const { actor } = ctx;
  const myRole = actor.teamRoles[team.id];
  const canManage = isAllowed({
    permission: "member.manage",
    teamRole: myRole,
    orgRole: actor.orgRole,
    viaToken: false,
  });
  const canDefine = isAllowed({
    permission: "metric.define",
    teamRole: myRole,
    orgRole: actor.orgRole,
    viaToken: false,
  });
  const canSecure = isAllowed({
    permission: "policy.manage",
    teamRole: myRole,
    orgRole: actor.orgRole,
    viaToken: false,
  });
  const [definitions, security] = await Promise.all([
    listMetricDefinitions(ctx, team.slug),
    getSecuritySettings(ctx, team.slug),
  ]);
  const counts = Object.fromEntries(TEAM_ROLES.map((r) => [r, members.filter((m) => m.role === r).length]));
  return (
    <>
      <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div className="flex items-center gap-4">
          <div className="flex size-12 items-center justify-center rounded-xl bg-accent text-accent-foreground">
            <Users className="size-6" />
          </div>
          <div className="space-y-1">
            <p className="font-mono text-xs text-muted-foreground">teams / {team.slug}</p>
            <h1 className="text-2xl font-semibold tracking-tight">{team.name}</h1>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              {members.length} {members.length === 1 ? "member" : "members"} · {Number(maintainers)}{" "}
              {Number(maintainers) === 1 ? "maintainer" : "maintainers"}
              <span aria-hidden>·</span>
              {myRole ? (
                <span className="flex items-center gap-1.5">
                  your role <TeamRoleBadge role={myRole} />
                </span>
              ) : (
                <span className="flex items-center gap-1.5">
                  not a member <Badge>org {actor.orgRole}</Badge>
                </span>
              )}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline" size="sm">
            <Link href={`/teams/${encodeURIComponent(team.slug)}/policies`}>
              <ShieldCheck /> Promotion policies
            </Link>
          </Button>
          <Button asChild variant="outline" size="sm">
            <Link href={`/teams/${encodeURIComponent(team.slug)}/webhooks`}>
              <Webhook /> Webhooks
            </Link>
          </Button>
        </div>
      </div>
      <div className="space-y-6">
        <MembersTable
          members={members}
          team={{ id: team.id, slug: team.slug, name: team.name }}
          canManage={canManage}
          currentUserId={actor.userId}
          isOrgAdmin={actor.orgRole === "admin"}
          actions={canManage ? <AddMemberDialog team={{ id: team.id, name: team.name }} /> : null}
        />
        <MetricDefinitionsTable
          team={team.slug}
          canManage={canDefine}
          rows={definitions.map((d) => ({
            key: d.key,
            displayName: d.displayName,
            unit: d.unit,
            direction: d.direction,
            description: d.description,
            updatedAt: d.updatedAt.toISOString(),
          }))}
        />
        <SecuritySettingsCard team={team.slug} settings={security} canManage={canSecure} />
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="mb-3 text-sm font-medium text-muted-foreground">
            Team roles
          </h2>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {TEAM_ROLES.map((r) => (
              <Card key={r} className="p-4">
                <div className="flex items-center justify-between">
                  <TeamRoleBadge role={r} />
                  <span className="text-xs text-muted-foreground">{counts[r]}</span>
                </div>
                <p className="mt-2 text-sm text-muted-foreground">{teamRoleHints[r]}.</p>
              </Card>
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
