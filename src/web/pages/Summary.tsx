// The control summary at a day: state by party and topic, compliance, what is overdue or at risk, the
// review queue and the next engagements. `at` and `party` live in the URL so a view can be shared.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorBox, Loading, Progress } from '../components/ui.tsx';
import { todayIso, useFormat } from '../format.ts';
import { getEarly, prefetch, useLoad } from '../hooks.ts';
import { useRegistry } from '../session.tsx';
import { EXECUTION_STATES, type DueItem, type Engagement, type Page, type Summary } from '../types.ts';
import { CountsTable, type ChartRow } from './summary-parts.tsx';

const loadChart = () => import('./SummaryChart.tsx');
const StateChart = lazy(() => loadChart().then((m) => ({ default: m.StateChart })));

const summaryQuery = (at: string, party: string) => ({ at, party, limit: 10 });
const nextQuery = (at: string) => ({ window: `${at}/..`, status: 'proposed,scheduled,confirmed,postponed', limit: 6 });

/** Called by main.tsx before the first render when the address is the summary's: its data is on the way while the session is checked. */
export function prefetchSummary(params: URLSearchParams): void {
  const at = params.get('at') ?? todayIso();
  prefetch('/control/summary', summaryQuery(at, params.get('party') ?? ''));
  prefetch('/engagements', nextQuery(at));
}

export function SummaryPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { parties } = useRegistry();
  const [params, setParams] = useSearchParams();
  const at = params.get('at') ?? todayIso();
  const party = params.get('party') ?? '';
  const summary = useLoad((signal) => getEarly<Summary>('/control/summary', summaryQuery(at, party), signal), [at, party]);
  const next = useLoad((signal) => getEarly<Page<Engagement>>('/engagements', nextQuery(at), signal), [at]);
  const set = (key: string, value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const s = summary.data;
  // The chart's code is fetched while the summary is, not after it arrives (no waterfall).
  useEffect(() => {
    void loadChart();
  }, []);
  // Rows keep their identity until the summary or the language changes, so the charts are not torn down
  // and drawn again whenever something else on the page re-renders (the next engagements arriving).
  const byParty = useMemo(() => (s ? byKey(s, (c) => c.party ?? t('summary.jointParty')) : []), [s, t]);
  const byTopic = useMemo(() => (s ? byKey(s, (c) => t(`topics.${c.topic}`)) : []), [s, t]);
  // For bench/web.ts: the moment the summary is on screen, measured from navigation start.
  useEffect(() => {
    if (s && performance.getEntriesByName('accord:summary-ready').length === 0) performance.mark('accord:summary-ready');
  }, [s]);
  const totalAll = s ? EXECUTION_STATES.reduce((n, st) => n + (s.totals[st] ?? 0), 0) : 0;

  return (
    <section aria-labelledby="summary-title" data-testid={s && !summary.loading ? 'summary-ready' : undefined}>
      <div className="page-head">
        <h1 id="summary-title">{t('summary.title')}</h1>
        <div className="toolbar">
          <label>
            {t('summary.at')}{' '}
            <input type="date" value={at} onChange={(e) => set('at', e.target.value)} data-testid="at-date" />
          </label>
          <button type="button" onClick={() => set('at', '')}>
            {t('summary.today')}
          </button>
          <label>
            {t('summary.party')}{' '}
            <select value={party} onChange={(e) => set('party', e.target.value)}>
              <option value="">{t('summary.allParties')}</option>
              {parties.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} — {p.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <ErrorBox error={summary.error} onRetry={summary.reload} />
      {!s && summary.loading && <Loading />}
      {s && (
        <>
          <div className="tiles" aria-label={t('summary.totals')} role="group">
            {EXECUTION_STATES.map((st) => (
              <Link key={st} to={`/instructions?state=${st}&at=${s.at}${party ? `&party=${party}` : ''}`} className={`tile state-${st}`} data-testid={`total-${st}`}>
                <span className="tile-n">{f.number(s.totals[st] ?? 0)}</span>
                <span className="tile-l">{t(`states.${st}`)}</span>
              </Link>
            ))}
            <span className="tile tile-total">
              <span className="tile-n">{f.number(totalAll)}</span>
              <span className="tile-l">{t('summary.total')}</span>
            </span>
          </div>
          <div className="grid2">
            <ChartPanel title={t('summary.chartByParty')} rows={byParty} />
            <ChartPanel title={t('summary.chartByTopic')} rows={byTopic} />
          </div>
          <div className="grid2">
            <DueList title={t('summary.overdue')} items={s.overdue} empty={t('summary.nothingOverdue')} kind="overdue" at={s.at} />
            <DueList title={t('summary.atRisk')} items={s.atRisk} empty={t('summary.nothingAtRisk')} kind="at_risk" at={s.at} />
          </div>
          <div className="grid2">
            <section className="panel" aria-labelledby="compliance-title">
              <h2 id="compliance-title">{t('summary.compliance')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('summary.party')}</th>
                    <th scope="col" className="num">{t('summary.score')}</th>
                    <th scope="col" className="num">{t('summary.percent')}</th>
                    <th scope="col" className="num">{t('summary.assessed')}</th>
                    <th scope="col" className="num">{t('summary.fulfilledCol')}</th>
                    <th scope="col" className="num">{t('summary.partial')}</th>
                    <th scope="col" className="num">{t('summary.notComplied')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.compliance.map((c) => (
                    <tr key={c.party} data-testid={`compliance-${c.party}`}>
                      <th scope="row">{c.party}</th>
                      <td className="num">{c.overall.score === null ? '—' : f.number(Math.round(c.overall.score * 100) / 100)}</td>
                      <td className="num">{f.percent(c.overall.percent)}</td>
                      <td className="num">{f.number(c.overall.assessed)}</td>
                      <td className="num">{f.number(c.overall.fulfilled)}</td>
                      <td className="num">{f.number(c.overall.partial)}</td>
                      <td className="num">{f.number(c.overall.notComplied)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small">{t('summary.complianceNote')}</p>
            </section>
            <div>
              <section className="panel" aria-labelledby="queue-title">
                <h2 id="queue-title">{t('summary.reviewQueue')}</h2>
                {s.reviewQueue.pending === 0 ? (
                  <p data-testid="review-queue">{t('summary.noPending')}</p>
                ) : (
                  <p data-testid="review-queue">
                    {t('summary.pending', { count: s.reviewQueue.pending })}
                    {s.reviewQueue.oldest && (
                      <>
                        {', '}
                        {t('summary.oldest', { day: f.day(s.reviewQueue.oldest.submittedOn) })}.{' '}
                        <Link to={`/instructions/${s.reviewQueue.oldest.instructionId}`}>{t('summary.openOldest')}</Link>
                      </>
                    )}
                  </p>
                )}
              </section>
              <section className="panel" aria-labelledby="next-title">
                <h2 id="next-title">{t('summary.nextEngagements')}</h2>
                <ErrorBox error={next.error} />
                {next.data && next.data.items.length === 0 && <p>{t('summary.noEngagements')}</p>}
                <ul className="plain">
                  {next.data?.items.map((e) => (
                    <li key={e.id}>
                      <Link to={`/engagements/${e.id}`}>{e.title}</Link>{' '}
                      <span className="muted">
                        {f.window(e.when, e.when.edtf)} · {t(`engagementStatuses.${e.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
                <Link to="/schedule">{t('summary.seeAll')}</Link>
              </section>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function byKey(s: Summary, key: (c: Summary['counts'][number]) => string): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const c of s.counts) {
    const k = key(c);
    const row = rows.get(k) ?? { label: k, values: {} };
    row.values[c.state] = (row.values[c.state] ?? 0) + c.count;
    rows.set(k, row);
  }
  return [...rows.values()].sort((a, b) => total(b) - total(a));
}
const total = (r: ChartRow) => Object.values(r.values).reduce((n, v) => n + (v ?? 0), 0);

function ChartPanel({ title, rows }: { title: string; rows: ChartRow[] }) {
  const { t } = useTranslation();
  const [table, setTable] = useState(false);
  return (
    <section className="panel" aria-label={title}>
      <div className="panel-head">
        <h2>{title}</h2>
        <button type="button" className="link-button" onClick={() => setTable(!table)} aria-pressed={table}>
          {table ? t('summary.asChart') : t('summary.asTable')}
        </button>
      </div>
      {table ? (
        <CountsTable rows={rows} caption={title} />
      ) : (
        <Suspense fallback={<div className="chart" />}>
          <StateChart rows={rows} label={t('summary.chartLabel', { title })} />
        </Suspense>
      )}
    </section>
  );
}

function DueList({ title, items, empty, kind, at }: { title: string; items: DueItem[]; empty: string; kind: 'overdue' | 'at_risk'; at: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="panel" aria-label={title} data-testid={`list-${kind}`}>
      <div className="panel-head">
        <h2>{title}</h2>
        <Link to={`/instructions?state=${kind}&at=${at}`}>{t('summary.seeAll')}</Link>
      </div>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/instructions/${i.id}`}>{i.title}</Link>
                  <div className="muted small">
                    {i.responsibleBody.shortName ?? i.responsibleBody.name} · {t(`topics.${i.topic}`)}
                  </div>
                </td>
                <td className="nowrap">
                  {f.dayShort(i.deadlineLatest)}
                  <div className={`small ${i.daysOverdue > 0 ? 'late' : 'muted'}`}>
                    {i.daysOverdue > 0 ? t('summary.daysOverdue', { count: i.daysOverdue }) : t('summary.daysLeft', { count: -i.daysOverdue })}
                  </div>
                </td>
                <td>
                  <Progress value={i.acceptedProgress} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
