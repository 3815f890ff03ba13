// One engagement: its window (as worded and in EDTF) and what the constraints still allow, status and
// window history, participants, the agenda with its decisions, and outcomes.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, request } from '../api.ts';
import { ReadoutList, useReadouts } from '../components/Readouts.tsx';
import { ErrorBox, Loading } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { useRegistry } from '../session.tsx';
import type { Agenda, EngagementDetail, Schedule } from '../types.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { EngagementChange } from './engagement-change.tsx';

export function EngagementPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { bodyName } = useRegistry();
  const { id } = useParams();
  const detail = useLoad((signal) => request<EngagementDetail>('GET', `/engagements/${id}`, { signal }), [id]);
  const agenda = useLoad((signal) => request<Agenda>('GET', `/engagements/${id}/agenda`, { signal }), [id]);
  const schedule = useLoad((signal) => api.get<Schedule>('/schedule', { engagementId: id }, signal), [id]);
  const readouts = useReadouts('engagements', id);
  if (detail.error) return <ErrorBox error={detail.error} onRetry={detail.reload} />;
  const e = detail.data?.data;
  if (!e) return <Loading />;
  const bounds = schedule.data?.engagements.find((b) => b.id === e.id);
  const reloadAll = () => {
    detail.reload();
    agenda.reload();
    schedule.reload();
  };

  return (
    <article aria-labelledby="engagement-title">
      <p className="crumbs">
        <Link to="/schedule">{t('schedule.title')}</Link>
      </p>
      <div className="page-head">
        <h1 id="engagement-title">{e.title}</h1>
        <span className={`badge status-${e.status}`}>{t(`engagementStatuses.${e.status}`)}</span>
      </div>
      <div className="grid2">
        <section className="panel" aria-labelledby="eng-facts">
          <h2 id="eng-facts">{t('instruction.facts')}</h2>
          <dl className="facts">
            <dt>{t('schedule.colKind')}</dt>
            <dd>{t(`engagementKinds.${e.kind}`)}</dd>
            <dt>{t('engagement.when')}</dt>
            <dd data-testid="engagement-when">
              {e.when.text ?? f.window(e.when)} <code>{e.when.edtf}</code>
            </dd>
            {bounds && (
              <>
                <dt>{t('engagement.allowed')}</dt>
                <dd>
                  <code>{bounds.allowed}</code>
                </dd>
              </>
            )}
            {e.place && (
              <>
                <dt>{t('engagement.place')}</dt>
                <dd>{e.place}</dd>
              </>
            )}
            <dt>{t('engagement.participants')}</dt>
            <dd>
              {e.participants.length === 0
                ? '—'
                : e.participants.map((p, n) => (
                    <span key={n} className="chip">
                      {p.bodyId ? bodyName(p.bodyId) : p.personId ? `#${p.personId}` : ''} {p.party && <span className="muted">{p.party}</span>}
                      {p.role && <span className="muted"> · {p.role}</span>}
                    </span>
                  ))}
            </dd>
            {e.statusReason && (
              <>
                <dt>{t('engagement.reason')}</dt>
                <dd>{e.statusReason}</dd>
              </>
            )}
          </dl>
          {e.notes && <p className="quote small">{e.notes}</p>}
          {readouts.data && readouts.data.items.length > 0 && (
            <>
              <h3>{t('engagement.readouts')}</h3>
              <ReadoutList sources={readouts.data} />
            </>
          )}
          {schedule.data && !schedule.data.consistent && schedule.data.conflict?.engagementIds.includes(e.id) && (
            <div className="error" role="alert">
              <strong>{t('schedule.inconsistent')}</strong>
              <p className="quote">{schedule.data.conflict.explanation}</p>
            </div>
          )}
        </section>
        <EngagementChange engagement={e} etag={detail.data?.etag ?? null} onDone={reloadAll} />
      </div>
      <ErrorBox error={agenda.error} />
      {agenda.data && <AgendaEditor engagementId={e.id} agenda={agenda.data.data} etag={agenda.data.etag} onSaved={reloadAll} />}
      <div className="grid2">
        <section className="panel" aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">{t('engagement.outcomes')}</h2>
          {e.outcomes.length === 0 ? (
            <p className="muted">{t('engagement.noOutcomes')}</p>
          ) : (
            <ul className="plain">
              {e.outcomes.map((o) => (
                <li key={o.id}>
                  <strong>{o.kind}</strong> {o.instructionId && <Link to={`/instructions/${o.instructionId}`}>#{o.instructionId}</Link>}
                  {o.documentId && <Link to={`/documents/${o.documentId}`}> #{o.documentId}</Link>}
                  {o.nextEngagementId && <Link to={`/engagements/${o.nextEngagementId}`}> #{o.nextEngagementId}</Link>}
                  {o.note && <span className="muted"> — {o.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">{t('engagement.history')}</h2>
          <ul className="plain small">
            {e.windowHistory.map((h, n) => (
              <li key={`w${n}`}>
                {f.dateTime(h.changedAt)}: {h.when.text ?? f.window(h.when)} <code>{h.when.edtf}</code>
                {h.reason && <span className="muted"> — {h.reason}</span>}
              </li>
            ))}
          </ul>
          <h2>{t('engagement.statusHistory')}</h2>
          <ul className="plain small">
            {e.statusHistory.map((h, n) => (
              <li key={`s${n}`}>
                {f.dateTime(h.changedAt)}: {t(`engagementStatuses.${h.status}`)}
                {h.reason && <span className="muted"> — {h.reason}</span>}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
