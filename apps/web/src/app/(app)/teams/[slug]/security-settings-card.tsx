"use client";

import { ShieldAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { setSecuritySettingsAction } from "@/actions/teams/set-security-settings";
import { Button } from "@/components/ui/button";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

export interface SecuritySettingsValue {
  onDangerous: "block" | "quarantine";
  extraSafe: string[];
  extraDangerous: string[];
}

const lines = (s: string) =>
  s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Per-index field errors ("extraSafe.2") folded into one message per list. */
function listError(fields: Record<string, string[]> | undefined, key: string, values: string[]) {
  if (!fields) return undefined;
  const bad = Object.entries(fields)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .map(([k, m]) => {
      const i = Number(k.split(".")[1]);
      return Number.isInteger(i) && values[i] ? `${values[i]}: ${m.join(" ")}` : m.join(" ");
    });
  return bad.length ? bad : undefined;
}

/**
 * The team's model-security setting: what a dangerous scan does, and patterns added to the
 * scanner's safe and dangerous lists. Everyone in the team sees it; maintainers change it.
 */
export function SecuritySettingsCard({
  team,
  settings,
  canManage,
}: {
  team: string;
  settings: SecuritySettingsValue;
  canManage: boolean;
}) {
  const uid = useId();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [onDangerous, setOnDangerous] = useState(settings.onDangerous);
  const [extraSafe, setExtraSafe] = useState(settings.extraSafe.join("\n"));
  const [extraDangerous, setExtraDangerous] = useState(settings.extraDangerous.join("\n"));

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    start(async () => {
      const r = await callAction(
        setSecuritySettingsAction({
          team,
          onDangerous,
          extraSafe: lines(extraSafe),
          extraDangerous: lines(extraDangerous),
        }),
      );
      if (!r.ok) return setError(r.error);
      setError(null);
      toast.success("The security settings were saved.");
      router.refresh();
    });
  }

  const f = error?.fields;
  const safeError = listError(f, "extraSafe", lines(extraSafe));
  const dangerousError = listError(f, "extraDangerous", lines(extraDangerous));
  return (
    <section
      aria-labelledby={`${uid}-heading`}
      className="overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm"
    >
      <div className="flex items-center gap-3 border-b px-4 py-3">
        <ShieldAlert className="size-4 text-muted-foreground" aria-hidden />
        <div className="mr-auto min-w-0">
          <h2 id={`${uid}-heading`} className="font-medium">
            Security
          </h2>
          <p className="text-xs text-muted-foreground">
            Every uploaded artifact is scanned for unsafe serialization (pickle imports) before its version
            can be ready.
          </p>
        </div>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4 px-4 py-4" aria-label="Security settings">
        <fieldset className="space-y-2" disabled={!canManage}>
          <legend className="mb-1 text-sm font-medium">When the scan finds an artifact unsafe</legend>
          {(
            [
              ["block", "Block", "The version fails; its reason names the file and the callable."],
              [
                "quarantine",
                "Quarantine",
                "The version can become ready, flagged; downloads need an explicit acknowledgement and the “security scan clean” gate keeps it out of production.",
              ],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className="flex items-start gap-2.5 text-sm">
              <input
                type="radio"
                name={`${uid}-on-dangerous`}
                value={value}
                checked={onDangerous === value}
                onChange={() => setOnDangerous(value)}
                className="mt-0.5 size-4 shrink-0 accent-primary"
              />
              <span>
                <span className="font-medium">{label}</span>
                <span className="block text-xs text-muted-foreground">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={`${uid}-safe`}
            label="Extra safe callables"
            hint="One per line: module.name or module.* (e.g. mylib.models.*); never overrides the dangerous lists"
            error={safeError}
          >
            <Textarea
              {...fieldProps(`${uid}-safe`, safeError, true)}
              value={extraSafe}
              onChange={(e) => setExtraSafe(e.target.value)}
              disabled={!canManage}
              className="font-mono text-xs"
              rows={4}
            />
          </Field>
          <Field
            id={`${uid}-dangerous`}
            label="Extra dangerous callables"
            hint="Checked before the safe lists: a match is always dangerous"
            error={dangerousError}
          >
            <Textarea
              {...fieldProps(`${uid}-dangerous`, dangerousError, true)}
              value={extraDangerous}
              onChange={(e) => setExtraDangerous(e.target.value)}
              disabled={!canManage}
              className="font-mono text-xs"
              rows={4}
            />
          </Field>
        </div>
        <FormError message={error && !safeError && !dangerousError ? error.message : null} />
        {canManage ? (
          <div className="flex justify-end">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? "Saving…" : "Save security settings"}
            </Button>
          </div>
        ) : (
          <p className="text-xs text-muted-foreground">Maintainers change these settings.</p>
        )}
      </form>
    </section>
  );
}
