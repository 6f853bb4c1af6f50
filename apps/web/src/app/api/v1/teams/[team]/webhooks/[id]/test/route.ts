import { sendTestWebhookEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Queues a `webhook.test` event for this webhook alone. */
export const POST = apiRoute(contract.POST, async ({ ctx, params }) => sendTestWebhookEvent(ctx, params));
