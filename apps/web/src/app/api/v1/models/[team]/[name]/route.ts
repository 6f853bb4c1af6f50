import { loadModel, updateModel } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toModelDto } from "@/server/dto";
import * as contract from "./contract";

export const GET = apiRoute(contract.GET, async ({ ctx, params }) =>
  toModelDto(await loadModel(ctx, params.team, params.name)),
);

export const PATCH = apiRoute(contract.PATCH, async ({ ctx, params, body, expectedRevision }) =>
  toModelDto(await updateModel(ctx, { ...params, expectedRevision }, body)),
);
