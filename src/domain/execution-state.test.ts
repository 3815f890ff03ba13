import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, toIsoDay } from './days.ts';
import { AT_RISK_DAYS, aggregateExecutionFacts, executionState, stateFromFacts } from './execution-state.ts';
import type { ControlDecisionFact, ExecutionInput, ReportFact } from './execution-state.ts';
import { parseEdtf } from './edtf.ts';
import type { TimeWindow } from './window.ts';

function edtf(s: string): TimeWindow {
  const r = parseEdtf(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.window;
}

// Issued at the talks of 17 February 2023, due by the end of June 2023.
function build(overrides: Partial<ExecutionInput> = {}): ExecutionInput {
  return { issuedOn: '2023-02-17', deadline: edtf('2023-06'), decisions: [], reports: [], at: '2023-03-01', ...overrides };
}

const accepted = (submittedOn: string, progress: number, reviewedOn = submittedOn): ReportFact => ({
  submittedOn,
  progress,
  review: { status: 'accepted', reviewedOn },
});

describe('executionState', () => {
  it('is on track early, at risk when near and behind, overdue after the deadline', () => {
    expect(executionState(build())).toBe('on_track');
    expect(executionState(build({ at: '2023-05-30' }))).toBe('on_track'); // 31 days out is not yet near
    expect(executionState(build({ at: '2023-05-31' }))).toBe('at_risk'); // 30 days out is
    expect(executionState(build({ at: '2023-06-30' }))).toBe('at_risk');
    expect(executionState(build({ at: '2023-07-01' }))).toBe('overdue');
  });

  it('counts only accepted reviews made by `at`, the latest by submission', () => {
    const reports = [accepted('2023-05-20', 95, '2023-06-10'), { submittedOn: '2023-06-01', progress: 100, review: { status: 'returned', reviewedOn: '2023-06-02' } } as const];
    expect(executionState(build({ at: '2023-06-05', reports }))).toBe('at_risk'); // not reviewed yet
    expect(executionState(build({ at: '2023-06-10', reports }))).toBe('on_track'); // 95% >= line at ~91%
    expect(executionState(build({ at: '2023-06-25', reports }))).toBe('at_risk'); // line passed 95%
    const later = [accepted('2023-06-20', 40), accepted('2023-06-01', 99)];
    expect(aggregateExecutionFacts(build({ at: '2023-06-25', reports: later })).acceptedProgress).toBe(40);
  });

  it('stays overdue with a full report until a controller fulfils it', () => {
    const reports = [accepted('2023-06-15', 100)];
    expect(executionState(build({ at: '2023-06-20', reports }))).toBe('on_track');
    expect(executionState(build({ at: '2023-07-02', reports }))).toBe('overdue');
    const decisions: ControlDecisionFact[] = [{ kind: 'fulfilled', decidedOn: '2023-07-05' }];
    expect(executionState(build({ at: '2023-07-04', reports, decisions }))).toBe('overdue');
    expect(executionState(build({ at: '2023-07-05', reports, decisions }))).toBe('fulfilled');
  });

  it('follows the newest extension in force at `at`', () => {
    const decisions: ControlDecisionFact[] = [
      { kind: 'extend', decidedOn: '2023-07-10', newDeadline: edtf('2023-12') },
      { kind: 'keep', decidedOn: '2023-08-01' },
      { kind: 'extend', decidedOn: '2023-09-01', newDeadline: edtf('2023-09') },
      { kind: 'escalate', decidedOn: '2023-10-02' },
    ];
    expect(executionState(build({ at: '2023-07-09', decisions }))).toBe('overdue');
    expect(executionState(build({ at: '2023-07-10', decisions }))).toBe('on_track');
    expect(executionState(build({ at: '2023-09-05', decisions }))).toBe('at_risk');
    expect(executionState(build({ at: '2023-10-02', decisions }))).toBe('overdue');
  });

  it('withdrawal wins, and no deadline means on track', () => {
    const decisions: ControlDecisionFact[] = [
      { kind: 'fulfilled', decidedOn: '2023-03-01' },
      { kind: 'withdraw', decidedOn: '2023-03-05' },
    ];
    expect(executionState(build({ at: '2023-03-02', decisions }))).toBe('fulfilled');
    expect(executionState(build({ at: '2023-03-05', decisions }))).toBe('withdrawn');
    expect(executionState(build({ deadline: null, at: '2030-01-01' }))).toBe('on_track');
    expect(executionState(build({ deadline: edtf('2023-03-01/..'), at: '2030-01-01' }))).toBe('on_track');
    expect(executionState(build({ deadline: edtf('../2023-03-31'), at: '2023-04-01' }))).toBe('overdue');
  });

  it('treats a deadline on the day of issue as already at 100%', () => {
    expect(executionState(build({ deadline: edtf('2023-02-17'), at: '2023-02-17' }))).toBe('at_risk');
    expect(executionState(build({ deadline: edtf('2023-02-17'), at: '2023-02-17', reports: [accepted('2023-02-17', 100)] }))).toBe('on_track');
  });

  it('the straight line is exact at its ends', () => {
    const facts = { issuedOn: '2023-01-01', effectiveDeadlineLatest: '2023-01-31', acceptedProgress: 50, fulfilledOn: null, withdrawnOn: null };
    expect(stateFromFacts(facts, '2023-01-16')).toBe('on_track'); // 50 * 30 = 100 * 15
    expect(stateFromFacts(facts, '2023-01-17')).toBe('at_risk');
    expect(stateFromFacts({ ...facts, fulfilledOn: '2023-02-01' }, '2023-01-31')).toBe('at_risk'); // future decisions do not count
  });

  it('never looks at anything after `at`', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2023-01-01', n));
    const decision = fc.record({
      kind: fc.constantFrom('keep', 'extend', 'fulfilled', 'withdraw', 'escalate' as const),
      decidedOn: day,
      newDeadline: fc.option(day.map((d) => edtf(d))),
    });
    const report = fc.record({
      submittedOn: day,
      progress: fc.integer({ min: 0, max: 100 }),
      review: fc.option(fc.record({ status: fc.constantFrom('accepted' as const, 'returned' as const), reviewedOn: day })),
    });
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 5 }), fc.array(report, { maxLength: 5 }), day, (decisions, reports, at) => {
        const input = build({ issuedOn: '2023-01-01', decisions, reports, at });
        const visible = build({
          issuedOn: '2023-01-01',
          at,
          decisions: decisions.filter((d) => d.decidedOn <= at),
          reports: reports.filter((r) => r.review !== null && r.review.reviewedOn <= at && r.submittedOn <= at),
        });
        expect(executionState(input)).toBe(executionState(visible));
      }),
    );
    expect(AT_RISK_DAYS).toBe(30);
    expect(toIsoDay(0)).toBe('1970-01-01');
  });
});
