import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { complianceByParty, complianceMark } from './compliance.ts';
import type { ComplianceRow } from './compliance.ts';
import { EXECUTION_STATES } from './execution-state.ts';

describe('compliance', () => {
  it('marks states as G20RG does', () => {
    expect(complianceMark('fulfilled', 0)).toBe(1);
    expect(complianceMark('on_track', 0)).toBe(0);
    expect(complianceMark('at_risk', 0)).toBe(0);
    expect(complianceMark('overdue', 10)).toBe(0);
    expect(complianceMark('overdue', 0)).toBe(-1);
    expect(complianceMark('withdrawn', 100)).toBeNull();
  });

  it('scores per party, overall and by topic', () => {
    const rows: ComplianceRow[] = [
      { party: 'RU', topic: 'energy', state: 'fulfilled', acceptedProgress: 100 },
      { party: 'RU', topic: 'energy', state: 'overdue', acceptedProgress: 0 },
      { party: 'RU', topic: 'import substitution', state: 'on_track', acceptedProgress: 20 },
      { party: 'BY', topic: 'energy', state: 'fulfilled', acceptedProgress: 100 },
      { party: 'BY', topic: 'energy', state: 'withdrawn', acceptedProgress: 0 },
    ];
    const [by, ru] = complianceByParty(rows);
    expect(by).toEqual({
      party: 'BY',
      overall: { assessed: 1, fulfilled: 1, partial: 0, notComplied: 0, withdrawn: 1, score: 1, percent: 100 },
      byTopic: [{ topic: 'energy', assessed: 1, fulfilled: 1, partial: 0, notComplied: 0, withdrawn: 1, score: 1, percent: 100 }],
    });
    expect(ru?.overall).toEqual({ assessed: 3, fulfilled: 1, partial: 1, notComplied: 1, withdrawn: 0, score: 0, percent: 50 });
    expect(ru?.byTopic.map((t) => [t.topic, t.score])).toEqual([
      ['energy', 0],
      ['import substitution', 0],
    ]);
  });

  it('has no score when nothing is assessed', () => {
    const [p] = complianceByParty([{ party: 'BY', topic: 'x', state: 'withdrawn', acceptedProgress: 0 }]);
    expect(p?.overall.score).toBeNull();
    expect(p?.overall.percent).toBeNull();
  });

  it('keeps scores in range and counts consistent', () => {
    const row = fc.record({
      party: fc.constantFrom('BY', 'RU'),
      topic: fc.constantFrom('energy', 'security'),
      state: fc.constantFrom(...EXECUTION_STATES),
      acceptedProgress: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(row), (rows) => {
        const result = complianceByParty(rows);
        expect(result.reduce((n, p) => n + p.overall.assessed + p.overall.withdrawn, 0)).toBe(rows.length);
        for (const p of result) {
          if (p.overall.score !== null) {
            expect(p.overall.score).toBeGreaterThanOrEqual(-1);
            expect(p.overall.score).toBeLessThanOrEqual(1);
          }
          expect(p.byTopic.reduce((n, t) => n + t.assessed, 0)).toBe(p.overall.assessed);
        }
      }),
    );
  });
});
