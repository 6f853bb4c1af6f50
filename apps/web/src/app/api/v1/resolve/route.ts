import { resolveModelRef } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** `?ref=team/name@champion` (or `team/name/3`, `team/name@latest`) → the version and its artifacts. */
export const GET = apiRoute(contract.GET, async ({ ctx, query }) => resolveModelRef(ctx, query.ref));
