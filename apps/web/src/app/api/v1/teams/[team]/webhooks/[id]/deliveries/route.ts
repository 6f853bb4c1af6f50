import { listWebhookDeliveries } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toDeliveryLogDto } from "@/server/webhook-dto";
import * as contract from "./contract";

/** The delivery log: every attempt newest first (`?limit=&cursor=`), and what waits for a retry. */
export const GET = apiRoute(contract.GET, async ({ ctx, params, query }) =>
  toDeliveryLogDto(await listWebhookDeliveries(ctx, params, query)),
);
