import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * Outbound webhook requests, safe against SSRF: only http(s); the host name is resolved once, every
 * address it resolves to is checked, and the connection goes to exactly the addresses checked (the
 * request's DNS lookup is pinned to them), so a rebinding DNS server cannot swap in a private
 * address between the check and the connect. Private, loopback, link-local, unspecified,
 * multicast and reserved destinations — IPv4-mapped and other IPv4-embedding IPv6 forms included —
 * are refused unless an administrator allows private networks. Redirects are never followed.
 *
 * Node's http client is used rather than fetch: it takes a `lookup` hook per request, which is what
 * pins the connection to the vetted address without a third-party dispatcher.
 */

const ranges: { label: string; v4?: [string, number][]; v6?: [string, number][] }[] = [
  { label: "an unspecified address", v4: [["0.0.0.0", 8]], v6: [["::", 128]] },
  { label: "a loopback address", v4: [["127.0.0.0", 8]], v6: [["::1", 128]] },
  {
    label: "a private address",
    v4: [
      ["10.0.0.0", 8],
      ["172.16.0.0", 12],
      ["192.168.0.0", 16],
      ["100.64.0.0", 10],
    ],
    v6: [["fc00::", 7]],
  },
  {
    label: "a link-local address",
    v4: [["169.254.0.0", 16]],
    v6: [
      ["fe80::", 10],
      ["fec0::", 10],
    ],
  },
  { label: "a multicast address", v4: [["224.0.0.0", 4]], v6: [["ff00::", 8]] },
  {
    label: "a reserved address",
    v4: [
      ["192.0.0.0", 24],
      ["192.0.2.0", 24],
      ["192.88.99.0", 24],
      ["198.18.0.0", 15],
      ["198.51.100.0", 24],
      ["203.0.113.0", 24],
      ["240.0.0.0", 4],
    ],
    v6: [
      ["100::", 64],
      ["2001:db8::", 32],
      ["64:ff9b:1::", 48],
    ],
  },
];

const lists = ranges.map((r) => {
  const list = new BlockList();
  for (const [net, prefix] of r.v4 ?? []) list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of r.v6 ?? []) list.addSubnet(net, prefix, "ipv6");
  return { label: r.label, list };
});

/** The 16 bytes of an IPv6 address (zone id dropped), or null when it does not parse. */
function ipv6Bytes(address: string): number[] | null {
  let a = address.split("%")[0]!.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    if (isIP(dotted[1]!) !== 4) return null;
    tail.push(...dotted[1]!.split(".").map(Number));
    a = `${a.slice(0, -dotted[1]!.length)}0:0`;
  }
  const halves = a.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s ? s.split(":").map((h) => Number.parseInt(h, 16)) : []);
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  const words = [...head, ...Array(fill).fill(0), ...rest];
  if (words.length !== 8 || words.some((w) => !Number.isInteger(w) || w < 0 || w > 0xffff)) return null;
  const bytes = words.flatMap((w) => [w >> 8, w & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(address: string): string | null {
  const b = ipv6Bytes(address);
  if (!b) return null;
  const zero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const v4 = (at: number) => b.slice(at, at + 4).join(".");
  if (zero(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12); // ::ffff:a.b.c.d
  if (zero(0, 12) && b[12] !== 0) return v4(12); // ::a.b.c.d (deprecated "compatible"; not ::1)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zero(4, 12)) return v4(12); // 64:ff9b::/96
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2); // 2002::/16, 6to4
  return null;
}

/**
 * Why an address may not receive webhooks ("a loopback address", …), or null when it is a public
 * unicast address.
 */
export function privateAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const inner = embeddedIpv4(address);
    if (inner) return privateAddressReason(inner);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  const plain = family === 6 ? address.split("%")[0]! : address;
  for (const { label, list } of lists) if (list.check(plain, type)) return label;
  return null;
}

export class WebhookDestinationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookDestinationError";
  }
}

/** The host name did not resolve: a network failure, not a refusal. */
class DnsLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DnsLookupError";
  }
}

export interface DestinationOptions {
  /** Allow private, loopback and link-local destinations (MODELGATE_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivateNetworks: boolean;
}

const ALLOW_HINT = "an administrator can allow private networks with MODELGATE_WEBHOOK_ALLOW_PRIVATE=true";

/** Parses and checks a webhook URL's form (no DNS): http(s), a host, no credentials. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookDestinationError("Not a valid URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new WebhookDestinationError("Use an http:// or https:// URL.");
  if (!url.hostname) throw new WebhookDestinationError("The URL has no host.");
  if (url.username || url.password)
    throw new WebhookDestinationError("Put no credentials in the URL; verify the signature instead.");
  return url;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");
const isLocalhostName = (host: string) =>
  /^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host) || /^localhost\.localdomain$/i.test(host);

/**
 * What can be decided without DNS: an IP literal or a localhost name that is private. Used when a
 * webhook is saved, for early feedback; the full check runs before every delivery.
 */
export function checkWebhookUrlSyntax(raw: string, opts: DestinationOptions): URL {
  const url = parseWebhookUrl(raw);
  if (opts.allowPrivateNetworks) return url;
  const host = hostOf(url);
  if (isLocalhostName(host)) throw new WebhookDestinationError(`${host} is a loopback name; ${ALLOW_HINT}.`);
  if (isIP(host)) {
    const why = privateAddressReason(host);
    if (why) throw new WebhookDestinationError(`${host} is ${why}; ${ALLOW_HINT}.`);
  }
  return url;
}

export interface ResolvedDestination {
  url: URL;
  addresses: { address: string; family: 4 | 6 }[];
}

/** Resolves the URL's host and checks every address it resolves to. */
export async function resolveWebhookDestination(
  raw: string,
  opts: DestinationOptions,
): Promise<ResolvedDestination> {
  const url = checkWebhookUrlSyntax(raw, opts);
  const host = hostOf(url);
  const family = isIP(host);
  let addresses: ResolvedDestination["addresses"];
  if (family) {
    addresses = [{ address: host, family: family as 4 | 6 }];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })) as ResolvedDestination["addresses"];
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new DnsLookupError(
        code === "ENOTFOUND"
          ? `${host} does not resolve (DNS: not found)`
          : `DNS lookup of ${host} failed (${code ?? "error"})`,
      );
    }
    if (addresses.length === 0) throw new DnsLookupError(`${host} does not resolve`);
  }
  if (!opts.allowPrivateNetworks) {
    for (const a of addresses) {
      const why = privateAddressReason(a.address);
      if (why) throw new WebhookDestinationError(`${host} resolves to ${a.address}, ${why}; ${ALLOW_HINT}.`);
    }
  }
  return { url, addresses };
}

/** A DNS lookup that answers only with addresses already vetted: the connection cannot go elsewhere. */
function pinnedLookup(addresses: ResolvedDestination["addresses"]): LookupFunction {
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, addresses);
    } else {
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    }
  };
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export interface PostOptions extends DestinationOptions {
  /** The whole attempt — DNS, connect, response — must finish within this (default 10 s). */
  timeoutMs?: number;
  /** How much of the response body is kept for the log (characters). */
  excerptChars?: number;
  userAgent?: string;
}

const MAX_READ_BYTES = 64 * 1024;

function describeError(e: unknown, timeoutMs: number): string {
  if (e instanceof WebhookDestinationError) return `Refused: ${e.message}`;
  if (e instanceof DnsLookupError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.name === "AbortError" || err?.name === "TimeoutError")
    return `Timed out after ${Math.round(timeoutMs / 100) / 10} s`;
  const code = err?.code ? `${err.code}: ` : "";
  return `${code}${err?.message ?? String(e)}`.slice(0, 500);
}

/**
 * POSTs one signed body and reports what happened; never throws. A 2xx answer is a success;
 * a redirect, another status, a refusal, a network error or the timeout is a failure.
 */
export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  opts: PostOptions,
): Promise<AttemptResult> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const excerptChars = opts.excerptChars ?? 1000;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  const fail = (e: unknown, statusCode: number | null = null): AttemptResult => ({
    ok: false,
    statusCode,
    latencyMs: elapsed(),
    responseExcerpt: null,
    error: describeError(signal.aborted ? signal.reason : e, timeoutMs),
  });
  let dest: ResolvedDestination;
  try {
    dest = await Promise.race([
      resolveWebhookDestination(target, opts),
      new Promise<never>((_, reject) =>
        signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
      ),
    ]);
  } catch (e) {
    return fail(e);
  }
  const client = dest.url.protocol === "https:" ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const done = (r: AttemptResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    const req = client.request(
      dest.url,
      {
        method: "POST",
        agent: false,
        lookup: pinnedLookup(dest.addresses),
        signal,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": opts.userAgent ?? "Modelgate-Webhooks/1",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const excerpt = text.length > excerptChars ? `${text.slice(0, excerptChars)}…` : text;
          const ok = status >= 200 && status < 300;
          let error: string | null = null;
          if (status >= 300 && status < 400)
            error = `Redirect (${status}${res.headers.location ? ` to ${String(res.headers.location).slice(0, 300)}` : ""}) not followed`;
          else if (!ok) error = `HTTP ${status}`;
          done({ ok, statusCode: status, latencyMs: elapsed(), responseExcerpt: excerpt || null, error });
        };
        res.on("data", (c: Buffer) => {
          if (size >= MAX_READ_BYTES) return;
          chunks.push(c);
          size += c.length;
          if (size >= MAX_READ_BYTES) {
            finish();
            res.destroy();
          }
        });
        res.on("end", finish);
        res.on("error", (e) => (settled ? undefined : done(fail(e, status))));
        res.on("close", finish);
      },
    );
    req.on("error", (e) => done(fail(e)));
    req.end(body);
  });
}
