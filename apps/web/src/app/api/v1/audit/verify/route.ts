import { verifyAuditChain } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { withSigner } from "@/server/audit";
import * as contract from "./contract";

/** Recomputes the whole chain and checks every signed checkpoint (auditors and admins; audited). */
export const POST = apiRoute(contract.POST, async ({ ctx }) => verifyAuditChain(withSigner(ctx)));
