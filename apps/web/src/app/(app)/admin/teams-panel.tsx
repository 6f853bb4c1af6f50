"use client";

import { Loader2, Pencil, Plus, Users } from "lucide-react";
import Link from "next/link";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { createTeamAction } from "@/actions/admin/create-team";
import { renameTeamAction } from "@/actions/admin/rename-team";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { type ActionError, callAction } from "@/lib/action-client";

export interface AdminTeam {
  id: string;
  slug: string;
  name: string;
  members: number;
  maintainers: number;
}

function slugify(name: string) {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

function RenameTeam({ team }: { team: AdminTeam }) {
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get("name") ?? "");
    start(async () => {
      const r = await callAction(renameTeamAction({ teamId: team.id, name }));
      if (!r.ok) return setError(r.error);
      toast.success(`Team ${team.slug} is now called “${r.data.name}”.`);
      setOpen(false);
    });
  }
  const f = error?.fields ?? {};
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label={`Rename ${team.name}`}
          title="Rename"
        >
          <Pencil />
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Rename team"
        description={
          <>
            The slug <code className="font-mono">{team.slug}</code> stays: model names and tokens refer to it.
          </>
        }
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field id={`rename-${team.id}`} label="Name" error={f.name}>
            <Input
              {...fieldProps(`rename-${team.id}`, f.name)}
              name="name"
              defaultValue={team.name}
              autoFocus
            />
          </Field>
          <FormError message={error?.message} />
          <FormDialogFooter pending={pending}>Save</FormDialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function NewTeamForm() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    start(async () => {
      const r = await callAction(createTeamAction({ slug, name }));
      if (!r.ok) return setError(r.error);
      setError(null);
      setName("");
      setSlug("");
      setSlugEdited(false);
      toast.success(`Team ${r.data.slug} created. Add its first maintainer on the team page.`);
    });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 p-4" aria-label="New team">
      <Field id="new-team-name" label="Name" error={f.name}>
        <Input
          {...fieldProps("new-team-name", f.name)}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (!slugEdited) setSlug(slugify(e.target.value));
          }}
          placeholder="Credit Risk"
        />
      </Field>
      <Field
        id="new-team-slug"
        label="Slug"
        hint="Lowercase letters, digits and dashes; permanent."
        error={f.slug}
      >
        <Input
          {...fieldProps("new-team-slug", f.slug, true)}
          value={slug}
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(true);
          }}
          placeholder="credit-risk"
          className="font-mono"
        />
      </Field>
      <FormError message={error?.message} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? <Loader2 className="animate-spin" /> : <Plus />}
        Create team
      </Button>
    </form>
  );
}

export function TeamsPanel({ teams }: { teams: AdminTeam[] }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-3">
      <Card className="overflow-hidden lg:col-span-2">
        <div className="border-b px-4 py-3">
          <h2 className="font-medium">Teams</h2>
          <p className="text-xs text-muted-foreground">
            Teams own models; people get a role per team, granted on the team&apos;s page.
          </p>
        </div>
        {teams.length === 0 ? (
          <p className="px-4 py-10 text-center text-sm text-muted-foreground">
            No teams yet. Create the first one.
          </p>
        ) : (
          <ul className="divide-y text-sm" aria-label="Teams">
            {teams.map((t) => (
              <li key={t.id} className="flex items-center gap-4 px-4 py-3">
                <div className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent text-accent-foreground">
                  <Users className="size-4" />
                </div>
                <div className="min-w-0 flex-1">
                  <Link href={`/teams/${t.slug}`} className="block truncate font-medium hover:underline">
                    {t.name}
                  </Link>
                  <p className="font-mono text-xs text-muted-foreground">{t.slug}</p>
                </div>
                {t.maintainers === 0 ? (
                  <Badge
                    tone="warning"
                    title="Only administrators can manage its members until it has a maintainer"
                  >
                    no maintainer
                  </Badge>
                ) : null}
                <Link
                  href={`/teams/${t.slug}`}
                  className="whitespace-nowrap rounded-md px-2 py-1 text-xs text-muted-foreground hover:bg-muted hover:text-foreground"
                >
                  {t.members} {t.members === 1 ? "member" : "members"}
                </Link>
                <RenameTeam team={t} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="overflow-hidden">
        <div className="border-b px-4 py-3">
          <h2 className="font-medium">New team</h2>
          <p className="text-xs text-muted-foreground">Then appoint its first maintainer on the team page.</p>
        </div>
        <NewTeamForm />
      </Card>
    </div>
  );
}
