// Moving or narrowing an engagement's window and changing its status (PATCH with If-Match). A window
// that makes the schedule impossible comes back 409 with the clash in words; it can be stored anyway.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api.ts';
import { ErrorBox, Field, Notice } from '../components/ui.tsx';
import { can, useMe } from '../session.tsx';
import type { EngagementDetail, EngagementStatus } from '../types.ts';

const STATUSES: EngagementStatus[] = ['proposed', 'scheduled', 'confirmed', 'held', 'postponed', 'cancelled'];

export function EngagementChange({ engagement, etag, onDone }: { engagement: EngagementDetail; etag: string | null; onDone(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [edtf, setEdtf] = useState(engagement.when.edtf);
  const [text, setText] = useState(engagement.when.text ?? '');
  const [status, setStatus] = useState<EngagementStatus>(engagement.status);
  const [heldOn, setHeldOn] = useState('');
  const [reason, setReason] = useState('');
  const [clash, setClash] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  if (!can(me, 'plan')) return null;
  const submit = async (force: boolean) => {
    setError(undefined);
    setDone(false);
    const whenChanged = edtf !== engagement.when.edtf || text !== (engagement.when.text ?? '');
    try {
      await request('PATCH', `/engagements/${engagement.id}`, {
        ifMatch: etag,
        body: {
          ...(whenChanged && { when: { edtf, text: text || null }, whenReason: reason || null }),
          ...(status !== engagement.status && { status, statusReason: reason || null }),
          ...(status === 'held' && heldOn && { heldOn }),
          ...(force && { force: true }),
        },
      });
      setClash(null);
      setDone(true);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setClash(e.problem?.conflict?.explanation ?? e.problem?.detail ?? '');
      else setError(e);
    }
  };
  return (
    <form
      className="panel"
      aria-labelledby="change-title"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      <h2 id="change-title">{t('engagement.change')}</h2>
      <div className="row wrap">
        <Field label={t('schedule.whenEdtf')}>{(id) => <input id={id} value={edtf} onChange={(e) => setEdtf(e.target.value)} />}</Field>
        <Field label={t('engagement.whenText')}>{(id) => <input id={id} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      </div>
      <div className="row wrap">
        <Field label={t('engagement.status')}>
          {(id) => (
            <select id={id} value={status} onChange={(e) => setStatus(e.target.value as EngagementStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`engagementStatuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {status === 'held' && <Field label={t('engagement.heldOn')}>{(id) => <input id={id} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}</Field>}
      </div>
      <Field label={t('engagement.reason')}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      {clash !== null && (
        <div className="error" role="alert" data-testid="window-conflict">
          <p>
            <strong>{t('schedule.inconsistent')}</strong>
          </p>
          <p className="quote">{clash}</p>
          <button type="button" onClick={() => void submit(true)}>
            {t('schedule.storeAnyway')}
          </button>
        </div>
      )}
      <ErrorBox error={error} />
      {done && <Notice>{t('engagement.changed')}</Notice>}
      <button type="submit">{t('app.save')}</button>
    </form>
  );
}
