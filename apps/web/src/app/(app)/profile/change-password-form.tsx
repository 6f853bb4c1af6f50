"use client";

import { KeyRound, Loader2 } from "lucide-react";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { changePasswordAction } from "@/actions/profile/change-password";
import { Button } from "@/components/ui/button";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { type ActionError, callAction } from "@/lib/action-client";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setError({
        code: "validation_failed",
        message: "The new password and its confirmation differ.",
        fields: { confirmPassword: ["Does not match the new password"] },
      });
      return;
    }
    start(async () => {
      const r = await callAction(changePasswordAction({ currentPassword, newPassword }));
      if (!r.ok) return setError(r.error);
      setError(null);
      formRef.current?.reset();
      toast.success("Password changed. Your other sessions were signed out.");
    });
  }
  const f = error?.fields ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <Field id="current-password" label="Current password" error={f.currentPassword}>
        <Input
          {...fieldProps("current-password", f.currentPassword)}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="new-password"
          label="New password"
          hint={`At least ${minLength} characters.`}
          error={f.newPassword}
        >
          <Input
            {...fieldProps("new-password", f.newPassword, true)}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={minLength}
            required
          />
        </Field>
        <Field id="confirm-password" label="Confirm new password" error={f.confirmPassword}>
          <Input
            {...fieldProps("confirm-password", f.confirmPassword)}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
          />
        </Field>
      </div>
      <FormError message={error?.message} />
      <div className="flex items-center justify-between gap-4">
        <p className="text-xs text-muted-foreground">Other browsers signed in as you are signed out.</p>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <KeyRound />}
          Change password
        </Button>
      </div>
    </form>
  );
}
