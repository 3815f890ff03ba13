// Benchmark of the engagement schedule (src/domain/schedule): a full check
// of 10,000 engagements and 30,000 ordering constraints, and single added
// constraints on that network. Run: npm run bench:schedule
// Writes the figures to bench/README-schedule.md.
//
// The network is random but shaped like the real thing: every engagement
// has a hidden true day over ten years; its window is what a readout would
// give (a day, a month, a few months, a quarter, a year, or nothing); the
// constraints order engagements that are close in time, with gaps the true
// days satisfy, so the network is consistent by construction. The
// inconsistent variant adds one constraint that contradicts the windows.

import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { endOfMonth, toEpochDay, ymdFromEpochDay } from '../src/domain/days.ts';
import { checkSchedule } from '../src/domain/schedule/check.ts';
import { checkAddedConstraint } from '../src/domain/schedule/incremental.ts';
import type { OrderingConstraint, ScheduleEngagement, ScheduleInput } from '../src/domain/schedule/types.ts';
import { seededRandom } from '../test/random.ts';

const ENGAGEMENTS = 10_000;
const CONSTRAINTS = 30_000;
const FULL_REPEATS = 9;
const ADDITIONS = 500;


interface Generated {
  input: ScheduleInput;
  /** hidden true day per engagement, sorted ascending by index */
  truth: number[];
}

function windowAround(day: number, r: () => number): { earliest: number | null; latest: number | null } {
  const { year, month } = ymdFromEpochDay(day);
  const roll = r();
  if (roll < 0.3) return { earliest: day, latest: day };
  if (roll < 0.6) return { earliest: toEpochDay(`${year}-${String(month).padStart(2, '0')}-01`), latest: endOfMonth(year, month) };
  if (roll < 0.75) {
    const before = Math.floor(r() * 45);
    return { earliest: day - before, latest: day + Math.floor(r() * 60) };
  }
  if (roll < 0.85) {
    const q = Math.floor((month - 1) / 3);
    return { earliest: toEpochDay(`${year}-${String(q * 3 + 1).padStart(2, '0')}-01`), latest: endOfMonth(year, q * 3 + 3) };
  }
  if (roll < 0.9) return { earliest: toEpochDay(`${year}-01-01`), latest: toEpochDay(`${year}-12-31`) };
  if (roll < 0.95) return { earliest: day - Math.floor(r() * 20), latest: null }; // "not before"
  return { earliest: null, latest: null };
}

function constraintBetween(id: string, a: number, b: number, truth: readonly number[], r: () => number): OrderingConstraint {
  const [x, y] = (truth[a] as number) <= (truth[b] as number) ? [a, b] : [b, a];
  const span = (truth[y] as number) - (truth[x] as number);
  const minGap = span === 0 ? 0 : 1 + Math.floor(r() * Math.min(span, 60));
  const c: OrderingConstraint = { id, before: `e${x}`, after: `e${y}`, minGap };
  if (r() < 0.2) c.maxGap = span + Math.floor(r() * 30);
  return c;
}

function nearbyPair(r: () => number): [number, number] {
  const a = Math.floor(r() * (ENGAGEMENTS - 1));
  const b = Math.min(ENGAGEMENTS - 1, a + 1 + Math.floor(r() * 40));
  return [a, b];
}

function generate(seed: number): Generated {
  const r = seededRandom(seed);
  const start = toEpochDay('2020-01-01');
  const truth = Array.from({ length: ENGAGEMENTS }, () => start + Math.floor(r() * 3650)).sort((a, b) => a - b);
  const engagements: ScheduleEngagement[] = truth.map((day, i) => ({ id: `e${i}`, label: `engagement ${i}`, ...windowAround(day, r) }));
  const constraints: OrderingConstraint[] = [];
  for (let k = 0; k < CONSTRAINTS; k++) {
    const [a, b] = nearbyPair(r);
    constraints.push(constraintBetween(`c${k}`, a, b, truth, r));
  }
  return { input: { engagements, constraints }, truth };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] as number;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const { input, truth } = generate(20230217);

// Inconsistent variant: e(late) must come before e(early), whose windows are fixed days far apart.
const fixed = input.engagements.map((e, i) => ({ e, i })).filter(({ e }) => e.earliest !== null && e.earliest === e.latest);
const early = fixed[Math.floor(fixed.length * 0.3)] as { e: ScheduleEngagement; i: number };
const late = fixed[Math.floor(fixed.length * 0.7)] as { e: ScheduleEngagement; i: number };
const clash: OrderingConstraint = { id: 'clash', before: late.e.id, after: early.e.id };
const inconsistent: ScheduleInput = { engagements: input.engagements, constraints: [...input.constraints, clash] };

// Second variant: close the longest chain of constraints into a loop (a clash
// far from any window). Constraints always run from lower to higher index, so
// the longest chain is a dynamic programme from the end.
const successors: number[][] = Array.from({ length: ENGAGEMENTS }, () => []);
for (const c of input.constraints) successors[Number(c.before.slice(1))]?.push(Number(c.after.slice(1)));
const longest = new Int32Array(ENGAGEMENTS);
const nextOnChain = new Int32Array(ENGAGEMENTS).fill(-1);
for (let i = ENGAGEMENTS - 1; i >= 0; i--) {
  for (const j of successors[i] ?? []) {
    if ((longest[j] as number) + 1 > (longest[i] as number)) {
      longest[i] = (longest[j] as number) + 1;
      nextOnChain[i] = j;
    }
  }
}
let head = 0;
for (let i = 0; i < ENGAGEMENTS; i++) if ((longest[i] as number) > (longest[head] as number)) head = i;
const chain = [`e${head}`];
for (let i = nextOnChain[head] as number; i !== -1; i = nextOnChain[i] as number) chain.push(`e${i}`);
const loop: ScheduleInput = {
  engagements: input.engagements,
  constraints: [...input.constraints, { id: 'loop', before: chain[chain.length - 1] as string, after: chain[0] as string, minGap: 0 }],
};

// Third variant, the hard case for the search: no windows at all, so the only clash is the long loop itself.
const bare: ScheduleInput = { engagements: input.engagements.map((e) => ({ ...e, earliest: null, latest: null })), constraints: loop.constraints };

// Fourth: one chain through every engagement, every window unknown but the last day's. Plain FIFO
// Bellman–Ford needs a pass per link here (2 s); subtree disassembly keeps it linear.
const chainInput: ScheduleInput = {
  engagements: input.engagements.map((e, i) => (i === ENGAGEMENTS - 1 ? { ...e, earliest: 20000, latest: 20000 } : { ...e, earliest: null, latest: null })),
  constraints: input.engagements.slice(1).map((e, i) => ({ id: `chain${i}`, before: `e${i}`, after: e.id })),
};
const fullChain: number[] = [];

const fullConsistent: number[] = [];
const fullBare: number[] = [];
let bareConflict = 0;
const fullInconsistent: number[] = [];
const fullLoop: number[] = [];
let loopConflict = 0;
let base = checkSchedule(input);
for (let k = 0; k < FULL_REPEATS; k++) {
  const a = time(() => checkSchedule(input));
  fullConsistent.push(a.ms);
  base = a.value;
  const b = time(() => checkSchedule(inconsistent));
  fullInconsistent.push(b.ms);
  if (b.value.consistent) throw new Error('the inconsistent variant was found consistent');
  const l = time(() => checkSchedule(loop));
  fullLoop.push(l.ms);
  if (l.value.consistent) throw new Error('the loop variant was found consistent');
  loopConflict = l.value.conflict.constraints.length + l.value.conflict.windows.length;
  const ch = time(() => checkSchedule(chainInput));
  fullChain.push(ch.ms);
  if (!ch.value.consistent || ch.value.windows.get('e0')?.latest !== 20000 - (ENGAGEMENTS - 1)) throw new Error('the chain was narrowed wrongly');
  const n = time(() => checkSchedule(bare));
  fullBare.push(n.ms);
  if (n.value.consistent) throw new Error('the bare loop variant was found consistent');
  bareConflict = n.value.conflict.constraints.length;
}
if (!base.consistent) throw new Error(`the generated network should be consistent: ${base.conflict.explanation}`);
const baseState = base.state;
for (let i = 0; i < ENGAGEMENTS; i++) {
  const w = base.windows.get(`e${i}`);
  const t = truth[i] as number;
  if (w === undefined || (w.earliest !== null && w.earliest > t) || (w.latest !== null && w.latest < t)) {
    throw new Error(`narrowed window of e${i} excludes its true day`);
  }
}

// Incremental: constraints the true days satisfy (consistent), and ones that contradict them.
const r = seededRandom(42);
const okTimes: number[] = [];
const clashTimes: number[] = [];
const chainTimes: number[] = [];
let chained = baseState;
let conflictExample = '';
for (let k = 0; k < ADDITIONS; k++) {
  const [a, b] = nearbyPair(r);
  const c = constraintBetween(`add${k}`, a, b, truth, r);
  const ok = time(() => checkAddedConstraint(baseState, c));
  if (!ok.value.consistent) throw new Error('a constraint the true days satisfy was refused');
  okTimes.push(ok.ms);
  const chain = time(() => checkAddedConstraint(chained, c));
  if (chain.value.consistent) chained = chain.value.state;
  chainTimes.push(chain.ms);
  // Contradiction: the later of two fixed-day engagements must come first.
  const x = fixed[Math.floor(r() * fixed.length)] as { e: ScheduleEngagement; i: number };
  const y = fixed[Math.floor(r() * fixed.length)] as { e: ScheduleEngagement; i: number };
  if (x.e.earliest === y.e.earliest) continue;
  const [lo, hi] = (x.e.earliest as number) < (y.e.earliest as number) ? [x, y] : [y, x];
  const bad = time(() => checkAddedConstraint(baseState, { id: `bad${k}`, before: hi.e.id, after: lo.e.id }));
  if (bad.value.consistent) throw new Error('a contradicting constraint was accepted');
  if (conflictExample === '') conflictExample = bad.value.conflict.explanation;
  clashTimes.push(bad.ms);
}

// Two harder additions: closing the long loop on the network without windows (the clash is all
// constraints, so the window shortcut cannot see it), and a gap on the chain that moves every
// engagement's earliest day (10,000 windows change).
const bareOpen = checkSchedule({ engagements: bare.engagements, constraints: input.constraints });
const chainOpen = checkSchedule(chainInput);
if (!bareOpen.consistent || !chainOpen.consistent) throw new Error('the open networks should be consistent');
const loopAdd: number[] = [];
const wideAdd: number[] = [];
let wideChanged = 0;
for (let k = 0; k < FULL_REPEATS; k++) {
  const a = time(() => checkAddedConstraint(bareOpen.state, loop.constraints[loop.constraints.length - 1] as OrderingConstraint));
  if (a.value.consistent) throw new Error('closing the loop should clash');
  loopAdd.push(a.ms);
  const b = time(() => checkAddedConstraint(chainOpen.state, { id: 'wide', before: 'e0', after: `e${ENGAGEMENTS - 1}`, minGap: 0, maxGap: 19_000 }));
  if (!b.value.consistent) throw new Error('the wide gap should fit');
  wideChanged = b.value.changed.length;
  wideAdd.push(b.ms);
}

const fmt = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
const rows: [string, string, string][] = [
  ['full check, consistent (narrowed windows for all)', `${fmt(median(fullConsistent))} ms`, `${FULL_REPEATS} runs`],
  ['full check, inconsistent (conflict found and explained)', `${fmt(median(fullInconsistent))} ms`, `${FULL_REPEATS} runs`],
  [`full check, inconsistent (a loop closing a chain of ${chain.length} engagements; the clash found has ${loopConflict} members)`, `${fmt(median(fullLoop))} ms`, `${FULL_REPEATS} runs`],
  [`full check, inconsistent, no windows at all (the clash found has ${bareConflict} constraints)`, `${fmt(median(fullBare))} ms`, `${FULL_REPEATS} runs`],
  [`full check, one chain of ${ENGAGEMENTS.toLocaleString('en')} engagements, only the last day known`, `${fmt(median(fullChain))} ms`, `${FULL_REPEATS} runs`],
  ['added constraint, consistent (windows updated)', `${fmt(median(okTimes))} ms (p95 ${fmt(percentile(okTimes, 0.95))})`, `${okTimes.length} additions`],
  ['added constraint, chained on the previous state', `${fmt(median(chainTimes))} ms (p95 ${fmt(percentile(chainTimes, 0.95))})`, `${chainTimes.length} additions`],
  ['added constraint, contradicting (conflict explained)', `${fmt(median(clashTimes))} ms (p95 ${fmt(percentile(clashTimes, 0.95))})`, `${clashTimes.length} additions`],
  ['added constraint closing the long loop, no windows (conflict explained)', `${fmt(median(loopAdd))} ms`, `${FULL_REPEATS} runs`],
  [`added constraint moving every window on the chain (${wideChanged} changed)`, `${fmt(median(wideAdd))} ms`, `${FULL_REPEATS} runs`],
];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const table = ['| case | median | sample |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
console.log(`${ENGAGEMENTS} engagements, ${CONSTRAINTS} constraints; Node ${process.version}, ${cpu}`);
console.log(table);
console.log(`\nExample conflict: ${conflictExample}`);

const readme = `# Schedule benchmark

Command: \`npm run bench:schedule\` (\`tsx bench/schedule.ts\`); it rewrites this file.

Network: ${ENGAGEMENTS.toLocaleString('en')} engagements and ${CONSTRAINTS.toLocaleString('en')} ordering constraints,
generated from a fixed seed. Each engagement has a hidden true day over ten years
(2020–2029) and a window a readout would give: the day (30%), its month (30%),
a span of one to three months (15%), its quarter (10%), its year (5%), "not
before" a day (5%) or unknown (5%). Constraints join engagements at most 40
places apart in time order, with minimum gaps the true days satisfy (up to 60
days) and, for one in five, a maximum gap; so the network is consistent. The
first inconsistent variant adds one constraint putting a fixed-day engagement
before an earlier one; the second closes a long chain of constraints into a
loop; the third drops every window from that, so the only clash is the long
loop itself. A last network chains all engagements one after another with
only the last one's day known (the worst case for plain FIFO Bellman–Ford,
which needed 2.1 s here before the search used subtree disassembly). Added constraints are checked one at a time against the
consistent network's state (and, "chained", each on the state the previous
one left).

Targets: full check under 2 s, an added constraint under 10 ms.

Node ${process.version}, ${cpu}, one core; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} when this ran
(other work shares the machine, so absolute figures wobble by a factor of two or three between runs).

${table}

Reading it: the full check stays an order of magnitude under its 2 s target in
every shape tried. A single added constraint costs well under a millisecond
when it fits or clashes with windows (the usual cases); the two deliberately
bad cases at the bottom, where the change has to travel through thousands of
engagements, are the ones that can pass 10 ms.

Example explanation from a contradicting addition:

> ${conflictExample}
`;
writeFileSync(new URL('./README-schedule.md', import.meta.url), readme);
