"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { updateVersionAction } from "@/actions/registry/update-version";
import { parseKeyValueLines, toKeyValueLines, withFieldErrors } from "@/components/registry/key-values";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

export interface EditableVersion {
  team: string;
  name: string;
  version: number;
  revision: number;
  description: string;
  tags: Record<string, string>;
}

function EditVersionForm({ v, onDone }: { v: EditableVersion; onDone: () => void }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const tags = parseKeyValueLines(String(form.get("tags") ?? ""), "tag");
    if (tags.errors.length)
      return setError({
        code: "validation_failed",
        message: "Fix the tags first.",
        fields: { tags: tags.errors },
      });
    start(async () => {
      const r = await callAction(
        updateVersionAction(
          { team: v.team, name: v.name, version: v.version, expectedRevision: v.revision },
          { description: String(form.get("description") ?? "").trim(), tags: tags.values },
        ),
      );
      if (!r.ok) return setError(withFieldErrors(r.error));
      toast.success(`v${v.version} was saved.`);
      onDone();
      router.refresh();
    });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Edit version">
      <Field id="version-description" label="Description" error={f.description}>
        <Textarea
          {...fieldProps("version-description", f.description)}
          name="description"
          defaultValue={v.description}
          rows={4}
          autoFocus
        />
      </Field>
      <Field id="version-tags" label="Tags" hint="One key=value per line." error={f.tags}>
        <Textarea
          {...fieldProps("version-tags", f.tags, true)}
          name="tags"
          defaultValue={toKeyValueLines(v.tags)}
          rows={4}
          className="font-mono text-[13px]"
          spellCheck={false}
        />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>Save changes</FormDialogFooter>
    </form>
  );
}

export function EditVersionDialog({ version }: { version: EditableVersion }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Pencil /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit v${version.version}`}
        description="Description and tags stay editable after a version is ready; artifacts, metrics, params and lineage do not."
      >
        <EditVersionForm key={version.revision} v={version} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
