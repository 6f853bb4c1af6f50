"use client";

import type { listMyApiTokens } from "@modelgate/core";
import { Ban } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { revokeApiTokenAction } from "@/actions/profile/revoke-api-token";
import { columnHelper, DataTable } from "@/components/data-table";
import { TeamRoleBadge } from "@/components/role-badge";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Confirm } from "@/components/ui/confirm";
import { toastAction } from "@/lib/action-client";
import { formatDate, formatDateTime, isoUtc } from "@/lib/format";
import type { TeamRole } from "@/lib/roles";
import { NewTokenDialog, type TokenTeam } from "./new-token-dialog";

export type TokenRow = Awaited<ReturnType<typeof listMyApiTokens>>[number] & {
  status: "active" | "revoked" | "expired";
};

const statusTone = { active: "success", revoked: "danger", expired: "warning" } as const;

function DateCell({
  value,
  empty,
  withTime = false,
}: {
  value: Date | null;
  empty: string;
  withTime?: boolean;
}) {
  if (!value) return <span className="text-muted-foreground">{empty}</span>;
  return (
    <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(value)}>
      {withTime ? formatDateTime(value) : formatDate(value)}
    </span>
  );
}

export function TokensTable({
  tokens,
  teams,
  tokenRoleCap,
}: {
  tokens: TokenRow[];
  teams: TokenTeam[];
  tokenRoleCap: TeamRole;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<TokenRow>();
    return h.columns([
      h.accessor("name", {
        header: "Name",
        sortFn: "text",
        cell: ({ getValue }) => <span className="font-medium">{getValue()}</span>,
      }),
      h.accessor("teamSlug", {
        header: "Team",
        sortFn: "text",
        cell: ({ row }) => (
          <Link href={`/teams/${row.original.teamSlug}`} className="font-mono text-xs hover:underline">
            {row.original.teamSlug}
          </Link>
        ),
      }),
      h.accessor("role", { header: "Role", cell: ({ getValue }) => <TeamRoleBadge role={getValue()} /> }),
      h.accessor("prefix", {
        header: "Token",
        enableSorting: false,
        cell: ({ getValue }) => (
          <code className="whitespace-nowrap rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
            mg_{getValue()}_…
          </code>
        ),
      }),
      h.accessor("createdAt", {
        header: "Created",
        sortFn: "datetime",
        cell: ({ getValue }) => <DateCell value={getValue()} empty="—" />,
      }),
      h.accessor("expiresAt", {
        header: "Expires",
        sortFn: "datetime",
        sortUndefined: "last",
        cell: ({ getValue }) => <DateCell value={getValue()} empty="never" />,
      }),
      h.accessor("lastUsedAt", {
        header: "Last used",
        sortFn: "datetime",
        sortUndefined: "last",
        cell: ({ getValue }) => <DateCell value={getValue()} empty="never" withTime />,
      }),
      h.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <Badge tone={statusTone[getValue()]}>{getValue()}</Badge>,
      }),
      h.display({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        meta: { className: "text-right" },
        cell: ({ row }) =>
          row.original.status === "active" ? (
            <Confirm
              trigger={
                <Button variant="ghost" size="sm" aria-label={`Revoke ${row.original.name}`}>
                  <Ban /> Revoke
                </Button>
              }
              title={`Revoke “${row.original.name}”?`}
              description={`Anything using mg_${row.original.prefix}_… is refused from its next request on. This cannot be undone; create a new token to replace it.`}
              confirmLabel="Revoke token"
              destructive
              onConfirm={() =>
                toastAction(
                  revokeApiTokenAction({ tokenId: row.original.id }),
                  `Token “${row.original.name}” revoked.`,
                )
              }
            />
          ) : null,
      }),
    ]);
  }, []);

  return (
    <DataTable
      title="API tokens"
      description={`For scripts, CI and the CLI. Each token acts for you in one team, at most as ${tokenRoleCap}, and can never approve.`}
      actions={<NewTokenDialog teams={teams} tokenRoleCap={tokenRoleCap} />}
      columns={columns}
      data={tokens}
      getRowId={(t) => t.id}
      noun="token"
      filterPlaceholder="Filter tokens"
      empty={
        teams.length === 0
          ? "Tokens belong to a team, and you are not a member of any team yet."
          : "No tokens yet. Create one for each script or pipeline, so each can be revoked on its own."
      }
      rowClassName={(t) => (t.status === "active" ? undefined : "text-muted-foreground")}
    />
  );
}
