"use client";

import { Loader2, Reply, Send } from "lucide-react";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { addRequestCommentAction } from "@/actions/approvals/add-comment";
import { addVersionCommentAction } from "@/actions/approvals/add-version-comment";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

/** What a thread hangs on: a request, or a version of a model. */
export type CommentTarget = { requestId: string } | { team: string; name: string; version: number };

/** Writes a comment (markdown) on a request or a version, or a reply to one. */
export function CommentForm({
  target,
  parentId,
  onDone,
  autoFocus,
}: {
  target: CommentTarget;
  parentId?: string;
  onDone?: () => void;
  autoFocus?: boolean;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = parentId ? `reply-${parentId}` : "new-comment";
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = String(new FormData(e.currentTarget).get("body") ?? "");
    start(async () => {
      const comment = { body, ...(parentId ? { parentId } : {}) };
      const r = await callAction(
        "requestId" in target
          ? addRequestCommentAction({ requestId: target.requestId, ...comment })
          : addVersionCommentAction({ ...target, ...comment }),
      );
      if (!r.ok) return setError(r.error);
      setError(null);
      formRef.current?.reset();
      onDone?.();
    });
  }
  const f = error?.fields ?? {};
  const fieldError = f.body?.join(" ");
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor={id} className="sr-only">
        {parentId ? "Reply" : "Comment"}
      </label>
      <Textarea
        id={id}
        name="body"
        rows={parentId ? 2 : 3}
        maxLength={10_000}
        placeholder={parentId ? "Write a reply…" : "Add a comment… (Markdown)"}
        aria-invalid={fieldError ? true : undefined}
        autoFocus={autoFocus}
        required
      />
      {fieldError ? <p className="text-xs text-destructive">{fieldError}</p> : null}
      <FormError message={fieldError ? null : error?.message} />
      <div className="flex items-center justify-end gap-2">
        {onDone && parentId ? (
          <Button type="button" variant="ghost" size="sm" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : parentId ? <Reply /> : <Send />}
          {parentId ? "Reply" : "Comment"}
        </Button>
      </div>
    </form>
  );
}

/** A "Reply" link under a comment that opens the reply form in place. */
export function ReplyToggle({
  target,
  parentId,
  author,
}: {
  target: CommentTarget;
  parentId: string;
  author: string;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button
        variant="ghost"
        size="sm"
        className="-ml-2 h-7 text-muted-foreground"
        onClick={() => setOpen(true)}
        aria-label={`Reply to ${author}`}
      >
        <Reply /> Reply
      </Button>
    );
  return (
    <div className="mt-2">
      <CommentForm target={target} parentId={parentId} onDone={() => setOpen(false)} autoFocus />
    </div>
  );
}
