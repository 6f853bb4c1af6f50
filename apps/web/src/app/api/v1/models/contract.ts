import { createModelInput, searchModelsInput } from "@modelgate/core";
import { z } from "zod";
import { modelDto } from "@/server/api-schemas";
import { boolString, defineContract, intString, page } from "@/server/contract";

const s = searchModelsInput.shape;

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/models",
  operationId: "searchModels",
  summary: "Search models",
  tag: "models",
  query: z.object({
    q: s.q.describe("Words in the name or description"),
    team: s.team,
    tag: z.array(z.string().max(300)).max(10).optional().describe("key=value (repeatable)"),
    stage: s.stage.describe("Models with a version in this stage"),
    owner: s.owner.describe("The registrant's email"),
    archived: boolString().optional().describe("Archived models instead (default false)"),
    sort: s.sort.optional(),
    limit: intString(1, 200).optional().describe("Default 50"),
    cursor: s.cursor.describe("The previous page's nextCursor"),
    withTotal: boolString().optional().describe("Also count every match (answers `total`)"),
  }),
  response: {
    status: 200,
    schema: page(modelDto).extend({
      total: z.number().int().optional().describe("Every match, with ?withTotal=true"),
    }),
  },
});

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/models",
  operationId: "createModel",
  summary: "Create a model",
  tag: "models",
  body: createModelInput,
  example: { team: "fraud", name: "card-scorer", description: "Scores card transactions" },
  response: { status: 201, schema: modelDto },
  idempotent: true,
  errors: ["already_exists", "not_found"],
});
