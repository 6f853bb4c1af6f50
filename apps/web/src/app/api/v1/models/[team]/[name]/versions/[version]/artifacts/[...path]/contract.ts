import { z } from "zod";
import { uploadDto } from "@/server/api-schemas";
import { defineContract, V, versionParams } from "@/server/contract";

const params = versionParams.extend({
  path: z.string().describe("The artifact's path in the version, e.g. model/model.pkl (slashes allowed)"),
});

export const PUT = defineContract({
  method: "PUT",
  path: `${V}/artifacts/{path}`,
  operationId: "uploadArtifact",
  summary: "Upload a declared artifact (raw body, streamed)",
  description:
    "Optional headers: `x-checksum-sha256` (hex; a mismatch answers 422), `Content-Length`, `Content-Type`. 200 when these bytes were already uploaded.",
  tag: "artifacts",
  params,
  rawBody: true,
  response: { status: 201, schema: uploadDto },
  errors: ["artifact_state", "unprocessable", "upload_interrupted", "store_unavailable"],
});

export const GET = defineContract({
  method: "GET",
  path: `${V}/artifacts/{path}`,
  operationId: "downloadArtifact",
  summary:
    "Download an artifact (streamed; ETag = sha256, If-None-Match → 304; `Range: bytes=…` → 206 with Content-Range, outside the file → 416 range_not_satisfiable; with S3 presigned downloads a clean artifact answers 302). An artifact the security scan found unsafe answers 409 unsafe_artifact unless ?acknowledge=unsafe",
  tag: "artifacts",
  params,
  query: z.object({
    acknowledge: z
      .enum(["unsafe"])
      .optional()
      .describe("Download an artifact the security scan found unsafe (audited)"),
  }),
  response: { status: 200, binary: true },
  errors: ["unsafe_artifact", "artifact_state", "range_not_satisfiable", "store_unavailable"],
});
