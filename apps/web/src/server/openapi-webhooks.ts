/**
 * The webhook management routes of the OpenAPI document (spread into `operations` in
 * openapi.ts), and their response shapes (webhook-dto.ts builds them). No Next.js imports.
 */
import {
  createWebhookInput,
  listWebhookDeliveriesInput,
  rotateWebhookSecretInput,
  updateWebhookInput,
  webhookEventTypes,
} from "@modelgate/core";
import { z } from "zod";
import type { Operations } from "./openapi";

const iso = z.string().describe("ISO-8601 UTC timestamp");
const eventType = z.enum(webhookEventTypes);

export const webhookDto = z.object({
  id: z.string(),
  team: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(eventType).describe("The event types delivered"),
  active: z.boolean(),
  disabledReason: z.string().nullable().describe("Why it was turned off automatically (null otherwise)"),
  disabledAt: iso.nullable(),
  consecutiveFailures: z.number().int().describe("Failed attempts in a row (a success resets it)"),
  failingSince: iso.nullable(),
  previousSecretExpiresAt: iso
    .nullable()
    .describe("After a rotation: until when deliveries are also signed with the previous secret"),
  revision: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
  createdBy: z.string().nullable().optional(),
  lastAttemptAt: iso.nullable().optional(),
  lastAttemptOk: z.boolean().nullable().optional(),
  lastStatusCode: z.number().int().nullable().optional(),
  pendingDeliveries: z.number().int().optional(),
});

const secretField = z.string().describe("whsec_… — shown only in this answer; store it now");
export const createdWebhookDto = z.object({ webhook: webhookDto, secret: secretField });
export const rotatedWebhookDto = z.object({
  webhook: webhookDto,
  secret: secretField,
  previousSecretExpiresAt: iso.nullable(),
});

const trigger = z.enum(["event", "redeliver", "test"]);
export const deliveryLogDto = z.object({
  attempts: z.array(
    z.object({
      id: z.string(),
      deliveryId: z.string(),
      eventId: z.string().describe("Also the webhook-id header"),
      eventType: z.string(),
      trigger,
      attempt: z.number().int().describe("1 for the first attempt of the delivery"),
      at: iso,
      ok: z.boolean(),
      statusCode: z
        .number()
        .int()
        .nullable()
        .describe("null when no answer came (refused, network error, timeout)"),
      latencyMs: z.number().int(),
      responseExcerpt: z.string().nullable().describe("The start of the response body (1000 characters)"),
      error: z.string().nullable(),
    }),
  ),
  pending: z
    .array(
      z.object({
        deliveryId: z.string(),
        eventId: z.string(),
        eventType: z.string(),
        trigger,
        attempts: z.number().int(),
        nextAttemptAt: iso,
        lastError: z.string().nullable(),
      }),
    )
    .describe("Deliveries waiting for their next attempt (first page only)"),
  totalAttempts: z.number().int(),
  nextCursor: z.string().nullable(),
});
export const webhookEventDto = z.object({
  id: z.string(),
  type: z.string(),
  createdAt: iso,
  payload: z.record(z.string(), z.unknown()).describe("The exact JSON body delivered"),
});
export const queuedDeliveryDto = z.object({ deliveryId: z.string(), eventId: z.string() });

const W = "/api/v1/teams/{team}/webhooks";
const H = `${W}/{id}`;
export const webhookOperations: Operations = {
  [W]: {
    get: {
      id: "listWebhooks",
      summary: "The team's webhooks with their last attempt (maintainers; auditors read)",
      tag: "webhooks",
      ok: { status: 200, schema: z.object({ items: z.array(webhookDto) }) },
    },
    post: {
      id: "createWebhook",
      summary: "Create a webhook; the answer holds its signing secret, once (maintainers)",
      tag: "webhooks",
      body: createWebhookInput.omit({ team: true }),
      ok: { status: 201, schema: createdWebhookDto },
      idempotent: true,
    },
  },
  [H]: {
    get: {
      id: "getWebhook",
      summary: "One webhook (never its secret)",
      tag: "webhooks",
      ok: { status: 200, schema: webhookDto },
    },
    patch: {
      id: "updateWebhook",
      summary: "Edit URL, description, events or the active flag (turning it on clears why it was off)",
      tag: "webhooks",
      body: updateWebhookInput,
      ok: { status: 200, schema: webhookDto },
      ifMatch: true,
    },
    delete: {
      id: "deleteWebhook",
      summary: "Delete a webhook and its delivery log",
      tag: "webhooks",
      ok: { status: 200, schema: z.object({ deleted: z.boolean() }) },
    },
  },
  [`${H}/rotate-secret`]: {
    post: {
      id: "rotateWebhookSecret",
      summary: "New signing secret (shown once); the previous one also signs for overlapHours (default 24)",
      tag: "webhooks",
      body: rotateWebhookSecretInput,
      ok: { status: 200, schema: rotatedWebhookDto },
    },
  },
  [`${H}/deliveries`]: {
    get: {
      id: "listWebhookDeliveries",
      summary: "The delivery log: every attempt, newest first, and the deliveries waiting",
      tag: "webhooks",
      query: listWebhookDeliveriesInput,
      ok: { status: 200, schema: deliveryLogDto },
    },
  },
  [`${H}/events/{eventId}`]: {
    get: {
      id: "getWebhookEvent",
      summary: "An event as this webhook got it (the exact payload)",
      tag: "webhooks",
      ok: { status: 200, schema: webhookEventDto },
    },
  },
  [`${H}/redeliver`]: {
    post: {
      id: "redeliverWebhookEvent",
      summary: "Send an event again: same id and body, freshly signed",
      tag: "webhooks",
      body: z.object({ eventId: z.string() }),
      ok: { status: 200, schema: queuedDeliveryDto },
    },
  },
  [`${H}/test`]: {
    post: {
      id: "sendTestWebhookEvent",
      summary: "Queue a webhook.test event for this webhook alone",
      tag: "webhooks",
      ok: { status: 200, schema: queuedDeliveryDto },
    },
  },
};
