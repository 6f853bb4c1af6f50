/**
 * Webhooks, the pure parts: signing (core) against verification (the published client's
 * verifyWebhook, a separate implementation) and a Standard Webhooks test vector; the retry
 * schedule; the private-address table; URL checks.
 */
import { describe, expect, it } from "vitest";
import { verifyWebhook, WebhookVerificationError } from "../../client/src/webhooks";
import {
  checkWebhookUrlSyntax,
  exampleWebhookEvent,
  generateWebhookSecret,
  privateAddressReason,
  signWebhookPayload,
  WEBHOOK_MAX_ATTEMPTS,
  webhookEventTypes,
  webhookRetryDelayMs,
  webhookSignature,
} from "../src";

const HOUR = 3_600_000;

describe("signatures: core signs, the client verifies", () => {
  const secret = generateWebhookSecret();
  const body = JSON.stringify(exampleWebhookEvent("alias.moved"));
  const id = "3f9a1c7e-2b64-4d85-9e0f-5a7c3b1d8e26";
  const now = 1_760_000_000;

  it("matches the Standard Webhooks reference vector", () => {
    expect(
      webhookSignature(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    expect(
      verifyWebhook(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        {
          "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
          "webhook-timestamp": "1614265330",
          "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        },
        '{"test": 2432232314}',
        { now: 1614265330 * 1000 },
      ),
    ).toEqual({ test: 2432232314 });
  });

  it("secrets are whsec_ and 32 random bytes", () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it("a signed payload verifies and parses; headers in any case, string or bytes", () => {
    const headers = signWebhookPayload([secret], id, body, now);
    expect(headers).toEqual({
      "webhook-id": id,
      "webhook-timestamp": String(now),
      "webhook-signature": expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
    });
    expect(verifyWebhook(secret, headers, body, { now: now * 1000 })).toEqual(JSON.parse(body));
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyWebhook(secret, upper, Buffer.from(body), { now: now * 1000 })).toMatchObject({
      type: "alias.moved",
    });
    expect(verifyWebhook(secret, new Headers(headers), body, { now: now * 1000 })).toMatchObject({
      id: expect.any(String),
    });
  });

  it("refuses a changed body, id or timestamp, another secret, and missing headers", () => {
    const headers = signWebhookPayload([secret], id, body, now);
    const at = { now: now * 1000 };
    const refused = (fn: () => unknown, message: RegExp) => {
      expect(fn).toThrow(WebhookVerificationError);
      expect(fn).toThrow(message);
    };
    refused(
      () => verifyWebhook(secret, headers, body.replace("champion", "champio2"), at),
      /No webhook signature matches/,
    );
    refused(
      () => verifyWebhook(secret, { ...headers, "webhook-id": "other" }, body, at),
      /No webhook signature/,
    );
    refused(
      () => verifyWebhook(secret, { ...headers, "webhook-timestamp": String(now + 1) }, body, at),
      /No webhook signature/,
    );
    refused(() => verifyWebhook(generateWebhookSecret(), headers, body, at), /No webhook signature/);
    refused(() => verifyWebhook(secret, { "webhook-id": id }, body, at), /Missing/);
    refused(
      () => verifyWebhook(secret, { ...headers, "webhook-signature": "v2,abc" }, body, at),
      /No webhook/,
    );
  });

  it("enforces the timestamp tolerance both ways (replays of old deliveries)", () => {
    const headers = signWebhookPayload([secret], id, body, now);
    expect(() => verifyWebhook(secret, headers, body, { now: (now + 301) * 1000 })).toThrow(/too old/);
    expect(() => verifyWebhook(secret, headers, body, { now: (now - 301) * 1000 })).toThrow(/future/);
    expect(
      verifyWebhook(secret, headers, body, { now: (now + 3600) * 1000, toleranceSeconds: 3600 }),
    ).toBeTruthy();
  });

  it("during a rotation both secrets sign, and either one verifies", () => {
    const next = generateWebhookSecret();
    const headers = signWebhookPayload([next, secret], id, body, now);
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(verifyWebhook(secret, headers, body, { now: now * 1000 })).toBeTruthy();
    expect(verifyWebhook(next, headers, body, { now: now * 1000 })).toBeTruthy();
    // A receiver holding both while it switches over.
    expect(verifyWebhook([generateWebhookSecret(), next], headers, body, { now: now * 1000 })).toBeTruthy();
  });
});

describe("the event catalogue", () => {
  it("has an example payload of every type with the common envelope", () => {
    for (const type of webhookEventTypes) {
      const e = exampleWebhookEvent(type);
      expect(e).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type,
        timestamp: expect.stringMatching(/Z$/),
        team: { id: expect.any(String), slug: "fraud" },
        actor: { type: "user", id: expect.any(String), name: expect.any(String) },
        data: expect.any(Object),
      });
    }
    expect(exampleWebhookEvent("alias.moved").data).toMatchObject({
      alias: "champion",
      fromVersion: 3,
      toVersion: 4,
    });
  });
});

describe("the retry schedule", () => {
  it("grows exponentially from 10 s, caps at 8 h, and is jittered ±15 %", () => {
    const base = Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, i) => webhookRetryDelayMs(i + 1, 0.5));
    expect(base.slice(0, 5)).toEqual([10_000, 30_000, 90_000, 270_000, 810_000]);
    for (let i = 1; i < base.length; i++) expect(base[i]!).toBeGreaterThanOrEqual(base[i - 1]!);
    expect(Math.max(...base)).toBe(8 * HOUR);
    expect(webhookRetryDelayMs(1, 0)).toBe(8_500);
    expect(webhookRetryDelayMs(1, 1)).toBe(11_500);
    expect(webhookRetryDelayMs(40, 1)).toBe(Math.round(8 * HOUR * 1.15));
  });

  it("retries for at least 24 hours even with the shortest jitter", () => {
    let shortest = 0;
    for (let n = 1; n < WEBHOOK_MAX_ATTEMPTS; n++) shortest += webhookRetryDelayMs(n, 0);
    expect(shortest).toBeGreaterThanOrEqual(24 * HOUR);
    let longest = 0;
    for (let n = 1; n < WEBHOOK_MAX_ATTEMPTS; n++) longest += webhookRetryDelayMs(n, 1);
    expect(longest).toBeLessThan(48 * HOUR);
  });
});

describe("private addresses", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.9.9.9", "a loopback address"],
    ["::1", "a loopback address"],
    ["10.1.2.3", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.255", "a private address"],
    ["192.168.1.10", "a private address"],
    ["100.64.0.1", "a private address"],
    ["fd00::1", "a private address"],
    ["169.254.169.254", "a link-local address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["0.0.0.0", "an unspecified address"],
    ["::", "an unspecified address"],
    ["224.0.0.1", "a multicast address"],
    ["ff02::1", "a multicast address"],
    ["255.255.255.255", "a reserved address"],
    ["192.0.2.1", "a reserved address"],
    ["2001:db8::1", "a reserved address"],
    // IPv4 inside IPv6: mapped, compatible, NAT64, 6to4
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:7f00:1", "a loopback address"],
    ["::ffff:169.254.169.254", "a link-local address"],
    ["::ffff:a00:1", "a private address"],
    ["::127.0.0.1", "a loopback address"],
    ["64:ff9b::a9fe:a9fe", "a link-local address"],
    ["2002:7f00:1::1", "a loopback address"],
    ["0:0:0:0:0:ffff:c0a8:0101", "a private address"],
  ])("%s is %s", (address, reason) => {
    expect(privateAddressReason(address)).toBe(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::6810:84e5", "::ffff:8.8.8.8", "1.1.1.1"])(
    "%s is public",
    (address) => {
      expect(privateAddressReason(address)).toBeNull();
    },
  );
});

describe("webhook URLs", () => {
  const strict = { allowPrivateNetworks: false };
  it.each([
    ["ftp://example.com/hook", /http/],
    ["not a url", /valid URL/],
    ["https://user:pw@example.com/hook", /credentials/],
    ["http://127.0.0.1:8080/hook", /loopback address/],
    ["http://10.0.0.5/hook", /private address/],
    ["http://169.254.169.254/latest/meta-data", /link-local/],
    ["http://[::1]/hook", /loopback address/],
    ["http://[::ffff:127.0.0.1]/hook", /loopback address/],
    ["http://localhost:3000/hook", /loopback name/],
    ["http://api.localhost/hook", /loopback name/],
    ["http://0.0.0.0/", /unspecified/],
  ])("%s is refused", (url, why) => {
    expect(() => checkWebhookUrlSyntax(url, strict)).toThrow(why);
  });

  it("names and public addresses pass the syntax check (their addresses are checked before each delivery)", () => {
    expect(checkWebhookUrlSyntax("https://ci.example.com/hooks/modelgate", strict).host).toBe(
      "ci.example.com",
    );
    expect(checkWebhookUrlSyntax("http://93.184.215.14/hook", strict).hostname).toBe("93.184.215.14");
  });

  it("private destinations pass when an administrator allows them", () => {
    expect(checkWebhookUrlSyntax("http://127.0.0.1:8080/hook", { allowPrivateNetworks: true }).port).toBe(
      "8080",
    );
  });
});
