// The inputs of the extraction benchmark and profiler: the dev fixtures, the style readouts and the open held-out
// readouts (never the sealed ones), perturbed copies of them, 500 small readouts cycling through those, and one 1 MB
// readout concatenating their bodies under one header.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../test/fixtures/intake');
const read = (dir: string): { name: string; text: string }[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.slice(0, -4), text: readFileSync(join(root, dir, f), 'utf8') }));
export const dev = read('fixtures');
// The open held-out readouts too (never the sealed ones): real pages with menus, bylines and related-news chrome,
// which carry more names and capitalised words per byte than the dev fixtures.
const heldOut = ['open', 'open2'].flatMap((set) => {
  const dir = join(root, '../intake-heldout', set, 'fixtures');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')) : [];
});
const texts = [...[...dev, ...read('styles')].map((f) => f.text), ...heldOut];

// Perturbed copies: other leaders, capitals and dates, so that no input repeats verbatim.
const SWAPS: [string, string][][] = [
  [['Putin', 'Tokayev'], ['Moscow', 'Astana'], ['February', 'October'], ['2023', '2021']],
  [['Lukashenko', 'Mirziyoyev'], ['Minsk', 'Tashkent'], ['Belarus', 'Uzbekistan'], ['May', 'June']],
  [['Biden', 'Macron'], ['Xi Jinping', 'Narendra Modi'], ['Beijing', 'New Delhi'], ['August', 'March']],
];
export const inputs: string[] = [...texts];
for (const swaps of SWAPS) for (const t of texts) inputs.push(swaps.reduce((s, [a, b]) => s.split(a).join(b), t));

function header(published: string): string {
  return `source: bench\npublished: ${published}\n---\n`;
}
const bodies = inputs.map((t) => (t.includes('\n---\n') ? t.slice(t.indexOf('\n---\n') + 5) : t));
function concatenated(): string {
  let text = header('2023-02-17');
  for (let i = 0; text.length < 1_000_000; i++) text += `${bodies[i % bodies.length]}\n\n`;
  return text;
}
export const big = concatenated();
export const small = Array.from({ length: 500 }, (_, i) => inputs[i % inputs.length] ?? '');
export const smallBytes = small.reduce((n, t) => n + t.length, 0);

