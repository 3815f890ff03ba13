// When two spellings name the same person, after the scoring rule of shared/intake/GUIDELINES.md: the
// names share a word (case and diacritics aside); words of six letters or more may differ by one
// letter (Lukashenko / Lukashenka). Pure.
import { normalizeName } from '../registry/normalize.ts';

const LONG_WORD = 6;

export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 1);
}

/** Equal, or (both six letters or more) one substitution, insertion or deletion apart. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < LONG_WORD || b.length < LONG_WORD || Math.abs(a.length - b.length) > 1) return false;
  return withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  if (s.length === t.length) return s.slice(i + 1) === t.slice(i + 1);
  return s.slice(i) === t.slice(i + 1);
}

export function sameName(a: string, b: string): boolean {
  const wb = nameWords(b);
  return nameWords(a).some((x) => wb.some((y) => sameWord(x, y)));
}

/** The surname rule used to resolve a name against the registry: the last words agree. Stricter than sameName, which a shared first name satisfies. */
export function sameSurname(a: string, b: string): boolean {
  const x = nameWords(a).at(-1);
  const y = nameWords(b).at(-1);
  return x !== undefined && y !== undefined && sameWord(x, y);
}
