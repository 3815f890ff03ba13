// The demo accounts. Their passwords are public on purpose (README, start-up output): the demo is for
// trying Accord on one's own machine. Start with ACCORD_DEMO=false for anything else.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_ACTOR, type Role } from '../accounts/actor.ts';
import { listUsers } from '../accounts/service.ts';
import type { BodyKey } from './content.ts';

export interface DemoAccount {
  key: 'controller' | 'executor_by' | 'executor_ru' | 'viewer';
  email: string;
  password: string;
  name: string;
  role: Role;
  party: 'BY' | 'RU' | null;
  body: BodyKey | null;
  what: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'controller',
    email: 'controller@accord.local',
    password: 'accord-demo-controller',
    name: 'Standing Committee controller',
    role: 'controller',
    party: null,
    body: null,
    what: 'controller of the Standing Committee secretariat: issues instructions, reviews reports, records decisions',
  },
  {
    key: 'executor_by',
    email: 'executor.by@accord.local',
    password: 'accord-demo-executor-by',
    name: 'Ministry of Industry of Belarus',
    role: 'executor',
    party: 'BY',
    body: 'by_industry',
    what: 'executor in the Ministry of Industry of Belarus: reports on its instructions',
  },
  {
    key: 'executor_ru',
    email: 'executor.ru@accord.local',
    password: 'accord-demo-executor-ru',
    name: 'Ministry of Industry and Trade of Russia',
    role: 'executor',
    party: 'RU',
    body: 'ru_industry',
    what: 'executor in the Ministry of Industry and Trade of Russia: reports on its instructions',
  },
  { key: 'viewer', email: 'viewer@accord.local', password: 'accord-demo-viewer', name: 'Analyst', role: 'viewer', party: null, body: null, what: 'viewer: reads everything, changes nothing' },
];

/** The lines `accord serve` prints: who can sign in, and how. */
export function signInLines(accounts: readonly DemoAccount[], url: string): string[] {
  if (accounts.length === 0) return [];
  return [
    'Demo accounts (the demo data is marked demo; start with ACCORD_DEMO=false on an empty database to go without):',
    ...accounts.map((a) => `  ${a.email.padEnd(26)} ${a.password.padEnd(24)} ${a.what}`),
    `Sign in: curl -c jar -H 'content-type: application/json' -d '{"email":"${accounts[0]?.email ?? ''}","password":"${accounts[0]?.password ?? ''}"}' ${url}/api/v1/auth/login`,
  ];
}

/** The demo accounts that exist in this database (none after they were removed or renamed). */
export async function presentDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const present = new Set((await listUsers(db, SYSTEM_ACTOR)).map((u) => u.email));
  return DEMO_ACCOUNTS.filter((a) => present.has(a.email));
}
