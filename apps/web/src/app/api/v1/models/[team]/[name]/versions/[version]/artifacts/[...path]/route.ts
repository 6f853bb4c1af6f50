import { Readable } from "node:stream";
import { DomainError, openArtifact, uploadArtifact } from "@modelgate/core";
import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api-route";
import { getConfig } from "@/server/config";
import { reply } from "@/server/contract";
import { toArtifactScanDto } from "@/server/dto";
import * as contract from "./contract";

/**
 * Upload one declared artifact as the raw request body, streamed to the store. Optional headers:
 * `x-checksum-sha256` (hex), `Content-Length`, `Content-Type`.
 */
export const PUT = apiRoute(contract.PUT, async ({ req, ctx, params }) => {
  if (!req.body) throw new DomainError("validation_failed", "Send the artifact's bytes as the request body.");
  const sha = req.headers.get("x-checksum-sha256")?.toLowerCase();
  if (sha && !/^[0-9a-f]{64}$/.test(sha))
    throw new DomainError("validation_failed", "x-checksum-sha256 must be 64 hex characters.");
  const length = req.headers.get("content-length");
  const result = await uploadArtifact(ctx, params, req.body, {
    sha256: sha,
    size: length && /^\d+$/.test(length) ? Number(length) : undefined,
    contentType: req.headers.get("content-type") ?? undefined,
  });
  return reply(
    {
      path: result.artifact.path,
      size: result.artifact.size,
      sha256: result.artifact.sha256,
      versionStatus: result.versionStatus,
      alreadyUploaded: result.alreadyUploaded,
      failureReason: result.failureReason ?? null,
      scan: toArtifactScanDto(result.artifact),
    },
    { status: result.alreadyUploaded ? 200 : 201 },
  );
});

/**
 * Download: streamed from the store with Content-Length, the sha256 as a strong ETag
 * (If-None-Match → 304) and byte ranges (`Range: bytes=…` → 206, If-Range honoured; outside the
 * file → 416) so large models resume. External artifacts answer with their URI. With S3 and
 * MODELGATE_S3_PRESIGNED_DOWNLOADS, a clean artifact redirects to a short-lived presigned URL.
 * An artifact the security scan found unsafe needs `?acknowledge=unsafe` (else 409 unsafe_artifact).
 */
export const GET = apiRoute(contract.GET, async ({ req, ctx, params, query }) => {
  const store = getConfig().artifactStore;
  const opened = await openArtifact(ctx, params, {
    acknowledgeUnsafe: query.acknowledge === "unsafe",
    range: req.headers.get("range"),
    ifRange: req.headers.get("if-range"),
    presign: store.kind === "s3" && store.presignedDownloads ? { expiresInSeconds: 300 } : undefined,
  });
  if ("external" in opened)
    return NextResponse.json({ path: opened.artifact.path, external: true, uri: opened.external });
  const etag = `"${opened.artifact.sha256}"`;
  if ("url" in opened)
    return NextResponse.redirect(opened.url, { status: 302, headers: { "cache-control": "no-store" } });
  if ((req.headers.get("if-none-match") ?? "").split(",").some((t) => t.trim() === etag)) {
    opened.stream.destroy();
    return new NextResponse(null, { status: 304, headers: { etag } });
  }
  const filename = opened.artifact.path.split("/").at(-1) ?? "artifact";
  const headers: Record<string, string> = {
    "content-type": opened.artifact.contentType,
    etag,
    "accept-ranges": "bytes",
    "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
    "x-checksum-sha256": opened.artifact.sha256 ?? "",
  };
  const body = Readable.toWeb(opened.stream) as ReadableStream;
  if (!opened.range)
    return new NextResponse(body, { headers: { ...headers, "content-length": String(opened.size) } });
  const { start, end } = opened.range;
  return new NextResponse(body, {
    status: 206,
    headers: {
      ...headers,
      "content-length": String(end - start + 1),
      "content-range": `bytes ${start}-${end}/${opened.size}`,
    },
  });
});
