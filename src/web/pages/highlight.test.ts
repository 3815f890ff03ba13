import { describe, expect, it } from 'vitest';
import type { Proposal } from '../types.ts';
import { spansOf, splitRuns } from './highlight.ts';

const proposal = (payload: Record<string, unknown>, kind: Proposal['kind'] = 'new_engagement'): Proposal => ({
  id: 7, sourceId: 1, kind, status: 'pending', reason: null, target: null, result: null, payload, decidedBy: null, decidedAt: null, createdAt: '2023-02-17T00:00:00Z',
});

describe('readout highlighting', () => {
  const text = 'Lukashenko met Putin <script>x</script> on February 5th.';
  const spans = spansOf(proposal({ spans: { evidence: [{ start: 0, end: 55 }], when: { start: 43, end: 55 }, participants: [{ start: 0, end: 10 }, { start: 15, end: 20 }] }, quotes: [] }));

  it('cuts the text at every span boundary and keeps every character once, in order', () => {
    const runs = splitRuns(text, spans);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.text === 'Lukashenko')?.marks).toEqual(['person', 'event']);
    expect(runs.find((r) => r.text === 'February 5th')?.marks[0]).toBe('date');
    expect(runs.find((r) => r.text.includes('<script>'))?.marks).toEqual(['event']); // text, not markup
    expect(runs.at(-1)).toEqual({ text: '.', start: 55, marks: [], proposalIds: [] });
  });

  it('ignores spans outside the text or empty', () => {
    const runs = splitRuns('abc', [{ start: 2, end: 9, mark: 'date', proposalId: 1 }, { start: 1, end: 1, mark: 'event', proposalId: 1 }]);
    expect(runs).toEqual([{ text: 'abc', start: 0, marks: [], proposalIds: [] }]);
  });

  it('reads the spans of instructions and people from their payloads', () => {
    expect(spansOf(proposal({ span: { start: 3, end: 9 } }, 'new_instruction'))).toEqual([{ start: 3, end: 9, mark: 'event', proposalId: 7 }]);
    expect(spansOf(proposal({ span: null }, 'new_person'))).toEqual([]);
  });
});
