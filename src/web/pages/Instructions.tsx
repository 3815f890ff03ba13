// Instructions: filters in the URL, keyset pages ("Load more" follows nextCursor; nothing fetches the
// whole list), and the form to issue a new one for controllers.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { ErrorBox, Loading, Progress, StateBadge } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { can, useMe, useRegistry } from '../session.tsx';
import { EXECUTION_STATES, TOPICS, type Instruction } from '../types.ts';
import { IssueForm } from './IssueForm.tsx';

const FILTERS = ['q', 'party', 'topic', 'state', 'body', 'dueFrom', 'dueTo', 'at'] as const;
const PAGE = 50;

interface ListPage { items: Instruction[]; nextCursor: string | null; at: string }

export function InstructionsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { parties, bodyName, bodyList } = useRegistry();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const key = FILTERS.map((k) => filters[k]).join('|');
  const [items, setItems] = useState<Instruction[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [draft, setDraft] = useState(filters);
  const [issuing, setIssuing] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    setDraft(filters);
    api.get<ListPage>('/instructions', { ...filters, limit: PAGE }, controller.signal).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
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
    // filters is derived from key
  }, [key]);

  const more = async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await api.get<ListPage>('/instructions', { ...filters, limit: PAGE, cursor });
      setItems((old) => [...old, ...page.items]);
      setCursor(page.nextCursor);
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
  const input = (k: (typeof FILTERS)[number]) => ({ value: draft[k], onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value }) });

  return (
    <section aria-labelledby="instructions-title">
      <div className="page-head">
        <h1 id="instructions-title">{t('instructions.title')}</h1>
        {can(me, 'issue') && (
          <button type="button" className="primary" onClick={() => setIssuing(!issuing)} aria-expanded={issuing}>
            {t('instructions.new')}
          </button>
        )}
      </div>
      {issuing && <IssueForm onDone={() => setIssuing(false)} />}
      <form className="filters" onSubmit={apply} aria-label={t('instructions.filters')}>
        <label className="grow">
          {t('instructions.search')}
          <input type="search" {...input('q')} />
        </label>
        <label>
          {t('instructions.party')}
          <select {...input('party')}>
            <option value="">{t('instructions.any')}</option>
            {parties.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('instructions.topic')}
          <select {...input('topic')}>
            <option value="">{t('instructions.any')}</option>
            {TOPICS.map((x) => (
              <option key={x} value={x}>
                {t(`topics.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('instructions.state')}
          <select {...input('state')} data-testid="filter-state">
            <option value="">{t('instructions.any')}</option>
            {EXECUTION_STATES.map((x) => (
              <option key={x} value={x}>
                {t(`states.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('instructions.body')}
          <select {...input('body')}>
            <option value="">{t('instructions.any')}</option>
            {bodyList.map((b) => (
              <option key={b.id} value={b.id}>
                {b.shortName ?? b.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('instructions.dueFrom')}
          <input type="date" {...input('dueFrom')} />
        </label>
        <label>
          {t('instructions.dueTo')}
          <input type="date" {...input('dueTo')} />
        </label>
        <label>
          {t('instructions.at')}
          <input type="date" {...input('at')} />
        </label>
        <div className="row">
          <button type="submit">{t('instructions.apply')}</button>
          <button type="button" className="link-button" onClick={() => setParams(new URLSearchParams())}>
            {t('instructions.clear')}
          </button>
        </div>
      </form>
      <ErrorBox error={error} />
      <table className="list" data-testid="instruction-list">
        <thead>
          <tr>
            <th scope="col">{t('instructions.colTitle')}</th>
            <th scope="col">{t('instructions.colResponsible')}</th>
            <th scope="col">{t('instructions.colTopic')}</th>
            <th scope="col">{t('instructions.colDeadline')}</th>
            <th scope="col">{t('instructions.colState')}</th>
            <th scope="col">{t('instructions.colProgress')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                <Link to={`/instructions/${i.id}`}>{i.title}</Link>
              </td>
              <td>
                {bodyName(i.responsibleBodyId)} <span className="muted">{i.party ?? ''}</span>
              </td>
              <td>{t(`topics.${i.topic}`)}</td>
              <td className="nowrap">
                {i.effectiveDeadlineLatest ? f.dayShort(i.effectiveDeadlineLatest) : <span className="muted">{t('instructions.noDeadline')}</span>}
                {i.deadlineEdtf && <div className="muted small">{i.deadline?.text ?? i.deadlineEdtf}</div>}
              </td>
              <td>
                <StateBadge state={i.state} />
              </td>
              <td>
                <Progress value={i.acceptedProgress} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 && !error && <p>{t('instructions.none')}</p>}
      {loading && <Loading />}
      <div className="row">
        <span className="muted">{t('app.showing', { count: items.length })}</span>
        {cursor ? (
          <button type="button" onClick={() => void more()} disabled={loading}>
            {t('app.loadMore')}
          </button>
        ) : (
          items.length > 0 && <span className="muted">{t('app.noMore')}</span>
        )}
      </div>
    </section>
  );
}
