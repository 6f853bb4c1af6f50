/**
 * The fixed-rate load generator in a process of its own (`fixedRateIsolated`): the harness that
 * seeded a million rows carries a large heap, and its garbage-collection pauses would be charged
 * to the server as latency. Reads its job as JSON on stdin, prints the result as JSON.
 */
import { type FixedRateRequest, fixedRate } from "./measure";

const chunks: Buffer[] = [];
for await (const c of process.stdin) chunks.push(c as Buffer);
const job = JSON.parse(Buffer.concat(chunks).toString()) as {
  url: string;
  rate: number;
  seconds: number;
  requests: FixedRateRequest[];
};
// Two seconds at the same rate first, not counted: this process's JIT and its sockets warm up.
await fixedRate({
  url: job.url,
  rate: job.rate,
  seconds: 2,
  request: (k) => job.requests[(k + 7919) % job.requests.length]!,
});
const result = await fixedRate({
  url: job.url,
  rate: job.rate,
  seconds: job.seconds,
  request: (k) => job.requests[k % job.requests.length]!,
});
process.stdout.write(JSON.stringify(result));
