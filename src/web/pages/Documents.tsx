// Documents: the list (keyset pages), a new document, the parties' public keys, and one document's
// versions, the diff between two, approvals per party, signing and the verification trail.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../api.ts';
import { ErrorBox, Field, Loading } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { can, useMe, useRegistry } from '../session.tsx';
import { DOCUMENT_KINDS, type DocumentDetail, type DocumentSummary, type Page } from '../types.ts';
import { DocumentView } from './DocumentView.tsx';
import { PartyKeys } from './party-keys.tsx';

export function DocumentsPage() {
  const { id } = useParams();
  return id ? <DocumentView key={id} id={Number(id)} /> : <DocumentList />;
}

function DocumentList() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const [items, setItems] = useState<DocumentSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [creating, setCreating] = useState(false);
  const load = async (after: string | null) => {
    setLoading(true);
    try {
      const p = await api.get<Page<DocumentSummary>>('/documents', { limit: 50, cursor: after });
      setItems((old) => (after ? [...old, ...p.items] : p.items));
      setCursor(p.nextCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, []);
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <section aria-labelledby="documents-title">
      <div className="page-head">
        <h1 id="documents-title">{t('documents.title')}</h1>
        {can(me, 'issue') && !missing && (
          <button type="button" className="primary" onClick={() => setCreating(!creating)} aria-expanded={creating}>
            {t('documents.new')}
          </button>
        )}
      </div>
      {missing ? <p className="notice">{t('documents.missing')}</p> : <ErrorBox error={error} />}
      {creating && <NewDocumentForm />}
      {!loading && items.length === 0 && !error && <p className="muted">{t('documents.none')}</p>}
      {items.length > 0 && (
        <table className="list" data-testid="document-list">
          <thead>
            <tr>
              <th scope="col">{t('documents.docTitle')}</th>
              <th scope="col">{t('documents.kind')}</th>
              <th scope="col">{t('documents.parties')}</th>
              <th scope="col">{t('documents.version')}</th>
              <th scope="col">{t('documents.status')}</th>
              <th scope="col">{t('documents.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/documents/${d.id}`}>{d.title}</Link>
                </td>
                <td>{t(`documents.kinds.${d.kind}`)}</td>
                <td>{d.parties.join(', ')}</td>
                <td className="num">{d.currentVersion ?? '—'}</td>
                <td>{t(`documents.statuses.${d.status}`)}</td>
                <td className="nowrap">{f.dayShort(d.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loading && <Loading />}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          {t('app.loadMore')}
        </button>
      )}
      {!missing && <PartyKeys />}
    </section>
  );
}

function NewDocumentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { parties } = useRegistry();
  const [kind, setKind] = useState<string>('agreement');
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>(['BY', 'RU']);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const d = await api.post<DocumentDetail>('/documents', { kind, title, parties: chosen, ...(text.trim() && { text }) });
      void navigate(`/documents/${d.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} aria-label={t('documents.new')}>
      <Field label={t('documents.kind')}>
        {(id) => (
          <select id={id} value={kind} onChange={(e) => setKind(e.target.value)}>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`documents.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('documents.docTitle')}>{(id) => <input id={id} required value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <fieldset className="span-all">
        <legend>{t('documents.parties')}</legend>
        {parties.map((p) => (
          <label key={p.code} className="check">
            <input type="checkbox" checked={chosen.includes(p.code)} onChange={(e) => setChosen(e.target.checked ? [...chosen, p.code] : chosen.filter((c) => c !== p.code))} /> {p.code} — {p.name}
          </label>
        ))}
      </fieldset>
      <div className="span-all">
        <Field label={t('documents.firstText')}>{(id) => <textarea id={id} rows={6} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      </div>
      <ErrorBox error={error} />
      <div className="row">
        <button type="submit" className="primary">
          {t('app.save')}
        </button>
      </div>
    </form>
  );
}
