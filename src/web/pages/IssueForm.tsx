// Issuing an instruction (controllers, admins): POST /instructions, then open it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api.ts';
import { ErrorBox, Field } from '../components/ui.tsx';
import { todayIso } from '../format.ts';
import { useAction } from '../hooks.ts';
import { useRegistry } from '../session.tsx';
import { TOPICS, type InstructionDetail } from '../types.ts';

export function IssueForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { bodyList } = useRegistry();
  const [form, setForm] = useState({ title: '', text: '', topic: 'industry', responsibleBodyId: '', coExecutor: '', issuedOn: todayIso(), edtf: '', deadlineText: '' });
  const { busy, error, run } = useAction();
  const bind = (k: keyof typeof form) => ({ value: form[k], onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const created = await api.post<InstructionDetail>('/instructions', {
        title: form.title,
        text: form.text,
        topic: form.topic,
        responsibleBodyId: Number(form.responsibleBodyId),
        ...(form.coExecutor && { executorBodyIds: [Number(form.coExecutor)] }),
        issuedOn: form.issuedOn,
        ...(form.edtf && { deadline: { edtf: form.edtf, ...(form.deadlineText && { text: form.deadlineText }) } }),
      });
      onDone();
      void navigate(`/instructions/${created.id}`);
    });
  };

  const bodies = bodyList.map((b) => (
    <option key={b.id} value={b.id}>
      {b.name}
    </option>
  ));
  return (
    <form className="card form-grid" onSubmit={submit} aria-label={t('instructions.new')}>
      <Field label={t('instructions.newTitle')}>{(id) => <input id={id} required maxLength={500} {...bind('title')} />}</Field>
      <Field label={t('instructions.newText')}>{(id) => <textarea id={id} required rows={3} {...bind('text')} />}</Field>
      <Field label={t('instructions.topic')}>
        {(id) => (
          <select id={id} {...bind('topic')}>
            {TOPICS.map((x) => (
              <option key={x} value={x}>
                {t(`topics.${x}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('instructions.responsible')}>
        {(id) => (
          <select id={id} required {...bind('responsibleBodyId')}>
            <option value="">{t('instructions.choose')}</option>
            {bodies}
          </select>
        )}
      </Field>
      <Field label={t('instructions.coExecutors')}>
        {(id) => (
          <select id={id} {...bind('coExecutor')}>
            <option value="">—</option>
            {bodies}
          </select>
        )}
      </Field>
      <Field label={t('instructions.issuedOn')}>{(id) => <input id={id} type="date" required {...bind('issuedOn')} />}</Field>
      <Field label={t('instructions.deadline')}>{(id) => <input id={id} placeholder="2026-12" {...bind('edtf')} />}</Field>
      <Field label={t('instructions.deadlineText')}>{(id) => <input id={id} {...bind('deadlineText')} />}</Field>
      <ErrorBox error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('instructions.issue')}
        </button>
        <button type="button" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
