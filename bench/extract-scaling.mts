// Linearity check of the extractor on long texts: open9's readouts concatenated to 0.5–4 MB, CPU seconds per size.
// `npx tsx bench/extract-scaling.mts TREE` (TREE: a checkout whose src/extraction/extract.ts is measured; run two trees side by side).
import { readdirSync, readFileSync } from 'node:fs';
const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const dir = new URL('../test/fixtures/intake-heldout/open9/fixtures', import.meta.url).pathname;
const { extract: ex } = await import(`${root}/src/extraction/extract.ts`);
const bodies = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8').split('---').slice(1).join('---'));
const unit = bodies.join('\n\n');
for (const kb of [500, 500, 1000, 2000, 4000]) {
  let t = 'published: 2024-01-01\n---\n';
  while (t.length < kb * 1000) t += unit + '\n\n';
  const c0 = process.cpuUsage();
  ex(t);
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  console.log(`${kb} KB: ${s.toFixed(2)} s CPU, ${(s / kb * 1000).toFixed(2)} s/MB`);
}
