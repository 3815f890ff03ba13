// Small shared pieces: state badges, error and status messages, labelled fields.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { LocalError } from '../errors.ts';
import type { ExecutionState } from '../types.ts';

export function StateBadge({ state }: { state: ExecutionState }) {
  const { t } = useTranslation();
  return <span className={`badge state-${state}`}>{t(`states.${state}`)}</span>;
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  let message = t('app.error');
  if (error instanceof ApiError) {
    if (error.status === 401) message = t('errors.unauthenticated');
    else if (error.status === 403) message = `${t('errors.forbidden')} ${error.problem?.detail ?? ''}`;
    else if (error.status === 412) message = t('errors.stale');
    else message = error.problem?.detail ?? message;
  } else if (error instanceof LocalError) message = t(error.key, error.params);
  else if (error instanceof TypeError) message = t('errors.network');
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <div className="error" role="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

/** A label and its control, tied by id. */
export function Field({ label, children, hint }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <small>{hint}</small>}
    </div>
  );
}

/** A choice among party codes, labelled "Party". */
export function PartyField({ parties, value, onChange }: { parties: readonly string[]; value: string; onChange(party: string): void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('documents.party')}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          {parties.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Progress({ value }: { value: number }) {
  return (
    <span className="progress">
      <span className="progress-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
      <span>{value} %</span>
    </span>
  );
}
