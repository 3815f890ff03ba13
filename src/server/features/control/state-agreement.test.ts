// The execution state is written twice: the domain rule (single records) and the SQL CASE (lists and
// summaries). This test builds a seeded random history of instructions through the services (reports,
// reviews, extensions, closures, back-dated like paper records) and checks that both give the same
// state for every instruction at many days, before, during and after the history, on both dialects.
// The control summary (counts by party × topic × state, compliance, the overdue and at-risk lists),
// which counts in SQL over the stored or recomputed facts and the denormalised co-executing parties,
// is checked against the same states scored by the domain, with and without a party filter, and again
// after a body changes party and an instruction's co-executors change.
import { expect, it } from 'vitest';
import { complianceByParty, type ComplianceRow } from '../../../domain/compliance.ts';
import { addDays } from '../../../domain/days.ts';
import { aggregateExecutionFacts, EXECUTION_STATES, stateFromFacts, type ExecutionInput, type ExecutionState } from '../../../domain/execution-state.ts';
import { createBody, createDecision, createInstruction, createReport, review } from '../../../../test/factories.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import * as instructionsRepo from '../instructions/repository.ts';
import { TOPICS } from '../instructions/schemas.ts';
import { updateInstruction } from '../instructions/service.ts';
import { updateBody } from '../registry/service.ts';
import type { Body } from '../registry/repository.ts';
import * as reportsRepo from '../reports/repository.ts';
import * as controlRepo from './repository.ts';
import { listInState } from './summary-repository.ts';
import { controlSummary } from './summary.ts';
import { seededRandom } from '../../../../test/random.ts';


const noon = (day: string) => new Date(`${day}T12:00:00Z`);

describeEachDialect('execution state: SQL CASE = domain rule', (getDb) => {
  it('agrees on a generated history at many days', { timeout: 120_000 }, async () => {
    const db = getDb().kysely;
    const random = seededRandom(20230205);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const bodies: Body[] = [
      await createBody(db, { party: 'BY' }),
      await createBody(db, { party: 'BY' }),
      await createBody(db, { party: 'RU' }),
      await createBody(db, { party: 'RU' }),
      await createBody(db, { party: 'KZ' }),
      await createBody(db, { kind: 'joint_body' }),
    ];
    const topics = TOPICS.slice(0, 3);
    const ids: number[] = [];
    const interesting = new Set<string>();
    for (let n = 0; n < 60; n += 1) {
      const body = pick(bodies);
      const executorBodyIds = bodies.filter(() => random() < 0.25).map((b) => b.id);
      const issuedOn = addDays('2023-01-01', int(0, 200));
      const shape = random();
      const span = int(-5, 120);
      const deadline =
        shape < 0.1 ? null : shape < 0.2 ? { earliest: addDays(issuedOn, 10), latest: null } : { earliest: issuedOn, latest: addDays(issuedOn, Math.max(0, span)) };
      const ins = await createInstruction(db, { responsibleBodyId: body.id, issuedOn, deadline, topic: pick(topics), executorBodyIds }, noon(issuedOn));
      ids.push(ins.id);
      let day = issuedOn;
      const pending: number[] = [];
      for (let step = 0; step < int(0, 8); step += 1) {
        day = addDays(day, int(0, 25));
        interesting.add(day);
        const what = random();
        if (what < 0.35) {
          pending.push((await createReport(db, ins.id, { progress: pick([0, 10, 40, 75, 99, 100]), submittedOn: day }, noon(day))).id);
        } else if (what < 0.65 && pending.length > 0) {
          const id = pending.splice(int(0, pending.length - 1), 1)[0] as number;
          await review(db, id, random() < 0.75 ? { status: 'accepted', reviewedOn: day } : { status: 'returned', comment: 'Give figures.', reviewedOn: day }, noon(day));
        } else if (what < 0.85) {
          await createDecision(db, ins.id, { kind: 'extend', decidedOn: day, reason: 'Talks continue.', deadline: { earliest: null, latest: addDays(day, int(-10, 90)) } }, noon(day));
        } else if (what < 0.92) {
          await createDecision(db, ins.id, { kind: pick(['keep', 'escalate'] as const), decidedOn: day }, noon(day));
        } else {
          await createDecision(db, ins.id, { kind: random() < 0.6 ? 'fulfilled' : 'withdraw', decidedOn: day, reason: 'Done or moot.' }, noon(day));
          break;
        }
      }
    }
    const days = new Set<string>();
    for (let k = 0; k < 40; k += 1) days.add(addDays('2022-12-15', int(0, 800)));
    const marks = [...interesting];
    for (let k = 0; k < 40; k += 1) {
      const d = pick(marks);
      days.add(d);
      days.add(addDays(d, -1));
      days.add(addDays(d, 30));
    }
    let compared = 0;
    const seen = new Set<ExecutionState>();
    const summaryDays = new Set([...days].filter((_, k) => k % 4 === 0));
    const check = async (at: string) => {
      const rows = await instructionsRepo.listInstructions(db, { at, limit: 500 });
      expect(rows).toHaveLength(ids.length);
      // the summary's lists (index-assisted, two queries) pick the same instructions as the CASE
      for (const state of ['overdue', 'at_risk'] as const) {
        const listed = (await listInState(db, at, state, 500)).map((r) => r.id).sort((a, b) => a - b);
        expect(listed, `${state} at ${at}`).toEqual(rows.filter((r) => r.state === state && r.issuedOn <= at).map((r) => r.id).sort((a, b) => a - b));
      }
      const expected = new Map<number, { state: ExecutionState; progress: number; latest: string | null }>();
      for (const row of rows) {
        const [reports, decisions] = await Promise.all([reportsRepo.listReports(db, row.id), controlRepo.listDecisions(db, row.id)]);
        const input: ExecutionInput = {
          issuedOn: row.issuedOn,
          deadline: row.deadline,
          at,
          decisions: decisions.map((d) => ({ kind: d.kind, decidedOn: d.decidedOn, newDeadline: d.newDeadline })),
          reports: reports.map((r) => ({ submittedOn: r.submittedOn, progress: r.progress, review: r.reviewStatus === 'pending' || r.reviewedOn === null ? null : { status: r.reviewStatus, reviewedOn: r.reviewedOn } })),
        };
        const facts = aggregateExecutionFacts(input);
        const state = stateFromFacts(facts, at);
        expect(row.state, `instruction ${row.id} at ${at}`).toBe(state);
        expected.set(row.id, { state, progress: facts.acceptedProgress, latest: facts.effectiveDeadlineLatest });
        seen.add(state);
        compared += 1;
      }
      if (!summaryDays.has(at)) return;
      // the summary, from the states above: counts by responsible party, compliance per (instruction, party)
      const parts = await instructionsRepo.loadParts(db, ids);
      const partyOf = new Map((await Promise.all(bodies.map(async (b) => [b.id, (await db.selectFrom('bodies').select('party').where('id', '=', b.id).executeTakeFirstOrThrow()).party] as const))));
      for (const filter of [undefined, 'RU', 'KZ']) {
        const totals = Object.fromEntries(EXECUTION_STATES.map((st) => [st, 0]));
        const counts = new Map<string, number>();
        const compliance: ComplianceRow[] = [];
        for (const row of rows.filter((r) => r.issuedOn <= at)) {
          const e = expected.get(row.id)!;
          if (filter === undefined || row.party === filter) {
            totals[e.state]! += 1;
            const key = `${row.party ?? ''}|${row.topic}|${e.state}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          const coParties = new Set((parts.get(row.id)?.executorBodyIds ?? []).map((b) => partyOf.get(b) ?? null).filter((p): p is string => p !== null && p !== row.party));
          for (const p of [row.party, ...coParties]) {
            if (p !== null && (filter === undefined || p === filter)) compliance.push({ party: p, topic: row.topic, state: e.state, acceptedProgress: e.progress });
          }
        }
        const summary = await controlSummary(db, SYSTEM_ACTOR, { at, limit: 500, ...(filter !== undefined && { party: filter }) });
        expect(summary.totals, `totals at ${at} (${filter ?? 'all'})`).toEqual(totals);
        expect(new Map(summary.counts.map((c) => [`${c.party ?? ''}|${c.topic}|${c.state}`, c.count])), `counts at ${at}`).toEqual(counts);
        expect(summary.compliance, `compliance at ${at} (${filter ?? 'all'})`).toEqual(complianceByParty(compliance));
        const inState = (state: ExecutionState) =>
          rows
            .filter((r) => r.state === state && r.issuedOn <= at && (filter === undefined || r.party === filter))
            .map((r) => r.id)
            .sort((a, b) => a - b);
        const byDeadline = (items: readonly { id: number; deadlineLatest: string }[]) => [...items].sort((a, b) => (a.deadlineLatest < b.deadlineLatest ? -1 : a.deadlineLatest > b.deadlineLatest ? 1 : a.id - b.id));
        for (const [state, items] of [['overdue', summary.overdue], ['at_risk', summary.atRisk]] as const) {
          expect(items.map((i) => i.id).sort((a, b) => a - b), `summary ${state} at ${at} (${filter ?? 'all'})`).toEqual(inState(state));
          expect(items, `summary ${state} order at ${at}`).toEqual(byDeadline(items));
        }
        for (const item of [...summary.overdue, ...summary.atRisk]) {
          const e = expected.get(item.id)!;
          expect([item.deadlineLatest, item.acceptedProgress], `list item ${item.id} at ${at}`).toEqual([e.latest, e.progress]);
          if (filter !== undefined) expect(item.party).toBe(filter);
        }
      }
    };
    for (const at of days) await check(at);
    expect(compared).toBeGreaterThan(5000);
    // the generated history must exercise every state, or the test proves little
    expect([...seen].sort()).toEqual(['at_risk', 'fulfilled', 'on_track', 'overdue', 'withdrawn']);

    // the denormalised co-executing parties follow a body's change of party and new co-executors
    const ru = bodies[2]!;
    await updateBody(db, SYSTEM_ACTOR, { id: ru.id, expectedVersion: ru.version, patch: { party: 'KZ' } });
    for (const id of ids.slice(0, 10)) {
      const current = await instructionsRepo.findInstruction(db, id);
      await updateInstruction(db, SYSTEM_ACTOR, { id, expectedVersion: current!.version, patch: { executorBodyIds: bodies.filter(() => random() < 0.4).map((b) => b.id) } });
    }
    for (const at of [...summaryDays].slice(0, 4)) await check(at);
  });
});
