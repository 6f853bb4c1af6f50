"use client";

import { KeySquare } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { createApiTokenAction } from "@/actions/profile/create-api-token";
import { SecretReveal } from "@/components/secret-reveal";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
  FormDialogFooter,
} from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type ActionError, callAction } from "@/lib/action-client";
import { type TeamRole, teamRoleHints } from "@/lib/roles";

export interface TokenTeam {
  id: string;
  slug: string;
  name: string;
  role: TeamRole;
  /** Roles a token for this team may carry: at most the user's role, capped for tokens. */
  tokenRoles: TeamRole[];
}

const expiryOptions = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "never", label: "Never", hint: "Not recommended for CI" },
];

function NewTokenForm({ teams, tokenRoleCap }: { teams: TokenTeam[]; tokenRoleCap: TeamRole }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [teamId, setTeamId] = useState(teams.length === 1 ? teams[0]!.id : "");
  const team = teams.find((t) => t.id === teamId);
  const [role, setRole] = useState<TeamRole | "">(team ? team.tokenRoles.at(-1)! : "");
  const [expiry, setExpiry] = useState("90");
  const [created, setCreated] = useState<{ token: string; name: string; team: string; role: string } | null>(
    null,
  );

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get("name") ?? "");
    start(async () => {
      const r = await callAction(
        createApiTokenAction({
          teamId,
          name,
          ...(role ? { role } : {}),
          ...(expiry === "never" ? {} : { expiresInDays: Number(expiry) }),
        }),
      );
      if (!r.ok) return setError(r.error);
      setError(null);
      setCreated({ token: r.data.token, name: r.data.name, team: team?.slug ?? "", role: r.data.role });
    });
  }

  if (created) {
    const origin = typeof window === "undefined" ? "http://localhost:3000" : window.location.origin;
    return (
      <>
        <SecretReveal
          label="API token"
          value={created.token}
          testId="new-token"
          warning={
            <>
              Copy the token now and store it in your secret manager or CI variables.{" "}
              <strong>It will not be shown again.</strong>
            </>
          }
        >
          <div className="space-y-1.5">
            <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Try it</p>
            <pre className="whitespace-pre-wrap [overflow-wrap:anywhere] rounded-md border bg-muted px-3 py-2 font-mono text-xs leading-relaxed">
              {`export TOKEN=<the token above>\ncurl -H "Authorization: Bearer $TOKEN" ${origin}/api/v1/me`}
            </pre>
            <p className="text-xs text-muted-foreground">
              “{created.name}” acts in <span className="font-mono">{created.team}</span> as {created.role},
              never above your own role there, and can never approve.
            </p>
          </div>
        </SecretReveal>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }

  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id="token-name"
        label="Name"
        hint="What uses it, e.g. “training pipeline” or “laptop”."
        error={f.name}
      >
        <Input
          {...fieldProps("token-name", f.name, true)}
          name="name"
          autoComplete="off"
          maxLength={100}
          autoFocus
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="token-team" label="Team" error={f.teamId}>
          <Select
            id="token-team"
            value={teamId}
            placeholder="Choose a team"
            onValueChange={(id) => {
              setTeamId(id);
              setRole(teams.find((t) => t.id === id)?.tokenRoles.at(-1) ?? "");
            }}
            options={teams.map((t) => ({
              value: t.id,
              label: t.name,
              hint: `${t.slug} · you are ${t.role}`,
            }))}
            invalid={Boolean(f.teamId)}
          />
        </Field>
        <Field
          id="token-role"
          label="Role"
          hint={team ? `Up to ${team.tokenRoles.at(-1)}` : `Tokens are capped at ${tokenRoleCap}`}
          error={f.role}
        >
          <Select
            id="token-role"
            value={role}
            placeholder="Choose a team first"
            disabled={!team}
            onValueChange={(v) => setRole(v as TeamRole)}
            options={(team?.tokenRoles ?? []).map((r) => ({ value: r, label: r, hint: teamRoleHints[r] }))}
            invalid={Boolean(f.role)}
            aria-describedby={f.role ? "token-role-error" : "token-role-hint"}
          />
        </Field>
      </div>
      <Field id="token-expiry" label="Expires" error={f.expiresInDays}>
        <Select id="token-expiry" value={expiry} onValueChange={setExpiry} options={expiryOptions} />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>Create token</FormDialogFooter>
    </form>
  );
}

export function NewTokenDialog({ teams, tokenRoleCap }: { teams: TokenTeam[]; tokenRoleCap: TeamRole }) {
  const [open, setOpen] = useState(false);
  if (teams.length === 0) {
    return (
      <Button size="sm" disabled title="Tokens belong to a team; you are not a member of any team yet.">
        <KeySquare /> New token
      </Button>
    );
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <KeySquare /> New token
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New API token"
        description="For scripts, CI and the modelgate CLI. A token acts for you in one team."
      >
        <NewTokenForm teams={teams} tokenRoleCap={tokenRoleCap} />
      </DialogContent>
    </Dialog>
  );
}
