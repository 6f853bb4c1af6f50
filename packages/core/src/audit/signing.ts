import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { publicKeyId } from "./chain";

/** The server's Ed25519 key that signs audit checkpoints and exports. */
export interface AuditSigner {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

/** The context's signer; services that sign (exports, verification) need one. */
export function signerOf(ctx: { auditSigner?: AuditSigner }): AuditSigner {
  if (!ctx.auditSigner) throw new Error("No audit signing key configured for this context");
  return ctx.auditSigner;
}

export function auditSignerFromPem(privateKeyPem: string): AuditSigner {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new Error("The audit signing key must be an Ed25519 private key (PKCS#8 PEM).");
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: publicKeyId(publicKey),
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export function generateAuditSigner(): AuditSigner {
  const { privateKey } = generateKeyPairSync("ed25519");
  return auditSignerFromPem(privateKey.export({ type: "pkcs8", format: "pem" }).toString());
}

/**
 * The configured key (PEM text, e.g. from MODELGATE_AUDIT_SIGNING_KEY — required when several
 * instances share one database), else the key file in the data directory, created (mode 0600) on
 * first start.
 */
export function loadAuditSigner(opts: { pem?: string | null; keyFile: string }): AuditSigner {
  if (opts.pem?.trim()) return auditSignerFromPem(opts.pem.replace(/\\n/g, "\n"));
  if (!existsSync(opts.keyFile)) {
    mkdirSync(dirname(opts.keyFile), { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    try {
      writeFileSync(opts.keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), {
        mode: 0o600,
        flag: "wx",
      });
    } catch (e) {
      // Another process created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  chmodSync(opts.keyFile, 0o600);
  return auditSignerFromPem(readFileSync(opts.keyFile, "utf8"));
}
