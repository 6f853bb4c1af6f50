import { describe, expect, it } from "vitest";
import { parseArtifactStoreUrl, parseByteRange } from "../src";

describe("parseByteRange (RFC 9110)", () => {
  it("reads a single range, clamping its end to the last byte", () => {
    expect(parseByteRange("bytes=0-0", 100)).toEqual({ start: 0, end: 0 });
    expect(parseByteRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 });
    expect(parseByteRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange("bytes=90-1000", 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange("bytes=99-99", 100)).toEqual({ start: 99, end: 99 });
    expect(parseByteRange("Bytes = 1 - 2", 100)).toEqual({ start: 1, end: 2 });
  });

  it("reads a suffix range (the last n bytes), the whole body when n is larger", () => {
    expect(parseByteRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange("bytes=-1", 1)).toEqual({ start: 0, end: 0 });
  });

  it("is unsatisfiable when the range starts past the end (or asks a suffix of nothing)", () => {
    expect(parseByteRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=100-200", 100)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=0-", 0)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=-5", 0)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=-0", 100)).toBe("unsatisfiable");
  });

  it("ignores no header, other units, several ranges and malformed ones (serve the whole body)", () => {
    for (const h of [
      null,
      "",
      "bytes=",
      "bytes=-",
      "bytes=5-1",
      "bytes=0-1,5-6",
      "items=0-1",
      "bytes=a-b",
      "bytes=1.5-2",
      "bytes 0-1",
    ])
      expect(parseByteRange(h, 100)).toBeUndefined();
  });
});

describe("parseArtifactStoreUrl", () => {
  it("reads a local directory and a bucket with an optional prefix", () => {
    expect(parseArtifactStoreUrl("file:///var/lib/modelgate/artifacts")).toEqual({
      kind: "local",
      dir: "/var/lib/modelgate/artifacts",
    });
    expect(parseArtifactStoreUrl("file:///data/a%20b/")).toEqual({ kind: "local", dir: "/data/a b" });
    expect(parseArtifactStoreUrl("s3://modelgate")).toEqual({ kind: "s3", bucket: "modelgate", prefix: "" });
    expect(parseArtifactStoreUrl("s3://modelgate/")).toEqual({ kind: "s3", bucket: "modelgate", prefix: "" });
    expect(parseArtifactStoreUrl("s3://my.bucket-1/prod/artifacts")).toEqual({
      kind: "s3",
      bucket: "my.bucket-1",
      prefix: "prod/artifacts/",
    });
    expect(parseArtifactStoreUrl("s3://abc/x/")).toEqual({ kind: "s3", bucket: "abc", prefix: "x/" });
  });

  it("refuses other schemes, bad bucket names and credentials with a clear message", () => {
    const refused = (url: string, message: RegExp) =>
      expect(() => parseArtifactStoreUrl(url)).toThrow(
        expect.objectContaining({ code: "validation_failed", message: expect.stringMatching(message) }),
      );
    refused("/var/lib/artifacts", /expected file:\/\/\/absolute\/dir or s3:\/\/bucket\/prefix/);
    refused("http://example.com/bucket", /scheme "http:" is not supported/);
    refused("gs://bucket/x", /scheme "gs:" is not supported/);
    refused("s3://ab/x", /bucket name "ab" must be 3–63 characters/);
    refused(`s3://${"a".repeat(64)}`, /must be 3–63 characters/);
    refused("s3://Upper_Case", /bucket name/);
    refused("file://host/dir", /local directory/);
    refused("s3://bucket/x?region=eu", /no query string/);
    const withSecret = "s3://AKIA:supersecret@bucket/x";
    refused(withSecret, /must not carry credentials/);
    try {
      parseArtifactStoreUrl(withSecret);
    } catch (e) {
      expect((e as Error).message).not.toContain("supersecret");
    }
  });
});
