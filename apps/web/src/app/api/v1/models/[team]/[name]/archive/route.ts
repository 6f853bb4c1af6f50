import { DomainError, setModelArchived } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toModelDto } from "@/server/dto";

/** Archive or restore a model (maintainers): `{ "archived": true }`. */
export const POST = apiRoute<{ team: string; name: string }>(
  async ({ ctx, params, body }) => {
    const archived = (body as { archived?: unknown })?.archived;
    if (typeof archived !== "boolean") {
      throw new DomainError("validation_failed", 'Send { "archived": true | false }.', {
        fields: { archived: ["Required boolean"] },
      });
    }
    return toModelDto(await setModelArchived(ctx, params, archived));
  },
  { json: true },
);
