"use client";

import { Pause, Play, Send, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { deleteWebhookAction } from "@/actions/webhooks/delete-webhook";
import { sendTestWebhookEventAction } from "@/actions/webhooks/send-test-webhook-event";
import { updateWebhookAction } from "@/actions/webhooks/update-webhook";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { toastAction } from "@/lib/action-client";

interface Ref {
  team: string;
  id: string;
}

export function SendTestButton({ webhook }: { webhook: Ref }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      disabled={pending}
      onClick={() =>
        start(async () => {
          if (
            await toastAction(
              sendTestWebhookEventAction(webhook),
              "Test event queued; it is sent within seconds.",
            )
          )
            router.refresh();
        })
      }
    >
      <Send /> Send test event
    </Button>
  );
}

export function ActiveToggle({
  webhook,
  active,
  revision,
}: {
  webhook: Ref;
  active: boolean;
  revision: number;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const set = (on: boolean) =>
    toastAction(
      updateWebhookAction({ ...webhook, revision }, { active: on }),
      on ? "Webhook turned on; waiting deliveries resume." : "Webhook turned off.",
    ).then((ok) => ok && router.refresh());
  if (!active)
    return (
      <Button
        variant="outline"
        size="sm"
        disabled={pending}
        onClick={() => start(async () => void (await set(true)))}
      >
        <Play /> Turn on
      </Button>
    );
  return (
    <Confirm
      trigger={
        <Button variant="outline" size="sm">
          <Pause /> Turn off
        </Button>
      }
      title="Turn this webhook off?"
      description="No new events are queued for it while it is off. Deliveries already waiting resume when you turn it back on."
      confirmLabel="Turn off"
      onConfirm={() => set(false)}
    />
  );
}

export function DeleteWebhookButton({ webhook, url }: { webhook: Ref; url: string }) {
  const router = useRouter();
  return (
    <Confirm
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          <Trash2 /> Delete
        </Button>
      }
      title="Delete this webhook?"
      description={`${url} gets no more events, and its delivery log is deleted. The audit trail keeps the record.`}
      confirmLabel="Delete webhook"
      destructive
      onConfirm={async () => {
        if (await toastAction(deleteWebhookAction(webhook), "Webhook deleted."))
          router.push(`/teams/${encodeURIComponent(webhook.team)}/webhooks`);
      }}
    />
  );
}

/** Refreshes the page every couple of seconds while an attempt is about to happen. */
export function LiveRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(t);
  }, [active, router]);
  return null;
}
