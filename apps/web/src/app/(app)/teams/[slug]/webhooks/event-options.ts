import { webhookEventDescriptions, webhookEventTypes } from "@modelgate/core";
import type { EventOption } from "./webhook-dialogs";

/** The event filter's choices, for the create and edit dialogs. */
export const eventOptions: EventOption[] = webhookEventTypes.map((type) => ({
  type,
  description: webhookEventDescriptions[type],
}));
