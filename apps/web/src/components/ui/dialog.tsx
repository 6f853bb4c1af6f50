"use client";

import { Loader2, X } from "lucide-react";
import { Dialog as D } from "radix-ui";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export const Dialog = D.Root;
export const DialogTrigger = D.Trigger;
export const DialogClose = D.Close;

export const overlayClass = "fixed inset-0 z-50 bg-black/40 backdrop-blur-[2px]";
export const panelClass =
  "fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 rounded-xl border bg-card p-6 text-card-foreground shadow-xl focus:outline-none";

export function DialogContent({
  title,
  description,
  children,
  className,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <D.Portal>
      <D.Overlay className={overlayClass} />
      <D.Content
        className={cn(panelClass, className)}
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <div className="mb-5 space-y-1.5 pr-8">
          <D.Title className="text-lg font-semibold leading-none tracking-tight">{title}</D.Title>
          {description ? (
            <D.Description className="text-sm text-muted-foreground">{description}</D.Description>
          ) : null}
        </div>
        {children}
        <D.Close
          className="absolute right-4 top-4 rounded-md p-1 text-muted-foreground transition-colors hover:bg-muted hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          aria-label="Close"
        >
          <X className="size-4" />
        </D.Close>
      </D.Content>
    </D.Portal>
  );
}

export function DialogFooter({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className={cn("mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}>
      {children}
    </div>
  );
}

/**
 * The footer of a dialog form: a cancel button that closes it and the submit button with a
 * spinner while pending.
 */
export function FormDialogFooter({
  pending,
  cancelLabel = "Cancel",
  variant = "default",
  icon,
  children,
}: {
  pending: boolean;
  cancelLabel?: string;
  variant?: "default" | "destructive";
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button type="button" variant="outline" disabled={pending}>
          {cancelLabel}
        </Button>
      </DialogClose>
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? <Loader2 className="animate-spin" /> : icon}
        {children}
      </Button>
    </DialogFooter>
  );
}
