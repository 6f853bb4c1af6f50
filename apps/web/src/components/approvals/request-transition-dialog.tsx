"use client";

import { GitPullRequestArrow, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useState, useTransition } from "react";
import { toast } from "sonner";
import { requestTransitionAction } from "@/actions/approvals/request-transition";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";
import { nextStages, type StageName } from "./format";

export interface TransitionVersion {
  team: string;
  name: string;
  version: number;
  /** The version's current stage; only the legal next stages are offered. */
  stage: StageName;
}

const stageHints: Record<StageName, string> = {
  none: "",
  staging: "Validate before production",
  production: "Becomes the champion",
  archived: "Retire this version",
};

/**
 * The request form on its own (for a page) — target stage, whether the current production
 * version is archived, and the reason; on success the browser goes to the new request.
 */
export function RequestTransitionForm({
  version,
  onCancel,
}: {
  version: TransitionVersion;
  /** Shown as a Cancel button (the dialog passes one; a page may not). */
  onCancel?: () => void;
}) {
  const router = useRouter();
  const targets = nextStages[version.stage] ?? [];
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [toStage, setToStage] = useState<string>(targets[0] ?? "");
  const [archivePrevious, setArchivePrevious] = useState(true);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get("reason") ?? "");
    start(async () => {
      const r = await callAction(
        requestTransitionAction({
          team: version.team,
          name: version.name,
          version: version.version,
          toStage: toStage as "staging" | "production" | "archived",
          ...(toStage === "production" ? { archivePrevious } : {}),
          reason,
        }),
      );
      if (!r.ok) return setError(r.error);
      toast.success(
        r.data.status === "applied"
          ? `v${version.version} moved to ${toStage}: the policy needs no approval.`
          : `Promotion requested: reviewers of ${version.team} have been asked.`,
      );
      router.push(`/approvals/${r.data.id}`);
    });
  }

  if (targets.length === 0)
    return <p className="text-sm text-muted-foreground">A {version.stage} version cannot be promoted.</p>;
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Request promotion">
      <Field id="transition-target" label="Target stage" error={f.toStage}>
        <Select
          id="transition-target"
          value={toStage}
          onValueChange={setToStage}
          options={targets.map((t) => ({ value: t, label: t, hint: stageHints[t] }))}
          invalid={Boolean(f.toStage)}
        />
      </Field>
      {toStage === "production" ? (
        <label className="flex items-start gap-2.5 text-sm">
          <input
            type="checkbox"
            name="archivePrevious"
            checked={archivePrevious}
            onChange={(e) => setArchivePrevious(e.target.checked)}
            className="mt-0.5 size-4 accent-primary"
          />
          <span>
            <span className="font-medium">Archive the current production version</span>
            <span className="block text-xs text-muted-foreground">
              Otherwise it goes back to staging, ready for a rollback.
            </span>
          </span>
        </label>
      ) : null}
      <Field
        id="transition-reason"
        label="Reason"
        hint="Reviewers read this first: what changed, and the evidence."
        error={f.reason}
      >
        <Textarea
          {...fieldProps("transition-reason", f.reason, true)}
          name="reason"
          rows={3}
          maxLength={2000}
          required
        />
      </Field>
      <FormError message={error?.message} />
      <DialogFooterOrRow>
        {onCancel ? (
          <Button type="button" variant="outline" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" disabled={pending || !toStage}>
          {pending ? <Loader2 className="animate-spin" /> : <GitPullRequestArrow />}
          Request promotion
        </Button>
      </DialogFooterOrRow>
    </form>
  );
}

function DialogFooterOrRow({ children }: { children: ReactNode }) {
  return <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">{children}</div>;
}

/** "Request promotion" → a dialog with the form; mount it where a version is shown. */
export function RequestTransitionDialog({
  version,
  size = "sm",
}: {
  version: TransitionVersion;
  size?: "sm" | "default";
}) {
  const [open, setOpen] = useState(false);
  if ((nextStages[version.stage] ?? []).length === 0) return null;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size={size}>
          <GitPullRequestArrow /> Request promotion
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Request promotion of v${version.version}`}
        description={`${version.team}/${version.name} v${version.version} is in ${version.stage}. Reviewers of the team approve or reject with their signature.`}
      >
        <RequestTransitionForm version={version} onCancel={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
