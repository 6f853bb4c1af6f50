import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** `mg_<8 hex prefix>_<43 char secret>`: the prefix is shown in lists, the rest never again. */
const TOKEN_PATTERN = /^mg_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export function generateToken(): { token: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(4).toString("hex");
  const token = `mg_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix, secretHash: hashToken(token) };
}

// A 256-bit random secret needs no slow hash: SHA-256 cannot be brute-forced at that entropy.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function parseToken(token: string): { prefix: string } | undefined {
  const m = TOKEN_PATTERN.exec(token);
  return m ? { prefix: m[1]! } : undefined;
}

export function tokenHashMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
