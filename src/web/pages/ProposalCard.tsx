// One proposal from a readout: what accepting it would record, and accept (as is or edited) or reject
// with a reason. A schedule clash comes back 409 in words and may be stored anyway.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../api.ts';
import { ErrorBox, Field } from '../components/ui.tsx';
import type { Proposal, ProposalDecision } from '../types.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** The editable fields per kind, as [edit key, label key, current value]. */
function editable(p: Proposal): { key: string; label: string; value: string; asWhen?: boolean; asNumber?: boolean }[] {
  const pl = p.payload;
  switch (p.kind) {
    case 'new_engagement':
    case 'update_engagement':
      return [
        { key: 'title', label: 'schedule.colTitle', value: str(pl.title) },
        { key: 'when', label: 'schedule.whenEdtf', value: str(obj(pl.when).edtf), asWhen: true },
      ];
    case 'new_instruction':
      return [
        { key: 'title', label: 'instructions.newTitle', value: str(pl.title) },
        { key: 'deadline', label: 'instructions.deadline', value: str(obj(pl.deadline).edtf), asWhen: true },
      ];
    case 'constraint':
      return [{ key: 'minGapDays', label: 'schedule.minGap', value: str(pl.minGapDays), asNumber: true }];
    case 'new_person':
      return [{ key: 'name', label: 'intake.person', value: str(pl.name) }];
    case 'new_alias':
      return [];
  }
}

export function ProposalCard({ proposal: p, selected, onSelect, onDecided }: { proposal: Proposal; selected: boolean; onSelect(): void; onDecided(): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const fields = editable(p);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.key, f.value])));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [clash, setClash] = useState<string | null>(null);
  const [result, setResult] = useState<ProposalDecision | null>(null);
  const pl = p.payload;

  const accept = async (force = false) => {
    setError(undefined);
    const edits: Record<string, unknown> = {};
    if (mode === 'edit')
      for (const f of fields) {
        const v = values[f.key] ?? '';
        if (v === f.value) continue;
        edits[f.key] = f.asWhen ? { edtf: v } : f.asNumber ? Number(v) : v;
      }
    if (force) edits.force = true;
    try {
      setResult(await api.post<ProposalDecision>(`/proposals/${p.id}/accept`, Object.keys(edits).length ? { edits } : {}));
      setClash(null);
      onDecided();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setClash(e.problem?.conflict?.explanation ?? e.problem?.detail ?? '');
      else setError(e);
    }
  };
  const reject = async () => {
    setError(undefined);
    try {
      setResult(await api.post<ProposalDecision>(`/proposals/${p.id}/reject`, { reason }));
      onDecided();
    } catch (e) {
      setError(e);
    }
  };

  const heading = (() => {
    switch (p.kind) {
      case 'constraint':
        return t('schedule.before', { a: str(pl.beforeTitle), b: str(pl.afterTitle) });
      case 'new_alias':
        return `${str(pl.alias)} → ${str(pl.personName)}`;
      case 'new_person':
        return str(pl.name);
      default:
        return str(pl.title);
    }
  })();
  const when = obj(p.kind === 'new_instruction' ? pl.deadline : pl.when);
  const summary = Array.isArray(pl.summary) ? pl.summary.filter((x): x is string => typeof x === 'string') : [];

  return (
    <article className={`panel proposal-card${selected ? ' selected' : ''}`} aria-label={heading} data-testid="proposal" data-kind={p.kind} data-status={p.status}>
      <div className="panel-head">
        <span className="chip">{t(`intake.kinds.${p.kind}`)}</span>
        <span className={`badge proposal-${p.status}`}>{t(`intake.statuses.${p.status}`)}</span>
      </div>
      <h3>{heading}</h3>
      {when.edtf !== undefined && (
        <p className="small">
          {str(when.text) || str(when.edtf)} <code>{str(when.edtf)}</code>
        </p>
      )}
      {p.kind === 'constraint' && <p className="small muted">{str(pl.note)}</p>}
      {summary.length > 0 && (
        <ul className="small">
          {summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {p.result && (
        <p className="small">
          → <Link to={p.result.type === 'engagement' ? `/engagements/${p.result.id}` : p.result.type === 'instruction' ? `/instructions/${p.result.id}` : '#'}>{`${p.result.type} #${p.result.id}`}</Link>
        </p>
      )}
      {p.reason && <p className="small muted">{p.reason}</p>}
      {result && (
        <ul className="small notice" role="status">
          {result.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {mode === 'edit' &&
        fields.map((f) => (
          <Field key={f.key} label={t(f.label)}>
            {(id) => <input id={id} value={values[f.key] ?? ''} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />}
          </Field>
        ))}
      {mode === 'reject' && <Field label={t('engagement.reason')}>{(id) => <input id={id} required value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>}
      {clash !== null && (
        <div className="error" role="alert">
          <p className="quote">{clash}</p>
          <button type="button" onClick={() => void accept(true)}>
            {t('schedule.storeAnyway')}
          </button>
        </div>
      )}
      <ErrorBox error={error} />
      <div className="row wrap">
        <button type="button" className="link-button" aria-pressed={selected} onClick={onSelect}>
          {t('intake.showInText')}
        </button>
        <span className="spacer" />
        {p.status === 'pending' && mode !== 'reject' && (
          <button type="button" className="primary" onClick={() => void accept()}>
            {t('intake.accept')}
          </button>
        )}
        {p.status === 'pending' && mode === 'view' && fields.length > 0 && (
          <button type="button" onClick={() => setMode('edit')}>
            {t('intake.edit')}
          </button>
        )}
        {p.status === 'pending' && mode !== 'reject' && (
          <button type="button" onClick={() => setMode('reject')}>
            {t('intake.reject')}
          </button>
        )}
        {mode === 'reject' && (
          <button type="button" disabled={!reason.trim()} onClick={() => void reject()}>
            {t('intake.reject')}
          </button>
        )}
        {mode !== 'view' && (
          <button type="button" onClick={() => setMode('view')}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </article>
  );
}
