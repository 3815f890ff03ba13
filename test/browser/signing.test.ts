// The page's signing (src/web/signing.ts, WebCrypto) against the server's (documents/crypto.ts,
// node:crypto): the same statement text, the same key fingerprint, signatures the server accepts, and
// key files it cannot use named for what they are. Node's WebCrypto has Ed25519 too, so no browser is
// needed here; the browser journey proves the same in Chromium.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePartyKeyPair, parsePublicKey, sha256Hex as serverSha256, signedStatement as serverStatement, verifyStatement } from '../../src/server/features/documents/crypto.ts';
import { LocalError } from '../../src/web/errors.ts';
import { importPrivateKey, sha256Hex, signedStatement, signStatement } from '../../src/web/signing.ts';

async function refusal(pem: string): Promise<string> {
  try {
    await importPrivateKey(pem);
    return 'accepted';
  } catch (e) {
    return e instanceof LocalError ? e.key : String(e);
  }
}

describe('signing in the page', () => {
  it('writes the statement as the server checks it', () => {
    for (const act of ['approve', 'sign'] as const) {
      const s = { act, documentId: 7, version: 2, party: 'BY', sha256: 'ab'.repeat(32) };
      expect(signedStatement(s)).toBe(serverStatement(s));
    }
  });

  it('hashes bytes as the server does', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80, 0x0a]);
    expect(await sha256Hex(bytes)).toBe(serverSha256(bytes));
  });

  it('signs with a key from `accord documents keygen` so that the server verifies it, and finds its registered fingerprint', async () => {
    const pair = generatePartyKeyPair(); // what keygen writes: PKCS#8 PEM private, SPKI PEM public
    const { key, fingerprint } = await importPrivateKey(pair.privateKeyPem);
    expect(fingerprint).toBe(parsePublicKey(pair.publicKeyPem).fingerprint);
    const statement = serverStatement({ act: 'approve', documentId: 3, version: 1, party: 'RU', sha256: 'cd'.repeat(32) });
    const signature = await signStatement(key, statement);
    expect(verifyStatement(pair.publicKeyPem, statement, signature)).toBe(true);
    expect(verifyStatement(pair.publicKeyPem, statement.replace('party=RU', 'party=BY'), signature)).toBe(false);
    expect(verifyStatement(generatePartyKeyPair().publicKeyPem, statement, signature)).toBe(false);
  });

  it('names what is wrong with a key file it cannot sign with', async () => {
    const pair = generatePartyKeyPair();
    expect(await refusal(pair.publicKeyPem)).toBe('signing.errors.publicKey');
    expect(await refusal('not a key at all')).toBe('signing.errors.notPem');
    expect(await refusal('-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n')).toBe('signing.errors.notPem');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(await refusal(String(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' })))).toBe('signing.errors.notEd25519');
    const ed = generateKeyPairSync('ed25519');
    const encrypted = String(ed.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' }));
    expect(await refusal(encrypted)).toBe('signing.errors.encrypted');
  });
});
