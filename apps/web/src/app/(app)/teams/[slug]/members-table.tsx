"use client";

import type { getTeamWithMembers } from "@modelgate/core";
import { UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { type ReactNode, useMemo, useState, useTransition } from "react";
import { changeMemberRoleAction } from "@/actions/teams/change-member-role";
import { removeMemberAction } from "@/actions/teams/remove-member";
import { columnHelper, DataTable } from "@/components/data-table";
import { TeamRoleBadge } from "@/components/role-badge";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Confirm } from "@/components/ui/confirm";
import { Select } from "@/components/ui/select";
import { toastAction } from "@/lib/action-client";
import { formatDate, isoUtc } from "@/lib/format";
import { TEAM_ROLES, type TeamRole, teamRoleHints } from "@/lib/roles";

export type Member = Awaited<ReturnType<typeof getTeamWithMembers>>["members"][number];

const teamRoleOptions = TEAM_ROLES.map((r) => ({ value: r, label: r, hint: teamRoleHints[r] }));

function RoleCell({ member, teamId }: { member: Member; teamId: string }) {
  const [value, setValue] = useState<string>(member.role);
  const [pending, start] = useTransition();
  return (
    <Select
      size="sm"
      className="w-36"
      aria-label={`Role of ${member.name}`}
      value={value}
      disabled={pending}
      options={teamRoleOptions}
      onValueChange={(role) => {
        setValue(role);
        start(async () => {
          const ok = await toastAction(
            changeMemberRoleAction({ teamId, userId: member.userId, role: role as TeamRole }),
            `${member.name} is now ${role}.`,
          );
          if (!ok) setValue(member.role);
        });
      }}
    />
  );
}

function RemoveCell({
  member,
  teamId,
  teamName,
  self,
  keepsAccess,
}: {
  member: Member;
  teamId: string;
  teamName: string;
  self: boolean;
  keepsAccess: boolean;
}) {
  const router = useRouter();
  return (
    <Confirm
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Remove ${member.name}`}>
          <UserMinus /> {self ? "Leave" : "Remove"}
        </Button>
      }
      title={self ? `Leave ${teamName}?` : `Remove ${member.name}?`}
      description={
        self && !keepsAccess
          ? "You will lose access to this team, its models and your API tokens for it."
          : `${member.name} loses access to this team's models at once, and their API tokens for it stop working.`
      }
      confirmLabel={self ? "Leave team" : "Remove member"}
      destructive
      onConfirm={async () => {
        const ok = await toastAction(
          removeMemberAction({ teamId, userId: member.userId }),
          self ? `You left ${teamName}.` : `${member.name} was removed from ${teamName}.`,
        );
        if (ok && self && !keepsAccess) router.push("/models");
      }}
    />
  );
}

export function MembersTable({
  members,
  team,
  canManage,
  currentUserId,
  isOrgAdmin,
  actions,
}: {
  members: Member[];
  team: { id: string; slug: string; name: string };
  canManage: boolean;
  currentUserId: string;
  isOrgAdmin: boolean;
  actions?: ReactNode;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<Member>();
    return h.columns([
      h.accessor("name", {
        header: "Name",
        sortFn: "text",
        cell: ({ row }) => (
          <span className="flex items-center gap-2 font-medium">
            {row.original.name}
            {row.original.userId === currentUserId ? <Badge>you</Badge> : null}
            {row.original.disabled ? <Badge tone="danger">disabled</Badge> : null}
          </span>
        ),
      }),
      h.accessor("email", {
        header: "Email",
        sortFn: "text",
        cell: ({ getValue }) => <span className="text-muted-foreground">{getValue()}</span>,
      }),
      h.accessor("role", {
        header: "Role",
        // By rank (viewer … maintainer), not alphabetically.
        sortFn: (a, b) => TEAM_ROLES.indexOf(a.original.role) - TEAM_ROLES.indexOf(b.original.role),
        cell: ({ row }) =>
          canManage ? (
            <RoleCell key={row.original.role} member={row.original} teamId={team.id} />
          ) : (
            <TeamRoleBadge role={row.original.role} />
          ),
      }),
      h.accessor("since", {
        header: "Member since",
        sortFn: "datetime",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(getValue())}>
            {formatDate(getValue())}
          </span>
        ),
      }),
      ...(canManage
        ? [
            h.display({
              id: "actions",
              header: () => <span className="sr-only">Actions</span>,
              meta: { className: "text-right" },
              cell: ({ row }) => (
                <RemoveCell
                  member={row.original}
                  teamId={team.id}
                  teamName={team.name}
                  self={row.original.userId === currentUserId}
                  keepsAccess={isOrgAdmin}
                />
              ),
            }),
          ]
        : []),
    ]);
  }, [canManage, currentUserId, isOrgAdmin, team.id, team.name]);

  return (
    <DataTable
      title="Members"
      description={
        canManage
          ? "Maintainers and organisation administrators manage who belongs to this team."
          : "Read-only: only the team's maintainers (or an administrator) can change members."
      }
      actions={actions}
      columns={columns}
      data={members}
      getRowId={(m) => m.userId}
      noun="member"
      filterPlaceholder="Filter members"
      empty="Nobody belongs to this team yet."
    />
  );
}
