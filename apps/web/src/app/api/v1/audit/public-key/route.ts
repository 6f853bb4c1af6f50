import { apiRoute } from "@/server/api-route";
import { getRuntime } from "@/server/runtime";
import * as contract from "./contract";

export const dynamic = "force-dynamic";

/**
 * The Ed25519 key that signs checkpoints and exports (public, like any public key): JSON, or the
 * PEM file itself with `?format=pem` (for `modelgate audit verify --public-key`).
 */
export const GET = apiRoute(contract.GET, async ({ query }) => {
  const { keyId, publicKeyPem } = (await getRuntime()).auditSigner;
  if (query.format === "pem")
    return new Response(publicKeyPem, {
      headers: {
        "content-type": "application/x-pem-file",
        "content-disposition": `attachment; filename="modelgate-audit-${keyId}.pem"`,
      },
    });
  return { keyId, publicKeyPem, algorithm: "Ed25519" as const };
});
