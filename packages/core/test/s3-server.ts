/**
 * A real S3-protocol server for the S3 store's tests: s3rver in this process (the default), or the
 * one at TEST_S3_ENDPOINT (bucket TEST_S3_BUCKET, default modelgate-test; credentials
 * TEST_S3_ACCESS_KEY_ID / TEST_S3_SECRET_ACCESS_KEY, default s3rver's S3RVER / S3RVER).
 *
 * s3rver 3.7.1 lacks three multipart calls that real services have — ListMultipartUploads,
 * AbortMultipartUpload and UploadPartCopy — so the in-process server gets them here, over s3rver's
 * own upload directory (`<bucket>/._S3rver_uploads/<id>/`), written the way s3rver completes an
 * upload. The SDK still talks HTTP to a server; nothing of the client is mocked.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  S3Client,
} from "@aws-sdk/client-s3";
import S3rver, { type KoaContext } from "s3rver";
import { afterAll, beforeAll } from "vitest";
import type { S3ArtifactStoreOptions } from "../src";

export interface TestS3 {
  endpoint: string;
  bucket: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** s3rver in this process: its request count and multipart additions are available. */
  inProcess: boolean;
  /** HTTP requests the in-process server has received so far. */
  requests(): number;
  /** A client for looking at the bucket from outside the store. */
  client: S3Client;
  /** Store options for a fresh, unique prefix (so every test starts from an empty store). */
  storeOptions(extra?: Partial<S3ArtifactStoreOptions>): S3ArtifactStoreOptions;
  close(): Promise<void>;
}

const REGION = "us-east-1";

export async function startTestS3(): Promise<TestS3> {
  const external = process.env.TEST_S3_ENDPOINT;
  const bucket = process.env.TEST_S3_BUCKET ?? "modelgate-test";
  const credentials = {
    accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID ?? "S3RVER",
    secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY ?? "S3RVER",
  };
  let endpoint: string;
  let server: S3rver | undefined;
  let directory: string | undefined;
  let requests = 0;
  if (external) {
    endpoint = external;
  } else {
    directory = mkdtempSync(join(tmpdir(), "mg-s3rver-"));
    server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory,
      configureBuckets: [{ name: bucket }],
    });
    server.middleware.unshift(multipartAdditions(server, directory));
    const { port } = await server.run();
    server.httpServer?.on("request", () => {
      requests++;
    });
    endpoint = `http://127.0.0.1:${port}`;
  }
  const client = new S3Client({
    region: REGION,
    endpoint,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return {
    endpoint,
    bucket,
    credentials,
    inProcess: !external,
    requests: () => requests,
    client,
    storeOptions: (extra = {}) => ({
      bucket,
      prefix: `test-${randomUUID()}/`,
      region: REGION,
      endpoint,
      forcePathStyle: true,
      credentials,
      partSizeBytes: 5 * 1024 * 1024,
      ...extra,
    }),
    async close() {
      client.destroy();
      await server?.close();
      if (directory) await rm(directory, { recursive: true, force: true });
    },
  };
}

/** One server per test file, like useTestDb. */
export function useTestS3() {
  const state = {} as TestS3;
  beforeAll(async () => {
    Object.assign(state, await startTestS3());
  });
  afterAll(async () => state.close?.());
  return state;
}

/** Every object key under `prefix`. */
export async function listKeys(s3: TestS3, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page: ListObjectsV2CommandOutput = await s3.client.send(
      new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Keys of multipart uploads in progress under `prefix`, or undefined where the server cannot list them. */
export async function uploadsInProgress(s3: TestS3, prefix: string): Promise<string[] | undefined> {
  try {
    const r = await s3.client.send(new ListMultipartUploadsCommand({ Bucket: s3.bucket, Prefix: prefix }));
    return (r.Uploads ?? []).map((u) => u.Key ?? "");
  } catch (e) {
    if ((e as { name?: string }).name === "NotImplemented") return undefined;
    throw e;
  }
}

// ------------------------------------------------------------------------------------ s3rver additions

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const xmlBody = (root: string, inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${inner}</${root}>`;

function s3Error(ctx: KoaContext, status: number, code: string, message: string) {
  ctx.status = status;
  ctx.type = "application/xml";
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xml(message)}</Message></Error>`;
}

function multipartAdditions(server: S3rver, root: string) {
  const uploadsDir = (bucket: string) => join(root, bucket, "._S3rver_uploads");
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const [bucket = "", ...rest] = ctx.path.slice(1).split("/").map(decodeURIComponent);
    const key = rest.join("/");
    const q = ctx.query;
    if (ctx.method === "GET" && key === "" && q.uploads !== undefined) {
      // ListMultipartUploads (one page; the tests never have a thousand)
      const prefix = q.prefix ?? "";
      const ids = await readdir(uploadsDir(bucket)).catch(() => [] as string[]);
      let inner = `<Bucket>${xml(bucket)}</Bucket><Prefix>${xml(prefix)}</Prefix><MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>`;
      for (const id of ids) {
        const keyFile = join(uploadsDir(bucket), id, "key");
        const k = await readFile(keyFile, "utf8").catch(() => undefined);
        if (k === undefined || !k.startsWith(prefix)) continue;
        const initiated = (await stat(keyFile)).mtime.toISOString();
        inner += `<Upload><Key>${xml(k)}</Key><UploadId>${id}</UploadId><Initiated>${initiated}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`;
      }
      ctx.type = "application/xml";
      ctx.body = xmlBody("ListMultipartUploadsResult", inner);
      return;
    }
    if (ctx.method === "DELETE" && key && q.uploadId) {
      // AbortMultipartUpload
      const dir = join(uploadsDir(bucket), q.uploadId.replace(/[^0-9a-f]/g, ""));
      if (!(await stat(dir).catch(() => undefined)))
        return s3Error(ctx, 404, "NoSuchUpload", "The specified upload does not exist.");
      await rm(dir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    const source = ctx.get("x-amz-copy-source");
    if (ctx.method === "PUT" && key && q.uploadId && q.partNumber && source) {
      // UploadPartCopy: the source's range becomes a part, as an UploadPart of those bytes would
      const [srcBucket = "", ...srcKey] = decodeURIComponent(source.replace(/^\//, "")).split("/");
      const m = /^bytes=(\d+)-(\d+)$/.exec(ctx.get("x-amz-copy-source-range"));
      const object = await server.store.getObject(
        srcBucket,
        srcKey.join("/"),
        m ? { start: Number(m[1]), end: Number(m[2]) } : undefined,
      );
      if (!object?.content) return s3Error(ctx, 404, "NoSuchKey", "The specified key does not exist.");
      const { md5 } = await server.store.putPart(bucket, q.uploadId, Number(q.partNumber), object.content);
      ctx.type = "application/xml";
      ctx.body = xmlBody(
        "CopyPartResult",
        `<ETag>"${md5}"</ETag><LastModified>${new Date().toISOString()}</LastModified>`,
      );
      return;
    }
    await next();
  };
}
