import { aliasProtectionBody } from "@modelgate/core";
import { z } from "zod";
import { defineContract, M, modelParams } from "@/server/contract";

export const PUT = defineContract({
  method: "PUT",
  path: `${M}/aliases/{alias}/protection`,
  operationId: "protectAlias",
  summary: "Protect an alias (moves only through approval) or release it (maintainers)",
  tag: "aliases",
  params: modelParams.extend({ alias: z.string().describe("Alias name") }),
  body: aliasProtectionBody,
  example: { protected: true },
  response: {
    status: 200,
    schema: z.strictObject({ alias: z.string(), protected: z.boolean(), changed: z.boolean() }),
  },
  errors: ["alias_protected"],
});
