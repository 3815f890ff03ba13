// The readouts that mention a record (intake's provenance): each source with the passages quoted from
// it, as text. Shows nothing when the server has no intake API.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../api.ts';
import { useFormat } from '../format.ts';
import { useLoad } from '../hooks.ts';
import type { RecordSources } from '../types.ts';

export function useReadouts(kind: 'instructions' | 'engagements', id: string | undefined) {
  return useLoad(async (signal) => {
    try {
      return await api.get<RecordSources>(`/${kind}/${id}/sources`, undefined, signal);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return { items: [] };
      throw e;
    }
  }, [kind, id]);
}

export function ReadoutList({ sources }: { sources: RecordSources }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (sources.items.length === 0) return null;
  return (
    <ul className="plain" data-testid="readouts">
      {sources.items.map(({ source, spans }) => (
        <li key={source.id}>
          <Link to={`/intake?source=${source.id}`}>{source.title ?? `#${source.id}`}</Link>{' '}
          <span className="muted small">{[source.publisher, source.publishedOn && f.day(source.publishedOn)].filter(Boolean).join(' · ')}</span>
          {spans.slice(0, 3).map((s) => (
            <blockquote key={`${s.start}-${s.end}`} className="quote small" title={t('intake.quote')}>
              {s.quotedText}
            </blockquote>
          ))}
        </li>
      ))}
    </ul>
  );
}
