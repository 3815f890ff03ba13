import { describe, expect, it } from 'vitest';
import { toEpochDay, toIsoDay } from '../days.ts';
import { parseEdtf } from '../edtf.ts';
import { checkSchedule } from './check.ts';
import { checkAddedConstraint } from './incremental.ts';
import { ScheduleInputError, scheduleEngagementFromWindow } from './types.ts';
import type { DayBounds, OrderingConstraint, ScheduleEngagement, ScheduleInput } from './types.ts';

function engagement(id: string, label: string, edtf: string): ScheduleEngagement {
  const r = parseEdtf(edtf);
  if (!r.ok) throw new Error(r.error.message);
  return scheduleEngagementFromWindow({ id, label, window: r.window });
}

function iso(b: DayBounds | undefined): [string | null, string | null] {
  if (b === undefined) throw new Error('no window');
  return [b.earliest === null ? null : toIsoDay(b.earliest), b.latest === null ? null : toIsoDay(b.latest)];
}

// The Union State, early 2023: the presidents spoke by telephone on 5
// February, held talks on 17 February, the Council of Ministers meets in
// February, and the Supreme State Council is tentatively set for April–May,
// after the Council of Ministers.
function unionState(councilOfMinisters = '2023-02', gap = 30): ScheduleInput {
  return {
    engagements: [
      engagement('call', 'the telephone call', '2023-02-05'),
      engagement('talks', 'the talks in Moscow', '2023-02-17'),
      engagement('com', 'the Council of Ministers', councilOfMinisters),
      engagement('ssc', 'the Supreme State Council', '2023-04?/2023-05?'),
    ],
    constraints: [
      { id: 'c1', before: 'call', after: 'talks' },
      { id: 'c2', before: 'talks', after: 'com' },
      { id: 'c3', before: 'com', after: 'ssc', minGap: gap },
    ],
  };
}

describe('checkSchedule', () => {
  it('narrows the Union State calendar', () => {
    const r = checkSchedule(unionState());
    expect(r.consistent).toBe(true);
    if (!r.consistent) return;
    expect(iso(r.windows.get('com'))).toEqual(['2023-02-18', '2023-02-28']);
    expect(iso(r.windows.get('ssc'))).toEqual(['2023-04-01', '2023-05-31']);
    expect(iso(r.windows.get('call'))).toEqual(['2023-02-05', '2023-02-05']);
    expect(r.windows.size).toBe(4);
    expect([...r.windows.keys()]).toEqual(['call', 'talks', 'com', 'ssc']);
  });

  it('with the Council of Ministers in May, leaves only 1 May and 31 May for a 30-day gap', () => {
    const r = checkSchedule(unionState('2023-05'));
    expect(r.consistent).toBe(true);
    if (!r.consistent) return;
    expect(iso(r.windows.get('com'))).toEqual(['2023-05-01', '2023-05-01']);
    expect(iso(r.windows.get('ssc'))).toEqual(['2023-05-31', '2023-05-31']);
  });

  it('moving the Council of Ministers into mid-May breaks it, and says why', () => {
    const r = checkSchedule(unionState('2023-05-11/2023-05-20'));
    expect(r.consistent).toBe(false);
    if (r.consistent) return;
    expect(r.conflict.constraints).toEqual(['c3']);
    expect(r.conflict.windows.sort()).toEqual(['com', 'ssc']);
    expect(r.conflict.explanation).toBe(
      "The Council of Ministers cannot be held before 11 May 2023 (its window); the Supreme State Council must come at least 30 days after the Council of Ministers, so not before 10 June 2023; but the Supreme State Council's window ends on 31 May 2023.",
    );
  });

  it('with a plain "after", the Council of Ministers may still move into May; into June it may not', () => {
    const may = checkSchedule(unionState('2023-05', 1));
    expect(may.consistent).toBe(true);
    if (may.consistent) expect(iso(may.windows.get('ssc'))).toEqual(['2023-05-02', '2023-05-31']);
    const june = checkSchedule(unionState('2023-06', 1));
    expect(june.consistent).toBe(false);
    if (!june.consistent) expect(june.conflict.explanation).toContain('the Supreme State Council must come after the Council of Ministers, so not before 2 June 2023');
  });

  it('explains a chain through several constraints', () => {
    const input = unionState();
    // The talks move after the Council of Ministers' window.
    const r = checkSchedule({ ...input, engagements: input.engagements.map((e) => (e.id === 'talks' ? engagement('talks', 'the talks in Moscow', '2023-02-28') : e)) });
    expect(r.consistent).toBe(false);
    if (r.consistent) return;
    expect(r.conflict.constraints).toEqual(['c2']);
    expect(r.conflict.explanation).toContain('but the window of the Council of Ministers ends on 28 February 2023');
  });

  it('explains a maximum gap', () => {
    const r = checkSchedule({
      engagements: [engagement('call', 'the telephone call', '2023-03-01'), engagement('visit', 'the visit', '2023-04')],
      constraints: [{ id: 'soon', before: 'call', after: 'visit', maxGap: 10 }],
    });
    expect(r).toMatchObject({ consistent: false, conflict: { constraints: ['soon'] } });
    if (!r.consistent) {
      expect(r.conflict.explanation).toBe(
        "The visit cannot be held before 1 April 2023 (its window); the visit must come within 10 days after the telephone call, so the telephone call cannot be before 22 March 2023; but the telephone call's window ends on 1 March 2023.",
      );
    }
  });

  it('finds a circle of strict constraints', () => {
    const r = checkSchedule({
      engagements: [engagement('a', 'A', 'XXXX'), engagement('b', 'B', 'XXXX'), engagement('c', 'C', 'XXXX')],
      constraints: [
        { id: 'ab', before: 'a', after: 'b' },
        { id: 'bc', before: 'b', after: 'c' },
        { id: 'ca', before: 'c', after: 'a' },
      ],
    });
    expect(r.consistent).toBe(false);
    if (r.consistent) return;
    expect([...r.conflict.constraints].sort()).toEqual(['ab', 'bc', 'ca']);
    expect(r.conflict.windows).toEqual([]);
    expect(r.conflict.explanation).toMatch(/^These constraints cannot all hold: .*Together they would put [ABC] at least 3 days after itself\.$/);
  });

  it('shortens the explanation of a long loop but lists every constraint', () => {
    const n = 40;
    const engagements = Array.from({ length: n }, (_, i) => engagement(`e${i}`, `meeting ${i}`, 'XXXX'));
    const constraints = engagements.map((e, i) => ({ id: `c${i}`, before: e.id, after: `e${(i + 1) % n}` }));
    const r = checkSchedule({ engagements, constraints });
    expect(r.consistent).toBe(false);
    if (r.consistent) return;
    expect(r.conflict.constraints).toHaveLength(n);
    expect(r.conflict.explanation).toContain('and so on through 30 more steps');
    expect(r.conflict.explanation).toContain('at least 40 days after itself');
    expect(r.conflict.explanation.split(';')).toHaveLength(11);
  });

  it('allows "same day or later" when asked, and a maximum gap', () => {
    const engagements = [engagement('a', 'A', '2023-03-01'), engagement('b', 'B', '2023-02/2023-04')];
    const same = checkSchedule({ engagements, constraints: [{ id: 'x', before: 'a', after: 'b', minGap: 0, maxGap: 10 }] });
    expect(same.consistent).toBe(true);
    if (same.consistent) expect(iso(same.windows.get('b'))).toEqual(['2023-03-01', '2023-03-11']);
    const tight = checkSchedule({ engagements, constraints: [{ id: 'x', before: 'b', after: 'a', minGap: 20, maxGap: 28 }] });
    expect(tight.consistent).toBe(true);
    if (tight.consistent) expect(iso(tight.windows.get('b'))).toEqual(['2023-02-01', '2023-02-09']);
  });

  it('reports clashes inside one window or one constraint', () => {
    const bad = checkSchedule({ engagements: [{ id: 'a', label: 'A', earliest: 10, latest: 5 }], constraints: [] });
    expect(bad).toMatchObject({ consistent: false, conflict: { windows: ['a'], constraints: [] } });
    const gaps = checkSchedule({
      engagements: [engagement('a', 'A', 'XXXX'), engagement('b', 'B', 'XXXX')],
      constraints: [{ id: 'x', before: 'a', after: 'b', minGap: 5, maxGap: 3 }],
    });
    expect(gaps).toMatchObject({ consistent: false, conflict: { constraints: ['x'], windows: [] } });
    if (!gaps.consistent) expect(gaps.conflict.explanation).toBe('B must come at least 5 days after A and also within 3 days after it: both cannot hold.');
  });

  it('rejects malformed input', () => {
    const engagements = [engagement('a', 'A', 'XXXX'), engagement('b', 'B', 'XXXX')];
    const run = (constraints: OrderingConstraint[], list = engagements): unknown => checkSchedule({ engagements: list, constraints });
    expect(() => run([{ id: 'x', before: 'a', after: 'a' }])).toThrow(ScheduleInputError);
    expect(() => run([{ id: 'x', before: 'a', after: 'a' }])).toThrow(/against itself/);
    expect(() => run([{ id: 'x', before: 'a', after: 'zz' }])).toThrow(/unknown engagement/);
    expect(() => run([{ id: 'x', before: 'a', after: 'b', minGap: 1.5 }])).toThrow(/whole days/);
    expect(() => run([], [...engagements, engagements[0] as ScheduleEngagement])).toThrow(/twice/);
    expect(() =>
      run([
        { id: 'x', before: 'a', after: 'b' },
        { id: 'x', before: 'b', after: 'a', minGap: -5 },
      ]),
    ).toThrow(/twice/);
  });

  it('leaves unconstrained engagements unbounded', () => {
    const r = checkSchedule({ engagements: [engagement('a', 'A', 'XXXX'), engagement('b', 'B', '../2023-03-31')], constraints: [{ id: 'x', before: 'a', after: 'b' }] });
    expect(r.consistent).toBe(true);
    if (r.consistent) {
      expect(r.windows.get('a')).toEqual({ earliest: null, latest: toEpochDay('2023-03-30') });
      expect(r.windows.get('b')).toEqual({ earliest: null, latest: toEpochDay('2023-03-31') });
    }
  });
});

describe('checkAddedConstraint', () => {
  it('adds the Union State constraints one by one and names the clash', () => {
    const base = unionState('2023-05-11/2023-05-20');
    const first = checkSchedule({ ...base, constraints: base.constraints.slice(0, 2) });
    expect(first.consistent).toBe(true);
    if (!first.consistent) return;
    const added = checkAddedConstraint(first.state, { id: 'c3', before: 'com', after: 'ssc', minGap: 1 });
    expect(added.consistent).toBe(true);
    if (!added.consistent) return;
    expect(iso(added.windows.get('ssc'))).toEqual(['2023-05-12', '2023-05-31']);
    expect(added.changed).toEqual(['ssc']); // the Council of Ministers already ends by 20 May
    const clash = checkAddedConstraint(first.state, { id: 'c3', before: 'com', after: 'ssc', minGap: 30 });
    expect(clash.consistent).toBe(false);
    if (clash.consistent) return;
    expect(clash.conflict.constraints).toEqual(['c3']);
    expect(clash.conflict.explanation).toContain('so not before 10 June 2023');
    // The first state is untouched by either attempt.
    expect(iso(first.windows.get('ssc'))).toEqual(['2023-04-01', '2023-05-31']);
  });
});
