import { resolve } from "node:path";
import { DomainError } from "../errors";
import { type ArtifactStore, createLocalArtifactStore, parseArtifactStoreUrl } from "./artifact-store";
import { createS3ArtifactStore, type S3ArtifactStoreOptions } from "./s3-artifact-store";

/**
 * Which artifact store a URL and the environment describe: `file:///dir` or a plain path → a local
 * directory; `s3://bucket/prefix` → S3, with the endpoint, region and credentials in the AWS SDK's
 * usual variables. The app (at start-up) and `pnpm artifacts` (copying stores) read it the same way.
 */
export type ArtifactStoreSettings =
  | { kind: "local"; dir: string }
  | ({ kind: "s3"; presignedDownloads: boolean } & S3ArtifactStoreOptions);

type Env = Record<string, string | undefined>;

const truthy = (v: string | undefined) => (v === undefined ? undefined : /^(true|1|yes)$/i.test(v));

export function artifactStoreSettings(url: string, env: Env): ArtifactStoreSettings {
  const target = /^[a-z][a-z0-9+.-]*:\/\//i.test(url)
    ? parseArtifactStoreUrl(url)
    : { kind: "local" as const, dir: resolve(url) };
  if (target.kind === "local") return target;
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint))
    throw new DomainError("validation_failed", `AWS_ENDPOINT_URL must be an http(s) URL, not ${endpoint}.`);
  const checksums = env.AWS_REQUEST_CHECKSUM_CALCULATION?.toUpperCase();
  if (checksums && checksums !== "WHEN_SUPPORTED" && checksums !== "WHEN_REQUIRED")
    throw new DomainError(
      "validation_failed",
      "AWS_REQUEST_CHECKSUM_CALCULATION must be when_supported or when_required.",
    );
  const accessKeyId = env.AWS_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY || undefined;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new DomainError(
      "validation_failed",
      "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither.",
    );
  return {
    ...target,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    endpoint,
    // S3-compatible servers (MinIO, Ceph RGW, s3rver) usually have no per-bucket host names.
    forcePathStyle: truthy(env.MODELGATE_S3_FORCE_PATH_STYLE) ?? Boolean(endpoint),
    // Without keys: the SDK's own chain (profile, web identity, instance or task role).
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, sessionToken: env.AWS_SESSION_TOKEN || undefined }
        : undefined,
    // Some S3-compatible servers reject the SDK's default CRC32 checksum trailers.
    requestChecksumCalculation:
      (checksums as "WHEN_SUPPORTED" | "WHEN_REQUIRED" | undefined) ?? "WHEN_REQUIRED",
    presignedDownloads: truthy(env.MODELGATE_S3_PRESIGNED_DOWNLOADS) ?? false,
  };
}

export function createArtifactStore(settings: ArtifactStoreSettings): ArtifactStore {
  return settings.kind === "local" ? createLocalArtifactStore(settings.dir) : createS3ArtifactStore(settings);
}

/** A store from a URL or directory and the environment's AWS settings. */
export function artifactStoreFromUrl(url: string, env: Env): ArtifactStore {
  return createArtifactStore(artifactStoreSettings(url, env));
}
