import type { Readable } from "node:stream";
import { and, artifacts, eq, modelVersions } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import { DEFAULT_MAX_ARTIFACT_BYTES } from "./artifact-store";
import { normalizeArtifactPath } from "./refs";
import { loadVersion } from "./versions";

export interface ArtifactRef {
  team: string;
  name: string;
  version: number;
  path: string;
}

function storeOf(ctx: ServiceContext) {
  if (!ctx.artifactStore) throw new Error("No artifact store configured for this context");
  return ctx.artifactStore;
}

/**
 * Streams one declared artifact into the content-addressed store, verifies its size and sha256
 * against what was declared (at registration or in this request), and marks it verified. When
 * the last declared artifact is verified the version becomes `ready` in the same transaction.
 * Bytes are written before the transaction opens, so a slow upload holds no lock; an interrupted
 * one leaves the artifact declared and the version pending — retry the upload.
 */
export async function uploadArtifact(
  ctx: ServiceContext,
  ref: ArtifactRef,
  body: Readable | ReadableStream<Uint8Array>,
  opts: { sha256?: string; size?: number; contentType?: string; maxBytes?: number } = {},
) {
  const path = normalizeArtifactPath(ref.path);
  const { model, version } = await loadVersion(ctx, ref, "artifact.upload");
  const [declared] = await ctx.db
    .select()
    .from(artifacts)
    .where(and(eq(artifacts.versionId, version.id), eq(artifacts.path, path)));
  if (!declared) {
    throw new DomainError(
      "not_found",
      `Artifact ${path} was not declared for ${model.fullName}/${version.version}.`,
    );
  }
  if (declared.external)
    throw new DomainError("conflict", `Artifact ${path} is registered by reference, not uploaded.`);
  if (opts.sha256 && declared.sha256 && opts.sha256 !== declared.sha256) {
    throw new DomainError("unprocessable", "The sha256 sent differs from the one declared at registration.");
  }
  const expectedSha = declared.sha256 ?? opts.sha256;
  const expectedSize = declared.size ?? opts.size;
  if (declared.status === "verified") {
    // A retry of an upload that already succeeded: same content is fine, other content is not.
    if (expectedSha && expectedSha !== declared.sha256)
      throw new DomainError("conflict", `Artifact ${path} is already uploaded.`);
    return { artifact: declared, versionStatus: version.status, alreadyUploaded: true };
  }
  if (version.status !== "pending") {
    throw new DomainError(
      "conflict",
      `Version ${model.fullName}/${version.version} is ${version.status}; its artifacts are fixed.`,
    );
  }

  const limit = Math.min(
    opts.maxBytes ?? DEFAULT_MAX_ARTIFACT_BYTES,
    expectedSize ?? Number.POSITIVE_INFINITY,
  );
  const blob = await storeOf(ctx).put(body, { maxBytes: limit });
  if (expectedSize !== undefined && blob.size !== expectedSize) {
    throw new DomainError("unprocessable", `Received ${blob.size} bytes but ${expectedSize} were declared.`, {
      receivedSize: blob.size,
    });
  }
  if (expectedSha && blob.sha256 !== expectedSha) {
    throw new DomainError("unprocessable", "The uploaded bytes do not match the declared sha256.", {
      receivedSha256: blob.sha256,
    });
  }

  return withTransaction(ctx, async (tx) => {
    // Lock the version: the "last artifact makes it ready" check must see every other upload.
    const [locked] = await tx.db
      .select()
      .from(modelVersions)
      .where(eq(modelVersions.id, version.id))
      .for("update");
    const [current] = await tx.db.select().from(artifacts).where(eq(artifacts.id, declared.id));
    if (current!.status === "verified")
      return { artifact: current!, versionStatus: locked!.status, alreadyUploaded: true };
    const now = new Date();
    const [artifact] = await tx.db
      .update(artifacts)
      .set({
        status: "verified",
        size: blob.size,
        sha256: blob.sha256,
        storageUri: blob.uri,
        contentType: opts.contentType ?? current!.contentType,
        verifiedAt: now,
      })
      .where(eq(artifacts.id, declared.id))
      .returning();
    await emitAudit(tx, {
      action: "artifact.uploaded",
      entityType: "artifact",
      entityId: declared.id,
      teamId: model.teamId,
      modelId: model.id,
      after: { version: `${model.fullName}/${version.version}`, path, size: blob.size, sha256: blob.sha256 },
    });
    const remaining = await tx.db
      .select({ id: artifacts.id })
      .from(artifacts)
      .where(and(eq(artifacts.versionId, version.id), eq(artifacts.status, "declared")));
    let versionStatus = locked!.status;
    if (remaining.length === 0 && locked!.status === "pending") {
      await tx.db
        .update(modelVersions)
        .set({ status: "ready", readyAt: now, updatedAt: now })
        .where(eq(modelVersions.id, version.id));
      await emitAudit(tx, {
        action: "version.ready",
        entityType: "model_version",
        entityId: version.id,
        teamId: model.teamId,
        modelId: model.id,
        before: { status: "pending" },
        after: { status: "ready", version: `${model.fullName}/${version.version}` },
      });
      await enqueueEvent(tx, {
        type: "version.ready",
        teamId: model.teamId,
        modelId: model.id,
        data: {
          model: webhookModelRef(model.id, model.fullName),
          version: { id: version.id, number: version.version },
        },
      });
      versionStatus = "ready";
    }
    return { artifact: artifact!, versionStatus, alreadyUploaded: false };
  });
}

/** Opens a verified, uploaded artifact for streaming download. */
export async function openArtifact(ctx: ServiceContext, ref: ArtifactRef) {
  const path = normalizeArtifactPath(ref.path);
  const { model, version } = await loadVersion(ctx, ref);
  const [artifact] = await ctx.db
    .select()
    .from(artifacts)
    .where(and(eq(artifacts.versionId, version.id), eq(artifacts.path, path)));
  if (!artifact)
    throw new DomainError(
      "not_found",
      `Artifact ${path} of ${model.fullName}/${version.version} was not found.`,
    );
  if (artifact.external) {
    return { artifact, external: artifact.storageUri! } as const;
  }
  if (artifact.status !== "verified" || !artifact.storageUri) {
    throw new DomainError("conflict", `Artifact ${path} has not been uploaded yet.`);
  }
  const { stream, size } = await storeOf(ctx).open(artifact.storageUri);
  return { artifact, stream, size } as const;
}
