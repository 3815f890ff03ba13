// Hashes and Ed25519 signatures for documents. Pure functions over node:crypto: no database, no clock.
//
// What a party signs is not the bare content hash but a one-line statement naming the act, the
// document, the version, the party and the hash, so that a signature cannot be replayed for another
// document carrying the same text, for another party, or turned from an approval into a signing.
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export type SignedAct = 'approve' | 'sign';

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The exact UTF-8 text a party signs for an act on a version (see docs/documents.md). */
export function signedStatement(s: { act: SignedAct; documentId: number; version: number; party: string; sha256: string }): string {
  return `accord:v1:${s.act}:document=${s.documentId}:version=${s.version}:party=${s.party}:sha256=${s.sha256}`;
}

export interface ParsedKey {
  /** SPKI PEM as re-exported by node, so equal keys store equal text. */
  pem: string;
  /** SHA-256 of the DER (SPKI) form, hex. */
  fingerprint: string;
}

/** Parses an Ed25519 public key in PEM (SPKI); throws a message a person can act on otherwise. */
export function parsePublicKey(pem: string): ParsedKey {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new Error('is not a PEM public key ("-----BEGIN PUBLIC KEY-----" …)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'unknown'}`);
  const der = key.export({ type: 'spki', format: 'der' });
  return { pem: String(key.export({ type: 'spki', format: 'pem' })), fingerprint: sha256Hex(der) };
}

const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;

/** True when `signature` (base64) is `publicKeyPem`'s Ed25519 signature of `statement`. Never throws. */
export function verifyStatement(publicKeyPem: string, statement: string, signature: string): boolean {
  if (!BASE64_RE.test(signature)) return false;
  const bytes = Buffer.from(signature, 'base64');
  if (bytes.length !== 64) return false;
  try {
    return verify(null, Buffer.from(statement, 'utf8'), createPublicKey(publicKeyPem), bytes);
  } catch {
    return false;
  }
}

/** Signs a statement with an Ed25519 private key (PEM, PKCS#8); what a party's own tool does. */
export function signStatement(privateKeyPem: string, statement: string): string {
  return sign(null, Buffer.from(statement, 'utf8'), privateKeyPem).toString('base64');
}

/** A fresh Ed25519 key pair in PEM (the private key is for the party to keep, never for the server). */
export function generatePartyKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: String(publicKey.export({ type: 'spki', format: 'pem' })),
    privateKeyPem: String(privateKey.export({ type: 'pkcs8', format: 'pem' })),
  };
}

/** Short form of a hash for messages: the first 12 hex digits and an ellipsis. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}
