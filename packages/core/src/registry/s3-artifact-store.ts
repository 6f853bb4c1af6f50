/**
 * The artifact store on S3-compatible object storage (AWS S3, MinIO, R2, Ceph…), for the
 * scale-out deployment where several stateless web instances share one bucket.
 *
 * Layout under the configured prefix, the same as the local directory:
 *   sha256/<ab>/<hex>   final, content-addressed blobs (the only keys `list()` reports)
 *   tmp/<uuid>          an upload in progress: the content hash is known only at the end of the
 *                       stream, so bytes land here first and are copied to their final key
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
  UploadPartCopyCommand,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { DomainError } from "../errors";
import type { RangeReader } from "../security/sources";
import {
  type ArtifactStore,
  blobHex,
  clampRange,
  hashingMeter,
  interruptedError,
  missingBlobError,
  toNodeReadable,
} from "./artifact-store";

export interface S3ArtifactStoreOptions {
  bucket: string;
  /** Key prefix inside the bucket ("" for the bucket's root); a trailing "/" is added when missing. */
  prefix: string;
  region: string;
  /** For S3-compatible services (http://127.0.0.1:9000); AWS's regional endpoint when absent. */
  endpoint?: string;
  /** Path-style URLs (endpoint/bucket/key): what MinIO and most self-hosted services need. */
  forcePathStyle?: boolean;
  /** Undefined → the SDK's default provider chain (env, profile, instance/container role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** "WHEN_REQUIRED" (default): MinIO/R2/Ceph reject the SDK's default CRC32 trailers in some versions. */
  requestChecksumCalculation?: "WHEN_SUPPORTED" | "WHEN_REQUIRED";
  /** Multipart part size (default 8 MiB, at least 5 MiB). Memory per upload ≈ partSize × queueSize. */
  partSizeBytes?: number;
  /** Parts uploaded at once per upload (default 4). */
  queueSize?: number;
  /**
   * Largest blob made final with one CopyObject (S3's limit, 5 GiB); larger ones are copied with
   * UploadPartCopy. Lower it only to test that path.
   */
  maxCopyObjectBytes?: number;
  /**
   * A ranged read smaller than this fetches this many bytes and serves the following reads from
   * them (default 256 KiB): a zip entry's local header and its first bytes then cost one request.
   * 0 turns it off. The reader holds one such window at a time.
   */
  readAheadBytes?: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** S3's bounds for a multipart part (and so for an UploadPartCopy range). */
const MIN_PART = 5 * MiB;
const MAX_PARTS = 10_000;

export function createS3ArtifactStore(options: S3ArtifactStoreOptions): ArtifactStore {
  const { bucket } = options;
  const prefix =
    options.prefix === "" || options.prefix.endsWith("/") ? options.prefix : `${options.prefix}/`;
  const checksums = options.requestChecksumCalculation ?? "WHEN_REQUIRED";
  const partSize = Math.max(MIN_PART, options.partSizeBytes ?? 8 * MiB);
  const queueSize = Math.max(1, options.queueSize ?? 4);
  const maxCopyObjectBytes = options.maxCopyObjectBytes ?? 5 * GiB;
  const readAhead = Math.max(0, options.readAheadBytes ?? 256 * 1024);
  const where = describeEndpoint(options);
  // The SDK warns on Node 20 that *future* releases will need Node 22; ours is pinned in the
  // lockfile, so the warning only alarms operators reading the log.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    requestChecksumCalculation: checksums,
    responseChecksumValidation: checksums,
    // A dead endpoint should fail a request in seconds, not hang it; no read timeout, downloads may be slow.
    requestHandler: { connectionTimeout: 10_000 },
  });

  const tmpPrefix = `${prefix}tmp/`;
  const blobPrefix = `${prefix}sha256/`;
  const blobKey = (hex: string) => `${blobPrefix}${hex.slice(0, 2)}/${hex}`;
  const copySource = (key: string) => `${bucket}/${key.split("/").map(encodeURIComponent).join("/")}`;
  const fail = (e: unknown) => storeError(e, bucket, where);

  function keyOf(uri: string) {
    const hex = blobHex(uri);
    if (!hex) throw new DomainError("not_found", "That artifact is not in the S3 store.");
    return blobKey(hex);
  }

  async function headSize(key: string): Promise<number | undefined> {
    try {
      const r = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return r.ContentLength ?? 0;
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw fail(e);
    }
  }

  async function getRange(key: string, start: number, end: number): Promise<Uint8Array> {
    try {
      const r = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${end}` }),
      );
      const bytes = await r.Body!.transformToByteArray();
      const at = start - servedStart(r.ContentRange);
      return bytes.subarray(at, at + end - start + 1);
    } catch (e) {
      if (isMissing(e)) throw missingBlobError();
      throw fail(e);
    }
  }

  /** Aborts the multipart uploads of exactly `key` (best effort: the sweep is the backstop). */
  async function abortUploadsOf(key: string) {
    try {
      const r = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: key }));
      for (const u of r.Uploads ?? []) {
        if (u.Key === key && u.UploadId)
          await client.send(
            new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: u.UploadId }),
          );
      }
    } catch {
      // unreachable store or a service without ListMultipartUploads: sweepTemporary cleans up later
    }
  }

  /** Removes every trace of a temporary upload: the object (if it completed) and any parts. */
  async function discardTemporary(key: string) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })).catch(() => undefined);
    await abortUploadsOf(key);
  }

  /** Server-side copy of the temporary object to its final key. */
  async function makeFinal(tmpKey: string, finalKey: string, size: number) {
    if (size <= maxCopyObjectBytes) {
      await client.send(
        new CopyObjectCommand({ Bucket: bucket, Key: finalKey, CopySource: copySource(tmpKey) }),
      );
      return;
    }
    // CopyObject stops at 5 GiB: copy in ranges, server-side, as parts of a multipart upload.
    const { UploadId } = await client.send(
      new CreateMultipartUploadCommand({
        Bucket: bucket,
        Key: finalKey,
        ContentType: "application/octet-stream",
      }),
    );
    try {
      const step = Math.max(MIN_PART, Math.ceil(size / MAX_PARTS), Math.min(maxCopyObjectBytes, 512 * MiB));
      const ranges: { n: number; start: number; end: number }[] = [];
      for (let start = 0, n = 1; start < size; start += step, n++)
        ranges.push({ n, start, end: Math.min(start + step, size) - 1 });
      const parts = await mapLimit(ranges, queueSize, async ({ n, start, end }) => {
        const r = await client.send(
          new UploadPartCopyCommand({
            Bucket: bucket,
            Key: finalKey,
            UploadId,
            PartNumber: n,
            CopySource: copySource(tmpKey),
            CopySourceRange: `bytes=${start}-${end}`,
          }),
        );
        return { PartNumber: n, ETag: r.CopyPartResult?.ETag };
      });
      await client.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: finalKey,
          UploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
    } catch (e) {
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: finalKey, UploadId }))
        .catch(() => undefined);
      throw e;
    }
  }

  return {
    kind: "s3",
    location: `s3://${bucket}/${prefix}`,

    async put(body, { maxBytes }) {
      const tmpKey = `${tmpPrefix}${randomUUID()}`;
      const source = toNodeReadable(body);
      const meter = hashingMeter(maxBytes);
      // The body's own failure (too large, client gone) wins over what the SDK reports after it.
      let bodyFailure: unknown;
      source.on("error", (e) => {
        bodyFailure ??= e;
      });
      meter.stream.on("error", (e) => {
        bodyFailure ??= e;
      });
      pipeline(source, meter.stream).catch(() => undefined);
      // lib-storage buffers at most queueSize parts; with leavePartsOnError false it aborts the
      // multipart upload itself when the body or a part fails.
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: tmpKey, Body: meter.stream, ContentType: "application/octet-stream" },
        partSize,
        queueSize,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (e) {
        source.destroy();
        meter.stream.destroy();
        await discardTemporary(tmpKey);
        if (bodyFailure instanceof DomainError) throw bodyFailure;
        if (bodyFailure) throw interruptedError();
        throw fail(e);
      }
      const sha256 = meter.state.digest();
      const size = meter.state.size;
      const finalKey = blobKey(sha256);
      try {
        // Same bytes already stored (same hash, same size): nothing to copy.
        if ((await headSize(finalKey)) !== size) await makeFinal(tmpKey, finalKey, size);
      } catch (e) {
        await discardTemporary(tmpKey);
        throw e instanceof DomainError ? e : fail(e);
      }
      // The blob is final; a temporary object left by a failed delete is swept later.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: tmpKey })).catch(() => undefined);
      return { sha256, size, uri: `sha256:${sha256}` };
    },

    async open(uri, opts = {}) {
      const key = keyOf(uri);
      const { range } = opts;
      if (range && (range.start < 0 || range.end < range.start)) {
        const size = await headSize(key);
        if (size === undefined) throw missingBlobError();
        clampRange(range, size); // throws range_not_satisfiable
      }
      try {
        const r = await client.send(
          new GetObjectCommand({
            Bucket: bucket,
            Key: key,
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        );
        const body = r.Body as Readable;
        if (!range) return { stream: body, size: r.ContentLength ?? (await headSize(key)) ?? 0 };
        const size = totalOfContentRange(r.ContentRange) ?? (await headSize(key)) ?? 0;
        const end = Math.min(range.end, size - 1);
        // Exactly the bytes asked for, even from a server that sends more (or ignores Range).
        const served = contentRangeOf(r.ContentRange);
        if (served?.start === range.start && served.end === end) return { stream: body, size };
        const skip = range.start - (served?.start ?? 0);
        return { stream: sliceBytes(body, skip, end - range.start + 1), size };
      } catch (e) {
        if (isMissing(e)) throw missingBlobError();
        if (errorCode(e) === "InvalidRange" || httpStatus(e) === 416) {
          const size = (await headSize(key)) ?? 0;
          throw new DomainError(
            "range_not_satisfiable",
            `Bytes ${range?.start}-${range?.end} are outside the artifact's ${size} bytes.`,
            { size },
          );
        }
        throw fail(e);
      }
    },

    async openReader(uri) {
      const key = keyOf(uri);
      const size = await headSize(key);
      if (size === undefined) throw missingBlobError();
      // One window of fetched bytes: bounded memory, fewer requests for small neighbouring reads.
      let window: { start: number; bytes: Uint8Array } = { start: 0, bytes: new Uint8Array(0) };
      const reader: RangeReader & { close(): Promise<void> } = {
        size,
        async read(offset, length) {
          const from = Math.max(0, offset);
          const n = Math.max(0, Math.min(length, size - from));
          if (n === 0) return new Uint8Array(0);
          const at = from - window.start;
          if (at >= 0 && at + n <= window.bytes.length) return window.bytes.subarray(at, at + n);
          const bytes = await getRange(key, from, Math.min(size, from + Math.max(n, readAhead)) - 1);
          window = { start: from, bytes };
          return bytes.subarray(0, n);
        },
        async close() {
          window = { start: 0, bytes: new Uint8Array(0) };
        },
      };
      return reader;
    },

    async stat(uri) {
      const hex = blobHex(uri);
      if (!hex) return undefined;
      const size = await headSize(blobKey(hex));
      return size === undefined ? undefined : { size };
    },

    async *list() {
      let token: string | undefined;
      do {
        const page = await client
          .send(new ListObjectsV2Command({ Bucket: bucket, Prefix: blobPrefix, ContinuationToken: token }))
          .catch((e: unknown) => {
            throw fail(e);
          });
        for (const o of page.Contents ?? []) {
          const m = /^([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(o.Key?.slice(blobPrefix.length) ?? "");
          if (m && m[2]!.startsWith(m[1]!)) yield { uri: `sha256:${m[2]}`, size: o.Size ?? 0 };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },

    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
      } catch (e) {
        // A HEAD response has no body, so a 403 does not say why: ask once more with a GET that does.
        if (httpStatus(e) === 403) {
          const detail = await client
            .send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1 }))
            .then(() => e)
            .catch((e2: unknown) => e2);
          throw fail(detail);
        }
        throw fail(e);
      }
    },

    async presign(uri, { expiresInSeconds, filename, contentType }) {
      return getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket: bucket,
          Key: keyOf(uri),
          ResponseContentDisposition: `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
          ResponseContentType: contentType,
        }),
        { expiresIn: expiresInSeconds },
      );
    },

    async sweepTemporary(olderThanMs) {
      const cutoff = Date.now() - olderThanMs;
      let removed = 0;
      try {
        let token: string | undefined;
        do {
          const page = await client.send(
            new ListObjectsV2Command({ Bucket: bucket, Prefix: tmpPrefix, ContinuationToken: token }),
          );
          for (const o of page.Contents ?? []) {
            if (o.Key && o.LastModified && o.LastModified.getTime() < cutoff) {
              await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key }));
              removed++;
            }
          }
          token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        // Parts of crashed uploads (tmp/), and of crashed >5 GiB copies to a final key (sha256/).
        // A server without ListMultipartUploads (s3rver) has no parts to sweep that we could see.
        for (const under of [tmpPrefix, blobPrefix])
          removed += await abortUploadsBefore(under, cutoff).catch((e) => {
            if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 501)
              return 0;
            throw e;
          });
      } catch (e) {
        throw fail(e);
      }
      return removed;
    },

    async close() {
      client.destroy();
    },
  };

  async function abortUploadsBefore(under: string, cutoff: number): Promise<number> {
    let aborted = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      const page = await client.send(
        new ListMultipartUploadsCommand({
          Bucket: bucket,
          Prefix: under,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      );
      for (const u of page.Uploads ?? []) {
        if (u.Key && u.UploadId && u.Initiated && u.Initiated.getTime() < cutoff) {
          await client.send(
            new AbortMultipartUploadCommand({ Bucket: bucket, Key: u.Key, UploadId: u.UploadId }),
          );
          aborted++;
        }
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
    } while (keyMarker);
    return aborted;
  }
}

// ------------------------------------------------------------------------------------ errors

const AUTH_CODES = new Set([
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "AccessDenied",
  "Forbidden",
  "ExpiredToken",
  "InvalidToken",
  "TokenRefreshRequired",
  "AuthorizationHeaderMalformed",
  "RequestTimeTooSkewed",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "TimeoutError",
  "RequestTimeout",
]);

const httpStatus = (e: unknown) =>
  (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;

/** S3's error code (NoSuchKey…), a socket's (ECONNREFUSED…), or the SDK's error name. */
function errorCode(e: unknown): string {
  const x = e as { Code?: string; code?: string; name?: string };
  const code = x?.Code ?? x?.code ?? x?.name;
  return code && code !== "Error" && code !== "Unknown" ? code : `HTTP ${httpStatus(e) ?? "error"}`;
}

function isMissing(e: unknown) {
  const code = errorCode(e);
  return code === "NoSuchKey" || code === "NotFound" || (httpStatus(e) === 404 && code !== "NoSuchBucket");
}

/** The endpoint for messages: never credentials (userinfo is dropped). */
function describeEndpoint(o: Pick<S3ArtifactStoreOptions, "endpoint" | "region">) {
  if (!o.endpoint) return `AWS S3 (${o.region})`;
  try {
    const u = new URL(o.endpoint);
    return `${u.protocol}//${u.host}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return "the configured S3 endpoint";
  }
}

/** Any SDK failure as store_unavailable naming the bucket, the endpoint and S3's code — never a secret. */
function storeError(e: unknown, bucket: string, where: string): DomainError {
  if (e instanceof DomainError) return e;
  const code = errorCode(e);
  const status = httpStatus(e);
  let message: string;
  if (code === "NoSuchBucket" || (code === "NotFound" && status === 404))
    message = `The S3 bucket ${bucket} does not exist at ${where}.`;
  else if (AUTH_CODES.has(code) || status === 401 || status === 403)
    message = `S3 at ${where} refused access to bucket ${bucket} (${code}): check the access key, the secret and the bucket's policy.`;
  else if (code === "CredentialsProviderError")
    message = `No S3 credentials were found for bucket ${bucket} at ${where}: set an access key or give the process a role.`;
  else if (NETWORK_CODES.has(code)) message = `Cannot reach S3 at ${where} for bucket ${bucket} (${code}).`;
  else message = `S3 at ${where} failed a request on bucket ${bucket} (${code}).`;
  return new DomainError("store_unavailable", message, { bucket, endpoint: where, s3Code: code });
}

function totalOfContentRange(header: string | undefined): number | undefined {
  const m = /\/(\d+)$/.exec(header ?? "");
  return m ? Number(m[1]) : undefined;
}

/** `bytes a-b/n` → {start: a, end: b}; undefined when the server sent the whole body. */
function contentRangeOf(header: string | undefined): { start: number; end: number } | undefined {
  const m = /^bytes (\d+)-(\d+)\//.exec(header ?? "");
  return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
}

const servedStart = (header: string | undefined) => contentRangeOf(header)?.start ?? 0;

/** The body without its first `skip` bytes, ending after `take` more (and then closing the body). */
function sliceBytes(body: Readable, skip: number, take: number): Readable {
  async function* slice() {
    let pos = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        const from = Math.max(0, skip - pos);
        const to = Math.min(chunk.length, skip + take - pos);
        pos += chunk.length;
        if (to > from) yield chunk.subarray(from, to);
        if (pos >= skip + take) return;
      }
    } finally {
      body.destroy();
    }
  }
  return Readable.from(slice(), { objectMode: false });
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
