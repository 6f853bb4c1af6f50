/** `modelgate webhooks events`: the event types a webhook can receive, with an example payload each. */
import {
  exampleWebhookEvent,
  WEBHOOK_TEST_EVENT,
  type WebhookPayloadType,
  webhookEventDescriptions,
  webhookEventTypes,
} from "../generated/webhook-events.js";
import { UsageError } from "./args.js";
import type { Command } from "./command.js";

const allTypes: WebhookPayloadType[] = [...webhookEventTypes, WEBHOOK_TEST_EVENT];

export const webhookCommands: Record<string, Command> = {
  "webhooks events": {
    usage: "webhooks events [type]",
    summary: "Print the webhook event types and an example payload of each (or of one type)",
    args: [0, 1],
    async run(c) {
      const only = c.args[0];
      if (only && !allTypes.includes(only as WebhookPayloadType))
        throw new UsageError(`unknown event type '${only}'; one of: ${allTypes.join(", ")}`);
      const types = only ? [only as WebhookPayloadType] : allTypes;
      const items = types.map((type) => ({
        type,
        description: webhookEventDescriptions[type],
        example: exampleWebhookEvent(type),
      }));
      const indent = (text: string) => text.replace(/^/gm, "    ");
      c.out(only ? items[0] : { items }, [
        ...(only
          ? []
          : [
              "Every delivery is a JSON POST: { id, type, timestamp, team, actor, data }, with the",
              "Standard Webhooks headers webhook-id (= id, the same on every retry), webhook-timestamp",
              "and webhook-signature. Verify with verifyWebhook() from @modelgate/client.",
              "",
            ]),
        ...items.flatMap((i) => [
          `${i.type}  ${i.description}`,
          indent(JSON.stringify(i.example, null, 2)),
          "",
        ]),
      ]);
    },
  },
};
