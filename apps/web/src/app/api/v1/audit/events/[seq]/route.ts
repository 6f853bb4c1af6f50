import { getAuditEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toAuditEventDto } from "@/server/audit";
import * as contract from "./contract";

/** One audit event by sequence number, within the caller's audit scope. */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) =>
  toAuditEventDto(await getAuditEvent(ctx, params.seq)),
);
