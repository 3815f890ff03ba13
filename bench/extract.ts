// Benchmark of the extraction engine (`npm run bench:extract`): throughput on small readouts and on one 1 MB readout,
// the 1 MB / 500 small ratio (linearity), and the chrono-node + compromise baseline on the same texts, with both
// pipelines' scores on the dev fixtures. Wall-clock and CPU time are both reported: on a shared machine the CPU
// figure is the one that says "per core".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreExtractions } from '../src/extraction/eval.ts';
import type { Scores } from '../src/extraction/eval.ts';
import { extract } from '../src/extraction/extract.ts';
import type { ExtractionDocument } from '../src/extraction/types.ts';
import { baselineExtract } from './baseline-extractor.ts';
import { big, dev, inputs, root, small, smallBytes } from './extract-inputs.ts';

interface Timing {
  wall: number;
  cpu: number;
}
function time(run: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
function measure(fn: (t: string) => unknown, runs: number, withBig: boolean): { small: Timing; big: Timing | null } {
  fn(small[0] ?? ''); // warm-up
  const smallRuns: Timing[] = [];
  const bigRuns: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    smallRuns.push(time(() => small.forEach((t) => fn(t))));
    if (withBig) bigRuns.push(time(() => fn(big)));
  }
  const med = (ts: Timing[]): Timing => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
  return { small: med(smallRuns), big: withBig ? med(bigRuns) : null };
}

function headline(fn: (t: string) => ExtractionDocument): Scores {
  return scoreExtractions(dev.map((f) => ({ name: f.name, gold: JSON.parse(readFileSync(join(root, 'gold', `${f.name}.json`), 'utf8')) as ExtractionDocument, output: fn(f.text) }))).overall;
}

const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const mb = (bytes: number, s: number): string => (bytes / 1e6 / s).toFixed(2);
const ours = measure((t) => extract(t), runs, true);
const base = measure((t) => baselineExtract(t), Math.max(1, Math.ceil(runs / 2)), false);
const oursScore = scoreOverall((t) => extract(t));
const baseScore = scoreOverall(baselineExtract);

function scoreOverall(fn: (t: string) => ExtractionDocument): Scores {
  return headline(fn);
}

const bigT = ours.big ?? { wall: 0, cpu: 0 };
const rows: [string, string, string][] = [
  ['', 'accord extract', 'chrono + compromise'],
  ['500 small readouts (MB)', (smallBytes / 1e6).toFixed(2), (smallBytes / 1e6).toFixed(2)],
  ['small: MB/s wall (median)', mb(smallBytes, ours.small.wall), mb(smallBytes, base.small.wall)],
  ['small: MB/s per CPU-second', mb(smallBytes, ours.small.cpu), mb(smallBytes, base.small.cpu)],
  ['1 MB readout: s wall / CPU', `${bigT.wall.toFixed(2)} / ${bigT.cpu.toFixed(2)}`, '-'],
  ['1 MB: MB/s per CPU-second', mb(big.length, bigT.cpu), '-'],
  ['ratio 1 MB / 500 small (CPU)', (bigT.cpu / ours.small.cpu).toFixed(2), '-'],
  ['  same, per byte', (bigT.cpu / big.length / (ours.small.cpu / smallBytes)).toFixed(2), '-'],
  ['dev headline', oursScore.headline.toFixed(3), baseScore.headline.toFixed(3)],
  ['dev event F1', oursScore.events.f1.toFixed(3), baseScore.events.f1.toFixed(3)],
  ['dev when exact', oursScore.whenExact.toFixed(3), baseScore.whenExact.toFixed(3)],
  ['dev participants F1', oursScore.participants.toFixed(3), baseScore.participants.toFixed(3)],
];
console.log(`extraction benchmark: ${runs} runs, medians; ${inputs.length} distinct inputs (dev fixtures, style readouts, open held-out readouts, perturbed copies)\n`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(30)} ${b.padStart(16)} ${c.padStart(22)}`);
console.log(`\nspeed ratio (ours / baseline, per CPU-second, small): ${(base.small.cpu / ours.small.cpu).toFixed(1)}x`);
