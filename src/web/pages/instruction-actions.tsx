// What a role may do on an instruction: an executor reports, a controller reviews and decides.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorBox, Field, Notice } from '../components/ui.tsx';
import { todayIso } from '../format.ts';
import { useAction } from '../hooks.ts';
import { DECISION_KINDS, type DecisionKind, type InstructionDetail, type Report } from '../types.ts';

export function ReportForm({ instruction, onDone }: { instruction: InstructionDetail; onDone(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState(String(instruction.acceptedProgress));
  const [spent, setSpent] = useState('');
  const [currency, setCurrency] = useState(instruction.financing[0]?.currency ?? '');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api.post<Report>(`/instructions/${instruction.id}/reports`, {
        text,
        progress: Number(progress),
        ...(spent && { spent: Math.round(Number(spent) * 100), currency: currency || null }),
      });
      setText('');
      setDone(true);
      onDone();
    });
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="report-title">
      <h2 id="report-title">{t('instruction.report')}</h2>
      <Field label={t('instruction.reportText')}>{(id) => <textarea id={id} required rows={3} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <div className="row">
        <Field label={t('instruction.reportProgress')}>
          {(id) => <input id={id} type="number" min={0} max={100} required value={progress} onChange={(e) => setProgress(e.target.value)} />}
        </Field>
        <Field label={t('instruction.reportSpent')}>{(id) => <input id={id} type="number" min={0} value={spent} onChange={(e) => setSpent(e.target.value)} />}</Field>
        <Field label={t('instruction.reportCurrency')}>
          {(id) => <input id={id} pattern="[A-Z]{3}" maxLength={3} size={4} value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} />}
        </Field>
      </div>
      <ErrorBox error={error} />
      {done && <Notice>{t('instruction.reported')}</Notice>}
      <button type="submit" className="primary" disabled={busy}>
        {t('instruction.submit')}
      </button>
    </form>
  );
}

export function ReviewButtons({ report, onDone }: { report: Report; onDone(): void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const { busy, error, run } = useAction();
  const review = (status: 'accepted' | 'returned') =>
    run(async () => {
      await api.post<Report>(`/reports/${report.id}/review`, { status, ...(comment.trim() && { comment: comment.trim() }) });
      onDone();
    });
  return (
    <div className="review" role="group" aria-label={t('instruction.review')}>
      <Field label={t('instruction.comment')}>{(id) => <input id={id} value={comment} onChange={(e) => setComment(e.target.value)} />}</Field>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void review('accepted')}>
          {t('instruction.accept')}
        </button>
        <button type="button" disabled={busy} onClick={() => void review('returned')}>
          {t('instruction.return')}
        </button>
      </div>
      <ErrorBox error={error} />
    </div>
  );
}

export function DecisionForm({ instruction, onDone, engagementItem }: { instruction: Pick<InstructionDetail, 'id'>; onDone(): void; engagementItem?: { engagementId: number; itemId: number } }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DecisionKind>('keep');
  const [reason, setReason] = useState('');
  const [edtf, setEdtf] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const body = { kind, decidedOn, ...(reason.trim() && { reason: reason.trim() }), ...(kind === 'extend' && edtf && { deadline: { edtf } }) };
    void run(async () => {
      if (engagementItem) await api.post(`/engagements/${engagementItem.engagementId}/agenda/${engagementItem.itemId}/decisions`, { ...body, instructionId: instruction.id });
      else await api.post(`/instructions/${instruction.id}/decisions`, body);
      setReason('');
      setDone(true);
      onDone();
    });
  };
  return (
    <form className={engagementItem ? 'inline-form' : 'panel'} onSubmit={submit} aria-label={t('instruction.decide')}>
      {!engagementItem && <h2>{t('instruction.decide')}</h2>}
      <div className="row wrap">
        <Field label={t('instruction.kind')}>
          {(id) => (
            <select id={id} value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
              {DECISION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`decisions.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('instruction.decidedOn')}>{(id) => <input id={id} type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}</Field>
        {kind === 'extend' && <Field label={t('instruction.newDeadline')}>{(id) => <input id={id} required placeholder="2026-12" value={edtf} onChange={(e) => setEdtf(e.target.value)} />}</Field>}
      </div>
      <Field label={t('instruction.reason')}>
        {(id) => <textarea id={id} rows={2} required={kind === 'extend' || kind === 'withdraw'} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorBox error={error} />
      {done && <Notice>{t('instruction.decided')}</Notice>}
      <button type="submit" disabled={busy}>
        {t('instruction.record')}
      </button>
    </form>
  );
}
