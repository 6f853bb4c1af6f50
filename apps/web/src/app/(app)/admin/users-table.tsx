"use client";

import type { listUsers } from "@modelgate/core";
import { Ban, RotateCcw } from "lucide-react";
import { useMemo, useState, useTransition } from "react";
import { setUserDisabledAction } from "@/actions/admin/set-user-disabled";
import { setUserOrgRoleAction } from "@/actions/admin/set-user-org-role";
import { columnHelper, DataTable } from "@/components/data-table";
import { OrgRoleBadge } from "@/components/role-badge";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Confirm } from "@/components/ui/confirm";
import { Select } from "@/components/ui/select";
import { toastAction } from "@/lib/action-client";
import { formatDate, isoUtc } from "@/lib/format";
import { ORG_ROLES, type OrgRole, orgRoleHints } from "@/lib/roles";
import { NewUserDialog } from "./new-user-dialog";

export type AdminUser = Awaited<ReturnType<typeof listUsers>>[number];

const orgRoleOptions = ORG_ROLES.map((r) => ({ value: r, label: r, hint: orgRoleHints[r] }));

function OrgRoleCell({ user }: { user: AdminUser }) {
  const [value, setValue] = useState<string>(user.orgRole);
  const [pending, start] = useTransition();
  return (
    <Select
      size="sm"
      className="w-32"
      aria-label={`Organisation role of ${user.name}`}
      value={value}
      disabled={pending}
      options={orgRoleOptions}
      onValueChange={(orgRole) => {
        setValue(orgRole);
        start(async () => {
          const ok = await toastAction(
            setUserOrgRoleAction({ userId: user.id, orgRole: orgRole as OrgRole }),
            `${user.name} is now ${orgRole}.`,
          );
          if (!ok) setValue(user.orgRole);
        });
      }}
    />
  );
}

function DisableCell({ user }: { user: AdminUser }) {
  const disable = !user.disabled;
  return (
    <Confirm
      trigger={
        <Button variant="ghost" size="sm" aria-label={`${disable ? "Disable" : "Enable"} ${user.name}`}>
          {disable ? <Ban /> : <RotateCcw />}
          {disable ? "Disable" : "Enable"}
        </Button>
      }
      title={disable ? `Disable ${user.name}?` : `Enable ${user.name}?`}
      description={
        disable
          ? `${user.email} will be signed out everywhere at once and their API tokens stop working. Their history stays in the audit trail; you can enable the account again later.`
          : `${user.email} will be able to sign in again with their existing password.`
      }
      confirmLabel={disable ? "Disable user" : "Enable user"}
      destructive={disable}
      onConfirm={() =>
        toastAction(
          setUserDisabledAction({ userId: user.id, disabled: disable }),
          `${user.name} was ${disable ? "disabled" : "enabled"}.`,
        )
      }
    />
  );
}

export function UsersTable({ users, currentUserId }: { users: AdminUser[]; currentUserId: string }) {
  const columns = useMemo(() => {
    const h = columnHelper<AdminUser>();
    return h.columns([
      h.accessor("name", {
        header: "Name",
        sortFn: "text",
        cell: ({ row }) => (
          <span className="flex items-center gap-2 whitespace-nowrap font-medium">
            {row.original.name}
            {row.original.id === currentUserId ? <Badge>you</Badge> : null}
          </span>
        ),
      }),
      h.accessor("email", {
        header: "Email",
        sortFn: "text",
        cell: ({ getValue }) => <span className="text-muted-foreground">{getValue()}</span>,
      }),
      h.accessor("orgRole", {
        header: "Org role",
        cell: ({ row }) =>
          // Your own role is changed by another administrator, so nobody demotes themselves by a stray click.
          row.original.id === currentUserId ? (
            <span title="Another administrator can change your own role">
              <OrgRoleBadge role={row.original.orgRole} />
            </span>
          ) : (
            <OrgRoleCell key={row.original.orgRole} user={row.original} />
          ),
      }),
      h.accessor((u) => (u.disabled ? "disabled" : "active"), {
        id: "status",
        header: "Status",
        cell: ({ getValue }) =>
          getValue() === "disabled" ? (
            <Badge tone="danger">disabled</Badge>
          ) : (
            <Badge tone="success">active</Badge>
          ),
      }),
      h.accessor("createdAt", {
        header: "Created",
        sortFn: "datetime",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(getValue())}>
            {formatDate(getValue())}
          </span>
        ),
      }),
      h.display({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        meta: { className: "text-right" },
        cell: ({ row }) => (row.original.id === currentUserId ? null : <DisableCell user={row.original} />),
      }),
    ]);
  }, [currentUserId]);

  return (
    <DataTable
      title="Users"
      description="Everyone who can sign in to this organisation."
      actions={<NewUserDialog />}
      columns={columns}
      data={users}
      getRowId={(u) => u.id}
      noun="user"
      filterPlaceholder="Filter users"
      rowClassName={(u) => (u.disabled ? "text-muted-foreground [&_.font-medium]:line-through" : undefined)}
    />
  );
}
