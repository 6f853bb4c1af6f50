import { transitionRequestBody } from "@modelgate/core";
import { requestDto } from "@/server/api-schemas";
import { defineContract, V, versionParams } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: `${V}/transitions`,
  operationId: "requestTransition",
  summary: "Request a stage change, a protected-alias move or a rollback (reviewers decide in the app)",
  description:
    "`{ toStage, reason }`, `{ alias, reason }` (a protected alias) or `{ rollback: true, reason }`. Tokens may request; only people decide.",
  tag: "approvals",
  params: versionParams,
  body: transitionRequestBody,
  example: { toStage: "staging", reason: "Beats the champion on the March hold-out" },
  response: { status: 201, schema: requestDto },
  idempotent: true,
  errors: ["duplicate_request", "invalid_transition", "alias_not_protected"],
});
