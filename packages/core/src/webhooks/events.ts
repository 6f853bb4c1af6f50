/**
 * The webhook event catalogue: every event type, what its payload carries, and an example of each.
 * Pure data and types with no imports — `@modelgate/client` ships a generated copy of this file
 * (packages/client/src/generated/webhook-events.ts, checked by `check:gen`), so receivers get the
 * payload types and `modelgate webhooks events` prints exactly what the server sends.
 *
 * Every delivery is a JSON object: { id, type, timestamp, team, actor, data }. `id` is the event id
 * (also the `webhook-id` header; the same on every retry and redelivery, so receivers deduplicate
 * on it), `timestamp` the UTC time of the change.
 */

export const webhookEventTypes = [
  "model.created",
  "model.archived",
  "version.registered",
  "version.ready",
  "version.failed",
  "transition.requested",
  "transition.approved",
  "transition.rejected",
  "transition.applied",
  "alias.moved",
  "comment.created",
] as const;

/** An event a webhook can subscribe to. */
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Sent by "send test event" to one webhook, whatever its filter. */
export const WEBHOOK_TEST_EVENT = "webhook.test" as const;

/** Every type a receiver can see: the subscribable ones and the test event. */
export type WebhookPayloadType = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

export const webhookEventDescriptions: Record<WebhookPayloadType, string> = {
  "model.created": "A model was created.",
  "model.archived": "A model was archived (maintainers).",
  "version.registered": "A new version was registered (ready at once when it has no uploads to wait for).",
  "version.ready": "A version became ready: every declared artifact arrived and verified.",
  "version.failed": "A version failed and will not become ready.",
  "transition.requested": "Someone asked to move a version to a stage, roll back, or move a protected alias.",
  "transition.approved": "A reviewer approved a request (an e-signature); more approvals may be needed.",
  "transition.rejected": "A reviewer rejected a request; it is closed.",
  "transition.applied":
    "A request took effect: the version moved from one stage to another (or an alias moved).",
  "alias.moved": "An alias points at another version, or was removed (champion included).",
  "comment.created": "Someone commented on a version or a request.",
  "webhook.test": 'A test sent with "send test event"; it carries no registry change.',
};

export type WebhookActorType = "user" | "token" | "system";

export interface WebhookActor {
  type: WebhookActorType;
  /** The person (for a token, its owner); null for the system. */
  id: string | null;
  name: string;
  /** Set when the person acted through an API token. */
  tokenId?: string;
}

export interface WebhookModelRef {
  id: string;
  name: string;
  /** team/name */
  fullName: string;
}

export interface WebhookVersionRef {
  id: string;
  number: number;
}

export type WebhookStage = "none" | "staging" | "production" | "archived";

export interface WebhookRequestRef {
  id: string;
  kind: "stage" | "alias" | "rollback";
  fromStage: WebhookStage;
  /** null for an alias move. */
  toStage: WebhookStage | null;
  alias: string | null;
  reason: string;
  requestedBy: string;
  /** The change in words, e.g. "promotion of fraud/scorer v3 to production". */
  change: string;
}

export type WebhookScanCategory = "unsafe" | "review" | "clean";

/** One finding of the security scan: a callable a pickle imports (file: inside an archive). */
export interface WebhookScanFinding {
  file: string | null;
  callable: string;
  verdict: "dangerous" | "unknown" | "safe";
  opcode: string;
  offset: number;
}

/**
 * The security scan of a version's uploaded artifacts: the worst verdict (`dangerous`, `unknown`,
 * `not_scanned`, `clean`, `no_scan_needed`…) and its category; null when nothing was scanned
 * (external artifacts only). `quarantined`: an unsafe artifact stays, flagged, by team policy.
 */
export interface WebhookVersionScan {
  verdict: string | null;
  category: WebhookScanCategory | null;
  quarantined: boolean;
  artifacts: {
    path: string;
    verdict: string | null;
    category: WebhookScanCategory | null;
    external: boolean;
  }[];
}

/** The `data` of each event type. */
export interface WebhookEventData {
  "model.created": { model: WebhookModelRef & { description: string; tags: Record<string, string> } };
  "model.archived": { model: WebhookModelRef };
  "version.registered": {
    model: WebhookModelRef;
    version: WebhookVersionRef & {
      status: "pending" | "ready" | "failed";
      description: string;
      tags: Record<string, string>;
      /** Offline metrics recorded at registration. */
      metrics: Record<string, number>;
      /** Artifacts still to be uploaded before it is ready. */
      pendingArtifacts: string[];
    };
  };
  "version.ready": { model: WebhookModelRef; version: WebhookVersionRef; scan: WebhookVersionScan };
  "version.failed": {
    model: WebhookModelRef;
    version: WebhookVersionRef;
    reason: string;
    /** The scan that blocked it (null when it failed for another reason). */
    scan: {
      artifact: string;
      verdict: string;
      category: WebhookScanCategory;
      summary: string;
      scannerVersion: string;
      /** Dangerous and unknown findings, worst first (at most 20). */
      findings: WebhookScanFinding[];
      findingsCount: number;
    } | null;
  };
  "transition.requested": {
    model: WebhookModelRef;
    version: WebhookVersionRef;
    request: WebhookRequestRef & { requiredApprovals: number };
  };
  "transition.approved": {
    model: WebhookModelRef;
    version: WebhookVersionRef;
    request: WebhookRequestRef;
    decision: { reviewer: string; meaning: string; reason: string | null; signedAt: string };
  };
  "transition.rejected": {
    model: WebhookModelRef;
    version: WebhookVersionRef;
    request: WebhookRequestRef;
    decision: { reviewer: string; meaning: string; reason: string | null; signedAt: string };
  };
  "transition.applied": {
    model: WebhookModelRef;
    version: WebhookVersionRef;
    request: WebhookRequestRef;
    fromStage: WebhookStage;
    toStage: WebhookStage;
    rollback: boolean;
    /** The production version this one replaced (null when none). */
    previousChampion: number | null;
  };
  "alias.moved": {
    model: WebhookModelRef;
    alias: string;
    /** null: the alias is new. */
    fromVersion: number | null;
    /** null: the alias was removed. */
    toVersion: number | null;
    /** The transition request that moved it (protected aliases, champion), else null. */
    requestId: string | null;
  };
  "comment.created": {
    model: WebhookModelRef;
    comment: { id: string; body: string; author: string; parentId: string | null };
    /** Exactly one of these is set: the comment is on a version or on a request. */
    version: WebhookVersionRef | null;
    requestId: string | null;
  };
  "webhook.test": { webhook: { id: string; url: string }; message: string };
}

export interface WebhookEvent<T extends WebhookPayloadType = WebhookPayloadType> {
  id: string;
  type: T;
  /** ISO-8601 UTC time of the change. */
  timestamp: string;
  team: { id: string; slug: string };
  actor: WebhookActor;
  data: WebhookEventData[T];
}

/** Any event, discriminated on `type`. */
export type AnyWebhookEvent = { [T in WebhookPayloadType]: WebhookEvent<T> }[WebhookPayloadType];

const exampleModel: WebhookModelRef = {
  id: "5b0e2a4c-6f1d-4c1e-9a43-3c1f0d2b7e10",
  name: "card-fraud-scorer",
  fullName: "fraud/card-fraud-scorer",
};
const exampleVersion: WebhookVersionRef = { id: "0f7c9d52-1b8e-4f3a-b6d4-2e9a8c7b5a31", number: 4 };
const exampleRequest: WebhookRequestRef = {
  id: "8d3f6b21-4c7a-4e59-9f12-6a0b3c5d7e48",
  kind: "stage",
  fromStage: "staging",
  toStage: "production",
  alias: null,
  reason: "Beats v3 on AUC by 0.012 on the March holdout",
  requestedBy: "Carl Contributor",
  change: "promotion of fraud/card-fraud-scorer v4 to production",
};
const exampleDecision = {
  reviewer: "Rui Reviewer",
  meaning: "Approve promotion of fraud/card-fraud-scorer v4 to production",
  reason: "Validated against the challenger report",
  signedAt: "2025-03-14T09:41:07.120Z",
};

const dataExamples: { [T in WebhookPayloadType]: WebhookEventData[T] } = {
  "model.created": {
    model: {
      ...exampleModel,
      description: "Scores card transactions for fraud",
      tags: { domain: "payments" },
    },
  },
  "model.archived": { model: exampleModel },
  "version.registered": {
    model: exampleModel,
    version: {
      ...exampleVersion,
      status: "pending",
      description: "Retrained on March data",
      tags: { run: "2025-03-13" },
      metrics: { auc: 0.941, precision_at_1pct: 0.62 },
      pendingArtifacts: ["model.onnx"],
    },
  },
  "version.ready": {
    model: exampleModel,
    version: exampleVersion,
    scan: {
      verdict: "clean",
      category: "clean",
      quarantined: false,
      artifacts: [
        { path: "model.pt", verdict: "clean", category: "clean", external: false },
        { path: "config.json", verdict: "no_scan_needed", category: "clean", external: false },
      ],
    },
  },
  "version.failed": {
    model: exampleModel,
    version: exampleVersion,
    reason:
      "Blocked by the security scan: model.pt!/archive/data.pkl imports os.system (GLOBAL at offset 2).",
    scan: {
      artifact: "model.pt",
      verdict: "dangerous",
      category: "unsafe",
      summary: "pytorch-zip: 1 dangerous import",
      scannerVersion: "1.0.0",
      findings: [
        {
          file: "archive/data.pkl",
          callable: "os.system",
          verdict: "dangerous",
          opcode: "GLOBAL",
          offset: 2,
        },
      ],
      findingsCount: 1,
    },
  },
  "transition.requested": {
    model: exampleModel,
    version: exampleVersion,
    request: { ...exampleRequest, requiredApprovals: 2 },
  },
  "transition.approved": {
    model: exampleModel,
    version: exampleVersion,
    request: exampleRequest,
    decision: exampleDecision,
  },
  "transition.rejected": {
    model: exampleModel,
    version: exampleVersion,
    request: exampleRequest,
    decision: {
      ...exampleDecision,
      meaning: "Reject promotion of fraud/card-fraud-scorer v4 to production",
      reason: "Recall on the high-value slice dropped",
    },
  },
  "transition.applied": {
    model: exampleModel,
    version: exampleVersion,
    request: exampleRequest,
    fromStage: "staging",
    toStage: "production",
    rollback: false,
    previousChampion: 3,
  },
  "alias.moved": {
    model: exampleModel,
    alias: "champion",
    fromVersion: 3,
    toVersion: 4,
    requestId: exampleRequest.id,
  },
  "comment.created": {
    model: exampleModel,
    comment: {
      id: "c41d7e02-9b3a-4f65-8e21-7d0c6b5a4f39",
      body: "Can we see the slice metrics for high-value cards?",
      author: "Rui Reviewer",
      parentId: null,
    },
    version: null,
    requestId: exampleRequest.id,
  },
  "webhook.test": {
    webhook: { id: "2a6e4c81-7d3b-4f90-a5c2-1e8b9d0f6a73", url: "https://ci.example.com/hooks/modelgate" },
    message: "A test event from Modelgate.",
  },
};

/** An example payload of a type, as a receiver would get it. */
export function exampleWebhookEvent<T extends WebhookPayloadType>(type: T): WebhookEvent<T> {
  return {
    id: "3f9a1c7e-2b64-4d85-9e0f-5a7c3b1d8e26",
    type,
    timestamp: "2025-03-14T09:41:07.512Z",
    team: { id: "7e2b5d91-0c4a-4f38-b6e7-9d1a3c5f8b02", slug: "fraud" },
    actor:
      type === "transition.approved" || type === "transition.rejected"
        ? { type: "user", id: "b8c2e4f6-1a3d-4b5c-8e7f-0a2b4c6d8e91", name: "Rui Reviewer" }
        : { type: "user", id: "e1d3c5b7-9f2a-4c6e-8b0d-3f5a7c9e1b24", name: "Carl Contributor" },
    data: dataExamples[type],
  };
}
