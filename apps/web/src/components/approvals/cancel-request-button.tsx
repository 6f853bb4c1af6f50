"use client";

import { Ban } from "lucide-react";
import { type FormEvent, useState, useTransition } from "react";
import { toast } from "sonner";
import { cancelRequestAction } from "@/actions/approvals/cancel";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger, FormDialogFooter } from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

/** Withdraws a pending request (its requester, or a maintainer of the team). */
export function CancelRequestButton({ requestId }: { requestId: string }) {
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get("reason") ?? "").trim();
    start(async () => {
      const r = await callAction(cancelRequestAction({ requestId, ...(reason ? { reason } : {}) }));
      if (!r.ok) return setError(r.error);
      toast.success("The request was cancelled.");
      setOpen(false);
    });
  }
  const f = error?.fields ?? {};
  return (
    <Dialog open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Ban /> Cancel request
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Cancel this request?"
        description="Nothing moves; signatures already given stay on record. You can ask again later."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <Field id="cancel-reason" label="Reason (optional)" error={f.reason}>
            <Textarea {...fieldProps("cancel-reason", f.reason)} name="reason" rows={2} maxLength={2000} />
          </Field>
          <FormError message={error?.message} />
          <FormDialogFooter pending={pending} cancelLabel="Keep it" variant="destructive">
            Cancel request
          </FormDialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
