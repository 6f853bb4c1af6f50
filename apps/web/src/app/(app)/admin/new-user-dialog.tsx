"use client";

import { UserPlus } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { createUserAction } from "@/actions/admin/create-user";
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
import { ORG_ROLES, type OrgRole, orgRoleHints } from "@/lib/roles";

const orgRoleOptions = ORG_ROLES.map((r) => ({ value: r, label: r, hint: orgRoleHints[r] }));

function NewUserForm({ onDone }: { onDone: () => void }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [orgRole, setOrgRole] = useState<OrgRole>("member");
  const [created, setCreated] = useState<{ name: string; email: string; temporaryPassword: string } | null>(
    null,
  );

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get("password") ?? "");
    start(async () => {
      const r = await callAction(
        createUserAction({
          email: String(form.get("email") ?? ""),
          name: String(form.get("name") ?? ""),
          orgRole,
          ...(password ? { password } : {}),
        }),
      );
      if (!r.ok) return setError(r.error);
      setError(null);
      if (r.data.temporaryPassword) {
        setCreated({ name: r.data.name, email: r.data.email, temporaryPassword: r.data.temporaryPassword });
      } else {
        toast.success(`${r.data.name} can now sign in as ${r.data.email}.`);
        onDone();
      }
    });
  }

  if (created) {
    return (
      <>
        <SecretReveal
          label="Temporary password"
          value={created.temporaryPassword}
          testId="temporary-password"
          warning={
            <>
              Copy it now and hand it to {created.name} over a safe channel.{" "}
              <strong>It will not be shown again.</strong>
            </>
          }
        >
          <p className="text-sm text-muted-foreground">
            {created.name} signs in as <span className="font-medium text-foreground">{created.email}</span>{" "}
            and should change it on their profile page.
          </p>
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
      <Field id="new-user-email" label="Email" error={f.email}>
        <Input
          {...fieldProps("new-user-email", f.email)}
          name="email"
          type="email"
          autoComplete="off"
          required
          autoFocus
        />
      </Field>
      <Field id="new-user-name" label="Name" error={f.name}>
        <Input {...fieldProps("new-user-name", f.name)} name="name" autoComplete="off" required />
      </Field>
      <Field id="new-user-role" label="Organisation role" error={f.orgRole}>
        <Select
          id="new-user-role"
          value={orgRole}
          onValueChange={(v) => setOrgRole(v as OrgRole)}
          options={orgRoleOptions}
          invalid={Boolean(f.orgRole)}
        />
      </Field>
      <Field
        id="new-user-password"
        label={
          <>
            Password <span className="font-normal text-muted-foreground">(optional)</span>
          </>
        }
        hint="Leave empty to generate a temporary password to hand over."
        error={f.password}
      >
        <Input
          {...fieldProps("new-user-password", f.password, true)}
          name="password"
          type="password"
          autoComplete="new-password"
        />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>Create user</FormDialogFooter>
    </form>
  );
}

export function NewUserDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <UserPlus /> New user
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New user"
        description="They sign in with this email; teams are granted separately."
      >
        <NewUserForm onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
