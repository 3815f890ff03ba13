// Synthetic but realistic execution-control data, generated instruction by instruction from a seed,
// so SQLite and PostgreSQL get the same rows and every run measures the same database.
//
// The denormalised columns of `instructions` are filled by the rules the services apply (see
// instructions/service.ts, reports/service.ts, control/service.ts and control/state-sql.ts):
//  - party = the responsible body's party (NULL for joint bodies);
//  - effective_deadline_latest = the newest 'extend' decision's new latest day, else deadline_latest;
//  - accepted_progress = progress of the latest accepted report (submitted_on, reviewed_on, id desc);
//  - fulfilled_on / withdrawn_on = the day of the 'fulfilled' / 'withdraw' decision;
//  - facts_as_of = the newest day those facts depend on: accepted reviews and decisions;
//  - co_parties = the co-executing bodies' parties other than `party`, sorted, space-separated.
// Reports stop at the day an instruction leaves control (the service refuses later ones).
import type { Selectable } from 'kysely';
import { addDays, toEpochDay, toIsoDay, ymdFromEpochDay, endOfMonth } from '../src/domain/days.ts';
import type { ControlDecisionKind } from '../src/domain/execution-state.ts';
import type { ControlDecisionsTable } from '../src/server/features/control/tables.ts';
import { classifyPrecision } from '../src/domain/window.ts';

/** The day the synthetic world was generated: facts hold from then on. */
export const GEN_TODAY = '2026-06-30';
const FIRST_ISSUE = '2016-01-01';

export { seededRandom as random } from '../test/random.ts';

export interface SynthBody {
  id: number;
  party: string | null;
  kind: 'government' | 'ministry' | 'agency' | 'joint_body';
  name: string;
}

export interface InstructionRow {
  id: number;
  title: string;
  text: string;
  topic: string;
  party: string | null;
  responsible_body_id: number;
  issued_on: string;
  parent_id: number | null;
  deadline_earliest: string | null;
  deadline_latest: string | null;
  deadline_precision: string | null;
  deadline_tentative: number | null;
  deadline_text: string | null;
  effective_deadline_latest: string | null;
  accepted_progress: number;
  fulfilled_on: string | null;
  withdrawn_on: string | null;
  facts_as_of: string | null;
  co_parties: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ReportRow {
  id: number;
  instruction_id: number;
  body_id: number;
  text: string;
  progress: number;
  spent: number | null;
  currency: string | null;
  submitted_on: string;
  submitted_at: string;
  review_status: 'pending' | 'accepted' | 'returned';
  reviewed_at: string | null;
  reviewed_on: string | null;
  review_comment: string | null;
}

/** A control decision as the generator writes it: the table's row without the links it leaves empty. */
export type DecisionRow = Omit<Selectable<ControlDecisionsTable>, 'kind' | 'engagement_id' | 'agenda_item_id' | 'decided_by'> & {
  kind: ControlDecisionKind;
};

export interface FinancingRow {
  id: number;
  instruction_id: number;
  party: string | null;
  currency: string;
  planned: number | null;
  allocated: number | null;
  spent: number | null;
}

export interface ExecutorRow {
  instruction_id: number;
  body_id: number;
}

export interface AuthorRow {
  instruction_id: number;
  person_id: number;
}

export interface Batch {
  instructions: InstructionRow[];
  authors: AuthorRow[];
  executors: ExecutorRow[];
  financing: FinancingRow[];
  reports: ReportRow[];
  decisions: DecisionRow[];
}

const TOPICS: readonly [string, number][] = [
  ['import_substitution', 14], ['industry', 14], ['energy', 12], ['single_market', 10], ['economy', 8], ['trade', 8],
  ['agriculture', 7], ['transport', 6], ['security', 5], ['defence', 4], ['finance', 4], ['technology', 4], ['science', 2], ['education', 2],
];
const VERBS = ['Ensure', 'Prepare and submit', 'Work out', 'Complete', 'Agree', 'Organise', 'Launch', 'Draft', 'Harmonise', 'Bring into force'];
const OBJECTS: Record<string, readonly string[]> = {
  import_substitution: ['joint production of machine-tool components', 'substitution of imported microelectronics', 'localisation of aviation component supply', 'a register of critical imported parts'],
  industry: ['the union programme for machine tools', 'serial production of electronic components', 'cooperation in heavy truck manufacturing', 'a joint engineering centre'],
  energy: ['the unified gas market rules', 'gas price formation for 2025–2026', 'the oil and oil-products balance', 'unified electricity market rules'],
  single_market: ['harmonised indirect tax administration', 'a unified customs tariff regulation', 'mutual recognition of technical regulations', 'common rules for public procurement'],
  economy: ['the macroeconomic policy guidelines', 'a common industrial policy', 'the payment infrastructure plan'],
  trade: ['the trade balance report', 'removal of barriers in mutual trade', 'export credit support'],
  agriculture: ['a common agrarian policy', 'the food security balance', 'veterinary and phytosanitary control rules'],
  transport: ['the unified transport policy', 'through tariffs for rail freight', 'road transit permits without quotas'],
  security: ['the common security concept', 'border cooperation measures', 'information security rules'],
  defence: ['the joint regional group of forces plan', 'military-technical cooperation orders', 'air defence integration'],
  finance: ['harmonised banking supervision', 'a mutual settlement mechanism', 'the union budget draft'],
  technology: ['a joint programme in microelectronics', 'the supercomputer programme', 'space component supply'],
  science: ['joint research programmes', 'the union science council plan'],
  education: ['mutual recognition of diplomas', 'joint training of engineers'],
};
const QUALIFIERS = ['under the Union State programme', 'as agreed by the Supreme State Council', 'with the co-executors named', 'and report to the Standing Committee', 'within the approved financing', 'in line with the 28 union programmes'];
const REPORT_TEXTS = ['Draft agreed with the co-executors; submitted for approval.', 'Financing allocated; contracts signed with suppliers.', 'Working group met; a timetable was agreed.', 'Pilot production started; first batch delivered.', 'Regulation approved by the government; in force.', 'Consultations held; the remaining issues are listed.'];

function pickWeighted<T>(rng: () => number, items: readonly [T, number][], total: number): T {
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}
const TOPIC_TOTAL = TOPICS.reduce((s, [, w]) => s + w, 0);

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

interface Window {
  earliest: string | null;
  latest: string;
  precision: string;
  text: string;
}

/** A deadline shaped as readouts give them: a day, a month, a quarter, a half, a year, "by <day>". */
function deadlineAround(rng: () => number, day: number): Window {
  const { year, month } = ymdFromEpochDay(day);
  const r = rng();
  let e: number | null;
  let l: number;
  if (r < 0.3) {
    e = day;
    l = day;
  } else if (r < 0.62) {
    e = toEpochDay(`${year}-${String(month).padStart(2, '0')}-01`);
    l = endOfMonth(year, month);
  } else if (r < 0.74) {
    const q = Math.floor((month - 1) / 3);
    e = toEpochDay(`${year}-${String(q * 3 + 1).padStart(2, '0')}-01`);
    l = endOfMonth(year, q * 3 + 3);
  } else if (r < 0.8) {
    const h = month <= 6 ? 1 : 7;
    e = toEpochDay(`${year}-${String(h).padStart(2, '0')}-01`);
    l = endOfMonth(year, h + 5);
  } else if (r < 0.92) {
    e = toEpochDay(`${year}-01-01`);
    l = endOfMonth(year, 12);
  } else {
    e = null;
    l = day;
  }
  const latest = toIsoDay(l);
  const precision = classifyPrecision(e, l);
  const text = precision === 'year' ? `by the end of ${year}` : precision === 'relative' ? `by ${latest}` : precision === 'day' ? `by ${latest}` : `in ${latest.slice(0, 7)}`;
  return { earliest: e === null ? null : toIsoDay(e), latest, precision, text };
}

export interface SynthOptions {
  bodies: readonly SynthBody[];
  /** the people who give instructions (the two presidents): one or both author most instructions */
  authorIds: readonly number[];
  seed?: number;
}

/**
 * Instructions `from`..`to` (1-based ids) with their executors, financing, reports (about five per
 * instruction) and decisions. Report, decision and financing ids continue from `counters`.
 */
export function generateBatch(rng: () => number, opts: SynthOptions, from: number, to: number, counters: { report: number; decision: number; financing: number }): Batch {
  const batch: Batch = { instructions: [], authors: [], executors: [], financing: [], reports: [], decisions: [] };
  const bodies = opts.bodies;
  const ministries = bodies.filter((b) => b.kind === 'ministry' || b.kind === 'agency');
  const firstDay = toEpochDay(FIRST_ISSUE);
  const today = toEpochDay(GEN_TODAY);
  const span = today - firstDay;
  for (let id = from; id <= to; id += 1) {
    // more instructions in recent years: sqrt skews towards today
    const issued = firstDay + Math.floor(Math.sqrt(rng()) * span);
    const issuedOn = toIsoDay(issued);
    const topic = pickWeighted(rng, TOPICS, TOPIC_TOTAL);
    const body = rng() < 0.85 ? pick(rng, ministries) : pick(rng, bodies);
    const hasDeadline = rng() < 0.93;
    const deadline = hasDeadline ? deadlineAround(rng, issued + 30 + Math.floor(rng() * 700)) : null;
    const tentative = deadline !== null && rng() < 0.05 ? 1 : 0;
    // mutated by the closures below, so kept in one object (TypeScript does not narrow across calls)
    const facts: { effectiveLatest: string | null; asOf: string | null } = { effectiveLatest: deadline?.latest ?? null, asOf: null };
    const bump = (day: string) => {
      if (facts.asOf === null || facts.asOf < day) facts.asOf = day;
    };

    // decisions before reports: they bound when reports stop
    const decisions: DecisionRow[] = [];
    const current: { earliest: string | null; latest: string | null; precision: string | null; tentative: number | null; text: string | null } = deadline
      ? { earliest: deadline.earliest, latest: deadline.latest, precision: deadline.precision, tentative, text: deadline.text }
      : { earliest: null, latest: null, precision: null, tentative: null, text: null };
    let lastDecided = issued;
    // decisions are recorded in order (control/service.ts refuses one dated before the newest)
    const decide = (kind: DecisionRow['kind'], wanted: number, reason: string | null, next?: Window): number => {
      const day = Math.min(today, Math.max(wanted, lastDecided));
      lastDecided = day;
      counters.decision += 1;
      const decidedOn = toIsoDay(day);
      decisions.push({
        id: counters.decision,
        instruction_id: id,
        kind,
        decided_on: decidedOn,
        reason,
        new_deadline_earliest: next ? next.earliest : null,
        new_deadline_latest: next ? next.latest : null,
        new_deadline_precision: next ? next.precision : null,
        new_deadline_tentative: next ? 0 : null,
        new_deadline_text: next ? next.text : null,
        previous_deadline_earliest: next ? current.earliest : null,
        previous_deadline_latest: next ? current.latest : null,
        previous_deadline_precision: next ? current.precision : null,
        previous_deadline_tentative: next ? current.tentative : null,
        previous_deadline_text: next ? current.text : null,
        created_at: `${decidedOn}T12:00:00.000Z`,
      });
      if (next) {
        Object.assign(current, { earliest: next.earliest, latest: next.latest, precision: next.precision, tentative: 0, text: next.text });
        facts.effectiveLatest = next.latest;
        // only extensions and accepted reviews move facts_as_of (fulfilled_on / withdrawn_on are compared with `at` directly)
        bump(decidedOn);
      }
      return day;
    };
    if (deadline && rng() < 0.15) {
      const originalLatest = toEpochDay(deadline.latest);
      const day = Math.max(issued, originalLatest - Math.floor(rng() * 30));
      if (day <= today) decide('extend', day, 'the co-executors asked for more time', deadlineAround(rng, originalLatest + 90 + Math.floor(rng() * 270)));
    }
    if (rng() < 0.06) decide(rng() < 0.5 ? 'keep' : 'escalate', Math.min(today, issued + 60 + Math.floor(rng() * 300)), 'kept on control');
    let closedOn: number | null = null;
    const latestDay = facts.effectiveLatest === null ? null : toEpochDay(facts.effectiveLatest);
    if (rng() < 0.03) {
      closedOn = Math.min(today, issued + 20 + Math.floor(rng() * 400));
    }
    // how far the work got: most finish near the deadline, some lag
    const willFinish = latestDay !== null && rng() < 0.8;
    const finishDay = willFinish && latestDay !== null ? latestDay - 40 + Math.floor(rng() * 80) : null;

    // reports: 0..10, spread from issue to the earlier of today, closure and the deadline plus a season
    const reports: ReportRow[] = [];
    const n = Math.floor(rng() * 11);
    const endDay = Math.min(today, closedOn ?? Infinity, (finishDay ?? latestDay ?? issued + 700) + 10);
    let accepted: { progress: number; submitted: string; reviewed: string; id: number } | null = null;
    if (endDay > issued) {
      for (let k = 1; k <= n; k += 1) {
        const submitted = issued + Math.floor(((endDay - issued) * k) / n);
        const submittedOn = toIsoDay(submitted);
        const target = finishDay !== null && submitted >= finishDay ? 100 : Math.min(95, Math.floor((100 * k) / (n + 1)) + Math.floor(rng() * 10));
        const r = rng();
        const reviewDay = submitted + 1 + Math.floor(rng() * 20);
        // the newest report is often still waiting; an old last report was reviewed long ago
        const pending = reviewDay > today || (k === n && r < 0.3 && submitted > today - 90);
        const returned = !pending && k < n && r > 0.85;
        counters.report += 1;
        const reviewedOn = pending ? null : toIsoDay(reviewDay);
        const report: ReportRow = {
          id: counters.report,
          instruction_id: id,
          body_id: body.id,
          text: pick(rng, REPORT_TEXTS),
          progress: target,
          spent: rng() < 0.3 ? Math.floor(rng() * 5_000_000) * 100 : null,
          currency: null,
          submitted_on: submittedOn,
          submitted_at: `${submittedOn}T10:00:00.000Z`,
          review_status: pending ? 'pending' : returned ? 'returned' : 'accepted',
          reviewed_at: reviewedOn === null ? null : `${reviewedOn}T15:00:00.000Z`,
          reviewed_on: reviewedOn,
          review_comment: returned ? 'Figures do not match the financing lines; please resubmit.' : null,
        };
        if (report.spent !== null) report.currency = body.party === 'BY' ? 'BYN' : 'RUB';
        reports.push(report);
        if (report.review_status === 'accepted' && reviewedOn !== null) {
          // the latest accepted report counts: later submitted, then later reviewed, then later id
          if (accepted === null || submittedOn > accepted.submitted || (submittedOn === accepted.submitted && reviewedOn >= accepted.reviewed)) {
            accepted = { progress: target, submitted: submittedOn, reviewed: reviewedOn, id: report.id };
          }
          bump(reviewedOn);
        }
      }
    }
    // closure: withdrawn (rare), or removed from control once a 100% report was accepted
    let fulfilledOn: string | null = null;
    let withdrawnOn: string | null = null;
    if (closedOn !== null) {
      withdrawnOn = toIsoDay(decide('withdraw', closedOn, 'superseded by a later instruction'));
    } else if (accepted !== null && accepted.progress === 100) {
      const day = toEpochDay(accepted.reviewed) + Math.floor(rng() * 40);
      if (day <= today && rng() < 0.9) fulfilledOn = toIsoDay(decide('fulfilled', day, 'executed in full'));
    }
    if (fulfilledOn !== null) {
      const closed = fulfilledOn;
      // no reports after removal from control (the service refuses them)
      for (let k = reports.length - 1; k >= 0 && reports[k]!.submitted_on > closed; k -= 1) reports.pop();
    }

    const title = `${pick(rng, VERBS)} ${pick(rng, OBJECTS[topic] ?? OBJECTS.economy!)}`;
    const createdAt = `${issuedOn}T09:00:00.000Z`;
    batch.instructions.push({
      id,
      title,
      text: `${title} ${pick(rng, QUALIFIERS)}; instruction ${id} of the synthetic control register, issued ${issuedOn}${deadline ? `, due ${deadline.text}` : ''}.`,
      topic,
      party: body.party,
      responsible_body_id: body.id,
      issued_on: issuedOn,
      parent_id: id > 100 && rng() < 0.05 ? id - 1 - Math.floor(rng() * 50) : null,
      deadline_earliest: deadline?.earliest ?? null,
      deadline_latest: deadline?.latest ?? null,
      deadline_precision: deadline?.precision ?? null,
      deadline_tentative: deadline ? tentative : null,
      deadline_text: deadline?.text ?? null,
      effective_deadline_latest: facts.effectiveLatest,
      accepted_progress: accepted?.progress ?? 0,
      fulfilled_on: fulfilledOn,
      withdrawn_on: withdrawnOn,
      facts_as_of: facts.asOf,
      co_parties: null, // set below, once the co-executors are drawn
      version: 1 + decisions.length + reports.length,
      created_at: createdAt,
      updated_at: facts.asOf === null ? createdAt : `${facts.asOf}T15:00:00.000Z`,
    });
    batch.reports.push(...reports);
    batch.decisions.push(...decisions);
    const a = rng();
    for (const [k, person] of opts.authorIds.entries()) if (a < 0.6 ? k === (id % opts.authorIds.length) : a < 0.8) batch.authors.push({ instruction_id: id, person_id: person });
    const coExecutors = Math.floor(rng() * rng() * 4);
    const seen = new Set<number>([body.id]);
    const coParties = new Set<string>();
    for (let c = 0; c < coExecutors; c += 1) {
      const m = pick(rng, ministries);
      const b = m.id;
      if (!seen.has(b)) {
        seen.add(b);
        batch.executors.push({ instruction_id: id, body_id: b });
        if (m.party !== null && m.party !== body.party) coParties.add(m.party);
      }
    }
    // co_parties = the co-executors' parties other than the responsible one (control/co-parties.ts)
    batch.instructions[batch.instructions.length - 1]!.co_parties = coParties.size === 0 ? null : [...coParties].sort().join(' ');
    if (rng() < 0.3) {
      const lines = body.party === null ? ['BY', 'RU'] : [body.party];
      for (const party of lines) {
        const planned = Math.floor(rng() * 20_000_000) * 100;
        const allocated = rng() < 0.8 ? Math.floor(planned * (0.5 + rng() / 2)) : null;
        counters.financing += 1;
        batch.financing.push({ id: counters.financing, instruction_id: id, party, currency: party === 'BY' ? 'BYN' : 'RUB', planned, allocated, spent: allocated === null ? null : Math.floor(allocated * rng()) });
      }
    }
  }
  return batch;
}

/** The days the benchmarks ask about: the generation day (facts fresh) and a past day (facts recomputed). */
export const AT_TODAY = GEN_TODAY;
export const AT_PAST = addDays(GEN_TODAY, -548);
