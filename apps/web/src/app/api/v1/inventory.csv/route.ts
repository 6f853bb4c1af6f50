import { inventoryCsv, modelInventory } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** The model inventory (SR 11-7) as a CSV download: every readable model, archived ones included. */
export const GET = apiRoute(contract.GET, async ({ ctx }) => {
  const csv = inventoryCsv(await modelInventory(ctx));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="model-inventory-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
