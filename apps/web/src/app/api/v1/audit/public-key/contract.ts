import { z } from "zod";
import { auditPublicKeyDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/audit/public-key",
  operationId: "auditPublicKey",
  summary: "The Ed25519 key that signs checkpoints and exports (public)",
  description: "JSON, or with `?format=pem` the PEM file itself (for `modelgate audit verify --public-key`).",
  tag: "audit",
  query: z.object({
    format: z.enum(["json", "pem"]).optional().describe("pem: the key as a PEM file download (default json)"),
  }),
  response: { status: 200, schema: auditPublicKeyDto, alsoText: ["application/x-pem-file"] },
  public: true,
});
