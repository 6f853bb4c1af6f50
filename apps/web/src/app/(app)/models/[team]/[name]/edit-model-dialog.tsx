"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { updateModelAction } from "@/actions/registry/update-model";
import { parseKeyValueLines, toKeyValueLines, withFieldErrors } from "@/components/registry/key-values";
import { MarkdownView } from "@/components/registry/markdown";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";
import { cn } from "@/lib/cn";

export interface EditableModel {
  team: string;
  name: string;
  revision: number;
  description: string;
  modelCard: string;
  tags: Record<string, string>;
}

function EditModelForm({ model, onDone }: { model: EditableModel; onDone: () => void }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [card, setCard] = useState(model.modelCard);
  const [preview, setPreview] = useState(false);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const tags = parseKeyValueLines(String(form.get("tags") ?? ""), "tag");
    if (tags.errors.length) {
      return setError({
        code: "validation_failed",
        message: "Fix the tags first.",
        fields: { tags: tags.errors },
      });
    }
    start(async () => {
      const r = await callAction(
        updateModelAction(
          { team: model.team, name: model.name, expectedRevision: model.revision },
          { description: String(form.get("description") ?? "").trim(), modelCard: card, tags: tags.values },
        ),
      );
      if (!r.ok) return setError(withFieldErrors(r.error));
      toast.success(`${model.team}/${model.name} was saved.`);
      onDone();
      router.refresh();
    });
  }
  const f = error?.fields ?? {};
  const conflict = error?.code === "precondition_failed";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Edit model">
      <Field id="edit-description" label="Description" error={f.description}>
        <Textarea
          {...fieldProps("edit-description", f.description)}
          name="description"
          defaultValue={model.description}
          rows={2}
        />
      </Field>
      <div className="space-y-2">
        <div className="flex items-center justify-between">
          <label htmlFor="edit-card" className="text-sm font-medium leading-none">
            Model card
          </label>
          <div className="flex rounded-md border p-0.5 text-xs">
            {(["Write", "Preview"] as const).map((label) => (
              <button
                key={label}
                type="button"
                aria-pressed={preview === (label === "Preview")}
                onClick={() => setPreview(label === "Preview")}
                className={cn(
                  "rounded px-2 py-0.5 font-medium text-muted-foreground",
                  preview === (label === "Preview") && "bg-muted text-foreground",
                )}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
        {preview ? (
          <div className="max-h-96 min-h-64 overflow-y-auto rounded-md border bg-background/50 px-4 py-3">
            {card.trim() ? (
              <MarkdownView source={card} />
            ) : (
              <p className="text-sm text-muted-foreground">Nothing to preview.</p>
            )}
          </div>
        ) : (
          <Textarea
            {...fieldProps("edit-card", f.modelCard, true)}
            value={card}
            onChange={(e) => setCard(e.target.value)}
            rows={14}
            spellCheck
            className="font-mono text-[13px] leading-relaxed"
            placeholder={"# My model\n\n## Intended use\n…"}
          />
        )}
        {f.modelCard ? (
          <p className="text-xs text-destructive">{f.modelCard.join(" ")}</p>
        ) : (
          <p id="edit-card-hint" className="text-xs text-muted-foreground">
            Markdown: intended use, training data, evaluation, limitations. HTML is shown as text.
          </p>
        )}
      </div>
      <Field id="edit-tags" label="Tags" hint="One key=value per line." error={f.tags}>
        <Textarea
          {...fieldProps("edit-tags", f.tags, true)}
          name="tags"
          defaultValue={toKeyValueLines(model.tags)}
          rows={3}
          className="font-mono text-[13px]"
          spellCheck={false}
        />
      </Field>
      <FormError message={error?.message} />
      {conflict ? (
        <p className="text-xs text-muted-foreground">
          Copy your changes, then{" "}
          <button
            type="button"
            className="font-medium text-primary hover:underline"
            onClick={() => window.location.reload()}
          >
            reload the page
          </button>{" "}
          to see the latest version.
        </p>
      ) : null}
      <FormDialogFooter pending={pending}>Save changes</FormDialogFooter>
    </form>
  );
}

export function EditModelDialog({ model }: { model: EditableModel }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Pencil /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit ${model.team}/${model.name}`}
        description="Description, model card and tags. Versions are edited on their own pages."
        className="max-h-[92vh] max-w-3xl overflow-y-auto"
      >
        <EditModelForm key={model.revision} model={model} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
