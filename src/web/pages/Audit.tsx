// The audit trail (admins): who changed what and when, filtered, in keyset pages, with each change's
// before and after as text, the hash chain verified on demand, and the export for an outside auditor.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { ErrorBox, Loading } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useMe } from '../session.tsx';
import type { AuditEntry, AuditVerification, Page } from '../types.ts';

const FILTERS = ['recordType', 'recordId', 'operation', 'actor', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const LINKS: Record<string, string> = { instruction: '/instructions/', engagement: '/engagements/', document: '/documents/' };

/** The fields whose values differ between before and after (top level). */
function changedFields(before: unknown, after: unknown): string[] {
  const a = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const b = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]) && k !== 'updatedAt' && k !== 'version');
}

export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const key = FILTERS.map((k) => filters[k]).join('|');
  const [draft, setDraft] = useState(filters);
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [check, setCheck] = useState<AuditVerification | null>(null);
  const query = (fl: Filters) => ({
    ...fl,
    from: fl.from ? new Date(`${fl.from}T00:00:00Z`).toISOString() : '',
    to: fl.to ? new Date(Date.parse(`${fl.to}T00:00:00Z`) + 86_400_000).toISOString() : '',
    limit: 100,
  });

  useEffect(() => {
    if (me.role !== 'admin') return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    setDraft(filters);
    api.get<Page<AuditEntry>>('/audit', query(filters), controller.signal).then(
      (p) => {
        setItems(p.items);
        setCursor(p.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) {
          setError(e);
          setLoading(false);
        }
      },
    );
    return () => controller.abort();
  }, [key, me.role]);

  if (me.role !== 'admin') return <p className="notice">{t('errors.forbidden')}</p>;

  const more = async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const p = await api.get<Page<AuditEntry>>('/audit', { ...query(filters), cursor });
      setItems((old) => [...old, ...p.items]);
      setCursor(p.nextCursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const k of FILTERS) if (draft[k]) p.set(k, draft[k]);
    setParams(p);
  };
  const verify = async () => {
    setError(undefined);
    try {
      setCheck(await api.get<AuditVerification>('/audit/verification'));
    } catch (e) {
      setError(e);
    }
  };
  const input = (k: (typeof FILTERS)[number]) => ({ value: draft[k], onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value }) });

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => void verify()}>
            {t('audit.verify')}
          </button>
          <a href="/api/v1/audit/export">{t('audit.export')}</a>
        </div>
      </div>
      {check && (
        <p className={check.ok ? 'notice' : 'error'} role="status" data-testid="audit-verification">
          {check.ok ? t('audit.chainOk', { count: check.entries }) : t('audit.chainBad', { seq: check.firstBad?.seq, reason: check.firstBad?.reason })} · {f.dateTime(check.checkedAt)}
        </p>
      )}
      <form className="filters" onSubmit={apply} aria-label={t('instructions.filters')}>
        <label>
          {t('audit.recordType')}
          <input {...input('recordType')} placeholder="instruction" />
        </label>
        <label>
          {t('audit.recordId')}
          <input {...input('recordId')} size={8} />
        </label>
        <label>
          {t('audit.operation')}
          <input {...input('operation')} placeholder="report.review" />
        </label>
        <label>
          {t('audit.actor')}
          <input {...input('actor')} type="number" min={0} size={6} />
        </label>
        <label>
          {t('audit.from')}
          <input type="date" {...input('from')} />
        </label>
        <label>
          {t('audit.to')}
          <input type="date" {...input('to')} />
        </label>
        <div className="row">
          <button type="submit">{t('instructions.apply')}</button>
          <button type="button" className="link-button" onClick={() => setParams(new URLSearchParams())}>
            {t('instructions.clear')}
          </button>
        </div>
      </form>
      <ErrorBox error={error} />
      <table className="list" data-testid="audit-list">
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.actorCol')}</th>
            <th scope="col">{t('audit.operation')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => {
            const link = LINKS[e.recordType];
            const fields = changedFields(e.before, e.after);
            return (
              <tr key={e.seq}>
                <td className="num">{e.seq}</td>
                <td className="nowrap">{f.dateTime(e.at)}</td>
                <td>
                  {e.actor.name} <span className="muted small">{t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })}{e.actor.party ? ` · ${e.actor.party}` : ''}</span>
                </td>
                <td>
                  <code>{e.operation}</code>
                </td>
                <td>
                  {link ? <Link to={`${link}${e.recordId}`}>{`${e.recordType} #${e.recordId}`}</Link> : `${e.recordType} #${e.recordId}`}
                </td>
                <td>
                  <details>
                    <summary>{e.before === null ? t('audit.created') : e.after === null ? t('audit.deleted') : fields.slice(0, 4).join(', ') || t('audit.noChange')}</summary>
                    <div className="audit-json">
                      <div>
                        <strong>{t('audit.before')}</strong>
                        <pre tabIndex={0}>{JSON.stringify(e.before, null, 2)}</pre>
                      </div>
                      <div>
                        <strong>{t('audit.after')}</strong>
                        <pre tabIndex={0}>{JSON.stringify(e.after, null, 2)}</pre>
                      </div>
                    </div>
                    <p className="small muted">
                      <code title={e.hash}>{e.hash.slice(0, 16)}…</code>
                    </p>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!loading && items.length === 0 && !error && <p>{t('audit.none')}</p>}
      {loading && <Loading />}
      <div className="row">
        <span className="muted">{t('app.showing', { count: items.length })}</span>
        {cursor && (
          <button type="button" onClick={() => void more()} disabled={loading}>
            {t('app.loadMore')}
          </button>
        )}
      </div>
    </section>
  );
}
