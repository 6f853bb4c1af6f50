"use client";

import { UserPlus } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { addMemberAction } from "@/actions/teams/add-member";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type ActionError, callAction } from "@/lib/action-client";
import { TEAM_ROLES, type TeamRole, teamRoleHints } from "@/lib/roles";

const teamRoleOptions = TEAM_ROLES.map((r) => ({ value: r, label: r, hint: teamRoleHints[r] }));

function AddMemberForm({ team, onDone }: { team: { id: string; name: string }; onDone: () => void }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [role, setRole] = useState<TeamRole>("viewer");
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get("email") ?? "").trim();
    start(async () => {
      const r = await callAction(addMemberAction({ teamId: team.id, email, role }));
      if (!r.ok) return setError(r.error);
      toast.success(`${email} was added to ${team.name} as ${role}.`);
      onDone();
    });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id="member-email"
        label="Email"
        hint="The person needs an account; an administrator creates it."
        error={f.email}
      >
        <Input
          {...fieldProps("member-email", f.email, true)}
          name="email"
          type="email"
          autoComplete="off"
          placeholder="name@company.com"
          required
          autoFocus
        />
      </Field>
      <Field id="member-role" label="Role" error={f.role}>
        <Select
          id="member-role"
          value={role}
          onValueChange={(v) => setRole(v as TeamRole)}
          options={teamRoleOptions}
          invalid={Boolean(f.role)}
        />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>Add to team</FormDialogFooter>
    </form>
  );
}

export function AddMemberDialog({ team }: { team: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <UserPlus /> Add member
        </Button>
      </DialogTrigger>
      <DialogContent title="Add member" description={`Give an existing user a role in ${team.name}.`}>
        <AddMemberForm team={team} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
