// A document's versions: the list (each downloadable), the diff between two text versions, and a new
// version, either pasted text (JSON) or a file sent as its raw bytes with its media type (PDF, .docx,
// plain text; the server sniffs the bytes and answers 400/413/415 with a problem document).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, request } from '../api.ts';
import { ErrorBox, Field, Notice } from '../components/ui.tsx';
import { useFormat } from '../format.ts';
import { useAction } from '../hooks.ts';
import { useMe } from '../session.tsx';
import type { DocDiff, DocumentDetail } from '../types.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BY_EXTENSION: Record<string, string> = { pdf: 'application/pdf', docx: DOCX, txt: 'text/plain' };
const ACCEPT = '.pdf,.docx,.txt,application/pdf,text/plain,' + DOCX;

/** The media type to send: the browser's when it is one the server takes, else the extension's, else the browser's (the server refuses it). */
export function mediaTypeOf(file: { name: string; type: string }): string {
  if (Object.values(BY_EXTENSION).includes(file.type)) return file.type;
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) ?? (file.type || 'application/octet-stream');
}

export function Versions({ doc, etag, uploaded, onDone }: { doc: DocumentDetail; etag: string | null; uploaded: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const text = doc.versions.filter((v) => v.mediaType.startsWith('text/'));
  const [from, setFrom] = useState(String(text.at(-2)?.number ?? text[0]?.number ?? ''));
  const [to, setTo] = useState(String(text.at(-1)?.number ?? ''));
  const [diff, setDiff] = useState<DocDiff | null>(null);
  const [error, setError] = useState<unknown>();
  const mayUpload = doc.status !== 'signed' && (me.role === 'admin' || me.role === 'controller' || (me.role === 'executor' && me.party !== null && doc.parties.includes(me.party)));
  const compare = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      setDiff(await api.get<DocDiff>(`/documents/${doc.id}/diff`, { from, to }));
    } catch (err) {
      setError(err);
    }
  };
  const options = text.map((v) => (
    <option key={v.number} value={v.number}>
      {v.number}
    </option>
  ));
  return (
    <section className="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('documents.versions')}</h2>
      <table data-testid="versions">
        <thead>
          <tr>
            <th scope="col">{t('documents.version')}</th>
            <th scope="col">{t('documents.created')}</th>
            <th scope="col">{t('documents.file')}</th>
            <th scope="col">{t('documents.hash')}</th>
            <th scope="col">{t('documents.note')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.versions.map((v) => (
            <tr key={v.number} data-version={v.number}>
              <td className="num">
                <a href={`/api/v1/documents/${doc.id}/versions/${v.number}/content`} aria-label={t('documents.download', { n: v.number })}>
                  {v.number}
                </a>
              </td>
              <td className="nowrap">{f.dateTime(v.createdAt)}</td>
              <td>
                {v.filename ?? v.mediaType} <span className="muted">{t('documents.bytes', { size: f.number(v.size) })}</span>
              </td>
              <td>
                <code title={v.sha256} data-sha256={v.sha256}>
                  {v.sha256.slice(0, 12)}…
                </code>
              </td>
              <td>{v.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={error} />
      {text.length >= 2 && (
        <form className="row wrap" onSubmit={(e) => void compare(e)} aria-label={t('documents.diff')}>
          <Field label={t('documents.from')}>
            {(id) => (
              <select id={id} value={from} onChange={(e) => setFrom(e.target.value)}>
                {options}
              </select>
            )}
          </Field>
          <Field label={t('documents.to')}>
            {(id) => (
              <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
                {options}
              </select>
            )}
          </Field>
          <button type="submit">{t('documents.compare')}</button>
        </form>
      )}
      {diff && <DiffTable diff={diff} />}
      {mayUpload && <NewVersionForm doc={doc} etag={etag} uploaded={uploaded} onDone={onDone} />}
    </section>
  );
}

function DiffTable({ diff }: { diff: DocDiff }) {
  const { t } = useTranslation();
  return (
    <table className="diff" data-testid="diff">
      <caption>{t('documents.diffStats', { changed: diff.stats.changed, added: diff.stats.added, removed: diff.stats.removed })}</caption>
      <thead>
        <tr>
          <th scope="col" colSpan={2}>
            {t('documents.version')} {diff.from.number}
          </th>
          <th scope="col" colSpan={2}>
            {t('documents.version')} {diff.to.number}
          </th>
        </tr>
      </thead>
      <tbody>
        {diff.rows.map((r, n) => (
          <tr key={n} className={`diff-${r.kind}`}>
            <td className="num muted">{r.left?.line ?? ''}</td>
            <td className="diff-left">{r.left?.text ?? ''}</td>
            <td className="num muted">{r.right?.line ?? ''}</td>
            <td className="diff-right">{r.right?.text ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NewVersionForm({ doc, etag, uploaded, onDone }: { doc: DocumentDetail; etag: string | null; uploaded: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'text' | 'file'>('text');
  const [newText, setNewText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const upload = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const path = `/documents/${doc.id}/versions`;
      if (mode === 'file' && file) {
        // The raw bytes, so a PDF or .docx is stored exactly as chosen; name and note go in the query.
        await request('POST', path, { file: { content: file, mediaType: mediaTypeOf(file) }, query: { filename: file.name, note }, ifMatch: etag });
      } else {
        await request('POST', path, { body: { text: newText, ...(note && { note }) }, ifMatch: etag });
      }
      onDone();
    });
  };
  return (
    <form onSubmit={upload} aria-labelledby="new-version-title" className="inline-form">
      <h3 id="new-version-title">{t('documents.newVersion')}</h3>
      <fieldset className="row wrap">
        <legend>{t('documents.versionSource')}</legend>
        <label>
          <input type="radio" name="version-source" value="text" checked={mode === 'text'} onChange={() => setMode('text')} /> {t('documents.pasteText')}
        </label>
        <label>
          <input type="radio" name="version-source" value="file" checked={mode === 'file'} onChange={() => setMode('file')} /> {t('documents.chooseFile')}
        </label>
      </fieldset>
      {mode === 'text' ? (
        <Field label={t('documents.text')}>{(id) => <textarea id={id} rows={6} required value={newText} onChange={(e) => setNewText(e.target.value)} />}</Field>
      ) : (
        <Field label={t('documents.fileToUpload')} hint={t('documents.fileKinds')}>
          {(id) => <input id={id} type="file" accept={ACCEPT} required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
      )}
      <Field label={t('documents.note')}>{(id) => <input id={id} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      {uploaded && <Notice>{t('documents.uploaded')}</Notice>}
      <ErrorBox error={error} />
      <button type="submit" disabled={busy}>
        {t('documents.storeVersion')}
      </button>
    </form>
  );
}
