"use client";

import type { Gate } from "@modelgate/core";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { type FormEvent, type ReactNode, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { setPolicyAction } from "@/actions/approvals/set-policy";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type ActionError, callAction } from "@/lib/action-client";
import type { PolicyRow } from "./policies-table";
import { targetLabels } from "./targets";

type Flag = "model_card" | "dataset_recorded" | "artifacts_verified" | "scan_clean";
const flags: { type: Flag; label: string; hint: string }[] = [
  { type: "model_card", label: "Model card present", hint: "The model has a non-empty card" },
  { type: "dataset_recorded", label: "Dataset recorded", hint: "Lineage names the dataset and its version" },
  { type: "artifacts_verified", label: "Artifacts verified", hint: "Every artifact arrived and matched" },
  {
    type: "scan_clean",
    label: "Security scan clean",
    hint: "No uploaded artifact is unsafe (review findings and external files pass, noted)",
  },
];
const ops = [">=", "<=", ">", "<"] as const;

interface MetricRow {
  id: number;
  key: string;
  op: (typeof ops)[number];
  threshold: string;
}
interface BeatRow {
  id: number;
  key: string;
  minDelta: string;
  relative: boolean;
  /** "defined": the team's metric definition decides (higher when undefined). */
  direction: "defined" | "higher" | "lower";
}

let nextId = 1;

function Checkbox({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  label: ReactNode;
  hint?: string;
}) {
  return (
    <label className="flex items-start gap-2.5 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-0.5 size-4 shrink-0 accent-primary"
      />
      <span>
        <span className="font-medium">{label}</span>
        {hint ? <span className="block text-xs text-muted-foreground">{hint}</span> : null}
      </span>
    </label>
  );
}

function EditPolicyForm({
  team,
  model,
  policy,
  onDone,
}: {
  team: string;
  model?: string;
  policy: PolicyRow;
  onDone: () => void;
}) {
  const uid = useId();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [requiredApprovals, setRequiredApprovals] = useState(String(policy.requiredApprovals));
  const [minReviewerRole, setMinReviewerRole] = useState<string>(policy.minReviewerRole);
  const [registrantMayApprove, setRegistrantMayApprove] = useState(policy.registrantMayApprove);
  const [expiryDays, setExpiryDays] = useState(String(policy.expiryDays));
  const [flagOn, setFlagOn] = useState<Record<Flag, boolean>>(() => ({
    model_card: policy.gates.some((g) => g.type === "model_card"),
    dataset_recorded: policy.gates.some((g) => g.type === "dataset_recorded"),
    artifacts_verified: policy.gates.some((g) => g.type === "artifacts_verified"),
    scan_clean: policy.gates.some((g) => g.type === "scan_clean"),
  }));
  const [metricRows, setMetricRows] = useState<MetricRow[]>(() =>
    policy.gates.flatMap((g) =>
      g.type === "metric" ? [{ id: nextId++, key: g.key, op: g.op, threshold: String(g.threshold) }] : [],
    ),
  );
  const [beatRows, setBeatRows] = useState<BeatRow[]>(() =>
    policy.gates.flatMap((g) =>
      g.type === "beat_champion"
        ? [
            {
              id: nextId++,
              key: g.key,
              minDelta: String(g.minDelta),
              relative: g.relative,
              direction: g.direction ?? "defined",
            },
          ]
        : [],
    ),
  );
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const clearRowError = (id: number) =>
    setRowErrors((e) => {
      const { [id]: _gone, ...rest } = e;
      return rest;
    });
  const updateMetric = (id: number, patch: Partial<MetricRow>) => {
    setMetricRows((rows) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
    clearRowError(id);
  };
  const updateBeat = (id: number, patch: Partial<BeatRow>) => {
    setBeatRows((rows) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
    clearRowError(id);
  };

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const problems: Record<number, string> = {};
    const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));
    for (const m of metricRows) {
      if (!m.key.trim()) problems[m.id] = "Name the metric.";
      else if (!Number.isFinite(num(m.threshold))) problems[m.id] = "The threshold must be a number.";
    }
    for (const b of beatRows) {
      if (!b.key.trim()) problems[b.id] = "Name the metric.";
      else if (!(num(b.minDelta) >= 0)) problems[b.id] = "Δ must be a number ≥ 0.";
    }
    setRowErrors(problems);
    if (Object.keys(problems).length) return;
    const gates: Gate[] = [
      ...flags
        .filter((f) => flagOn[f.type])
        .map((f): Gate => {
          if (f.type !== "scan_clean") return { type: f.type };
          const old = policy.gates.find((g) => g.type === "scan_clean");
          return { type: "scan_clean", allowReview: old?.type === "scan_clean" ? old.allowReview : true };
        }),
      ...metricRows.map((m) => ({
        type: "metric" as const,
        key: m.key.trim(),
        op: m.op,
        threshold: Number(m.threshold),
      })),
      ...beatRows.map((b) => ({
        type: "beat_champion" as const,
        key: b.key.trim(),
        minDelta: Number(b.minDelta),
        relative: b.relative,
        direction: b.direction === "defined" ? undefined : b.direction,
      })),
    ];
    start(async () => {
      const r = await callAction(
        setPolicyAction({
          team,
          ...(model ? { model } : {}),
          target: policy.target,
          requiredApprovals: Number(requiredApprovals),
          minReviewerRole: minReviewerRole as "reviewer" | "maintainer",
          registrantMayApprove,
          expiryDays: Number(expiryDays),
          gates,
        }),
      );
      if (!r.ok) return setError(r.error);
      toast.success(
        `The ${targetLabels[policy.target]?.label.toLowerCase() ?? policy.target} policy was saved.`,
      );
      onDone();
    });
  }

  const f = error?.fields ?? {};
  const rowError = (id: number) =>
    rowErrors[id] ? (
      <p className="col-span-full text-xs text-destructive" role="alert">
        {rowErrors[id]}
      </p>
    ) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={`Edit ${policy.target} policy`}>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${uid}-approvals`} label="Required approvals" hint="0 to 5" error={f.requiredApprovals}>
          <Input
            {...fieldProps(`${uid}-approvals`, f.requiredApprovals, true)}
            type="number"
            min={0}
            max={5}
            step={1}
            inputMode="numeric"
            value={requiredApprovals}
            onChange={(e) => setRequiredApprovals(e.target.value)}
          />
        </Field>
        <Field id={`${uid}-role`} label="Min. reviewer role" error={f.minReviewerRole}>
          <Select
            id={`${uid}-role`}
            value={minReviewerRole}
            onValueChange={setMinReviewerRole}
            options={[
              { value: "reviewer", label: "reviewer" },
              { value: "maintainer", label: "maintainer" },
            ]}
            invalid={Boolean(f.minReviewerRole)}
          />
        </Field>
        <Field id={`${uid}-expiry`} label="Expiry (days)" hint="1 to 365" error={f.expiryDays}>
          <Input
            {...fieldProps(`${uid}-expiry`, f.expiryDays, true)}
            type="number"
            min={1}
            max={365}
            step={1}
            inputMode="numeric"
            value={expiryDays}
            onChange={(e) => setExpiryDays(e.target.value)}
          />
        </Field>
      </div>
      <Checkbox
        checked={registrantMayApprove}
        onChange={setRegistrantMayApprove}
        label="Whoever registered the version may approve it"
        hint="The requester never may, whatever this says."
      />

      <fieldset className="space-y-3 rounded-lg border p-4">
        <legend className="px-1 text-sm font-medium">Gates</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {flags.map((g) => (
            <Checkbox
              key={g.type}
              checked={flagOn[g.type]}
              onChange={(on) => setFlagOn((s) => ({ ...s, [g.type]: on }))}
              label={g.label}
              hint={g.hint}
            />
          ))}
        </div>

        {metricRows.length ? (
          <div className="space-y-2">
            <p className="text-xs font-medium text-muted-foreground">Metric thresholds</p>
            <ul className="space-y-2" aria-label="Metric gates">
              {metricRows.map((m, i) => (
                <li key={m.id} className="grid grid-cols-[1fr_5.5rem_7rem_auto] items-center gap-2">
                  <Input
                    aria-label={`Metric gate ${i + 1} key`}
                    placeholder="metric key, e.g. auc"
                    value={m.key}
                    aria-invalid={rowErrors[m.id] ? true : undefined}
                    onChange={(e) => updateMetric(m.id, { key: e.target.value })}
                    className="font-mono text-xs"
                  />
                  <Select
                    aria-label={`Metric gate ${i + 1} operator`}
                    value={m.op}
                    onValueChange={(op) => updateMetric(m.id, { op: op as MetricRow["op"] })}
                    options={ops.map((o) => ({ value: o, label: o }))}
                  />
                  <Input
                    aria-label={`Metric gate ${i + 1} threshold`}
                    type="number"
                    step="any"
                    placeholder="threshold"
                    value={m.threshold}
                    onChange={(e) => updateMetric(m.id, { threshold: e.target.value })}
                  />
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove metric gate ${i + 1}`}
                    onClick={() => setMetricRows((rows) => rows.filter((r) => r.id !== m.id))}
                  >
                    <Trash2 />
                  </Button>
                  {rowError(m.id)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {beatRows.length ? (
          <div className="space-y-2">
            <p className="text-xs font-medium text-muted-foreground">
              Must beat the champion on a metric by at least Δ (absolute, or % of the champion’s value)
            </p>
            <ul className="space-y-2" aria-label="Beat-champion gates">
              {beatRows.map((b, i) => (
                <li key={b.id} className="grid grid-cols-[1fr_5rem_auto_10rem_auto] items-center gap-2">
                  <Input
                    aria-label={`Beat-champion gate ${i + 1} key`}
                    placeholder="metric key"
                    value={b.key}
                    aria-invalid={rowErrors[b.id] ? true : undefined}
                    onChange={(e) => updateBeat(b.id, { key: e.target.value })}
                    className="font-mono text-xs"
                  />
                  <Input
                    aria-label={`Beat-champion gate ${i + 1} minimum improvement`}
                    type="number"
                    min={0}
                    step="any"
                    placeholder="Δ"
                    value={b.minDelta}
                    onChange={(e) => updateBeat(b.id, { minDelta: e.target.value })}
                  />
                  <label
                    className="flex items-center gap-1.5 text-xs"
                    title="Δ in percent of the champion’s value"
                  >
                    <input
                      type="checkbox"
                      checked={b.relative}
                      onChange={(e) => updateBeat(b.id, { relative: e.target.checked })}
                      className="size-4 accent-primary"
                    />
                    %
                  </label>
                  <Select
                    aria-label={`Beat-champion gate ${i + 1} direction`}
                    value={b.direction}
                    onValueChange={(d) => updateBeat(b.id, { direction: d as BeatRow["direction"] })}
                    className="whitespace-nowrap"
                    options={[
                      { value: "defined", label: "as the metric is defined" },
                      { value: "higher", label: "higher is better" },
                      { value: "lower", label: "lower is better" },
                    ]}
                  />
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    aria-label={`Remove beat-champion gate ${i + 1}`}
                    onClick={() => setBeatRows((rows) => rows.filter((r) => r.id !== b.id))}
                  >
                    <Trash2 />
                  </Button>
                  {rowError(b.id)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() =>
              setMetricRows((rows) => [...rows, { id: nextId++, key: "", op: ">=", threshold: "" }])
            }
          >
            <Plus /> Metric threshold
          </Button>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() =>
              setBeatRows((rows) => [
                ...rows,
                { id: nextId++, key: "", minDelta: "0", relative: false, direction: "defined" },
              ])
            }
          >
            <Plus /> Beat the champion
          </Button>
        </div>
      </fieldset>

      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>Save policy</FormDialogFooter>
    </form>
  );
}

export function EditPolicyDialog({
  team,
  model,
  policy,
}: {
  team: string;
  model?: string;
  policy: PolicyRow;
}) {
  const [open, setOpen] = useState(false);
  const label = targetLabels[policy.target]?.label ?? policy.target;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Edit ${label} policy`}>
          <Pencil /> Edit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`${label} policy`}
        description={`${targetLabels[policy.target]?.hint ?? ""} — ${model ? `for ${team}/${model} only (a model override).` : `for every model of ${team} without its own override.`}`}
        className="max-h-[calc(100vh-2rem)] max-w-2xl overflow-y-auto"
      >
        <EditPolicyForm team={team} model={model} policy={policy} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
