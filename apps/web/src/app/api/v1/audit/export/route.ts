import { exportAuditEvents } from "@modelgate/core";
import { requestLogger } from "@modelgate/core/log";
import { apiRoute } from "@/server/api-route";
import { auditFilterFromQuery, withSigner } from "@/server/audit";
import * as contract from "./contract";

const formats = {
  jsonl: "application/x-ndjson",
  csv: "text/csv; charset=utf-8",
} as const;

/**
 * The filtered trail, oldest first, streamed in constant memory: JSONL (header, events, the
 * signed checkpoints, a signed trailer — verifiable offline) or CSV (checkpoints as `#` lines).
 * Works with a browser session (a download link) or a bearer token.
 */
export const GET = apiRoute(contract.GET, async ({ ctx, query: { format = "jsonl", ...filter } }) => {
  const chunks = exportAuditEvents(withSigner(ctx), auditFilterFromQuery(filter), format);
  // The first chunk comes after validation, authorization and the export's own audit event, so
  // a refusal is still an ordinary JSON error rather than a broken download.
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (e) {
        // Headers are gone: cut the stream. A JSONL export without its trailer fails verification.
        requestLogger(ctx.requestId).error({ err: e }, "audit export failed");
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return new Response(body, {
    headers: {
      "content-type": formats[format],
      "content-disposition": `attachment; filename="modelgate-audit-${stamp}.${format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
