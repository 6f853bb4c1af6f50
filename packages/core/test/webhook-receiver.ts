import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  n: number;
  headers: IncomingHttpHeaders;
  body: string;
  id: string;
  /** What the receiver answered. */
  status: number;
}

export interface Answer {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow or hung receiver). */
  delayMs?: number;
}

/**
 * A real HTTP receiver on 127.0.0.1 (a random port) that records every request. `answer` decides
 * the response to the n-th request (1-based); 200 "ok" by default.
 */
export async function startReceiver(answer: (n: number, body: string) => Answer = () => ({})) {
  const received: Received[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const a = answer(++n, body);
      const status = a.status ?? 200;
      received.push({ n, headers: req.headers, body, id: String(req.headers["webhook-id"] ?? ""), status });
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(status, { "content-type": "text/plain", ...a.headers });
        res.end(a.body ?? "ok");
      };
      if (a.delayMs) setTimeout(reply, a.delayMs).unref();
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks/modelgate`,
    port,
    received,
    /** Requests answered 2xx. */
    delivered: () => received.filter((r) => r.status >= 200 && r.status < 300),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
