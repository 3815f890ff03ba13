// Signing in the browser with a party's Ed25519 key (docs/documents.md, "Keys and signatures").
//
// The party picks its private key file (PKCS#8 PEM, as `accord documents keygen` writes it); it is read
// by this page and never sent anywhere. The page downloads the version itself, computes its SHA-256
// with WebCrypto, refuses to sign when that differs from the hash the server recorded, and signs the
// one-line statement of docs/documents.md with WebCrypto's Ed25519. The server only ever sees the
// signature, and checks it against the public key the party registered.
import { LocalError } from './errors.ts';

// WebCrypto's types as both the DOM and Node name them (this module also runs under Node in tests).
type Subtle = typeof globalThis.crypto.subtle;
type Key = Awaited<ReturnType<Subtle['importKey']>>;
type Bytes = Parameters<Subtle['digest']>[1];

export type SignedAct = 'approve' | 'sign';

/** The exact text a party signs (the same as src/server/features/documents/crypto.ts signedStatement). */
export function signedStatement(s: { act: SignedAct; documentId: number; version: number; party: string; sha256: string }): string {
  return `accord:v1:${s.act}:document=${s.documentId}:version=${s.version}:party=${s.party}:sha256=${s.sha256}`;
}

function subtle(): Subtle {
  // WebCrypto exists only in secure contexts: https, or http on localhost.
  const s = globalThis.crypto?.subtle as Subtle | undefined;
  if (!s) throw new LocalError('signing.errors.insecure');
  return s;
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(bytes: Bytes): Promise<string> {
  return hex(await subtle().digest('SHA-256', bytes));
}

function base64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

// SubjectPublicKeyInfo of an Ed25519 key (RFC 8410) is this prefix and the 32 raw bytes: its SHA-256 is
// the fingerprint the server shows for a registered key.
const SPKI_ED25519_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

export interface PrivateKey {
  key: Key;
  /** SHA-256 of the public half's SPKI DER, hex: matches PartyKey.fingerprint when registered. */
  fingerprint: string;
}

/** Reads a PKCS#8 PEM Ed25519 private key; throws a LocalError naming what is wrong with the file. */
export async function importPrivateKey(pem: string): Promise<PrivateKey> {
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem)) throw new LocalError('signing.errors.encrypted');
  if (/-----BEGIN PUBLIC KEY-----/.test(pem)) throw new LocalError('signing.errors.publicKey');
  const match = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(pem);
  if (!match?.[1]) throw new LocalError('signing.errors.notPem');
  let der: Uint8Array<ArrayBuffer>;
  try {
    der = Uint8Array.from(atob(match[1].replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    throw new LocalError('signing.errors.notPem');
  }
  const s = subtle();
  let key: Key;
  try {
    // Extractable only so that the public half can be derived (JWK "x") to find the registered key.
    key = await s.importKey('pkcs8', der, { name: 'Ed25519' }, true, ['sign']);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotSupportedError') throw new LocalError('signing.errors.unsupported');
    throw new LocalError('signing.errors.notEd25519');
  }
  const jwk = await s.exportKey('jwk', key);
  if (!jwk.x) throw new LocalError('signing.errors.notEd25519');
  const spki = new Uint8Array([...SPKI_ED25519_PREFIX, ...fromBase64Url(jwk.x)]);
  return { key, fingerprint: await sha256Hex(spki) };
}

/** The base64 Ed25519 signature of the statement's UTF-8 bytes. */
export async function signStatement(key: Key, statement: string): Promise<string> {
  return base64(await subtle().sign({ name: 'Ed25519' }, key, new TextEncoder().encode(statement)));
}
