// One instruction: its facts, its timeline (issued, reports, reviews, decisions, deadline changes,
// readouts), and the actions the signed-in role may take: report, review, decide.
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { ReadoutList, useReadouts } from '../components/Readouts.tsx';
import { ErrorBox, Loading, Progress, StateBadge } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { can, useMe, useRegistry } from '../session.tsx';
import type { InstructionDetail } from '../types.ts';
import { DecisionForm, ReportForm, ReviewButtons } from './instruction-actions.tsx';
import { buildTimeline } from './timeline.ts';

export function InstructionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const { bodyName } = useRegistry();
  const { id } = useParams();
  const [params] = useSearchParams();
  const at = params.get('at') ?? undefined;
  const loaded = useLoad((signal) => api.get<InstructionDetail>(`/instructions/${id}`, { at }, signal), [id, at]);
  const readouts = useReadouts('instructions', id);
  const i = loaded.data;
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  if (!i) return <Loading />;
  const events = buildTimeline(i);
  const mayReport = can(me, 'report') && (me.role === 'admin' || (me.bodyId !== null && (i.responsibleBodyId === me.bodyId || i.executorBodyIds.includes(me.bodyId))));

  return (
    <article aria-labelledby="instruction-title">
      <p className="crumbs">
        <Link to="/instructions">{t('instructions.title')}</Link>
      </p>
      <div className="page-head">
        <h1 id="instruction-title">{i.title}</h1>
        <StateBadge state={i.state} />
      </div>
      <p className="lead">{i.text}</p>
      <div className="grid2">
        <section className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('instruction.facts')}</h2>
          <dl className="facts">
            <dt>{t('instruction.responsible')}</dt>
            <dd>
              {bodyName(i.responsibleBodyId)} {i.party && <span className="muted">({i.party})</span>}
            </dd>
            <dt>{t('instruction.coExecutors')}</dt>
            <dd>{i.executorBodyIds.length ? i.executorBodyIds.map((b) => bodyName(b)).join(', ') : '—'}</dd>
            <dt>{t('instructions.topic')}</dt>
            <dd>{t(`topics.${i.topic}`)}</dd>
            <dt>{t('instruction.issuedOn')}</dt>
            <dd>{f.day(i.issuedOn)}</dd>
            {i.issuedAtEngagementId && (
              <>
                <dt>{t('instruction.issuedAt')}</dt>
                <dd>
                  <Link to={`/engagements/${i.issuedAtEngagementId}`}>#{i.issuedAtEngagementId}</Link>
                </dd>
              </>
            )}
            {i.parentId && (
              <>
                <dt>{t('instruction.parent')}</dt>
                <dd>
                  <Link to={`/instructions/${i.parentId}`}>#{i.parentId}</Link>
                </dd>
              </>
            )}
            <dt>{t('instruction.deadline')}</dt>
            <dd>{f.window(i.deadline, i.deadlineEdtf)}</dd>
            <dt>{t('instruction.effectiveDeadline')}</dt>
            <dd data-testid="effective-deadline">{f.window(i.effectiveDeadline)}</dd>
            <dt>{t('instruction.progress')}</dt>
            <dd>
              <Progress value={i.acceptedProgress} />
            </dd>
            <dt>{t('instruction.state', { day: f.day(i.stateAt) })}</dt>
            <dd>
              <StateBadge state={i.state} />
            </dd>
          </dl>
          {i.financing.length > 0 && (
            <table>
              <caption>{t('instruction.financing')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('summary.party')}</th>
                  <th scope="col" className="num">{t('instruction.planned')}</th>
                  <th scope="col" className="num">{t('instruction.allocated')}</th>
                  <th scope="col" className="num">{t('instruction.spent')}</th>
                </tr>
              </thead>
              <tbody>
                {i.financing.map((x, n) => (
                  <tr key={n}>
                    <th scope="row">{x.party ?? '—'}</th>
                    <td className="num">{f.money(x.planned, x.currency)}</td>
                    <td className="num">{f.money(x.allocated, x.currency)}</td>
                    <td className="num">{f.money(x.spent, x.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div>
          {mayReport && <ReportForm instruction={i} onDone={loaded.reload} />}
          {can(me, 'decide') && <DecisionForm instruction={i} onDone={loaded.reload} />}
        </div>
      </div>
      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('instruction.timeline')}</h2>
        <ol className="timeline" data-testid="timeline">
          {events.map((e) => (
            <li key={e.key} className={`ev ev-${e.kind}`}>
              <time dateTime={e.day}>{f.day(e.day)}</time>
              <div>
                <strong>
                  {e.kind === 'issued' && t('instruction.ev_issued')}
                  {e.kind === 'report' && t('instruction.ev_report', { body: bodyName(e.report.bodyId), progress: e.report.progress })}
                  {e.kind === 'review' && t(e.report.reviewStatus === 'accepted' ? 'instruction.ev_review_accepted' : 'instruction.ev_review_returned')}
                  {e.kind === 'decision' && t('instruction.ev_decision', { kind: t(`decisions.${e.decision.kind}`) })}
                  {e.kind === 'deadline' && t('instruction.ev_deadline', { deadline: f.window(e.window) })}
                </strong>
                {e.kind === 'report' && (
                  <>
                    <p className="quote">{e.report.text}</p>
                    {e.report.spent !== null && e.report.currency && (
                      <p className="small">
                        {t('instruction.spent')}: {f.money(e.report.spent, e.report.currency)}
                      </p>
                    )}
                    {e.report.evidence.length > 0 && (
                      <ul className="small">
                        {e.report.evidence.map((ev) => (
                          <li key={ev.url}>
                            <a href={ev.url} rel="noreferrer noopener" target="_blank">
                              {ev.title ?? ev.url}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                    {e.report.reviewStatus === 'pending' && (
                      <p>
                        <span className="badge pending">{t('instruction.pending')}</span>
                      </p>
                    )}
                    {e.report.reviewStatus === 'pending' && can(me, 'review') && <ReviewButtons report={e.report} onDone={loaded.reload} />}
                  </>
                )}
                {e.kind === 'review' && e.report.reviewComment && <p className="quote">{e.report.reviewComment}</p>}
                {(e.kind === 'decision' || e.kind === 'deadline') && e.reason && <p className="quote">{e.reason}</p>}
              </div>
            </li>
          ))}
        </ol>
        <h3>{t('instruction.ev_readout')}</h3>
        {readouts.data && readouts.data.items.length > 0 ? <ReadoutList sources={readouts.data} /> : <p className="muted small">{t('instruction.readoutsNone')}</p>}
      </section>
    </article>
  );
}
