import { DomainError, resolveModelRef } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

/** `?ref=team/name@champion` (or `team/name/3`, `team/name@latest`) → the version and its artifacts. */
export const GET = apiRoute(async ({ req, ctx }) => {
  const ref = req.nextUrl.searchParams.get("ref");
  if (!ref)
    throw new DomainError("validation_failed", "Pass ?ref=team/name@alias", {
      fields: { ref: ["Required"] },
    });
  return resolveModelRef(ctx, ref);
});
