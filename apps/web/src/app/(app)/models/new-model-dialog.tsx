"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { createModelAction } from "@/actions/registry/create-model";
import { modelHref } from "@/components/registry/format";
import { withFieldErrors } from "@/components/registry/key-values";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

export interface CreatableTeam {
  slug: string;
  name: string;
}

const NAME_HINT = "Lowercase letters, digits, '.', '_' or '-'; starts and ends with a letter or digit.";

function NewModelForm({ teams, defaultTeam }: { teams: CreatableTeam[]; defaultTeam?: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [team, setTeam] = useState(defaultTeam ?? (teams.length === 1 ? teams[0]!.slug : ""));
  const [name, setName] = useState("");

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const description = String(new FormData(e.currentTarget).get("description") ?? "").trim();
    if (!team)
      return setError({
        code: "validation_failed",
        message: "Choose a team.",
        fields: { team: ["Choose a team"] },
      });
    start(async () => {
      const r = await callAction(createModelAction({ team, name: name.trim(), description }));
      if (!r.ok) return setError(withFieldErrors(r.error));
      toast.success(`${r.data.fullName} was created.`);
      router.push(modelHref(r.data.team, r.data.name));
    });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New model">
      <Field id="model-team" label="Team" error={f.team}>
        <Select
          id="model-team"
          value={team || undefined}
          onValueChange={setTeam}
          placeholder="Choose a team"
          options={teams.map((t) => ({ value: t.slug, label: t.name, hint: t.slug }))}
          invalid={Boolean(f.team)}
        />
      </Field>
      <Field id="model-name" label="Name" hint={NAME_HINT} error={f.name}>
        <div className="flex items-stretch">
          <span className="flex items-center rounded-l-md border border-r-0 border-input bg-muted px-2.5 font-mono text-xs text-muted-foreground">
            {team || "team"}/
          </span>
          <Input
            {...fieldProps("model-name", f.name, true)}
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value.toLowerCase())}
            autoComplete="off"
            spellCheck={false}
            placeholder="fraud-detector"
            className="rounded-l-none font-mono"
            required
            autoFocus
          />
        </div>
      </Field>
      <Field
        id="model-description"
        label="Description"
        hint="One or two sentences: what it predicts, for whom."
        error={f.description}
      >
        <Textarea {...fieldProps("model-description", f.description, true)} name="description" rows={3} />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>Create model</FormDialogFooter>
    </form>
  );
}

export function NewModelDialog({ teams, defaultTeam }: { teams: CreatableTeam[]; defaultTeam?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus /> New model
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New model"
        description="A model groups the versions your pipelines register. Add the model card and tags afterwards."
      >
        <NewModelForm teams={teams} defaultTeam={defaultTeam} />
      </DialogContent>
    </Dialog>
  );
}
