// Intake: paste or upload a readout; its text with the extracted events, dates, people and quotes
// highlighted; the proposals beside it, each to accept (as is or edited) or reject.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../api.ts';
import { ErrorBox, Field, Loading } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import type { IngestResult, Page, Proposal, Source, SourceDetail } from '../types.ts';
import { spansOf, splitRuns } from './highlight.ts';
import { ProposalCard } from './ProposalCard.tsx';

export function IntakePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const sourceId = params.get('source');
  const [tick, setTick] = useState(0);
  const sources = useLoad((signal) => api.get<Page<Source>>('/sources', { limit: 20 }, signal), [tick]);
  const missing = sources.error instanceof ApiError && sources.error.status === 404;

  return (
    <section aria-labelledby="intake-title">
      <div className="page-head">
        <h1 id="intake-title">{t('intake.title')}</h1>
      </div>
      {missing ? (
        <p className="notice">{t('intake.missing')}</p>
      ) : (
        <>
          <ErrorBox error={sources.error} />
          <div className="intake-top">
            <IngestForm
              onIngested={(id) => {
                setTick((n) => n + 1);
                setParams({ source: String(id) });
              }}
            />
            <section className="panel" aria-labelledby="sources-title">
              <h2 id="sources-title">{t('intake.sources')}</h2>
              {sources.data?.items.length === 0 && <p className="muted">{t('intake.noSources')}</p>}
              <ul className="plain small">
                {sources.data?.items.map((s) => (
                  <li key={s.id}>
                    <Link to={`/intake?source=${s.id}`} aria-current={String(s.id) === sourceId ? 'page' : undefined}>
                      {s.title ?? `#${s.id}`}
                    </Link>{' '}
                    <span className="muted">
                      {s.publisher ?? ''} {s.publishedOn ? f.dayShort(s.publishedOn) : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          {sourceId && <SourceView key={sourceId} id={Number(sourceId)} />}
        </>
      )}
    </section>
  );
}

function IngestForm({ onIngested }: { onIngested(id: number): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [mediaType, setMediaType] = useState<'text/plain' | 'text/html'>('text/plain');
  const [publisher, setPublisher] = useState('');
  const [url, setUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const { busy, error, run } = useAction();
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setMediaType(/\.html?$/i.test(file.name) || file.type === 'text/html' ? 'text/html' : 'text/plain');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = await api.post<IngestResult>('/sources', { text, mediaType, ...(publisher && { publisher }), ...(url && { url }), ...(publishedOn && { publishedOn }) });
      setText('');
      onIngested(r.source.id);
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="ingest-title">
      <h2 id="ingest-title">{t('intake.paste')}</h2>
      <Field label={t('intake.text')}>{(id) => <textarea id={id} rows={6} required value={text} onChange={(e) => setText(e.target.value)} data-testid="readout-input" />}</Field>
      <div className="row wrap">
        <Field label={t('intake.upload')}>{(id) => <input id={id} type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void onFile(e)} />}</Field>
        <Field label={t('intake.publisher')}>{(id) => <input id={id} value={publisher} onChange={(e) => setPublisher(e.target.value)} />}</Field>
        <Field label={t('intake.url')}>{(id) => <input id={id} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />}</Field>
        <Field label={t('intake.publishedOn')}>{(id) => <input id={id} type="date" value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} />}</Field>
      </div>
      <ErrorBox error={error} />
      <button type="submit" className="primary" disabled={busy}>
        {t('intake.submit')}
      </button>
    </form>
  );
}

function SourceView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const source = useLoad((signal) => api.get<SourceDetail>(`/sources/${id}`, undefined, signal), [id]);
  const proposals = useLoad((signal) => api.get<Page<Proposal>>('/proposals', { sourceId: id, limit: 500 }, signal), [id]);
  const [selected, setSelected] = useState<number | null>(null);
  if (source.error) return <ErrorBox error={source.error} />;
  const s = source.data;
  if (!s) return <Loading />;
  const items = proposals.data?.items ?? [];
  const runs = splitRuns(s.text, items.flatMap(spansOf));
  return (
    <div className="intake-view">
      <section className="panel readout" aria-labelledby="readout-title">
        <h2 id="readout-title">
          {s.title ?? `#${s.id}`} <span className="muted small">{[s.publisher, s.publishedOn && f.day(s.publishedOn)].filter(Boolean).join(' · ')}</span>
        </h2>
        <p className="legend small" aria-hidden="true">
          {t('intake.legend')}: <mark className="hl-event">{t('intake.event')}</mark> <mark className="hl-date">{t('intake.date')}</mark> <mark className="hl-person">{t('intake.person')}</mark>{' '}
          <mark className="hl-quote">{t('intake.quote')}</mark>
        </p>
        <div className="readout-text" data-testid="readout-text" tabIndex={0} role="region" aria-label={t('intake.text')}>
          {runs.map((r) =>
            r.marks.length === 0 ? (
              <span key={r.start}>{r.text}</span>
            ) : (
              <mark key={r.start} className={`hl-${r.marks[0]}${selected !== null && r.proposalIds.includes(selected) ? ' hl-selected' : ''}`} data-marks={r.marks.join(' ')} title={r.marks.map((m) => t(`intake.${m}`)).join(', ')}>
                {r.text}
              </mark>
            ),
          )}
        </div>
      </section>
      <section className="proposals" aria-labelledby="proposals-title">
        <h2 id="proposals-title">{t('intake.proposals')}</h2>
        <ErrorBox error={proposals.error} />
        {items.map((p) => (
          <ProposalCard key={`${p.id}-${p.status}`} proposal={p} selected={selected === p.id} onSelect={() => setSelected(selected === p.id ? null : p.id)} onDecided={proposals.reload} />
        ))}
      </section>
    </div>
  );
}
