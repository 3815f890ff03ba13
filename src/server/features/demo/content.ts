// What the demo holds: the Union State of Belarus and Russia, its bodies and leaders, the seed story of
// February 2023 (the call of 5 February, the Moscow talks of 17 February, the Council of Ministers of
// the Union State in February and the Supreme State Council tentatively in April–May) and a dozen
// instructions with reports and control decisions.
//
// Most dates are history and fixed. A few instructions are dated from the day the demo is loaded, so
// that the control summary for "today" always shows every state (on track and at risk need a
// deadline still ahead); the summary at 2024-06-30 shows every state from the fixed part alone.
import { addDays } from '../../../domain/days.ts';
import type { Topic } from '../instructions/schemas.ts';
import type { WindowInput } from '../instructions/schemas.ts';

/** The past day at which the fixed part of the demo shows every execution state. */
export const DEMO_PAST_DAY = '2024-06-30';

export type BodyKey =
  | 'ssc' | 'com_us' | 'standing_committee'
  | 'by_gov' | 'by_industry' | 'by_energy' | 'by_economy' | 'by_defence' | 'by_foreign' | 'by_agriculture' | 'by_transport' | 'by_customs' | 'by_taxes'
  | 'ru_gov' | 'ru_industry' | 'ru_energy' | 'ru_economy' | 'ru_defence' | 'ru_foreign' | 'ru_agriculture' | 'ru_transport' | 'ru_customs' | 'ru_taxes';

export interface DemoBody {
  key: BodyKey;
  name: string;
  shortName: string | null;
  kind: 'government' | 'ministry' | 'agency' | 'joint_body';
  party: 'BY' | 'RU' | null;
  parent?: BodyKey;
}

export const BODIES: readonly DemoBody[] = [
  { key: 'ssc', name: 'Supreme State Council', shortName: 'SSC', kind: 'joint_body', party: null },
  { key: 'com_us', name: 'Council of Ministers of the Union State', shortName: 'Union State Council of Ministers', kind: 'joint_body', party: null },
  { key: 'standing_committee', name: 'Standing Committee of the Union State', shortName: 'Standing Committee', kind: 'joint_body', party: null },
  { key: 'by_gov', name: 'Council of Ministers of the Republic of Belarus', shortName: 'Government of Belarus', kind: 'government', party: 'BY' },
  { key: 'by_industry', name: 'Ministry of Industry of the Republic of Belarus', shortName: 'Minprom', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_energy', name: 'Ministry of Energy of the Republic of Belarus', shortName: 'Minenergo BY', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_economy', name: 'Ministry of Economy of the Republic of Belarus', shortName: 'Mineconomy', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_defence', name: 'Ministry of Defence of the Republic of Belarus', shortName: 'MoD BY', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_foreign', name: 'Ministry of Foreign Affairs of the Republic of Belarus', shortName: 'MFA BY', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_agriculture', name: 'Ministry of Agriculture and Food of the Republic of Belarus', shortName: 'Minselkhozprod', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_transport', name: 'Ministry of Transport and Communications of the Republic of Belarus', shortName: 'Mintrans BY', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'by_customs', name: 'State Customs Committee of the Republic of Belarus', shortName: 'SCC', kind: 'agency', party: 'BY', parent: 'by_gov' },
  { key: 'by_taxes', name: 'Ministry of Taxes and Duties of the Republic of Belarus', shortName: 'MNS', kind: 'ministry', party: 'BY', parent: 'by_gov' },
  { key: 'ru_gov', name: 'Government of the Russian Federation', shortName: 'Government of Russia', kind: 'government', party: 'RU' },
  { key: 'ru_industry', name: 'Ministry of Industry and Trade of the Russian Federation', shortName: 'Minpromtorg', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_energy', name: 'Ministry of Energy of the Russian Federation', shortName: 'Minenergo RU', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_economy', name: 'Ministry of Economic Development of the Russian Federation', shortName: 'Minek', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_defence', name: 'Ministry of Defence of the Russian Federation', shortName: 'MoD RU', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_foreign', name: 'Ministry of Foreign Affairs of the Russian Federation', shortName: 'MFA RU', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_agriculture', name: 'Ministry of Agriculture of the Russian Federation', shortName: 'Minselkhoz', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_transport', name: 'Ministry of Transport of the Russian Federation', shortName: 'Mintrans RU', kind: 'ministry', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_customs', name: 'Federal Customs Service of the Russian Federation', shortName: 'FCS', kind: 'agency', party: 'RU', parent: 'ru_gov' },
  { key: 'ru_taxes', name: 'Federal Tax Service of the Russian Federation', shortName: 'FTS', kind: 'agency', party: 'RU', parent: 'ru_gov' },
];

/** People taken from the extraction gazetteer by name (aliases and dated positions come from there). */
export const PEOPLE = ['Alexander Lukashenko', 'Vladimir Putin', 'Roman Golovchenko', 'Alexander Turchin', 'Mikhail Mishustin', 'Dmitry Mezentsev', 'Sergey Glazyev', 'Sergey Lavrov', 'Sergei Aleinik'] as const;
export type PersonName = (typeof PEOPLE)[number];

export type EngagementKey = 'call' | 'talks' | 'com' | 'ssc';

export type Reporter = 'executor_by' | 'executor_ru' | 'secretariat';

export interface DemoReport {
  by: Reporter;
  /** the reporting body, when the secretariat records it for a body (default: the responsible body) */
  body?: BodyKey;
  submittedOn: string;
  progress: number;
  text: string;
  spent?: { amount: number; currency: 'BYN' | 'RUB' };
  review?: { status: 'accepted' | 'returned'; on: string; comment?: string };
}

export interface DemoDecision {
  kind: 'keep' | 'extend' | 'fulfilled' | 'withdraw' | 'escalate';
  on: string;
  reason: string;
  deadline?: WindowInput;
  engagement?: EngagementKey;
}

export interface DemoInstruction {
  title: string;
  text: string;
  topic: Topic;
  responsible: BodyKey;
  coExecutors: BodyKey[];
  authors: PersonName[];
  issuedOn: string;
  engagement?: EngagementKey;
  deadline: WindowInput | null;
  /** amounts in whole currency units; stored in minor units */
  financing?: { party: 'BY' | 'RU'; currency: 'BYN' | 'RUB'; planned: number; allocated?: number; spent?: number }[];
  reports?: DemoReport[];
  decisions?: DemoDecision[];
}

const PRESIDENTS: PersonName[] = ['Alexander Lukashenko', 'Vladimir Putin'];

function longDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The instructions, for a demo loaded on `today`. Historical ones first, then those dated from today. */
export function demoInstructions(today: string): DemoInstruction[] {
  const year = Number(today.slice(0, 4));
  const d = (days: number) => addDays(today, days);
  const atRiskDue = d(20);
  return [
    {
      title: 'Harmonise the administration of indirect taxes',
      text: 'Bring the administration of VAT and excise duties in mutual trade to common principles under the union programme on tax harmonisation, including the exchange of electronic invoices.',
      topic: 'single_market',
      responsible: 'by_taxes',
      coExecutors: ['ru_taxes'],
      authors: PRESIDENTS,
      issuedOn: '2021-11-04',
      deadline: { edtf: '2023', text: 'by the end of 2023' },
      reports: [
        { by: 'secretariat', submittedOn: '2023-06-30', progress: 60, text: 'Draft agreement on the principles of indirect taxation agreed by both tax services.', review: { status: 'accepted', on: '2023-07-10' } },
        { by: 'secretariat', submittedOn: '2023-12-20', progress: 100, text: 'Agreement signed; electronic invoice exchange in operation since 1 December.', review: { status: 'accepted', on: '2024-01-15' } },
      ],
      decisions: [{ kind: 'fulfilled', on: '2024-02-20', reason: 'The agreement is in force; removed from control as fulfilled.' }],
    },
    {
      title: 'Abolish permits for road carriers of the two states on transit routes',
      text: 'Agree the rules under which Belarusian and Russian road carriers make transit and bilateral trips without permits.',
      topic: 'transport',
      responsible: 'ru_transport',
      coExecutors: ['by_transport'],
      authors: PRESIDENTS,
      issuedOn: '2022-09-09',
      deadline: { edtf: '2023-06', text: 'by June 2023' },
      reports: [{ by: 'secretariat', submittedOn: '2023-03-01', progress: 30, text: 'Draft protocol circulated to the transport ministries.', review: { status: 'accepted', on: '2023-03-14' } }],
      decisions: [
        { kind: 'extend', on: '2023-06-20', reason: 'The technical rules on tachographs are not yet agreed.', deadline: { edtf: '2024-03', text: 'by March 2024' } },
        { kind: 'withdraw', on: '2024-05-15', reason: 'Superseded by the Union State agreement on road transport, which covers permits.' },
      ],
    },
    {
      title: 'Agree the formula for gas prices in the unified gas market',
      text: 'Agree the methodology for gas prices and transport tariffs for the unified gas market of the Union State and prepare the intergovernmental agreement.',
      topic: 'energy',
      responsible: 'ru_energy',
      coExecutors: ['by_energy', 'ru_economy'],
      authors: PRESIDENTS,
      issuedOn: '2023-02-17',
      engagement: 'talks',
      deadline: { edtf: '2023-12', text: 'by December 2023' },
      reports: [
        { by: 'secretariat', submittedOn: '2023-11-15', progress: 50, text: 'Tariff methodology agreed at expert level; price formula under discussion.', review: { status: 'accepted', on: '2023-11-25' } },
        { by: 'secretariat', submittedOn: '2025-10-01', progress: 70, text: 'Draft agreement on the unified gas market sent to the governments.', review: { status: 'accepted', on: '2025-10-10' } },
      ],
      decisions: [
        { kind: 'extend', on: '2023-12-20', reason: 'The agreement needs the tariff methodology first; the Council of Ministers of the Union State moved the deadline.', deadline: { edtf: '2025', text: 'by the end of 2025' } },
      ],
    },
    {
      title: 'Launch joint production of microelectronic components',
      text: 'Launch joint production of microelectronic components for the machine-building and instrument industries under the union programme for import substitution.',
      topic: 'import_substitution',
      responsible: 'by_industry',
      coExecutors: ['ru_industry'],
      authors: PRESIDENTS,
      issuedOn: '2023-02-17',
      engagement: 'talks',
      deadline: { latest: '2024-07-15', text: 'by 15 July 2024' },
      financing: [
        { party: 'BY', currency: 'BYN', planned: 48_000_000, allocated: 30_000_000, spent: 12_500_000 },
        { party: 'RU', currency: 'RUB', planned: 3_200_000_000, allocated: 2_000_000_000, spent: 900_000_000 },
      ],
      reports: [
        { by: 'executor_by', submittedOn: '2023-09-01', progress: 20, text: 'Design documentation for the first three products completed.', review: { status: 'accepted', on: '2023-09-15' } },
        { by: 'executor_by', submittedOn: '2024-03-01', progress: 35, text: 'Clean-room equipment ordered; deliveries expected in the third quarter.', spent: { amount: 12_500_000, currency: 'BYN' }, review: { status: 'accepted', on: '2024-03-12' } },
        {
          by: 'executor_ru',
          submittedOn: '2024-06-10',
          progress: 50,
          text: 'Pilot batch of controllers produced at the Russian partner plant.',
          spent: { amount: 900_000_000, currency: 'RUB' },
          review: { status: 'returned', on: '2024-06-20', comment: 'The spending does not match the allocated financing lines; attach the contracts and resubmit.' },
        },
      ],
    },
    {
      title: 'Introduce a unified administration of the customs tariff at the external border',
      text: 'Introduce common procedures for applying the customs tariff and for risk management at the external border of the Union State.',
      topic: 'single_market',
      responsible: 'ru_customs',
      coExecutors: ['by_customs'],
      authors: PRESIDENTS,
      issuedOn: '2022-06-30',
      deadline: { edtf: '2024-01/2024-03', text: 'in the first quarter of 2024' },
      reports: [{ by: 'secretariat', submittedOn: '2023-10-01', progress: 60, text: 'Common risk profiles approved; the data exchange is being tested.', review: { status: 'accepted', on: '2023-10-12' } }],
      decisions: [{ kind: 'keep', on: '2024-04-20', reason: 'Kept on control; the customs services report to the Standing Committee monthly.' }],
    },
    {
      title: 'Prepare the agreement on the unified market of oil and petroleum products',
      text: 'Prepare and agree the intergovernmental agreement on the unified market of oil and petroleum products of the Union State.',
      topic: 'energy',
      responsible: 'by_energy',
      coExecutors: ['ru_energy'],
      authors: PRESIDENTS,
      issuedOn: '2023-02-17',
      engagement: 'talks',
      deadline: { edtf: '2024-12', text: 'by December 2024' },
      reports: [
        { by: 'secretariat', submittedOn: '2024-05-01', progress: 50, text: 'Draft agreed by the energy ministries.', review: { status: 'accepted', on: '2024-05-14' } },
        { by: 'secretariat', submittedOn: '2024-11-20', progress: 100, text: 'Agreement signed by the heads of government.', review: { status: 'accepted', on: '2024-11-28' } },
      ],
      decisions: [{ kind: 'fulfilled', on: '2024-12-10', reason: 'Agreement signed; removed from control as fulfilled.' }],
    },
    {
      title: 'Introduce through rail tariffs for Belarusian exports through Russian ports',
      text: 'Set through rail freight tariffs for Belarusian export cargo shipped through Russian sea ports, equal to those for Russian shippers.',
      topic: 'transport',
      responsible: 'ru_transport',
      coExecutors: ['by_transport', 'ru_economy'],
      authors: PRESIDENTS,
      issuedOn: '2023-04-06',
      deadline: { latest: '2025-06-30', text: 'by 30 June 2025' },
      reports: [{ by: 'secretariat', submittedOn: '2024-12-02', progress: 40, text: 'Tariff rates agreed for fertiliser and oil products; other cargo pending.', review: { status: 'accepted', on: '2024-12-12' } }],
    },
    {
      title: 'Coordinate measures to ensure the security of the Union State',
      text: 'Coordinate the measures of both states to ensure the military security of the Union State, including the joint regional group of forces.',
      topic: 'security',
      responsible: 'standing_committee',
      coExecutors: ['by_defence', 'ru_defence'],
      authors: PRESIDENTS,
      issuedOn: '2023-02-17',
      engagement: 'talks',
      deadline: null,
    },
    // ---- dated from the day the demo is loaded
    {
      title: 'Localise production of aviation components for regional aircraft',
      text: 'Localise in both states the production of landing gear, avionics units and interior components for regional aircraft, replacing imported suppliers.',
      topic: 'import_substitution',
      responsible: 'ru_industry',
      coExecutors: ['by_industry'],
      authors: PRESIDENTS,
      issuedOn: d(-400),
      deadline: { latest: atRiskDue, text: `by ${longDay(atRiskDue)}` },
      financing: [{ party: 'RU', currency: 'RUB', planned: 1_500_000_000, allocated: 1_200_000_000, spent: 400_000_000 }],
      reports: [
        { by: 'executor_ru', submittedOn: d(-200), progress: 30, text: 'Suppliers for landing gear selected; avionics units in design.', spent: { amount: 400_000_000, currency: 'RUB' }, review: { status: 'accepted', on: d(-190) } },
        { by: 'executor_ru', submittedOn: d(-5), progress: 55, text: 'First landing-gear sets delivered for certification tests.' },
      ],
    },
    {
      title: 'Set up serial production of CNC machine tools under the union programme',
      text: 'Set up serial production of CNC machine tools and their numerical control systems, with Belarusian and Russian plants sharing the components.',
      topic: 'industry',
      responsible: 'by_industry',
      coExecutors: ['ru_industry'],
      authors: ['Alexander Lukashenko'],
      issuedOn: d(-250),
      deadline: { edtf: String(year + 1), text: `by the end of ${year + 1}` },
      financing: [{ party: 'BY', currency: 'BYN', planned: 25_000_000, allocated: 10_000_000 }],
      reports: [{ by: 'executor_by', submittedOn: d(-60), progress: 40, text: 'Prototype lathe with a domestic control system passed factory tests.', review: { status: 'accepted', on: d(-50) } }],
    },
    {
      title: 'Agree the common agrarian policy programme and the food security balance',
      text: 'Agree the programme of the common agrarian policy and the forecast balance of food supply and demand of the Union State.',
      topic: 'agriculture',
      responsible: 'by_agriculture',
      coExecutors: ['ru_agriculture'],
      authors: PRESIDENTS,
      issuedOn: d(-500),
      deadline: { edtf: `${year + 1}-04/${year + 1}-06`, text: `in the second quarter of ${year + 1}` },
    },
    {
      title: 'Report to the Supreme State Council on the execution of the union programmes',
      text: 'Prepare the consolidated report on the execution of the 28 union programmes for the next session of the Supreme State Council.',
      topic: 'economy',
      responsible: 'com_us',
      coExecutors: ['by_gov', 'ru_gov', 'standing_committee'],
      authors: ['Alexander Lukashenko', 'Vladimir Putin'],
      issuedOn: d(-100),
      deadline: { latest: d(200), text: `by ${longDay(d(200))}` },
    },
  ];
}
