// One document: versions (a new one as text or a file), the diff between two, approvals per party
// (with the account alone, or signed in this browser with the party's key), signing at an engagement,
// and the verification trail (every hash and signature checked by the server).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, request } from '../api.ts';
import { ErrorBox, Field, Loading, Notice } from '../components/ui.tsx';
import { todayIso, useFormat } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { can, useMe } from '../session.tsx';
import type { DocumentDetail, Page, Person, Verification } from '../types.ts';
import { hashOfCurrent, SignatoryKeyField, SignedApprovalForm, signWithFile, type Signed } from './document-signing.tsx';
import { Versions } from './document-versions.tsx';

export function DocumentView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const loaded = useLoad((signal) => request<DocumentDetail>('GET', `/documents/${id}`, { signal }), [id]);
  const action = useAction();
  const [verification, setVerification] = useState<Verification | null>(null);
  const [uploaded, setUploaded] = useState(false);
  const [signed, setSigned] = useState<Signed | null>(null);
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  const d = loaded.data?.data;
  if (!d) return <Loading />;
  const myParty = me.party !== null && d.parties.includes(me.party) ? me.party : null;
  const mayApprove = d.current !== null && d.status !== 'signed' && (me.role === 'admin' || ((me.role === 'controller' || me.role === 'executor') && myParty !== null));
  // The parties this user may still approve for: any for an admin, their own for a controller or executor.
  const approvable = mayApprove ? d.partyApprovals.filter((p) => !p.approval && (me.role === 'admin' || p.party === myParty)).map((p) => p.party) : [];
  const approve = (party?: string) =>
    action.run(async () => {
      setSigned(null);
      await request('POST', `/documents/${id}/approvals`, { body: { version: d.current?.number, ...(party && me.role === 'admin' && { party }) }, ifMatch: loaded.data?.etag ?? null });
      setVerification(null); // the trail shown is no longer the whole one
      loaded.reload();
    });
  const verify = () =>
    action.run(async () => {
      setVerification(await api.get<Verification>(`/documents/${id}/verification`));
    });

  return (
    <article aria-labelledby="doc-title">
      <p className="crumbs">
        <Link to="/documents">{t('documents.title')}</Link>
      </p>
      <div className="page-head">
        <h1 id="doc-title">{d.title}</h1>
        <span className="chip">{t(`documents.kinds.${d.kind}`)}</span>
        <span className={`badge doc-${d.approvalState}`}>{t(`documents.approvalStates.${d.approvalState}`)}</span>
      </div>
      <ErrorBox error={action.error} />
      <div className="grid2">
        <section className="panel" aria-labelledby="approvals-title">
          <h2 id="approvals-title">{t('documents.approvals')}</h2>
          <table data-testid="party-approvals">
            <thead>
              <tr>
                <th scope="col">{t('documents.party')}</th>
                <th scope="col">{t('documents.status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {d.partyApprovals.map(({ party, approval }) => (
                <tr key={party}>
                  <th scope="row">{party}</th>
                  <td>
                    {approval ? (
                      <>
                        {t('documents.approved')} ({t('documents.version')} {approval.versionNumber}) · {approval.approvedByName} · {f.dateTime(approval.approvedAt)}
                        {approval.signature ? (
                          <span className="chip signature-chip" data-testid={`signature-${party}`}>
                            {t('documents.signedWithKey')}: {approval.valid ? t('documents.valid') : t('documents.invalid')}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <span className="muted">{t('documents.notApproved')}</span>
                    )}
                  </td>
                  <td>
                    {approvable.includes(party) && (
                      <button type="button" disabled={action.busy} onClick={() => void approve(party)}>
                        {t('documents.approve')} {party}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {signed && (
            <Notice>
              {t('signing.approvedSigned')} <code className="statement">{signed.statement}</code>
            </Notice>
          )}
          {approvable.length > 0 && (
            <SignedApprovalForm
              key={`${d.current?.number ?? 0}-${approvable.join()}`}
              doc={d}
              etag={loaded.data?.etag ?? null}
              parties={approvable}
              onDone={(s) => {
                setSigned(s);
                setVerification(null);
                loaded.reload();
              }}
            />
          )}
          {d.engagement && (
            <p className="small">
              {t('documents.toBeSignedAt')}: <Link to={`/engagements/${d.engagement.id}`}>{d.engagement.title}</Link>
            </p>
          )}
          {d.instructions.length > 0 && (
            <ul className="small">
              {d.instructions.map((i) => (
                <li key={i.instructionId}>
                  <Link to={`/instructions/${i.instructionId}`}>{i.title}</Link> <span className="muted">({t(`documents.relations.${i.relation}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {d.signing ? (
          <section className="panel" aria-labelledby="signing-title">
            <h2 id="signing-title">{t('documents.signings')}</h2>
            <p>
              {f.day(d.signing.signedOn)}
              {d.signing.place && `, ${d.signing.place}`} · {t('documents.version')} {d.signing.versionNumber}
            </p>
            <ul className="plain">
              {d.signing.signatories.map((s) => (
                <li key={s.position}>
                  {s.personName} <span className="muted">({s.party})</span>
                </li>
              ))}
            </ul>
            <p className="small muted">
              {t('documents.trailHash')}: <code>{d.signing.trailHash.slice(0, 16)}…</code>
            </p>
          </section>
        ) : (
          d.approvalState === 'approved' && can(me, 'plan') && <SignForm doc={d} onDone={loaded.reload} />
        )}
      </div>
      <Versions
        key={d.versions.length}
        doc={d}
        etag={loaded.data?.etag ?? null}
        uploaded={uploaded}
        onDone={() => {
          setUploaded(true);
          loaded.reload();
        }}
      />
      <section className="panel" aria-labelledby="verify-title">
        <div className="panel-head">
          <h2 id="verify-title">{t('documents.trail')}</h2>
          <button type="button" onClick={() => void verify()}>
            {t('documents.verify')}
          </button>
        </div>
        {verification && (
          <>
            <p className={verification.ok ? 'notice' : 'error'} role="status" data-testid="verification">
              {verification.ok ? t('documents.verifiedOk') : t('documents.verifiedBad')} · {f.dateTime(verification.checkedAt)}
            </p>
            {verification.problems.length > 0 && (
              <ul>
                {verification.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <table data-testid="trail">
              <thead>
                <tr>
                  <th scope="col">{t('documents.when')}</th>
                  <th scope="col">{t('documents.act')}</th>
                  <th scope="col">{t('documents.version')}</th>
                  <th scope="col">{t('documents.party')}</th>
                  <th scope="col">{t('documents.by')}</th>
                  <th scope="col">{t('documents.hash')}</th>
                  <th scope="col">{t('documents.signature')}</th>
                  <th scope="col">{t('documents.keyFingerprint')}</th>
                </tr>
              </thead>
              <tbody>
                {verification.trail.map((e, n) => (
                  <tr key={n}>
                    <td className="nowrap">{f.dateTime(e.at)}</td>
                    <td>{t(`documents.acts.${e.act}`)}</td>
                    <td className="num">{e.version}</td>
                    <td>{e.party ?? '—'}</td>
                    <td>{e.by ?? '—'}</td>
                    <td>
                      <code title={e.sha256}>{e.sha256.slice(0, 12)}…</code>
                    </td>
                    <td data-signature={e.signature}>{t(`documents.signatures.${e.signature}`)}</td>
                    <td>{e.keyFingerprint ? <code title={e.keyFingerprint}>{e.keyFingerprint.slice(0, 12)}…</code> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </article>
  );
}

function SignForm({ doc, onDone }: { doc: DocumentDetail; onDone(): void }) {
  const { t } = useTranslation();
  const people = useLoad((signal) => api.get<Page<Person>>('/people', { limit: 500 }, signal), []);
  const [signedOn, setSignedOn] = useState(todayIso());
  const [place, setPlace] = useState(doc.engagement?.place ?? '');
  const [who, setWho] = useState<Record<string, string>>({});
  const [keys, setKeys] = useState<Record<string, File | null>>({});
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      // A signatory whose party's key file was chosen signs the "sign" statement of the bytes hashed here.
      const withKeys = doc.parties.filter((p) => who[p] && keys[p]);
      const hashed = withKeys.length > 0 ? await hashOfCurrent(doc) : null;
      const signatories = [];
      for (const party of doc.parties.filter((p) => who[p])) {
        const keyFile = keys[party];
        const sig = hashed && keyFile ? await signWithFile({ doc, hashed, act: 'sign', party, keyFile }) : null;
        signatories.push({ personId: Number(who[party]), party, ...(sig && { signature: sig.signature, keyId: sig.keyId }) });
      }
      await api.post(`/documents/${doc.id}/signing`, { version: doc.current?.number, signedOn, ...(place && { place }), signatories });
      onDone();
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="sign-title">
      <h2 id="sign-title">{t('documents.sign')}</h2>
      <div className="row wrap">
        <Field label={t('documents.signedOn')}>{(id) => <input id={id} type="date" required value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />}</Field>
        <Field label={t('engagement.place')}>{(id) => <input id={id} value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
      </div>
      {doc.parties.map((party) => (
        <div key={party} className="row wrap">
          <Field label={t('documents.signatoryFor', { party })}>
            {(id) => (
              <select id={id} value={who[party] ?? ''} onChange={(e) => setWho({ ...who, [party]: e.target.value })}>
                <option value="">{t('instructions.choose')}</option>
                {people.data?.items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SignatoryKeyField party={party} onChange={(file) => setKeys({ ...keys, [party]: file })} />
        </div>
      ))}
      <ErrorBox error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('documents.sign')}
      </button>
    </form>
  );
}
