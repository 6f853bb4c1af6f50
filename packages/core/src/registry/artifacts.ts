import type { Readable } from "node:stream";
import { and, artifacts, eq, modelVersions, teams } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError, isDomainError } from "../errors";
import { scanArtifact } from "../security/scan";
import type { ScanResult } from "../security/types";
import { securitySettingsOf } from "../teams/security-settings";
import type { WebhookVersionScan } from "../webhooks/events";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import { blockedReason, notableFindings, scanAuditSummary, storedScanResult, worstOf } from "./artifact-scan";
import { type ByteRange, clampRange, DEFAULT_MAX_ARTIFACT_BYTES, parseByteRange } from "./artifact-store";
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
 * against what was declared (at registration or in this request), scans it (core/security: read
 * from the store with positional reads, constant memory, under the team's extra lists) and marks
 * it verified with the scan result. When the last declared artifact is verified the version
 * becomes `ready` in the same transaction. An unsafe scan (dangerous, rejected, unparseable,
 * invalid) applies the team's setting: `block` fails the version at once (its reason names the
 * file and callable); `quarantine` lets it become ready, flagged — downloads then need
 * `acknowledgeUnsafe`. Bytes are written and scanned before the transaction opens, so a slow
 * upload holds no lock; an interrupted one leaves the artifact declared and the version pending.
 */
export async function uploadArtifact(
  ctx: ServiceContext,
  ref: ArtifactRef,
  body: Readable | ReadableStream<Uint8Array>,
  opts: { sha256?: string; size?: number; contentType?: string; maxBytes?: number } = {},
): Promise<{
  artifact: typeof artifacts.$inferSelect;
  versionStatus: "pending" | "ready" | "failed";
  alreadyUploaded: boolean;
  failureReason?: string | null;
}> {
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
    throw new DomainError("artifact_state", `Artifact ${path} is registered by reference, not uploaded.`);
  if (opts.sha256 && declared.sha256 && opts.sha256 !== declared.sha256) {
    throw new DomainError("unprocessable", "The sha256 sent differs from the one declared at registration.");
  }
  const expectedSha = declared.sha256 ?? opts.sha256;
  const expectedSize = declared.size ?? opts.size;
  if (declared.status === "verified") {
    // A retry of an upload that already succeeded: same content is fine, other content is not.
    if (expectedSha && expectedSha !== declared.sha256)
      throw new DomainError("artifact_state", `Artifact ${path} is already uploaded.`);
    return { artifact: declared, versionStatus: version.status, alreadyUploaded: true };
  }
  if (version.status !== "pending") {
    throw new DomainError(
      "artifact_state",
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

  const [team] = await ctx.db
    .select({ scanPolicy: teams.scanPolicy })
    .from(teams)
    .where(eq(teams.id, model.teamId));
  const settings = securitySettingsOf(team?.scanPolicy);
  const store = storeOf(ctx);
  // The scanner turns every failure into a verdict; a store outage mid-scan is not one (it would
  // fail or quarantine a good file), so it is kept aside and thrown: the upload can be retried.
  let storeFailure: DomainError | undefined;
  const scan: ScanResult = await scanArtifact({
    name: path,
    size: blob.size,
    open: async () => {
      const reader = await store.openReader(blob.uri).catch((e: unknown) => {
        if (isDomainError(e)) storeFailure ??= e;
        throw e;
      });
      return {
        ...reader,
        read: (offset: number, length: number) =>
          reader.read(offset, length).catch((e: unknown) => {
            if (isDomainError(e)) storeFailure ??= e;
            throw e;
          }),
      };
    },
    policy: { extraSafe: settings.extraSafe, extraDangerous: settings.extraDangerous },
  });
  if (storeFailure) throw storeFailure;
  const unsafe = scan.category === "unsafe";

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
    if (locked!.status !== "pending")
      throw new DomainError(
        "artifact_state",
        `Version ${model.fullName}/${version.version} is ${locked!.status}; its artifacts are fixed.`,
      );
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
        scanVerdict: scan.verdict,
        scanCategory: scan.category,
        scanResult: storedScanResult(scan) as unknown as Record<string, unknown>,
        scannedAt: now,
      })
      .where(eq(artifacts.id, declared.id))
      .returning();
    await emitAudit(tx, {
      action: "artifact.uploaded",
      entityType: "artifact",
      entityId: declared.id,
      teamId: model.teamId,
      modelId: model.id,
      after: {
        version: `${model.fullName}/${version.version}`,
        path,
        size: blob.size,
        sha256: blob.sha256,
        scan: scanAuditSummary(scan),
        ...(unsafe ? { onDangerous: settings.onDangerous } : {}),
      },
    });
    const versionRef = `${model.fullName}/${version.version}`;
    const modelRef = webhookModelRef(model.id, model.fullName);
    if (unsafe && settings.onDangerous === "block") {
      const reason = blockedReason(path, scan);
      await tx.db
        .update(modelVersions)
        .set({ status: "failed", failureReason: reason, updatedAt: now })
        .where(eq(modelVersions.id, version.id));
      const findings = notableFindings(scan);
      await emitAudit(tx, {
        action: "version.failed",
        entityType: "model_version",
        entityId: version.id,
        teamId: model.teamId,
        modelId: model.id,
        before: { status: locked!.status },
        after: {
          status: "failed",
          version: versionRef,
          reason,
          artifact: path,
          scan: scanAuditSummary(scan),
        },
      });
      await enqueueEvent(tx, {
        type: "version.failed",
        teamId: model.teamId,
        modelId: model.id,
        data: {
          model: modelRef,
          version: { id: version.id, number: version.version },
          reason,
          scan: {
            artifact: path,
            verdict: scan.verdict,
            category: scan.category,
            summary: scan.summary,
            scannerVersion: scan.scannerVersion,
            findings,
            findingsCount: scan.findings.filter((f) => f.verdict !== "safe").length,
          },
        },
      });
      return {
        artifact: artifact!,
        versionStatus: "failed" as const,
        alreadyUploaded: false,
        failureReason: reason,
      };
    }
    const remaining = await tx.db
      .select({ id: artifacts.id })
      .from(artifacts)
      .where(and(eq(artifacts.versionId, version.id), eq(artifacts.status, "declared")));
    let versionStatus: "pending" | "ready" | "failed" = locked!.status;
    if (remaining.length === 0 && locked!.status === "pending") {
      const vscan = await versionScan(tx, version.id);
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
        after: {
          status: "ready",
          version: versionRef,
          scan: { verdict: vscan.verdict, category: vscan.category, quarantined: vscan.quarantined },
        },
      });
      await enqueueEvent(tx, {
        type: "version.ready",
        teamId: model.teamId,
        modelId: model.id,
        data: {
          model: modelRef,
          version: { id: version.id, number: version.version },
          scan: vscan,
        },
      });
      versionStatus = "ready";
    }
    return { artifact: artifact!, versionStatus, alreadyUploaded: false };
  });
}

/** The scan summary of a version's artifacts, as `version.ready` carries it. */
export async function versionScan(ctx: ServiceContext, versionId: string): Promise<WebhookVersionScan> {
  const rows = await ctx.db
    .select({
      path: artifacts.path,
      verdict: artifacts.scanVerdict,
      category: artifacts.scanCategory,
      external: artifacts.external,
    })
    .from(artifacts)
    .where(eq(artifacts.versionId, versionId))
    .orderBy(artifacts.path);
  const worst = worstOf(rows);
  return {
    ...worst,
    quarantined: rows.some((r) => r.category === "unsafe"),
    artifacts: rows.map((r) => ({
      path: r.path,
      verdict: r.verdict,
      category: r.category ?? null,
      external: r.external,
    })),
  };
}

/** What a download serves: an external URI, a presigned redirect, or the bytes (a range of them). */
export type OpenedArtifact =
  | { artifact: ArtifactRow; external: string }
  | { artifact: ArtifactRow; size: number; url: string }
  | { artifact: ArtifactRow; size: number; stream: Readable; range: ByteRange | undefined };

type ArtifactRow = typeof artifacts.$inferSelect;

/**
 * Opens a verified, uploaded artifact for streaming download. An artifact the scan found unsafe
 * (quarantined, or in a blocked version) is refused unless `acknowledgeUnsafe` is set; an
 * acknowledged download is audited (`artifact.unsafe_downloaded`).
 *
 * `range` is the request's `Range` header (or an already parsed range): a satisfiable single range
 * comes back as `range` with the partial stream (answer 206 with `Content-Range: bytes
 * start-end/size`); an unsatisfiable one throws range_not_satisfiable with `details.size` (answer
 * 416, with a Content-Range naming that size); anything else streams the whole body. `ifRange` is
 * the `If-Range` header: the range is honoured only when it is the artifact's ETag (`"<sha256>"`).
 * `size` is always the artifact's total size.
 *
 * `presign` (stores that support it, i.e. S3): instead of a stream, a short-lived URL that
 * downloads the bytes directly from the bucket, for a redirect — after the same checks and audit.
 */
export async function openArtifact(
  ctx: ServiceContext,
  ref: ArtifactRef,
  opts: {
    acknowledgeUnsafe?: boolean;
    range?: string | ByteRange | null;
    ifRange?: string | null;
    presign?: { expiresInSeconds: number };
  } = {},
): Promise<OpenedArtifact> {
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
    throw new DomainError("artifact_state", `Artifact ${path} has not been uploaded yet.`);
  }
  if (artifact.scanCategory === "unsafe") {
    const result = artifact.scanResult as { summary?: string } | null;
    if (!opts.acknowledgeUnsafe) {
      throw new DomainError(
        "unsafe_artifact",
        `The security scan found ${path} of ${model.fullName}/${version.version} unsafe (${artifact.scanVerdict}): ${result?.summary ?? "see the findings"}. Loading it may run code. To download it anyway, acknowledge the risk (?acknowledge=unsafe, --acknowledge-unsafe).`,
        { verdict: artifact.scanVerdict, path },
      );
    }
    await withTransaction(ctx, (tx) =>
      emitAudit(tx, {
        action: "artifact.unsafe_downloaded",
        entityType: "artifact",
        entityId: artifact.id,
        teamId: model.teamId,
        modelId: model.id,
        after: { version: `${model.fullName}/${version.version}`, path, verdict: artifact.scanVerdict },
      }),
    );
  }
  const store = storeOf(ctx);
  const size = artifact.size ?? 0;
  // Unsafe (quarantined) artifacts always stream through the app, where the acknowledgement is audited.
  if (opts.presign && store.presign && artifact.scanCategory !== "unsafe") {
    const url = await store.presign(artifact.storageUri, {
      expiresInSeconds: opts.presign.expiresInSeconds,
      filename: path.split("/").at(-1) ?? "artifact",
      contentType: artifact.contentType,
    });
    return { artifact, size, url } as const;
  }
  const range = requestedRange(opts, artifact.sha256, size);
  const opened = await store.open(artifact.storageUri, range ? { range } : {});
  return { artifact, stream: opened.stream, size: opened.size, range } as const;
}

/** The range to serve, from the Range/If-Range headers (RFC 9110), or undefined for the whole body. */
function requestedRange(
  opts: { range?: string | ByteRange | null; ifRange?: string | null },
  sha256: string | null,
  size: number,
): ByteRange | undefined {
  if (opts.range === undefined || opts.range === null) return undefined;
  // If-Range with another validator (or a date, which a content hash never matches): the whole body.
  if (opts.ifRange && opts.ifRange.trim() !== `"${sha256}"`) return undefined;
  if (typeof opts.range !== "string") return clampRange(opts.range, size);
  const parsed = parseByteRange(opts.range, size);
  if (parsed === "unsatisfiable")
    throw new DomainError(
      "range_not_satisfiable",
      `The requested range ${JSON.stringify(opts.range)} is outside the artifact's ${size} bytes.`,
      { size },
    );
  return parsed;
}
