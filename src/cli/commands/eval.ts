// `accord eval`: scores the extractor on annotated readouts, per file and overall (GUIDELINES.md "Scoring").
import type { Command } from 'commander';
import { headlineDifference, headlineInterval, scoreExtractions } from '../../extraction/eval.ts';
import type { Difference, Interval, Report, ScorePair, Scores } from '../../extraction/eval.ts';
import { explainDifferences } from '../../extraction/explain.ts';
import { extract } from '../../extraction/extract.ts';
import type { ExtractionDocument } from '../../extraction/types.ts';
import { listByName } from './extract.ts';
import { CliError, fail, readText } from './extract-io.ts';

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Score extractions of readouts against gold documents, per file and overall.')
    .requiredOption('--gold <dir>', 'directory of gold documents <name>.json')
    .requiredOption('--texts <dir>', 'directory of readouts <name>.txt')
    .option('--predicted <dir>', 'score the documents <name>.json in this directory (another annotator\'s gold, another extractor\'s output, `accord extract --out`) instead of running the extractor')
    .option('--json', 'print machine-readable results')
    .option('--explain', 'after the scores, list per file the events missed, extra or different, and the quotes and commitments missed or extra')
    .option('--interval', 'add the 95% interval of the headline (bootstrap over the files): how far a dozen readouts can be trusted')
    .option('--baseline <dir>', 'compare with the documents <name>.json in this directory (an earlier version\'s `accord extract --out`, another extractor): both headlines, their difference and its 95% interval (paired bootstrap over the files)')
    .action(async (opts: { gold: string; texts: string; predicted?: string; json?: boolean; explain?: boolean; interval?: boolean; baseline?: string }) => {
      try {
        const { report, readouts } = await runEval(opts.gold, opts.texts, opts.predicted);
        const explained = opts.explain ? readouts.map((r) => ({ name: r.name, differences: explainDifferences(r.gold, r.output, r.text) })) : undefined;
        const interval = opts.interval ? headlineInterval(readouts) : undefined;
        let baseline: { dir: string; headline: number; against: Difference } | undefined;
        if (opts.baseline !== undefined) {
          const before = await runEval(opts.gold, opts.texts, opts.baseline, 'baseline');
          baseline = { dir: opts.baseline, headline: before.report.overall.headline, against: headlineDifference(readouts, before.readouts) };
        }
        if (opts.json) process.stdout.write(`${JSON.stringify({ ...report, ...(explained && { differences: explained }), ...(interval && { interval }), ...(baseline && { baseline }) }, null, 2)}\n`);
        else process.stdout.write(formatReport(report) + formatIntervals(readouts.length, report, interval, baseline) + (explained ? formatDifferences(explained) : ''));
      } catch (e) {
        fail(e);
      }
    });
}

function asDocument(value: unknown, label: string): ExtractionDocument {
  const v = value as Partial<ExtractionDocument> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.events) || !Array.isArray(v.quotes) || !Array.isArray(v.commitments)) {
    throw new CliError(`${label}: not an extraction document (events, quotes and commitments arrays are required)`);
  }
  return v as ExtractionDocument;
}

interface Readout extends ScorePair {
  text: string;
}

async function readDocument(path: string): Promise<ExtractionDocument> {
  let value: unknown;
  try {
    value = JSON.parse(await readText(path));
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`${path}: invalid JSON (${(e as Error).message})`);
  }
  return asDocument(value, path);
}

/**
 * Pairs each gold document with the extractor's output for its readout or, with `predictedDir`, with the document
 * of the same name there: so an analyst can score another annotator against the gold (agreement between people)
 * or the saved output of another extractor. Every gold document needs its readout (and its predicted document).
 */
export async function runEval(goldDir: string, textDir: string, predictedDir?: string, label = 'predicted'): Promise<{ report: Report; readouts: Readout[] }> {
  const golds = await listByName(goldDir, '.json');
  const texts = await listByName(textDir, '.txt');
  const predicted = predictedDir === undefined ? undefined : await listByName(predictedDir, '.json');
  const missing = [...golds.keys()].filter((n) => !texts.has(n));
  if (missing.length > 0) throw new CliError(`gold documents without a readout in ${textDir}: ${missing.join(', ')}`);
  const unpaired = predicted ? [...golds.keys()].filter((n) => !predicted.has(n)) : [];
  if (unpaired.length > 0) throw new CliError(`gold documents without a ${label} document in ${predictedDir}: ${unpaired.join(', ')}`);
  if (golds.size === 0) throw new CliError(`${goldDir}: no gold documents (*.json)`);
  const readouts: Readout[] = [];
  for (const [name, goldPath] of golds) {
    const gold = await readDocument(goldPath);
    const text = await readText(texts.get(name) ?? '');
    const output = predicted ? await readDocument(predicted.get(name) ?? '') : extract(text);
    readouts.push({ name, gold, output, text });
  }
  return { report: scoreExtractions(readouts), readouts };
}

const pct = (x: number): string => x.toFixed(3);

function row(name: string, s: Scores): string {
  const cells = [
    name.padEnd(36), `${s.events.matched}/${s.events.gold}/${s.events.output}`.padStart(9), pct(s.events.precision), pct(s.events.recall),
    pct(s.events.f1), pct(s.whenExact), pct(s.status), pct(s.kind), pct(s.where), pct(s.participants), pct(s.quotes.f1),
    pct(s.commitments.f1), pct(s.headline),
  ];
  return `${cells.join('  ')}\n`;
}

export function formatReport(r: Report): string {
  const head = ['file'.padEnd(36), 'pair/g/o'.padStart(9), 'ev-P ', 'ev-R ', 'ev-F1', 'when ', 'stat ', 'kind ', 'where', 'part ', 'quote', 'commt', 'headl'];
  let out = `${head.join('  ')}\n`;
  for (const f of r.files) out += row(f.name, f);
  out += row('OVERALL', r.overall);
  const o = r.overall;
  out += `\nevents P/R/F1 ${pct(o.events.precision)}/${pct(o.events.recall)}/${pct(o.events.f1)}; when exact ${pct(o.whenExact)}; status ${pct(o.status)}; kind ${pct(o.kind)}; where ${pct(o.where)}; participants F1 ${pct(o.participants)}\n`;
  out += `quotes F1 ${pct(o.quotes.f1)}; commitments F1 ${pct(o.commitments.f1)}\nheadline (event F1 x (1/2 when exact + 1/2 participants F1)): ${pct(o.headline)}\n`;
  return out;
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

function formatIntervals(files: number, report: Report, interval: Interval | undefined, baseline: { dir: string; headline: number; against: Difference } | undefined): string {
  let out = '';
  if (interval) out += `headline ${pct(interval.headline)}, ${Math.round(interval.level * 100)}% interval ${pct(interval.lo)} to ${pct(interval.hi)} (bootstrap over the ${files} files, ${interval.resamples} resamples)\n`;
  if (baseline) {
    const d = baseline.against;
    out += `against ${baseline.dir}: headline ${pct(baseline.headline)} -> ${pct(report.overall.headline)}, difference ${signed(d.difference)}, ${Math.round(d.level * 100)}% interval ${signed(d.lo)} to ${signed(d.hi)} (paired bootstrap over the ${files} files, ${d.resamples} resamples)\n`;
  }
  return out;
}

function formatDifferences(files: readonly { name: string; differences: string[] }[]): string {
  let out = '\ndifferences from the gold documents:\n';
  for (const f of files) {
    out += `${f.name}${f.differences.length === 0 ? '  (agrees)' : ''}\n`;
    for (const d of f.differences) out += `  ${d}\n`;
  }
  return out;
}
