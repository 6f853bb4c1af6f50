"use client";

import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { setMetricDefinitionAction } from "@/actions/teams/set-metric-definition";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

export interface MetricDefinitionRow {
  key: string;
  displayName: string;
  unit: string;
  direction: "higher" | "lower";
  description: string;
  updatedAt: string;
}

const directionOptions = [
  { value: "higher", label: "Higher is better", hint: "AUC, precision, click-through rate" },
  { value: "lower", label: "Lower is better", hint: "Latency, error rate, log loss" },
];

function DefinitionForm({
  team,
  existing,
  onDone,
}: {
  team: string;
  existing?: MetricDefinitionRow;
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [direction, setDirection] = useState<"higher" | "lower">(existing?.direction ?? "higher");
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const key = existing?.key ?? String(form.get("key") ?? "").trim();
    start(async () => {
      const r = await callAction(
        setMetricDefinitionAction({
          team,
          key,
          displayName: String(form.get("displayName") ?? ""),
          unit: String(form.get("unit") ?? ""),
          direction,
          description: String(form.get("description") ?? ""),
        }),
      );
      if (!r.ok) return setError(r.error);
      toast.success(`${key} was ${existing ? "updated" : "defined"}.`);
      onDone();
      router.refresh();
    });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Metric definition">
      <Field
        id="metric-key"
        label="Key"
        hint={existing ? "Keys cannot be renamed." : "As recorded on versions, e.g. auc or latency_p99_ms."}
        error={f.key}
      >
        <Input
          {...fieldProps("metric-key", f.key, true)}
          name="key"
          defaultValue={existing?.key}
          disabled={Boolean(existing)}
          className="font-mono"
          autoComplete="off"
          spellCheck={false}
          required
          autoFocus={!existing}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <Field id="metric-name" label="Display name" error={f.displayName}>
          <Input
            {...fieldProps("metric-name", f.displayName)}
            name="displayName"
            defaultValue={existing?.displayName}
            placeholder="p99 latency"
            required
            autoFocus={Boolean(existing)}
          />
        </Field>
        <Field id="metric-unit" label="Unit" error={f.unit}>
          <Input
            {...fieldProps("metric-unit", f.unit)}
            name="unit"
            defaultValue={existing?.unit}
            placeholder="ms"
          />
        </Field>
      </div>
      <Field id="metric-direction" label="Better when" error={f.direction}>
        <Select
          id="metric-direction"
          value={direction}
          onValueChange={(v) => setDirection(v as "higher" | "lower")}
          options={directionOptions}
          invalid={Boolean(f.direction)}
        />
      </Field>
      <Field id="metric-description" label="Description" error={f.description}>
        <Textarea
          {...fieldProps("metric-description", f.description)}
          name="description"
          defaultValue={existing?.description}
          rows={2}
          placeholder="How it is measured, on which data."
        />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>{existing ? "Save" : "Define metric"}</FormDialogFooter>
    </form>
  );
}

/** Add (no `existing`) or edit a team's metric definition. */
export function MetricDefinitionDialog({ team, existing }: { team: string; existing?: MetricDefinitionRow }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {existing ? (
          <Button variant="ghost" size="sm" aria-label={`Edit ${existing.key}`}>
            <Pencil /> Edit
          </Button>
        ) : (
          <Button size="sm">
            <Plus /> Define metric
          </Button>
        )}
      </DialogTrigger>
      <DialogContent
        title={existing ? `Edit ${existing.key}` : "Define a metric"}
        description="Comparisons and the beat-champion gate read the direction; charts show the name and unit."
      >
        <DefinitionForm team={team} existing={existing} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
