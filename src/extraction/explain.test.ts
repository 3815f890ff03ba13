// The differences `accord eval --explain` prints: each line is one thing the score counts against the extraction
// (the command itself: src/cli/commands/eval.test.ts).
import { describe, expect, it } from 'vitest';
import { explainDifferences } from './explain.ts';
import type { ExtractedEvent, ExtractionDocument } from './types.ts';

const TEXT = 'source: invented\npublished: 2031-04-02\n---\nPresident Ana Duarte met Prime Minister Lee Sung on Tuesday. They will meet again in May.\n';
const body = TEXT.slice(TEXT.indexOf('---\n') + 4);
const span = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length });

function ev(kind: ExtractedEvent['kind'], from: string, to: string, people: string[], evidence: string): ExtractedEvent {
  return {
    kind, status: 'held', where: null, bodies: [], topics: [], evidence: [span(evidence)],
    when: { from, to, precision: 'day', tentative: false, text: null },
    participants: people.map((name) => ({ name, role: null, country: null })),
  };
}
const doc = (events: ExtractedEvent[], commitments: string[] = []): ExtractionDocument => ({
  schema: 'accord.extraction/v1', source: { title: null, published: null, agencies: [] }, events, quotes: [],
  commitments: commitments.map((c) => ({ text: c, by: [], to: [], topics: [], due: null, evidence: [span(c)] })),
});

describe('explainDifferences', () => {
  const met = ev('talks', '2031-04-01', '2031-04-01', ['Ana Duarte', 'Lee Sung'], 'met Prime Minister');
  const again = ev('talks', '2031-05-01', '2031-05-31', ['Ana Duarte', 'Lee Sung'], 'meet again in May');

  it('says nothing when the extraction agrees', () => {
    expect(explainDifferences(doc([met, again]), doc([met, again]), TEXT)).toEqual([]);
  });

  it('names a gold event not found, with its evidence from the body', () => {
    const lines = explainDifferences(doc([met, again]), doc([met]), TEXT);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^MISSED +talks\/held 2031-05-01\.\.2031-05-31 .*«meet again in May»/);
  });

  it('names an event found in no gold, and what differs in a paired one', () => {
    const wrong = { ...met, when: { ...met.when, from: '2031-04-01', to: '2031-04-02' }, participants: [{ name: 'Ana Duarte', role: null, country: null }] };
    const lines = explainDifferences(doc([met]), doc([wrong, ev('visit', '2030-01-01', '2030-01-01', [], 'Tuesday')]), TEXT);
    expect(lines.some((l) => /^EXTRA +visit\/held 2030-01-01/.test(l))).toBe(true);
    const differs = lines.find((l) => l.startsWith('DIFFERS'));
    expect(differs).toContain('when 2031-04-01..2031-04-02 (gold 2031-04-01..2031-04-01)');
    expect(differs).toContain('participants missing [Lee Sung] extra []');
  });

  it('names commitments missed and extra by their evidence', () => {
    const lines = explainDifferences(doc([met], ['They will meet again in May']), doc([met], ['met Prime Minister Lee Sung']), TEXT);
    expect(lines).toEqual(['COMMIT MISSED  «They will meet again in May»', 'COMMIT EXTRA   «met Prime Minister Lee Sung»']);
  });
});
