import { verifyAuditChain } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { withSigner } from "@/server/audit";

/** Recomputes the whole chain and checks every signed checkpoint (auditors and admins; audited). */
export const POST = apiRoute(async ({ ctx }) => verifyAuditChain(withSigner(ctx)));
