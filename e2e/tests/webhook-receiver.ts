import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The webhook-id header: the event id. */
  id: string;
  status: number;
}

/**
 * A real webhook receiver on 127.0.0.1 (random port) recording every request; `status` decides
 * the answer to the n-th request (200 by default), after `delayMs`. The app under test allows
 * loopback receivers (MODELGATE_WEBHOOK_ALLOW_PRIVATE=true in playwright.config.ts).
 */
export async function startReceiver(status: (n: number) => number = () => 200, delayMs = 0) {
  const received: Received[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const code = status(++n);
      received.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        id: String(req.headers["webhook-id"] ?? ""),
        status: code,
      });
      setTimeout(() => {
        res.writeHead(code, { "content-type": "application/json" });
        res.end(JSON.stringify({ received: code < 300 }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/modelgate`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
