import { createHmac, randomBytes } from "node:crypto";

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the signed content is
 * `${id}.${timestamp}.${body}`, the key the base64 bytes after `whsec_`, and the header
 * `webhook-signature: v1,<base64 HMAC-SHA256>` — several space-separated while a rotated-out
 * secret is still honoured. Receivers verify with `verifyWebhook` from @modelgate/client, or any
 * Standard Webhooks library.
 */
export const WEBHOOK_SECRET_PREFIX = "whsec_";

export function generateWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

function secretKey(secret: string): Buffer {
  const raw = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  return Buffer.from(raw, "base64");
}

/** One `v1,<base64>` signature of a message with a secret. */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers of one attempt, signed with every secret given. */
export function signWebhookPayload(
  secrets: readonly string[],
  id: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string> {
  if (secrets.length === 0) throw new Error("signWebhookPayload needs at least one secret");
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": secrets.map((s) => webhookSignature(s, id, timestamp, body)).join(" "),
  };
}
