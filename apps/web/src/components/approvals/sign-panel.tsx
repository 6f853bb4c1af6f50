"use client";

import { CircleCheck, CircleX, Info, PenLine } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { decideAction } from "@/actions/approvals/decide";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

type Decision = "approve" | "reject";

function SignForm({
  requestId,
  decision,
  meaning,
  signer,
  onDone,
}: {
  requestId: string;
  decision: Decision;
  meaning: string;
  signer: string;
  onDone: () => void;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get("password") ?? "");
    const reason = String(form.get("reason") ?? "").trim();
    if (decision === "reject" && !reason) {
      setError({ code: "validation_failed", message: "", fields: { reason: ["Say why you reject."] } });
      return;
    }
    start(async () => {
      const r = await callAction(
        decideAction({ requestId, decision, password, ...(reason ? { reason } : {}) }),
      );
      if (!r.ok) return setError(r.error);
      toast.success(
        r.data.status === "applied"
          ? "Signed. The change has been applied."
          : r.data.status === "rejected"
            ? "Signed. The request is rejected."
            : "Signed. More approvals are needed.",
      );
      onDone();
    });
  }
  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="rounded-lg border bg-muted/40 px-3 py-2.5 text-sm">
        <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">You are signing</p>
        <p className="mt-1 font-medium" data-testid="signature-meaning">
          {meaning}
        </p>
        <p className="mt-1 text-xs text-muted-foreground">
          as <span className="font-medium text-foreground">{signer}</span>, at the current UTC time, on the
          version’s content as it is now.
        </p>
      </div>
      <Field
        id="sign-password"
        label="Your password"
        hint="Re-enter your password: this decision is an electronic signature."
        error={f.password}
      >
        <Input
          {...fieldProps("sign-password", f.password, true)}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
        />
      </Field>
      <Field
        id="sign-reason"
        label={decision === "reject" ? "Reason" : "Reason (optional)"}
        hint={decision === "reject" ? "Required: the requester sees it." : "Recorded with your signature."}
        error={f.reason}
      >
        <Textarea
          {...fieldProps("sign-reason", f.reason, true)}
          name="reason"
          rows={3}
          maxLength={2000}
          required={decision === "reject"}
        />
      </Field>
      <FormError message={error?.message} />
      <FormDialogFooter
        pending={pending}
        variant={decision === "reject" ? "destructive" : "default"}
        icon={<PenLine />}
      >
        {decision === "approve" ? "Sign and approve" : "Sign and reject"}
      </FormDialogFooter>
    </form>
  );
}

function SignDialog({
  requestId,
  decision,
  meaning,
  signer,
  disabled,
  title,
}: {
  requestId: string;
  decision: Decision;
  meaning: string;
  signer: string;
  disabled?: boolean;
  title?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button
          variant={decision === "approve" ? "default" : "outline"}
          disabled={disabled}
          title={title}
          className="flex-1"
        >
          {decision === "approve" ? <CircleCheck /> : <CircleX />}
          {decision === "approve" ? "Approve" : "Reject"}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={decision === "approve" ? "Approve with your signature" : "Reject with your signature"}
        description="Your name, the time, the meaning below and the version’s content hash are recorded in the audit trail."
      >
        <SignForm
          requestId={requestId}
          decision={decision}
          meaning={meaning}
          signer={signer}
          onDone={() => setOpen(false)}
        />
      </DialogContent>
    </Dialog>
  );
}

/**
 * Approve / Reject for a reviewer who may decide; otherwise the reason they may not, as a note.
 * The service enforces every rule again (four-eyes, role, gates, password).
 */
export function SignPanel({
  requestId,
  signer,
  meanings,
  cannotDecideBecause,
  canApprove,
  approveBlockedBecause,
}: {
  requestId: string;
  signer: string;
  meanings: Record<Decision, string>;
  cannotDecideBecause: string | null;
  canApprove: boolean;
  approveBlockedBecause: string | null;
}) {
  if (cannotDecideBecause) {
    return (
      <p
        className="flex items-start gap-2 rounded-lg border bg-muted/40 px-3 py-2.5 text-sm text-muted-foreground"
        data-testid="cannot-decide"
      >
        <Info className="mt-0.5 size-4 shrink-0" />
        {cannotDecideBecause}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex gap-2">
        <SignDialog
          requestId={requestId}
          decision="approve"
          meaning={meanings.approve}
          signer={signer}
          disabled={!canApprove}
          title={canApprove ? undefined : (approveBlockedBecause ?? undefined)}
        />
        <SignDialog requestId={requestId} decision="reject" meaning={meanings.reject} signer={signer} />
      </div>
      {!canApprove && approveBlockedBecause ? (
        <p className="text-xs text-destructive" data-testid="approve-blocked">
          {approveBlockedBecause}
        </p>
      ) : null}
    </div>
  );
}
