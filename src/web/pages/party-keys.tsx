// The parties' public keys (docs/documents.md, "Keys and signatures"): who may sign for which party.
// Registering takes the public half only (the file `accord documents keygen` prints, or pasted PEM);
// the private half stays with the party. Admins keep every party's keys, a controller their own party's.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorBox, Field, Notice, PartyField } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useMe, useRegistry } from '../session.tsx';
import type { PartyKey } from '../types.ts';

export function PartyKeys() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { parties } = useRegistry();
  const keys = useLoad((signal) => api.get<{ items: PartyKey[] }>('/documents/keys', undefined, signal), []);
  const revoke = useAction();
  const [confirming, setConfirming] = useState<number | null>(null);
  const mayKeep = (party: string) => me.role === 'admin' || (me.role === 'controller' && me.party === party);
  const keepable = parties.map((p) => p.code).filter(mayKeep);
  const onRevoke = (key: PartyKey) =>
    revoke.run(async () => {
      await api.post(`/documents/keys/${key.id}/revocation`);
      setConfirming(null);
      keys.reload();
    });
  return (
    <section className="panel" aria-labelledby="party-keys-title" data-testid="party-keys">
      <h2 id="party-keys-title">{t('signing.keysTitle')}</h2>
      <p className="small muted">{t('signing.keysExplain')}</p>
      <ErrorBox error={keys.error ?? revoke.error} />
      {keys.data && keys.data.items.length === 0 && <p>{t('signing.noKeys')}</p>}
      {keys.data && keys.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('documents.party')}</th>
              <th scope="col">{t('signing.label')}</th>
              <th scope="col">{t('signing.fingerprint')}</th>
              <th scope="col">{t('signing.registered')}</th>
              <th scope="col">{t('signing.revoked')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {keys.data.items.map((k) => (
              <tr key={k.id} data-key={k.id}>
                <th scope="row">{k.party}</th>
                <td>{k.label ?? ''}</td>
                <td>
                  <code title={k.fingerprint}>{k.fingerprint.slice(0, 16)}…</code>
                </td>
                <td className="nowrap">{f.dateTime(k.createdAt)}</td>
                <td className="nowrap">{k.revokedAt ? f.dateTime(k.revokedAt) : t('signing.inForce')}</td>
                <td>
                  {!k.revokedAt && mayKeep(k.party) &&
                    (confirming === k.id ? (
                      <span className="row">
                        <button type="button" className="danger" disabled={revoke.busy} onClick={() => void onRevoke(k)}>
                          {t('signing.revokeConfirm', { party: k.party })}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('app.cancel')}
                        </button>
                      </span>
                    ) : (
                      <button type="button" onClick={() => setConfirming(k.id)} aria-label={t('signing.revokeKey', { party: k.party, fingerprint: k.fingerprint.slice(0, 16) })}>
                        {t('signing.revoke')}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {keepable.length > 0 && <RegisterKeyForm parties={keepable} onDone={keys.reload} />}
    </section>
  );
}

function RegisterKeyForm({ parties, onDone }: { parties: string[]; onDone(): void }) {
  const { t } = useTranslation();
  const [party, setParty] = useState(parties[0] ?? '');
  const [pem, setPem] = useState('');
  const [label, setLabel] = useState('');
  const [done, setDone] = useState<PartyKey | null>(null);
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    void run(async () => {
      setDone(await api.post<PartyKey>('/documents/keys', { party, publicKey: pem, ...(label.trim() && { label: label.trim() }) }));
      setPem('');
      setLabel('');
      onDone();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="register-key-title" className="inline-form">
      <h3 id="register-key-title">{t('signing.register')}</h3>
      <div className="row wrap">
        <PartyField parties={parties} value={party} onChange={setParty} />
        <Field label={t('signing.publicKeyFile')}>
          {(id) => <input id={id} type="file" accept=".pub,.pem,application/x-pem-file" onChange={(e) => void e.target.files?.[0]?.text().then(setPem)} />}
        </Field>
        <Field label={t('signing.label')}>{(id) => <input id={id} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}</Field>
      </div>
      <Field label={t('signing.publicKey')}>{(id) => <textarea id={id} rows={4} required value={pem} onChange={(e) => setPem(e.target.value)} className="mono" />}</Field>
      {done && <Notice>{t('signing.registeredKey', { party: done.party, fingerprint: done.fingerprint.slice(0, 16) })}</Notice>}
      <ErrorBox error={error} />
      <button type="submit" disabled={busy}>
        {t('signing.register')}
      </button>
    </form>
  );
}
