// How the tests check the participants of an event against the ones a case expects, with the scoring's rule for one
// person (eval.ts): names that share a word are one person. Shared by the participant probes.
import type { Participant } from './types.ts';

export const nameWords = (name: string): string[] =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** Within one letter (a substitution, insertion or deletion). */
function nearly(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The scoring's rule: two names are one person when they share a word (six letters or more: one letter may differ). */
export function samePerson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  return wa.some((x) => wb.some((y) => x === y || (x.length >= 6 && y.length >= 6 && nearly(x, y))));
}

/** Name, a word its role must contain (null or undefined: any), its state (undefined: not checked). */
export type Expected = readonly [string, (string | null)?, (string | null)?];

/**
 * What differs between the participants found and those expected: each expected person missing, a name holding a word
 * that is never a name's, a role without the word asked, another state; and each person found but not expected.
 */
export function participantProblems(found: readonly Participant[], expected: readonly Expected[], notName: ReadonlySet<string>): string[] {
  const left = [...found];
  const problems: string[] = [];
  for (const [name, role, country] of expected) {
    const k = left.findIndex((p) => samePerson(p.name, name));
    if (k < 0) {
      problems.push(`missing ${name}`);
      continue;
    }
    const p = left.splice(k, 1)[0]!;
    const junk = nameWords(p.name).filter((w) => notName.has(w));
    if (junk.length > 0) problems.push(`name "${p.name}" has ${junk.join(', ')}`);
    if (typeof role === 'string' && !(p.role ?? '').toLowerCase().includes(role.toLowerCase())) problems.push(`${name}: role ${p.role ?? 'null'}, not ${role}`);
    if (country !== undefined && p.country !== country) problems.push(`${name}: country ${p.country ?? 'null'}, not ${country ?? 'null'}`);
  }
  for (const p of left) problems.push(`extra ${p.name}`);
  return problems;
}
