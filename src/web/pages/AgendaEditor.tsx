// The agenda of an engagement: ordered by drag and drop or from the keyboard (Alt+↑/↓ on a focused
// item, or its buttons), saved with If-Match; a proposed control agenda from what is due, overdue or
// at risk; and control decisions per item.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, request } from '../api.ts';
import { ErrorBox, Field, Notice, StateBadge } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { can, useMe } from '../session.tsx';
import type { Agenda, AgendaItem, AgendaProposal, Instruction } from '../types.ts';
import { DecisionForm } from './instruction-actions.tsx';

interface Draft { key: string; id?: number; title: string; topics: string[]; notes: string | null; instructionIds: number[]; documentIds: number[]; decisions: AgendaItem['decisions'] }

let keySeq = 0;
const toDraft = (items: AgendaItem[]): Draft[] => items.map((i) => ({ ...i, key: `i${i.id}` }));

export function AgendaEditor({ engagementId, agenda, etag, onSaved }: { engagementId: number; agenda: Agenda; etag: string | null; onSaved(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const editable = can(me, 'plan');
  const [items, setItems] = useState<Draft[]>(() => toDraft(agenda.items));
  const [dirty, setDirty] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [proposal, setProposal] = useState<AgendaProposal | null>(null);
  const [titles, setTitles] = useState<Map<number, string>>(new Map());
  const [newTitle, setNewTitle] = useState('');
  const [newTopics, setNewTopics] = useState('');
  const dragFrom = useRef<number | null>(null);
  const focusKey = useRef<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());

  useEffect(() => {
    setItems(toDraft(agenda.items));
    setDirty(false);
  }, [agenda]);

  // Titles of the instructions the agenda names (one read each; agendas hold a few dozen at most).
  useEffect(() => {
    const ids = [...new Set(agenda.items.flatMap((i) => i.instructionIds))].filter((id) => !titles.has(id)).slice(0, 100);
    if (ids.length === 0) return;
    void Promise.all(ids.map((id) => api.get<Instruction>(`/instructions/${id}`).then((i) => [id, i.title] as const, () => [id, `#${id}`] as const))).then((pairs) =>
      setTitles((old) => new Map([...old, ...pairs])),
    );
  }, [agenda]);

  useEffect(() => {
    if (focusKey.current) {
      refs.current.get(focusKey.current)?.focus();
      focusKey.current = null;
    }
  });

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (!item) return;
    next.splice(to, 0, item);
    setItems(next);
    setDirty(true);
    setSaved(false);
    focusKey.current = item.key;
    setAnnounce(t('engagement.moved', { title: item.title, position: to + 1 }));
  };
  const onKey = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!e.altKey || e.target !== e.currentTarget) return;
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(index, index - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, index + 1);
    }
  };
  const onDrop = (e: DragEvent, index: number) => {
    e.preventDefault();
    if (dragFrom.current !== null) move(dragFrom.current, index);
    dragFrom.current = null;
  };

  const save = async () => {
    setError(undefined);
    try {
      await request('PUT', `/engagements/${engagementId}/agenda`, {
        ifMatch: etag,
        body: { items: items.map((i) => ({ ...(i.id && { id: i.id }), title: i.title, topics: i.topics, notes: i.notes, instructionIds: i.instructionIds, documentIds: i.documentIds })) },
      });
      setSaved(true);
      setDirty(false);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  const propose = async () => {
    setError(undefined);
    try {
      const p = await api.post<AgendaProposal>(`/engagements/${engagementId}/agenda/proposal`);
      setProposal(p);
      setTitles((old) => new Map([...old, ...p.items.flatMap((i) => i.instructions.map((x) => [x.id, x.title] as const))]));
    } catch (e) {
      setError(e);
    }
  };
  const useProposal = () => {
    if (!proposal) return;
    setItems([...items, ...proposal.items.map((p) => ({ key: `n${++keySeq}`, title: p.title, topics: p.topics, notes: null, instructionIds: p.instructionIds, documentIds: [], decisions: [] }))]);
    setProposal(null);
    setDirty(true);
  };
  const add = () => {
    if (!newTitle.trim()) return;
    setItems([...items, { key: `n${++keySeq}`, title: newTitle.trim(), topics: newTopics.split(',').map((s) => s.trim()).filter(Boolean), notes: null, instructionIds: [], documentIds: [], decisions: [] }]);
    setNewTitle('');
    setNewTopics('');
    setDirty(true);
  };

  return (
    <section className="panel" aria-labelledby="agenda-title">
      <div className="panel-head">
        <h2 id="agenda-title">{t('engagement.agenda')}</h2>
        {editable && (
          <div className="row">
            <button type="button" onClick={() => void propose()}>
              {t('engagement.propose')}
            </button>
            <button type="button" className="primary" disabled={!dirty} onClick={() => void save()}>
              {t('engagement.saveAgenda')}
            </button>
          </div>
        )}
      </div>
      {editable && <p className="small muted" id="agenda-help">{t('engagement.agendaHelp')}</p>}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {dirty && <p className="small late">{t('engagement.unsaved')}</p>}
      <ErrorBox error={error} />
      {saved && <Notice>{t('engagement.saved')}</Notice>}
      {items.length === 0 && <p className="muted">{t('engagement.noAgenda')}</p>}
      <ol className="agenda" data-testid="agenda">
        {items.map((item, index) => (
          <li
            key={item.key}
            ref={(el) => {
              if (el) refs.current.set(item.key, el);
              else refs.current.delete(item.key);
            }}
            tabIndex={editable ? 0 : undefined}
            draggable={editable}
            aria-describedby={editable ? 'agenda-help' : undefined}
            onKeyDown={(e) => onKey(e, index)}
            onDragStart={() => {
              dragFrom.current = index;
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, index)}
            data-testid="agenda-item"
          >
            <div className="agenda-head">
              {editable && <span className="grip" aria-hidden="true">⋮⋮</span>}
              <strong className="agenda-title">{item.title}</strong>
              {item.topics.map((tp) => (
                <span key={tp} className="chip">
                  {t(`topics.${tp}`, { defaultValue: tp })}
                </span>
              ))}
              {editable && (
                <span className="agenda-actions">
                  <button type="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`${t('engagement.moveUp')}: ${item.title}`}>
                    ↑
                  </button>
                  <button type="button" onClick={() => move(index, index + 1)} disabled={index === items.length - 1} aria-label={`${t('engagement.moveDown')}: ${item.title}`}>
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setItems(items.filter((x) => x.key !== item.key));
                      setDirty(true);
                    }}
                    aria-label={`${t('engagement.remove')}: ${item.title}`}
                  >
                    ×
                  </button>
                </span>
              )}
            </div>
            {item.instructionIds.length > 0 && (
              <ul className="small">
                {item.instructionIds.map((iid) => (
                  <li key={iid}>
                    <Link to={`/instructions/${iid}`}>{titles.get(iid) ?? `#${iid}`}</Link>
                    {item.decisions
                      .filter((d) => d.instructionId === iid)
                      .map((d) => (
                        <span key={d.id} className="chip">
                          {t(`decisions.${d.kind}`)} · {f.dayShort(d.decidedOn)}
                        </span>
                      ))}
                  </li>
                ))}
              </ul>
            )}
            {item.id && can(me, 'decide') && item.instructionIds.length > 0 && !dirty && <ItemDecision engagementId={engagementId} item={item as Draft & { id: number }} titles={titles} onDone={onSaved} />}
          </li>
        ))}
      </ol>
      {editable && (
        <div className="row wrap">
          <Field label={t('engagement.itemTitle')}>{(id) => <input id={id} value={newTitle} onChange={(e) => setNewTitle(e.target.value)} />}</Field>
          <Field label={t('engagement.itemTopics')}>{(id) => <input id={id} value={newTopics} onChange={(e) => setNewTopics(e.target.value)} />}</Field>
          <button type="button" onClick={add}>
            {t('engagement.addItem')}
          </button>
        </div>
      )}
      {proposal && (
        <div className="proposal" data-testid="agenda-proposal">
          <h3>{t('engagement.proposal', { at: f.day(proposal.at), dueBy: f.day(proposal.dueBy) })}</h3>
          {proposal.items.length === 0 ? (
            <p>{t('engagement.noProposal')}</p>
          ) : (
            <ol>
              {proposal.items.map((p) => (
                <li key={p.title}>
                  <strong>{p.title}</strong>
                  <ul className="small">
                    {p.instructions.map((i) => (
                      <li key={i.id}>
                        <Link to={`/instructions/${i.id}`}>{i.title}</Link> <StateBadge state={i.state} />{' '}
                        <span className="muted">{i.reasons.map((r) => t(`engagement.reasons.${r}`)).join(', ')}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          <div className="row">
            {proposal.items.length > 0 && (
              <button type="button" className="primary" onClick={useProposal}>
                {t('engagement.useProposal')}
              </button>
            )}
            <button type="button" onClick={() => setProposal(null)}>
              {t('app.close')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function ItemDecision({ engagementId, item, titles, onDone }: { engagementId: number; item: Draft & { id: number }; titles: Map<number, string>; onDone(): void }) {
  const { t } = useTranslation();
  const [instructionId, setInstructionId] = useState(item.instructionIds[0] ?? 0);
  return (
    <details className="item-decision">
      <summary>{t('instruction.decide')}</summary>
      <Field label={t('engagement.decideOn')}>
        {(id) => (
          <select id={id} value={instructionId} onChange={(e) => setInstructionId(Number(e.target.value))}>
            {item.instructionIds.map((iid) => (
              <option key={iid} value={iid}>
                {titles.get(iid) ?? `#${iid}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DecisionForm instruction={{ id: instructionId }} engagementItem={{ engagementId, itemId: item.id }} onDone={onDone} />
    </details>
  );
}
