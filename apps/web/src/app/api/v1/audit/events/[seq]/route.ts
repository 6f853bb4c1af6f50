import { DomainError, getAuditEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toAuditEventDto } from "@/server/audit";

/** One audit event by sequence number, within the caller's audit scope. */
export const GET = apiRoute<{ seq: string }>(async ({ ctx, params }) => {
  if (!/^\d{1,15}$/.test(params.seq) || Number(params.seq) < 1)
    throw new DomainError("validation_failed", `'${params.seq.slice(0, 20)}' is not a sequence number.`, {
      fields: { seq: ["Not a sequence number"] },
    });
  return toAuditEventDto(await getAuditEvent(ctx, Number(params.seq)));
});
