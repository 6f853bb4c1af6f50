import { createHmac, timingSafeEqual } from "node:crypto";
import type { AnyWebhookEvent } from "./generated/webhook-events.js";

/**
 * Verifies a Modelgate webhook delivery (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`). Pure node:crypto.
 *
 *   const event = verifyWebhook(process.env.MODELGATE_WEBHOOK_SECRET, req.headers, rawBody);
 *
 * Pass the raw body exactly as received (a re-serialised JSON object will not verify). Several
 * signatures may arrive (after a secret rotation the server signs with the old and the new secret),
 * and several secrets may be given (while you switch): one match is enough. Throws
 * WebhookVerificationError unless the signature matches and the timestamp is within
 * `toleranceSeconds` (default 5 minutes) of now — which stops replays of old deliveries.
 * Deduplicate on `event.id` (the same on every retry).
 */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

export interface VerifyWebhookOptions {
  /** How far the `webhook-timestamp` may be from now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** "Now", for tests (default the current time). */
  now?: Date | number;
}

/** A fetch `Headers`, Node's `IncomingHttpHeaders`, or a plain object (any case). */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Record<string, string | string[] | undefined>;

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  for (const [k, v] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  }
  return undefined;
}

function keyOf(secret: string): Buffer {
  const raw = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  const key = Buffer.from(raw, "base64");
  if (key.length === 0) throw new WebhookVerificationError("The webhook secret is empty or not base64.");
  return key;
}

export function verifyWebhook<T = AnyWebhookEvent>(
  secret: string | readonly string[],
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options: VerifyWebhookOptions = {},
): T {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures)
    throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header.");
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookVerificationError("Invalid webhook-timestamp.");
  const nowSeconds = Math.floor(Number(options.now ?? Date.now()) / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  const age = nowSeconds - Number(timestamp);
  if (age > tolerance) throw new WebhookVerificationError("The webhook timestamp is too old.");
  if (age < -tolerance) throw new WebhookVerificationError("The webhook timestamp is too far in the future.");

  const body = typeof rawBody === "string" ? rawBody : Buffer.from(rawBody).toString("utf8");
  const signed = `${id}.${timestamp}.${body}`;
  const expected = (typeof secret === "string" ? [secret] : secret).map((s) =>
    createHmac("sha256", keyOf(s)).update(signed).digest(),
  );
  if (expected.length === 0) throw new WebhookVerificationError("No webhook secret given.");
  for (const part of signatures.split(" ")) {
    const [version, value] = part.split(",", 2);
    if (version !== "v1" || !value) continue;
    const given = Buffer.from(value, "base64");
    for (const mac of expected) {
      if (given.length === mac.length && timingSafeEqual(given, mac)) {
        try {
          return JSON.parse(body) as T;
        } catch {
          throw new WebhookVerificationError("The webhook body is not JSON.");
        }
      }
    }
  }
  throw new WebhookVerificationError("No webhook signature matches.");
}
