// Where an extraction and a gold document part, in words: the gold events nobody found, the events found that are in
// no gold, what differs in paired events (window, kind, status, place, participants), then quotes and commitments
// missed or extra. Pairing and matching are the scoring's own (eval.ts), so every line is something the score counts.
// `accord eval --explain` prints these under the table, for anyone checking the extractor on their own readouts.
import { pairEvents, samePerson } from './eval.ts';
import { splitHeader } from './text/header.ts';
import type { ExtractedEvent, ExtractionDocument, Span } from './types.ts';

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const squeeze = (s: string, max: number): string => s.slice(0, max).replace(/\s+/g, ' ');

function describe(e: ExtractedEvent, body: string): string {
  const ev = e.evidence[0];
  const snippet = ev ? squeeze(body.slice(ev.start, ev.end), 90) : '';
  const who = e.participants.map((p) => p.name ?? `${p.role ?? '?'} (${p.country ?? '?'})`).join(', ');
  return `${e.kind}/${e.status} ${e.when.from ?? '?'}..${e.when.to ?? '?'} ${e.where ?? '-'} [${who}] «${snippet}»`;
}

function pairedDifferences(g: ExtractedEvent, o: ExtractedEvent): string[] {
  const d: string[] = [];
  if (g.when.from !== o.when.from || g.when.to !== o.when.to) d.push(`when ${o.when.from}..${o.when.to} (gold ${g.when.from}..${g.when.to})`);
  if (g.kind !== o.kind) d.push(`kind ${o.kind} (gold ${g.kind})`);
  if (g.status !== o.status) d.push(`status ${o.status} (gold ${g.status})`);
  if ((g.where ?? '').toLowerCase() !== (o.where ?? '').toLowerCase()) d.push(`where ${o.where} (gold ${g.where})`);
  const missing = g.participants.filter((p) => !o.participants.some((q) => samePerson(p.name, q.name))).map((p) => p.name);
  const extra = o.participants.filter((p) => !g.participants.some((q) => samePerson(p.name, q.name))).map((p) => p.name);
  if (missing.length > 0 || extra.length > 0) d.push(`participants missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
  return d;
}

/** The differences between the gold document and the extraction of one readout (`text`: the readout with its header). */
export function explainDifferences(gold: ExtractionDocument, out: ExtractionDocument, text: string): string[] {
  const { body } = splitHeader(text);
  const { pairs } = pairEvents(gold.events, out.events);
  const lines: string[] = [];
  for (const g of gold.events) if (!pairs.some(([pg]) => pg === g)) lines.push(`MISSED   ${describe(g, body)}`);
  for (const o of out.events) if (!pairs.some(([, po]) => po === o)) lines.push(`EXTRA    ${describe(o, body)}`);
  for (const [g, o] of pairs) {
    const d = pairedDifferences(g, o);
    if (d.length > 0) lines.push(`DIFFERS  ${describe(g, body)}\n         ${d.join('; ')}`);
  }
  for (const q of gold.quotes) {
    const o = out.quotes.find((x) => overlap(x, q));
    if (!o) lines.push(`QUOTE MISSED   ${q.speaker}: «${squeeze(q.text, 70)}»`);
    else if (!samePerson(q.speaker, o.speaker)) lines.push(`QUOTE SPEAKER  ${o.speaker} (gold ${q.speaker}): «${squeeze(q.text, 60)}»`);
  }
  for (const o of out.quotes) if (!gold.quotes.some((q) => overlap(o, q))) lines.push(`QUOTE EXTRA    ${o.speaker}: «${squeeze(o.text, 70)}»`);
  const evidence = (ev: readonly Span[]): string => squeeze(ev.map((s) => body.slice(s.start, Math.min(s.end, s.start + 80))).join(' … '), 200);
  const sameCommitment = (a: readonly Span[], b: readonly Span[]): boolean => a.some((x) => b.some((y) => overlap(x, y)));
  for (const c of gold.commitments) if (!out.commitments.some((o) => sameCommitment(o.evidence, c.evidence))) lines.push(`COMMIT MISSED  «${evidence(c.evidence)}»`);
  for (const o of out.commitments) if (!gold.commitments.some((c) => sameCommitment(o.evidence, c.evidence))) lines.push(`COMMIT EXTRA   «${evidence(o.evidence)}»`);
  return lines;
}
