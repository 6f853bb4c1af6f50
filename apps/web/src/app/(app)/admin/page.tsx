import { listTeams, listUsers } from "@modelgate/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge, Card } from "@/components/ui/card";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const ctx = await requirePageContext();
  if (ctx.actor.orgRole !== "admin") notFound();
  const [users, teams] = await Promise.all([listUsers(ctx), listTeams(ctx)]);
  return (
    <>
      <PageHeader title="Administration" description="Users and teams of this Modelgate organisation." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="overflow-x-auto lg:col-span-2">
          <h2 className="border-b px-4 py-3 font-medium">Users ({users.length})</h2>
          <table className="w-full text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Email</th>
                <th className="px-4 py-2 font-medium">Role</th>
                <th className="px-4 py-2 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {users.map((u) => (
                <tr key={u.id}>
                  <td className="px-4 py-2.5 font-medium">{u.name}</td>
                  <td className="px-4 py-2.5 text-muted-foreground">{u.email}</td>
                  <td className="px-4 py-2.5">
                    <Badge tone={u.orgRole === "member" ? "neutral" : "primary"}>{u.orgRole}</Badge>
                  </td>
                  <td className="px-4 py-2.5">
                    {u.disabled ? (
                      <Badge tone="danger">disabled</Badge>
                    ) : (
                      <Badge tone="success">active</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card className="h-fit">
          <h2 className="border-b px-4 py-3 font-medium">Teams ({teams.length})</h2>
          <ul className="divide-y text-sm">
            {teams.map((t) => (
              <li key={t.id} className="flex items-center justify-between px-4 py-2.5">
                <span className="font-medium">{t.name}</span>
                <span className="font-mono text-xs text-muted-foreground">{t.slug}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
