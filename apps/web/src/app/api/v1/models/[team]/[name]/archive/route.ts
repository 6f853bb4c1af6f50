import { setModelArchived } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toModelDto } from "@/server/dto";
import * as contract from "./contract";

/** Archive or restore a model (maintainers): `{ "archived": true }`. */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) =>
  toModelDto(await setModelArchived(ctx, params, body.archived)),
);
