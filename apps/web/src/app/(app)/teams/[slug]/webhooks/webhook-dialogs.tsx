"use client";

import { KeyRound, Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { createWebhookAction } from "@/actions/webhooks/create-webhook";
import { rotateWebhookSecretAction } from "@/actions/webhooks/rotate-webhook-secret";
import { updateWebhookAction } from "@/actions/webhooks/update-webhook";
import { SecretReveal } from "@/components/secret-reveal";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
  FormDialogFooter,
} from "@/components/ui/dialog";
import { Field, FormError, fieldProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { type ActionError, callAction } from "@/lib/action-client";

export interface EventOption {
  type: string;
  description: string;
}

export interface EditableWebhook {
  id: string;
  url: string;
  description: string;
  events: string[];
  revision: number;
}

const groups: [string, string][] = [
  ["model.", "Models"],
  ["version.", "Versions"],
  ["transition.", "Approvals"],
  ["alias.", "Aliases"],
  ["comment.", "Comments"],
];

/** The event filter: checkboxes grouped by entity, with select all / none. */
function EventPicker({
  options,
  selected,
  onChange,
  error,
}: {
  options: EventOption[];
  selected: Set<string>;
  onChange: (s: Set<string>) => void;
  error?: string[];
}) {
  const uid = useId();
  const all = selected.size === options.length;
  const toggle = (type: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(type);
    else next.delete(type);
    onChange(next);
  };
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${uid}-error` : undefined}>
      <div className="flex items-center justify-between">
        <legend className="text-sm font-medium">Events</legend>
        <button
          type="button"
          className="text-xs text-primary hover:underline"
          onClick={() => onChange(all ? new Set() : new Set(options.map((o) => o.type)))}
        >
          {all ? "Select none" : "Select all"}
        </button>
      </div>
      <div className="max-h-64 space-y-3 overflow-y-auto rounded-md border bg-muted/30 p-3">
        {groups.map(([prefix, label]) => {
          const inGroup = options.filter((o) => o.type.startsWith(prefix));
          if (inGroup.length === 0) return null;
          return (
            <div key={prefix} className="space-y-1.5">
              <p className="text-[11px] font-medium uppercase tracking-wide text-muted-foreground">{label}</p>
              {inGroup.map((o) => (
                <label key={o.type} className="flex items-start gap-2.5 text-sm">
                  <input
                    type="checkbox"
                    name="events"
                    value={o.type}
                    checked={selected.has(o.type)}
                    onChange={(e) => toggle(o.type, e.target.checked)}
                    className="mt-0.5 size-4 shrink-0 accent-primary"
                  />
                  <span className="min-w-0">
                    <span className="font-mono text-xs font-medium">{o.type}</span>
                    <span className="block text-xs text-muted-foreground">{o.description}</span>
                  </span>
                </label>
              ))}
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={`${uid}-error`} className="text-xs text-destructive">
          {error.join(" ")}
        </p>
      ) : (
        <p className="text-xs text-muted-foreground">
          {selected.size} of {options.length} selected. New event types are not added to a webhook on their
          own.
        </p>
      )}
    </fieldset>
  );
}

/** What a receiver does with the secret: shown with it, once. */
function VerifySnippet() {
  return (
    <div className="space-y-1.5">
      <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
        Verify each delivery
      </p>
      <pre className="overflow-x-auto rounded-md border bg-muted px-3 py-2 font-mono text-xs leading-relaxed">
        {`import { verifyWebhook } from "@modelgate/client";

// rawBody: the request body exactly as received
const event = verifyWebhook(process.env.MODELGATE_WEBHOOK_SECRET,
  req.headers, rawBody); // throws unless signed and recent
if (seen(event.id)) return; // retries repeat the same id`}
      </pre>
    </div>
  );
}

function WebhookForm({
  team,
  options,
  existing,
  onDone,
}: {
  team: string;
  options: EventOption[];
  existing?: EditableWebhook;
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [events, setEvents] = useState<Set<string>>(new Set(existing?.events ?? options.map((o) => o.type)));
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const url = String(form.get("url") ?? "");
    const description = String(form.get("description") ?? "");
    const chosen = options.map((o) => o.type).filter((t) => events.has(t)) as never[];
    start(async () => {
      if (existing) {
        const r = await callAction(
          updateWebhookAction(
            { team, id: existing.id, revision: existing.revision },
            { url, description, events: chosen },
          ),
        );
        if (!r.ok) return setError(r.error);
        toast.success("Webhook saved.");
        onDone();
        router.refresh();
        return;
      }
      const r = await callAction(createWebhookAction({ team, url, description, events: chosen }));
      if (!r.ok) return setError(r.error);
      setError(null);
      setCreated({ id: r.data.id, secret: r.data.secret });
      router.refresh();
    });
  }

  if (created) {
    return (
      <>
        <SecretReveal
          label="Signing secret"
          value={created.secret}
          testId="new-webhook-secret"
          warning={
            <>
              Give this secret to the receiver now (e.g. as MODELGATE_WEBHOOK_SECRET).{" "}
              <strong>It will not be shown again</strong> — rotate it if it is lost.
            </>
          }
        >
          <VerifySnippet />
        </SecretReveal>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Close</Button>
          </DialogClose>
          <Button onClick={() => router.push(`/teams/${encodeURIComponent(team)}/webhooks/${created.id}`)}>
            Open webhook
          </Button>
        </DialogFooter>
      </>
    );
  }

  const f = error?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Webhook">
      <Field
        id="webhook-url"
        label="Payload URL"
        hint="Modelgate POSTs JSON here. Private and loopback addresses are refused unless an administrator allows them."
        error={f.url}
      >
        <Input
          {...fieldProps("webhook-url", f.url, true)}
          name="url"
          type="url"
          inputMode="url"
          defaultValue={existing?.url}
          placeholder="https://ci.example.com/hooks/modelgate"
          className="font-mono"
          autoComplete="off"
          spellCheck={false}
          required
          autoFocus
        />
      </Field>
      <Field id="webhook-description" label="Description" error={f.description}>
        <Textarea
          {...fieldProps("webhook-description", f.description)}
          name="description"
          defaultValue={existing?.description}
          rows={2}
          maxLength={500}
          placeholder="What listens here, e.g. “deploy pipeline” or “#ml-releases in chat”."
        />
      </Field>
      <EventPicker options={options} selected={events} onChange={setEvents} error={f.events} />
      <FormError message={error?.message} />
      <FormDialogFooter pending={pending}>{existing ? "Save" : "Create webhook"}</FormDialogFooter>
    </form>
  );
}

/** New webhook (no `existing`) or edit one. A new webhook's secret is shown once, in the dialog. */
export function WebhookFormDialog({
  team,
  options,
  existing,
}: {
  team: string;
  options: EventOption[];
  existing?: EditableWebhook;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {existing ? (
          <Button variant="outline" size="sm">
            <Pencil /> Edit
          </Button>
        ) : (
          <Button size="sm">
            <Plus /> New webhook
          </Button>
        )}
      </DialogTrigger>
      <DialogContent
        title={existing ? "Edit webhook" : "New webhook"}
        description={
          existing
            ? "Changes apply to events from now on."
            : "Registry events are POSTed as signed JSON (Standard Webhooks) and retried for over a day."
        }
        className="max-w-xl"
      >
        <WebhookForm team={team} options={options} existing={existing} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

const overlapOptions = [
  { value: "24", label: "24 hours", hint: "The previous secret also signs for a day" },
  { value: "1", label: "1 hour" },
  { value: "168", label: "7 days" },
  { value: "0", label: "None", hint: "The previous secret stops at once" },
];

/** A new signing secret, shown once; the previous one keeps signing during the overlap. */
export function RotateSecretDialog({ team, id }: { team: string; id: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [overlap, setOverlap] = useState("24");
  const [error, setError] = useState<ActionError | null>(null);
  const [rotated, setRotated] = useState<{ secret: string; until: Date | null } | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    start(async () => {
      const r = await callAction(rotateWebhookSecretAction({ team, id }, Number(overlap)));
      if (!r.ok) return setError(r.error);
      setError(null);
      setRotated({ secret: r.data.secret, until: r.data.previousSecretExpiresAt });
      router.refresh();
    });
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setRotated(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <KeyRound /> Rotate secret
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Rotate the signing secret"
        description="Deliveries are signed with a new secret. During the overlap they carry a second signature with the previous one, so the receiver can switch without losing any."
      >
        {rotated ? (
          <>
            <SecretReveal
              label="New signing secret"
              value={rotated.secret}
              testId="rotated-webhook-secret"
              warning={
                <>
                  Update the receiver{" "}
                  {rotated.until
                    ? `before ${rotated.until.toISOString().slice(0, 16).replace("T", " ")} UTC, when the previous secret stops signing`
                    : "now: the previous secret no longer signs"}
                  . <strong>This secret will not be shown again.</strong>
                </>
              }
            />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={onSubmit} className="space-y-4">
            <Field id="rotate-overlap" label="Keep the previous secret signing for">
              <Select
                id="rotate-overlap"
                value={overlap}
                onValueChange={setOverlap}
                options={overlapOptions}
              />
            </Field>
            <FormError message={error?.message} />
            <FormDialogFooter pending={pending} icon={<KeyRound />}>
              Rotate secret
            </FormDialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
