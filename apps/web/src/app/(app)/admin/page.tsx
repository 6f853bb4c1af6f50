import { listTeams, listUsers } from "@modelgate/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requirePageContext } from "@/server/session";
import { type AdminTeam, TeamsPanel } from "./teams-panel";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const ctx = await requirePageContext();
  if (ctx.actor.orgRole !== "admin") notFound();
  const [users, teamRows] = await Promise.all([listUsers(ctx), listTeams(ctx)]);
  const teams: AdminTeam[] = teamRows.map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    members: Number(t.members),
    maintainers: Number(t.maintainers),
  }));

  return (
    <>
      <PageHeader title="Administration" description="Users and teams of this Modelgate organisation." />
      <div className="space-y-6">
        <UsersTable users={users} currentUserId={ctx.actor.userId} />
        <TeamsPanel teams={teams} />
      </div>
    </>
  );
}
