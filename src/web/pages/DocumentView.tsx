// One document: versions (and a new text version), the diff between two, approvals per party, signing
// at an engagement, and the verification trail (every hash and signature checked by the server).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, request } from '../api.ts';
import { ErrorBox, Field, Loading, Notice } from '../components/ui.tsx';
import { todayIso, useFormat } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { can, useMe } from '../session.tsx';
import type { DocDiff, DocumentDetail, Page, Person, Verification } from '../types.ts';

export function DocumentView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const loaded = useLoad((signal) => request<DocumentDetail>('GET', `/documents/${id}`, { signal }), [id]);
  const [error, setError] = useState<unknown>();
  const [verification, setVerification] = useState<Verification | null>(null);
  const [uploaded, setUploaded] = useState(false);
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  const d = loaded.data?.data;
  if (!d) return <Loading />;
  const myParty = me.party !== null && d.parties.includes(me.party) ? me.party : null;
  const mayApprove = d.current !== null && d.status !== 'signed' && (me.role === 'admin' || ((me.role === 'controller' || me.role === 'executor') && myParty !== null));
  const approve = async (party?: string) => {
    setError(undefined);
    try {
      await api.post(`/documents/${id}/approvals`, { version: d.current?.number, ...(party && me.role === 'admin' && { party }) });
      loaded.reload();
    } catch (e) {
      setError(e);
    }
  };
  const verify = async () => {
    setError(undefined);
    try {
      setVerification(await api.get<Verification>(`/documents/${id}/verification`));
    } catch (e) {
      setError(e);
    }
  };

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
      <ErrorBox error={error} />
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
                        {approval.signature && <span className="chip">{approval.valid ? t('documents.valid') : t('documents.invalid')}</span>}
                      </>
                    ) : (
                      <span className="muted">{t('documents.notApproved')}</span>
                    )}
                  </td>
                  <td>
                    {mayApprove && !approval && (me.role === 'admin' || party === myParty) && (
                      <button type="button" onClick={() => void approve(party)}>
                        {t('documents.approve')} {party}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('documents.when')}</th>
                  <th scope="col">{t('documents.act')}</th>
                  <th scope="col">{t('documents.version')}</th>
                  <th scope="col">{t('documents.party')}</th>
                  <th scope="col">{t('documents.by')}</th>
                  <th scope="col">{t('documents.hash')}</th>
                  <th scope="col">{t('documents.signature')}</th>
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
                    <td>{t(`documents.signatures.${e.signature}`)}</td>
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

function Versions({ doc, etag, uploaded, onDone }: { doc: DocumentDetail; etag: string | null; uploaded: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const text = doc.versions.filter((v) => v.mediaType.startsWith('text/'));
  const [from, setFrom] = useState(String(text.at(-2)?.number ?? text[0]?.number ?? ''));
  const [to, setTo] = useState(String(text.at(-1)?.number ?? ''));
  const [diff, setDiff] = useState<DocDiff | null>(null);
  const [newText, setNewText] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const compare = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      setDiff(await api.get<DocDiff>(`/documents/${doc.id}/diff`, { from, to }));
    } catch (err) {
      setError(err);
    }
  };
  const upload = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await request('POST', `/documents/${doc.id}/versions`, { body: { text: newText, ...(note && { note }) }, ifMatch: etag });
      setNewText('');
      setNote('');
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  const options = text.map((v) => (
    <option key={v.number} value={v.number}>
      {v.number}
    </option>
  ));
  return (
    <section className="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('documents.versions')}</h2>
      <table data-testid="versions">
        <thead>
          <tr>
            <th scope="col">{t('documents.version')}</th>
            <th scope="col">{t('documents.created')}</th>
            <th scope="col">{t('documents.file')}</th>
            <th scope="col">{t('documents.hash')}</th>
            <th scope="col">{t('documents.note')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.versions.map((v) => (
            <tr key={v.number}>
              <td className="num">
                <a href={`/api/v1/documents/${doc.id}/versions/${v.number}/content`}>{v.number}</a>
              </td>
              <td className="nowrap">{f.dateTime(v.createdAt)}</td>
              <td>
                {v.filename ?? v.mediaType} <span className="muted">{f.number(v.size)} B</span>
              </td>
              <td>
                <code title={v.sha256}>{v.sha256.slice(0, 12)}…</code>
              </td>
              <td>{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={error} />
      {text.length >= 2 && (
        <form className="row wrap" onSubmit={(e) => void compare(e)} aria-label={t('documents.diff')}>
          <Field label={t('documents.from')}>
            {(id) => (
              <select id={id} value={from} onChange={(e) => setFrom(e.target.value)}>
                {options}
              </select>
            )}
          </Field>
          <Field label={t('documents.to')}>
            {(id) => (
              <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
                {options}
              </select>
            )}
          </Field>
          <button type="submit">{t('documents.compare')}</button>
        </form>
      )}
      {diff && (
        <table className="diff" data-testid="diff">
          <caption>
            {t('documents.diffStats', { changed: diff.stats.changed, added: diff.stats.added, removed: diff.stats.removed })}
          </caption>
          <thead>
            <tr>
              <th scope="col" colSpan={2}>
                {t('documents.version')} {diff.from.number}
              </th>
              <th scope="col" colSpan={2}>
                {t('documents.version')} {diff.to.number}
              </th>
            </tr>
          </thead>
          <tbody>
            {diff.rows.map((r, n) => (
              <tr key={n} className={`diff-${r.kind}`}>
                <td className="num muted">{r.left?.line ?? ''}</td>
                <td className="diff-left">{r.left?.text ?? ''}</td>
                <td className="num muted">{r.right?.line ?? ''}</td>
                <td className="diff-right">{r.right?.text ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(me.role === 'admin' || me.role === 'controller') && doc.status !== 'signed' && (
        <form onSubmit={(e) => void upload(e)} aria-label={t('documents.newVersion')} className="inline-form">
          <h3>{t('documents.newVersion')}</h3>
          <Field label={t('documents.text')}>{(id) => <textarea id={id} rows={6} required value={newText} onChange={(e) => setNewText(e.target.value)} />}</Field>
          <Field label={t('documents.note')}>{(id) => <input id={id} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
          {uploaded && <Notice>{t('documents.uploaded')}</Notice>}
          <button type="submit">{t('app.save')}</button>
        </form>
      )}
    </section>
  );
}

function SignForm({ doc, onDone }: { doc: DocumentDetail; onDone(): void }) {
  const { t } = useTranslation();
  const people = useLoad((signal) => api.get<Page<Person>>('/people', { limit: 500 }, signal), []);
  const [signedOn, setSignedOn] = useState(todayIso());
  const [place, setPlace] = useState(doc.engagement?.place ?? '');
  const [who, setWho] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api.post(`/documents/${doc.id}/signing`, {
        version: doc.current?.number,
        signedOn,
        ...(place && { place }),
        signatories: doc.parties.filter((p) => who[p]).map((party) => ({ personId: Number(who[party]), party })),
      });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="sign-title">
      <h2 id="sign-title">{t('documents.sign')}</h2>
      <div className="row wrap">
        <Field label={t('documents.signedOn')}>{(id) => <input id={id} type="date" required value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />}</Field>
        <Field label={t('engagement.place')}>{(id) => <input id={id} value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
      </div>
      {doc.parties.map((party) => (
        <Field key={party} label={t('documents.signatoryFor', { party })}>
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
      ))}
      <ErrorBox error={error} />
      <button type="submit" className="primary">
        {t('documents.sign')}
      </button>
    </form>
  );
}
