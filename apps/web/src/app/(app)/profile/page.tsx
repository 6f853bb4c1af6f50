import {
  listMyApiTokens,
  listMyTeams,
  MIN_PASSWORD_LENGTH,
  roleAtLeast,
  TOKEN_ROLE_CAP,
} from "@modelgate/core";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { OrgRoleBadge, TeamRoleBadge } from "@/components/role-badge";
import { Card } from "@/components/ui/card";
import { initials } from "@/lib/format";
import { TEAM_ROLES } from "@/lib/roles";
import { requirePageContext } from "@/server/session";
import { ChangePasswordForm } from "./change-password-form";
import type { TokenTeam } from "./new-token-dialog";
import { type TokenRow, TokensTable } from "./tokens-table";

export const metadata: Metadata = { title: "Profile & API tokens" };

export default async function ProfilePage() {
  const ctx = await requirePageContext();
  const { actor } = ctx;
  const [teams, tokens] = await Promise.all([listMyTeams(ctx), listMyApiTokens(ctx)]);
  const now = new Date();
  const rows: TokenRow[] = tokens.map((t) => ({
    ...t,
    status: t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active",
  }));
  // Offer only what the service will accept: at most my role in the team, capped for tokens.
  const tokenTeams: TokenTeam[] = teams.map((t) => ({
    ...t,
    tokenRoles: TEAM_ROLES.filter((r) => roleAtLeast(t.role, r) && roleAtLeast(TOKEN_ROLE_CAP, r)),
  }));
  return (
    <>
      <PageHeader
        title="Profile & API tokens"
        description="Your account, your password and the tokens your scripts use."
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="overflow-hidden">
          <div className="flex items-center gap-4 border-b px-5 py-5">
            <span className="flex size-12 shrink-0 items-center justify-center rounded-full bg-primary text-base font-semibold text-primary-foreground">
              {initials(actor.name)}
            </span>
            <div className="min-w-0">
              <p className="truncate font-semibold">{actor.name}</p>
              <p className="truncate text-sm text-muted-foreground">{actor.email}</p>
            </div>
          </div>
          <dl className="divide-y text-sm">
            <div className="flex items-center justify-between px-5 py-3">
              <dt className="text-muted-foreground">Organisation role</dt>
              <dd>
                <OrgRoleBadge role={actor.orgRole} />
              </dd>
            </div>
            <div className="px-5 py-3">
              <dt className="mb-2 text-muted-foreground">Teams</dt>
              <dd>
                {teams.length === 0 ? (
                  <p className="text-muted-foreground">Not a member of any team yet.</p>
                ) : (
                  <ul className="space-y-1" aria-label="My teams">
                    {teams.map((t) => (
                      <li key={t.id}>
                        <Link
                          href={`/teams/${t.slug}`}
                          className="-mx-2 flex items-center justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-muted"
                        >
                          <span className="min-w-0">
                            <span className="block truncate font-medium">{t.name}</span>
                            <span className="block font-mono text-xs text-muted-foreground">{t.slug}</span>
                          </span>
                          <TeamRoleBadge role={t.role} />
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        </Card>
        <Card className="lg:col-span-2">
          <div className="border-b px-5 py-3">
            <h2 className="font-medium">Change password</h2>
            <p className="text-xs text-muted-foreground">You need your current password.</p>
          </div>
          <div className="p-5">
            <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
          </div>
        </Card>
      </div>
      <div className="mt-6">
        <TokensTable tokens={rows} teams={tokenTeams} tokenRoleCap={TOKEN_ROLE_CAP} />
      </div>
    </>
  );
}
