import type { GazetteerPerson } from '../types.ts';
import { PEOPLE_AFRICA } from './people-africa.ts';
import { PEOPLE_AMERICAS } from './people-americas.ts';
import { PEOPLE_AMERICAS_2 } from './people-americas-2.ts';
import { PEOPLE_ASIA_2 } from './people-asia-2.ts';
import { PEOPLE_ASIA_AFRICA } from './people-asia-africa.ts';
import { PEOPLE_BODIES } from './people-bodies.ts';
import { PEOPLE_BODIES_2 } from './people-bodies-2.ts';
import { PEOPLE_CIS } from './people-cis.ts';
import { DEFENCE_POSITIONS, PEOPLE_DEFENCE } from './people-defence.ts';
import { PEOPLE_EUROPE } from './people-europe.ts';
import { PEOPLE_EUROPE_2 } from './people-europe-2.ts';
import { PEOPLE_FILL } from './people-fill.ts';
import { PEOPLE_MINISTERS } from './people-ministers.ts';
import { PEOPLE_PRESIDENTS } from './people-presidents.ts';

// The one aggregator over the regional people files (house style allows no other barrels).
// Conventions for every file: `to` is the last day in office, so on a handover day both the
// outgoing and the incoming holder are in office; a lookup that must name one person for that
// day should prefer the holder whose term begins on it (data.test.ts, `holderOn`).
const REGIONAL: readonly GazetteerPerson[] = [
  ...PEOPLE_CIS,
  ...PEOPLE_EUROPE,
  ...PEOPLE_AMERICAS,
  ...PEOPLE_ASIA_AFRICA,
  ...PEOPLE_BODIES,
  ...PEOPLE_EUROPE_2,
  ...PEOPLE_AMERICAS_2,
  ...PEOPLE_ASIA_2,
  ...PEOPLE_AFRICA,
  ...PEOPLE_MINISTERS,
  ...PEOPLE_BODIES_2,
];

// People of the regional files who also held a defence office get it added here rather than listed twice.
const LISTED: readonly GazetteerPerson[] = [
  ...REGIONAL.map((p) => (DEFENCE_POSITIONS[p.name] ? { ...p, positions: [...p.positions, ...(DEFENCE_POSITIONS[p.name] ?? [])] } : p)),
  ...PEOPLE_DEFENCE,
  ...PEOPLE_PRESIDENTS,
];

// The classes filled in people-fill.ts: a person already listed (by name or spelling) gets the offices and spellings
// added; the others are appended. One person stays one entry, so a look-up by name finds all their offices.
const fold = (n: string): string => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function withFill(listed: readonly GazetteerPerson[], fill: readonly GazetteerPerson[]): GazetteerPerson[] {
  const out = listed.map((p) => ({ ...p, aliases: [...p.aliases], positions: [...p.positions] }));
  const index = new Map<string, number>();
  out.forEach((p, i) => {
    for (const n of [p.name, ...p.aliases]) if (n.includes(' ') && !index.has(fold(n))) index.set(fold(n), i);
  });
  for (const f of fill) {
    const at = [f.name, ...f.aliases].map((n) => index.get(fold(n))).find((i) => i !== undefined);
    const known = at === undefined ? undefined : out[at];
    if (!known) {
      out.push({ ...f, aliases: [...f.aliases], positions: [...f.positions] });
      continue;
    }
    for (const a of [f.name, ...f.aliases]) if (a !== known.name && !known.aliases.includes(a)) known.aliases.push(a);
    for (const pos of f.positions) {
      if (!known.positions.some((q) => q.role === pos.role && q.country === pos.country && q.from === pos.from)) known.positions.push(pos);
    }
  }
  return out;
}

export const PEOPLE: readonly GazetteerPerson[] = withFill(LISTED, PEOPLE_FILL);
