/**
 * The artifact services over the S3 store (a real S3-protocol server): upload → scan through
 * ranged reads → ready; downloads with Range / If-Range and presigned URLs.
 */
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ArtifactStore,
  createContext,
  createLocalArtifactStore,
  createModel,
  createS3ArtifactStore,
  DomainError,
  getVersion,
  openArtifact,
  registerVersion,
  type ServiceContext,
  uploadArtifact,
} from "../src";
import { useTestDb } from "./helpers";
import { useTestS3 } from "./s3-server";
import { makeZip, numpyLikePickle } from "./security-fixtures";

const t = useTestDb();
const s3 = useTestS3();
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let team: { id: string; slug: string };
let contributorUser: { id: string; name: string; email: string };
let store: ArtifactStore;

function as(user: { id: string; name: string; email: string }, artifactStore: ArtifactStore): ServiceContext {
  return createContext(
    t.db,
    {
      type: "user",
      userId: user.id,
      name: user.name,
      email: user.email,
      orgRole: "member",
      teamRoles: { [team.id]: "contributor" },
    },
    {},
    { artifactStore },
  );
}

beforeAll(async () => {
  team = await createTestTeam(t.db);
  contributorUser = await createTestUser(t.db);
  await addTestMember(t.db, team.id, contributorUser.id, "contributor");
  store = createS3ArtifactStore(s3.storeOptions());
});

type Opened = Awaited<ReturnType<typeof openArtifact>>;
function streamed(o: Opened) {
  if (!("stream" in o)) throw new Error("expected a stream");
  return o;
}

let n = 0;
async function pendingVersion(ctx: ServiceContext, path: string) {
  const m = await createModel(ctx, { team: team.slug, name: `dl-${++n}-${Date.now() % 100000}` });
  const v = await registerVersion(ctx, { team: team.slug, name: m.name }, { artifacts: [{ path }] });
  return { team: team.slug, name: m.name, version: v.version, path };
}

describe("artifacts on S3", () => {
  it("upload, scan through ranged reads, then ranged and presigned downloads", async () => {
    const ctx = as(contributorUser, store);
    const zip = makeZip([
      { name: "m/data.pkl", data: numpyLikePickle().bytes },
      { name: "m/data/0", data: new Uint8Array(5000).fill(3), method: 0 },
    ]);
    const ref = await pendingVersion(ctx, "model.pt");
    const up = await uploadArtifact(ctx, ref, Readable.from([zip]));
    expect(up.versionStatus).toBe("ready");
    expect(up.artifact).toMatchObject({
      sha256: sha(zip),
      storageUri: `sha256:${sha(zip)}`,
      scanCategory: "clean",
    });
    expect((await getVersion(ctx, ref)).status).toBe("ready");

    const whole = streamed(await openArtifact(ctx, ref));
    expect(whole.range).toBeUndefined();
    expect(sha(new Uint8Array(Buffer.concat(await whole.stream.toArray())))).toBe(sha(zip));

    const part = streamed(await openArtifact(ctx, ref, { range: "bytes=10-19" }));
    expect(part.range).toEqual({ start: 10, end: 19 });
    expect(part.size).toBe(zip.length);
    expect(new Uint8Array(Buffer.concat(await part.stream.toArray()))).toEqual(zip.subarray(10, 20));

    const suffix = streamed(await openArtifact(ctx, ref, { range: "bytes=-4", ifRange: `"${sha(zip)}"` }));
    expect(suffix.range).toEqual({ start: zip.length - 4, end: zip.length - 1 });
    suffix.stream.destroy();
    // If-Range naming another version, or a multi-range: the whole body.
    const stale = streamed(await openArtifact(ctx, ref, { range: "bytes=0-1", ifRange: '"0000"' }));
    expect(stale.range).toBeUndefined();
    stale.stream.destroy();
    const multi = streamed(await openArtifact(ctx, ref, { range: "bytes=0-1,4-5" }));
    expect(multi.range).toBeUndefined();
    multi.stream.destroy();
    const parsed = streamed(await openArtifact(ctx, ref, { range: { start: 2, end: 3 } }));
    expect(parsed.range).toEqual({ start: 2, end: 3 });
    parsed.stream.destroy();

    await expect(openArtifact(ctx, ref, { range: `bytes=${zip.length}-` })).rejects.toMatchObject({
      code: "range_not_satisfiable",
      details: { size: zip.length },
    });

    const presigned = await openArtifact(ctx, ref, { presign: { expiresInSeconds: 120 } });
    if (!("url" in presigned)) throw new Error("expected a URL");
    const res = await fetch(presigned.url);
    expect(sha(new Uint8Array(await res.arrayBuffer()))).toBe(sha(zip));
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="model.pt"');
  });

  it("a store failure during the scan fails the upload (to retry), not the version", async () => {
    const inner = createLocalArtifactStore(mkdtempSync(join(tmpdir(), "mg-flaky-")));
    const flaky: ArtifactStore = {
      ...inner,
      async openReader(uri) {
        const reader = await inner.openReader(uri);
        return {
          ...reader,
          read: async () => {
            throw new DomainError("store_unavailable", "Cannot reach S3 at http://example (ECONNRESET).");
          },
        };
      },
    };
    const ctx = as(contributorUser, flaky);
    const ref = await pendingVersion(ctx, "model.pkl");
    await expect(uploadArtifact(ctx, ref, Readable.from([numpyLikePickle().bytes]))).rejects.toMatchObject({
      code: "store_unavailable",
    });
    const v = await getVersion(ctx, ref);
    expect(v.status).toBe("pending");
    // Once the store answers again, the same upload goes through.
    const ok = await uploadArtifact(
      as(contributorUser, inner),
      ref,
      Readable.from([numpyLikePickle().bytes]),
    );
    expect(ok.versionStatus).toBe("ready");
  });
});
