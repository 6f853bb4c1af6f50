"use client";

import { Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { requestTransitionAction } from "@/actions/approvals/request-transition";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

/**
 * "Roll back to vN": asks to bring an earlier production version back (the rollback policy
 * applies; metric gates are waived because the version passed them before). A reason is required.
 */
export function RollbackButton({
  team,
  name,
  version,
  current,
}: {
  team: string;
  name: string;
  /** The earlier version to bring back (`stageHistory().rollbackCandidate`). */
  version: number;
  /** The version in production now, for the dialog's wording. */
  current?: number | null;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get("reason") ?? "").trim();
    if (!reason) {
      setError({ code: "validation_failed", message: "", fields: { reason: ["Say why you roll back."] } });
      return;
    }
    start(async () => {
      const r = await callAction(requestTransitionAction({ team, name, version, rollback: true, reason }));
      if (!r.ok) return setError(r.error);
      toast.success(
        r.data.status === "applied" ? `Rolled back to v${version}.` : `Rollback to v${version} requested.`,
      );
      setOpen(false);
      router.push(`/approvals/${r.data.id}`);
    });
  }
  const f = error?.fields ?? {};
  return (
    <Dialog open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Undo2 /> Roll back to v{version}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Roll back to v${version}?`}
        description={
          current
            ? `Asks to put v${version} back in production in place of v${current}. It moves once the rollback policy’s approvals are signed.`
            : `Asks to put v${version} back in production. It moves once the rollback policy’s approvals are signed.`
        }
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Roll back">
          <Field
            id="rollback-reason"
            label="Reason"
            hint="What went wrong with the current version."
            error={f.reason}
          >
            <Textarea
              {...fieldProps("rollback-reason", f.reason, true)}
              name="reason"
              rows={3}
              maxLength={2000}
              required
              autoFocus
            />
          </Field>
          <FormError message={error?.message} />
          <FormDialogFooter pending={pending} icon={<Undo2 />}>
            Request rollback
          </FormDialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
