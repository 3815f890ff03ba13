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
export const PEOPLE: readonly GazetteerPerson[] = [
  ...REGIONAL.map((p) => (DEFENCE_POSITIONS[p.name] ? { ...p, positions: [...p.positions, ...(DEFENCE_POSITIONS[p.name] ?? [])] } : p)),
  ...PEOPLE_DEFENCE,
  ...PEOPLE_PRESIDENTS,
];
