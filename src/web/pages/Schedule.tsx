// The schedule: engagements on a timeline with their constraints, whether the whole is still possible
// and, when not, the clash in the API's words; constraints and new engagements for controllers.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { ErrorBox, Loading } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { can, useMe } from '../session.tsx';
import type { Constraint, Engagement, Page, Schedule } from '../types.ts';
import { ConstraintForm, NewEngagementForm } from './schedule-forms.tsx';

const PAGE = 200;

export function SchedulePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const [engagements, setEngagements] = useState<Engagement[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const schedule = useLoad((signal) => api.get<Schedule>('/schedule', undefined, signal), [tick]);
  const constraints = useLoad((signal) => api.get<Page<Constraint>>('/constraints', { limit: 1000 }, signal), [tick]);

  useEffect(() => {
    setLoading(true);
    api.get<Page<Engagement>>('/engagements', { limit: PAGE }).then(
      (p) => {
        setEngagements(p.items);
        setCursor(p.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        setError(e);
        setLoading(false);
      },
    );
  }, [tick]);
  const more = async () => {
    if (!cursor) return;
    const p = await api.get<Page<Engagement>>('/engagements', { limit: PAGE, cursor });
    setEngagements((old) => [...old, ...p.items]);
    setCursor(p.nextCursor);
  };
  const reload = () => setTick((n) => n + 1);

  const bounds = useMemo(() => new Map((schedule.data?.engagements ?? []).map((b) => [b.id, b])), [schedule.data]);
  const clash = useMemo(() => new Set(schedule.data?.conflict?.engagementIds ?? []), [schedule.data]);
  const titles = useMemo(() => new Map([...engagements.map((e) => [e.id, e.title] as const), ...(schedule.data?.engagements ?? []).map((b) => [b.id, b.title] as const)]), [engagements, schedule.data]);
  const s = schedule.data;

  return (
    <section aria-labelledby="schedule-title">
      <div className="page-head">
        <h1 id="schedule-title">{t('schedule.title')}</h1>
      </div>
      <ErrorBox error={error ?? schedule.error ?? constraints.error} onRetry={reload} />
      {s &&
        (s.consistent ? (
          <p className="notice" data-testid="schedule-state">
            {t('schedule.consistent')}
          </p>
        ) : (
          <div className="error" role="alert" data-testid="schedule-state">
            <p>
              <strong>{t('schedule.inconsistent')}</strong>
            </p>
            <p className="quote">{s.conflict?.explanation}</p>
          </div>
        ))}
      {loading && <Loading />}
      {engagements.length === 0 && !loading && <p>{t('schedule.none')}</p>}
      <section className="panel" aria-labelledby="tl-title">
        <h2 id="tl-title">{t('schedule.timeline')}</h2>
        <TimelineChart engagements={engagements} bounds={bounds} constraints={constraints.data?.items ?? []} clash={clash} />
        <ul className="legend" aria-hidden="true">
          <li><span className="lg-band" /> {t('schedule.legendBand')}</li>
          <li><span className="lg-point" /> {t('schedule.legendPoint')}</li>
          <li><span className="lg-allowed" /> {t('schedule.legendAllowed')}</li>
          <li><span className="lg-link" /> {t('schedule.legendLink')}</li>
          <li><span className="lg-clash" /> {t('schedule.legendConflict')}</li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="eng-list-title">
        <h2 id="eng-list-title">{t('schedule.list')}</h2>
        <table data-testid="engagement-list">
          <thead>
            <tr>
              <th scope="col">{t('schedule.colTitle')}</th>
              <th scope="col">{t('schedule.colKind')}</th>
              <th scope="col">{t('schedule.colWhen')}</th>
              <th scope="col">{t('schedule.colAllowed')}</th>
              <th scope="col">{t('schedule.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {engagements.map((e) => {
              const b = bounds.get(e.id);
              return (
                <tr key={e.id} className={clash.has(e.id) ? 'row-clash' : undefined}>
                  <td>
                    <Link to={`/engagements/${e.id}`}>{e.title}</Link>
                  </td>
                  <td>{t(`engagementKinds.${e.kind}`)}</td>
                  <td>
                    {e.when.text ?? f.window(e.when)} <code className="muted">{e.when.edtf}</code>
                  </td>
                  <td>{b ? <code className={b.narrowed ? 'narrowed' : 'muted'}>{b.allowed}</code> : '—'}</td>
                  <td>{t(`engagementStatuses.${e.status}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {cursor && (
          <button type="button" onClick={() => void more()}>
            {t('app.loadMore')}
          </button>
        )}
      </section>
      <section className="panel" aria-labelledby="constraints-title">
        <h2 id="constraints-title">{t('schedule.constraints')}</h2>
        <ul className="plain" data-testid="constraint-list">
          {constraints.data?.items.map((c) => (
            <li key={c.id}>
              {t('schedule.before', { a: titles.get(c.beforeId) ?? `#${c.beforeId}`, b: titles.get(c.afterId) ?? `#${c.afterId}` })}{' '}
              <span className="muted">
                {c.maxGapDays !== null ? t('schedule.gap', { min: c.minGapDays, max: c.maxGapDays }) : t('schedule.gapMin', { min: c.minGapDays })}
                {c.forced && ` · ${t('schedule.forced')}`}
              </span>
              {c.note && <div className="small muted">{c.note}</div>}
            </li>
          ))}
        </ul>
        {can(me, 'plan') && <ConstraintForm engagements={engagements} onDone={reload} />}
      </section>
      {can(me, 'plan') && <NewEngagementForm onDone={reload} />}
    </section>
  );
}
