// Planning forms for controllers: "A before B" (checked first; a clash is shown in the API's words and
// may be stored anyway where the API allows it) and a new engagement with its window in EDTF.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api.ts';
import { ErrorBox, Field, Notice } from '../components/ui.tsx';
import type { Conflict, Engagement, EngagementDetail, EngagementKind, EngagementStatus } from '../types.ts';

const KINDS: EngagementKind[] = ['phone_call', 'talks', 'visit', 'summit', 'session', 'interview', 'statement'];
const STATUSES: EngagementStatus[] = ['proposed', 'scheduled', 'confirmed', 'held', 'postponed', 'cancelled'];

export function ConstraintForm({ engagements, onDone }: { engagements: Engagement[]; onDone(): void }) {
  const { t } = useTranslation();
  const [beforeId, setBefore] = useState('');
  const [afterId, setAfter] = useState('');
  const [minGap, setMin] = useState('1');
  const [maxGap, setMax] = useState('');
  const [conflict, setConflict] = useState<{ c: Conflict | undefined; detail: string; forcible: boolean } | null>(null);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const submit = async (force: boolean) => {
    setError(undefined);
    setDone(false);
    try {
      await api.post('/constraints', { beforeId: Number(beforeId), afterId: Number(afterId), minGapDays: Number(minGap || 0), ...(maxGap && { maxGapDays: Number(maxGap) }), ...(force && { force: true }) });
      setConflict(null);
      setDone(true);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setConflict({ c: e.problem?.conflict, detail: e.problem?.detail ?? '', forcible: e.problem?.forcible === true });
      else setError(e);
    }
  };
  const options = engagements.map((e) => (
    <option key={e.id} value={e.id}>
      {e.title} ({e.when.edtf})
    </option>
  ));
  return (
    <form
      className="inline-form"
      aria-label={t('schedule.addConstraint')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      <h3>{t('schedule.addConstraint')}</h3>
      <div className="row wrap">
        <Field label={t('schedule.constraintA')}>
          {(id) => (
            <select id={id} required value={beforeId} onChange={(e) => setBefore(e.target.value)}>
              <option value="">{t('instructions.choose')}</option>
              {options}
            </select>
          )}
        </Field>
        <Field label={t('schedule.constraintB')}>
          {(id) => (
            <select id={id} required value={afterId} onChange={(e) => setAfter(e.target.value)}>
              <option value="">{t('instructions.choose')}</option>
              {options}
            </select>
          )}
        </Field>
        <Field label={t('schedule.minGap')}>{(id) => <input id={id} type="number" min={0} size={4} value={minGap} onChange={(e) => setMin(e.target.value)} />}</Field>
        <Field label={t('schedule.maxGap')}>{(id) => <input id={id} type="number" min={0} size={4} value={maxGap} onChange={(e) => setMax(e.target.value)} />}</Field>
        <button type="submit">{t('app.save')}</button>
      </div>
      <p className="small muted">{beforeId && afterId ? t('schedule.before', { a: engagements.find((e) => String(e.id) === beforeId)?.title, b: engagements.find((e) => String(e.id) === afterId)?.title }) : ''}</p>
      {conflict && (
        <div className="error" role="alert" data-testid="constraint-conflict">
          <p>
            <strong>{t('schedule.inconsistent')}</strong>
          </p>
          <p className="quote">{conflict.c?.explanation ?? conflict.detail}</p>
          {conflict.forcible && (
            <button type="button" onClick={() => void submit(true)}>
              {t('schedule.storeAnyway')}
            </button>
          )}
        </div>
      )}
      <ErrorBox error={error} />
      {done && <Notice>{t('schedule.constraintSaved')}</Notice>}
    </form>
  );
}

export function NewEngagementForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ kind: 'session', title: '', edtf: '', text: '', status: 'proposed', place: '' });
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const bind = (k: keyof typeof form) => ({ value: form[k], onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const created = await api.post<EngagementDetail>('/engagements', {
        kind: form.kind,
        title: form.title,
        when: { edtf: form.edtf, ...(form.text && { text: form.text }) },
        status: form.status,
        ...(form.place && { place: form.place }),
      });
      setDone(created.title);
      setForm({ ...form, title: '', edtf: '', text: '' });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="panel form-grid" onSubmit={(e) => void submit(e)} aria-labelledby="new-eng-title">
      <h2 id="new-eng-title" className="span-all">
        {t('schedule.newEngagement')}
      </h2>
      <Field label={t('schedule.colKind')}>
        {(id) => (
          <select id={id} {...bind('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`engagementKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('schedule.colTitle')}>{(id) => <input id={id} required {...bind('title')} />}</Field>
      <Field label={t('schedule.whenEdtf')}>{(id) => <input id={id} required placeholder="2026-04?/2026-05?" {...bind('edtf')} />}</Field>
      <Field label={t('schedule.whenText')}>{(id) => <input id={id} {...bind('text')} />}</Field>
      <Field label={t('engagement.place')}>{(id) => <input id={id} {...bind('place')} />}</Field>
      <Field label={t('schedule.colStatus')}>
        {(id) => (
          <select id={id} {...bind('status')}>
            {STATUSES.map((k) => (
              <option key={k} value={k}>
                {t(`engagementStatuses.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorBox error={error} />
      {done && <Notice>{t('schedule.engagementSaved', { title: done })}</Notice>}
      <div className="row">
        <button type="submit" className="primary">
          {t('app.save')}
        </button>
      </div>
    </form>
  );
}
