import type { GazetteerPerson } from '../types.ts';

// Heads of the OSCE, ASEAN and the African Union Commission who are not in people-bodies.ts.
// Conventions as in people-bodies.ts: `body` is a name from BODIES.

const OSCE = 'Organization for Security and Co-operation in Europe';
const ASEAN = 'Association of Southeast Asian Nations';
const AU = 'African Union';

export const PEOPLE_BODIES_2: readonly GazetteerPerson[] = [
  // --- OSCE Secretaries General ---
  { name: 'Marc Perrin de Brichambaut', aliases: ['Perrin de Brichambaut'], positions: [{ role: 'Secretary General', country: null, body: OSCE, from: '2005-06-21', to: '2011-06-30' }] },
  { name: 'Lamberto Zannier', aliases: ['Zannier'], positions: [{ role: 'Secretary General', country: null, body: OSCE, from: '2011-07-01', to: '2017-06-30' }] },
  { name: 'Thomas Greminger', aliases: ['Greminger'], positions: [{ role: 'Secretary General', country: null, body: OSCE, from: '2017-07-18', to: '2020-07-18' }] },
  { name: 'Helga Schmid', aliases: ['Helga Maria Schmid'], positions: [{ role: 'Secretary General', country: null, body: OSCE, from: '2020-12-04', to: '2024-12-03' }] },
  {
    name: 'Feridun Sinirlioğlu',
    aliases: ['Feridun Sinirlioglu', 'Sinirlioğlu', 'Sinirlioglu', 'Синирлиоглу'],
    positions: [
      { role: 'Foreign Minister', country: 'TR', from: '2015-08-28', to: '2015-11-24' },
      { role: 'Secretary General', country: null, body: OSCE, from: '2024-12-04', to: null },
    ],
  },

  // --- ASEAN Secretaries General (five-year terms from 1 January) ---
  { name: 'Ong Keng Yong', aliases: [], positions: [{ role: 'Secretary General', country: null, body: ASEAN, from: '2003-01-01', to: '2007-12-31' }] },
  { name: 'Surin Pitsuwan', aliases: ['Pitsuwan'], positions: [{ role: 'Secretary General', country: null, body: ASEAN, from: '2008-01-01', to: '2012-12-31' }] },
  { name: 'Lê Lương Minh', aliases: ['Le Luong Minh'], positions: [{ role: 'Secretary General', country: null, body: ASEAN, from: '2013-01-01', to: '2017-12-31' }] },
  { name: 'Lim Jock Hoi', aliases: ['Dato Lim Jock Hoi', 'Dato Paduka Lim Jock Hoi'], positions: [{ role: 'Secretary General', country: null, body: ASEAN, from: '2018-01-01', to: '2022-12-31' }] },
  { name: 'Kao Kim Hourn', aliases: [], positions: [{ role: 'Secretary General', country: null, body: ASEAN, from: '2023-01-01', to: null }] },

  // --- Chairpersons of the African Union Commission before Moussa Faki ---
  { name: 'Alpha Oumar Konaré', aliases: ['Alpha Oumar Konare', 'Konaré', 'Konare'], positions: [{ role: 'Chairperson of the Commission', country: null, body: AU, from: '2003-09-16', to: '2008-04-28' }] },
  { name: 'Jean Ping', aliases: [], positions: [{ role: 'Chairperson of the Commission', country: null, body: AU, from: '2008-04-28', to: '2012-10-15' }] },
  {
    name: 'Nkosazana Dlamini-Zuma',
    aliases: ['Nkosazana Dlamini Zuma', 'Dlamini-Zuma', 'Dlamini Zuma'],
    positions: [
      { role: 'Foreign Minister', country: 'ZA', from: '1999-06-17', to: '2009-05-10' },
      { role: 'Chairperson of the Commission', country: null, body: AU, from: '2012-10-15', to: '2017-03-14' },
    ],
  },
];
