// Approving and signing with a party's key, in the browser. The key file is read here and never sent;
// the version is downloaded and hashed here, so what is signed is the bytes this page received, and a
// version whose bytes differ from the recorded hash is never signed (see ../signing.ts).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, request } from '../api.ts';
import { ErrorBox, Field, PartyField } from '../components/ui.tsx';
import { LocalError } from '../errors.ts';
import { useAction } from '../hooks.ts';
import { importPrivateKey, sha256Hex, signedStatement, signStatement, type SignedAct } from '../signing.ts';
import type { DocumentDetail, PartyKey } from '../types.ts';

/** The current version as this page received it: its SHA-256 computed here, checked against the record. */
export async function hashOfCurrent(doc: DocumentDetail): Promise<{ version: number; sha256: string }> {
  const current = doc.current;
  if (!current) throw new LocalError('signing.errors.noVersion');
  const { bytes } = await download(`/documents/${doc.id}/versions/${current.number}/content`);
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== current.sha256) throw new LocalError('signing.errors.hashMismatch', { recorded: current.sha256, computed: sha256 });
  return { version: current.number, sha256 };
}

export interface Signed { statement: string; signature: string; keyId: number; fingerprint: string }

/** Signs `act` on the hashed version for `party` with the key in `keyFile`, which must be registered for the party. */
export async function signWithFile(s: { doc: DocumentDetail; hashed: { version: number; sha256: string }; act: SignedAct; party: string; keyFile: File }): Promise<Signed> {
  const { key, fingerprint } = await importPrivateKey(await s.keyFile.text());
  const keys = await api.get<{ items: PartyKey[] }>('/documents/keys', { party: s.party });
  const registered = keys.items.find((k) => k.fingerprint === fingerprint && k.revokedAt === null);
  if (!registered) throw new LocalError('signing.errors.notRegistered', { party: s.party, fingerprint: fingerprint.slice(0, 16) });
  const statement = signedStatement({ act: s.act, documentId: s.doc.id, version: s.hashed.version, party: s.party, sha256: s.hashed.sha256 });
  return { statement, signature: await signStatement(key, statement), keyId: registered.id, fingerprint };
}

const KEY_FILES = '.pem,.key,application/x-pem-file,application/pkcs8';

/** Approve the current version for a party, signed with that party's key. */
export function SignedApprovalForm({ doc, etag, parties, onDone }: { doc: DocumentDetail; etag: string | null; parties: string[]; onDone(signed: Signed): void }) {
  const { t } = useTranslation();
  const [party, setParty] = useState(parties[0] ?? '');
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (!keyFile) throw new LocalError('signing.errors.noKey');
      const hashed = await hashOfCurrent(doc);
      const signed = await signWithFile({ doc, hashed, act: 'approve', party, keyFile });
      await request('POST', `/documents/${doc.id}/approvals`, { body: { version: hashed.version, party, signature: signed.signature, keyId: signed.keyId }, ifMatch: etag });
      onDone(signed);
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="signed-approval-title" className="inline-form" data-testid="signed-approval">
      <h3 id="signed-approval-title">{t('signing.approveTitle')}</h3>
      <p className="small muted">{t('signing.explain')}</p>
      <div className="row wrap">
        {parties.length > 1 && (
          <PartyField parties={parties} value={party} onChange={setParty} />
        )}
        <Field label={t('signing.keyFile', { party })} hint={t('signing.keyStays')}>
          {(id) => <input id={id} type="file" accept={KEY_FILES} required onChange={(e) => setKeyFile(e.target.files?.[0] ?? null)} />}
        </Field>
      </div>
      <ErrorBox error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('signing.signing') : t('signing.approveAndSign', { party })}
      </button>
    </form>
  );
}

/** A key file input for one party's signatory in the signing form (optional: a signatory may sign on paper only). */
export function SignatoryKeyField({ party, onChange }: { party: string; onChange(file: File | null): void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('signing.signatoryKey', { party })} hint={t('signing.keyStays')}>
      {(id) => <input id={id} type="file" accept={KEY_FILES} onChange={(e) => onChange(e.target.files?.[0] ?? null)} />}
    </Field>
  );
}
