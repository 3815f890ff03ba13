// Where the extractor's CPU goes: the benchmark's small readouts (bench/extract-inputs.ts) extracted in this process
// with the V8 sampling profiler on, after a warm-up pass. Prints CPU per readout and the share of self time by source
// file of src/extraction/ and by function. Diagnostic, not a target:
//   npx tsx bench/profile-extract.ts [--passes N]   (N passes over the 500 small readouts, default 3)
import { parseArgs } from 'node:util';
import { extract } from '../src/extraction/extract.ts';
import { commonBucket, printProfile, profileCpu } from './cpu-profile.ts';
import { small, smallBytes } from './extract-inputs.ts';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '3' } } });
const passes = Number(values.passes);
for (const t of small) extract(t); // warm-up: JIT and the gazetteer's caches
const { profile, cpuMs, wallMs } = await profileCpu(() => {
  for (let p = 0; p < passes; p++) for (const t of small) extract(t);
});
const n = passes * small.length;
process.stdout.write(
  `${n} readouts in process: ${(cpuMs / n).toFixed(2)} ms CPU, ${(wallMs / n).toFixed(2)} ms wall per readout; ` +
    `${((passes * smallBytes) / 1e6 / (cpuMs / 1000)).toFixed(2)} MB per CPU-second\n`,
);
printProfile(profile, (functionName, url) => commonBucket(functionName, url) ?? (url.includes('/src/extraction/') ? url.split('/src/extraction/')[1] ?? url : url), 40);
