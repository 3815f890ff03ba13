// Names read out of a readout resolved against the registry: people through their aliases (the
// registry's normalisation), then through the gazetteer's known transliterations of the same person,
// then by surname with the one-letter tolerance; bodies by name or short name, directly or through
// the gazetteer's aliases. Loaded once per batch: a snapshot, not a live view.
import type { Kysely } from 'kysely';
import { defaultGazetteer } from '../../../extraction/gazetteer/default.ts';
import type { GazetteerPerson } from '../../../extraction/gazetteer/types.ts';
import type { Database } from '../../db/schema.ts';
import { normalizeName } from '../registry/normalize.ts';
import { nameWords, sameWord } from './names.ts';
import * as repo from './repository.ts';

export type PersonMatch =
  | { personId: number; name: string; via: 'alias' | 'gazetteer' | 'surname' }
  | { personId: null; candidates: number[] };

let gazetteerPeople: Map<string, GazetteerPerson> | null = null;

function gazetteerPerson(name: string): GazetteerPerson | undefined {
  if (gazetteerPeople === null) {
    const map = new Map<string, GazetteerPerson>();
    for (const p of defaultGazetteer().people) for (const n of [p.name, ...p.aliases]) if (!map.has(normalizeName(n))) map.set(normalizeName(n), p);
    gazetteerPeople = map;
  }
  return gazetteerPeople.get(normalizeName(name));
}

/** The gazetteer's other spellings of this person (for a new person's aliases). */
export function knownSpellings(name: string): { name: string; aliases: string[] } | null {
  const g = gazetteerPerson(name);
  return g ? { name: g.name, aliases: [...g.aliases] } : null;
}

export class Resolver {
  private readonly byAlias = new Map<string, Set<number>>();
  private readonly names = new Map<number, string>();
  private readonly aliases = new Map<number, string[]>();
  private readonly bodyByName = new Map<string, number>();
  private readonly bodyNames = new Map<number, string>();
  /** Last word of every alias, per person: the surname rule without normalising on every look-up. */
  private readonly surnames = new Map<number, Set<string>>();
  private readonly memo = new Map<string, PersonMatch>();

  constructor(aliases: readonly repo.AliasRow[], bodies: readonly { id: number; name: string; shortName: string | null }[]) {
    for (const a of aliases) {
      const set = this.byAlias.get(a.normalized) ?? new Set<number>();
      set.add(a.personId);
      this.byAlias.set(a.normalized, set);
      this.names.set(a.personId, a.personName);
      this.aliases.set(a.personId, [...(this.aliases.get(a.personId) ?? []), a.alias]);
      const last = nameWords(a.alias).at(-1);
      if (last !== undefined) this.surnames.set(a.personId, (this.surnames.get(a.personId) ?? new Set<string>()).add(last));
    }
    for (const b of bodies) {
      this.bodyNames.set(b.id, b.name);
      for (const n of [b.name, b.shortName]) if (n && !this.bodyByName.has(normalizeName(n))) this.bodyByName.set(normalizeName(n), b.id);
    }
  }

  static async load(db: Kysely<Database>): Promise<Resolver> {
    return new Resolver(await repo.loadAliases(db), await repo.loadBodies(db));
  }

  personName(id: number): string | undefined {
    return this.names.get(id);
  }

  hasAlias(personId: number, alias: string): boolean {
    return this.byAlias.get(normalizeName(alias))?.has(personId) ?? false;
  }

  person(name: string): PersonMatch {
    const hit = this.memo.get(name);
    if (hit) return hit;
    const m = this.lookUp(name);
    this.memo.set(name, m);
    return m;
  }

  private lookUp(name: string): PersonMatch {
    const exact = this.unique(normalizeName(name));
    if (exact !== null) return { personId: exact, name: this.names.get(exact) ?? name, via: 'alias' };
    const g = gazetteerPerson(name);
    if (g) {
      const ids = new Set<number>();
      for (const n of [g.name, ...g.aliases]) for (const id of this.byAlias.get(normalizeName(n)) ?? []) ids.add(id);
      if (ids.size === 1) {
        const id = [...ids][0] as number;
        return { personId: id, name: this.names.get(id) ?? name, via: 'gazetteer' };
      }
    }
    const last = nameWords(name).at(-1);
    const bySurname = last === undefined ? [] : [...this.surnames].filter(([, words]) => [...words].some((w) => sameWord(w, last))).map(([id]) => id);
    if (bySurname.length === 1) {
      const id = bySurname[0] as number;
      return { personId: id, name: this.names.get(id) ?? name, via: 'surname' };
    }
    return { personId: null, candidates: bySurname };
  }

  body(name: string): number | null {
    const direct = this.bodyByName.get(normalizeName(name));
    if (direct !== undefined) return direct;
    const g = defaultGazetteer().bodyNamed(name);
    if (!g) return null;
    for (const n of [g.name, ...g.aliases]) {
      const id = this.bodyByName.get(normalizeName(n));
      if (id !== undefined) return id;
    }
    return null;
  }

  bodyName(id: number): string | undefined {
    return this.bodyNames.get(id);
  }

  private unique(normalized: string): number | null {
    const ids = this.byAlias.get(normalized);
    return ids && ids.size === 1 ? ([...ids][0] as number) : null;
  }
}
