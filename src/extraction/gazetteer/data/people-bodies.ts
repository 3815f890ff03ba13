import type { GazetteerPerson } from '../types.ts';

// Heads of intergovernmental bodies who held no national office listed in the regional files.
// (Those who did, such as Stoltenberg, Rutte, Tusk, Costa, Myasnikovich or Tigran Sargsyan,
// sit in their country's file with all their positions.) `body` is a name from BODIES.

const UN = 'United Nations';
const SCO = 'Shanghai Cooperation Organisation';
const CSTO = 'Collective Security Treaty Organization';

export const PEOPLE_BODIES: readonly GazetteerPerson[] = [
  // --- United Nations and its agencies ---
  {
    name: 'Kofi Annan',
    aliases: ['Annan'],
    positions: [{ role: 'Secretary General', country: null, body: UN, from: '1997-01-01', to: '2006-12-31' }],
  },
  {
    name: 'Ban Ki-moon',
    aliases: ['Ban Ki Moon', 'Пан Ги Мун'],
    positions: [{ role: 'Secretary General', country: null, body: UN, from: '2007-01-01', to: '2016-12-31' }],
  },
  {
    name: 'António Guterres',
    aliases: ['Antonio Guterres', 'Guterres', 'Гутерриш'],
    positions: [
      { role: 'Prime Minister', country: 'PT', from: '1995-10-28', to: '2002-04-06' },
      { role: 'Secretary General', country: null, body: UN, from: '2017-01-01', to: null },
    ],
  },
  {
    name: 'Mohamed ElBaradei',
    aliases: ['Mohamed El Baradei', 'Mohamed El-Baradei', 'ElBaradei'],
    positions: [{ role: 'Director General', country: null, body: 'International Atomic Energy Agency', from: '1997-12-01', to: '2009-11-30' }],
  },
  {
    name: 'Yukiya Amano',
    aliases: ['Amano'],
    positions: [{ role: 'Director General', country: null, body: 'International Atomic Energy Agency', from: '2009-12-01', to: '2019-07-18' }],
  },
  {
    name: 'Rafael Grossi',
    aliases: ['Rafael Mariano Grossi', 'Grossi', 'Гросси'],
    positions: [{ role: 'Director General', country: null, body: 'International Atomic Energy Agency', from: '2019-12-03', to: null }],
  },
  {
    name: 'Margaret Chan',
    aliases: [],
    positions: [{ role: 'Director General', country: null, body: 'World Health Organization', from: '2007-01-04', to: '2017-06-30' }],
  },
  {
    name: 'Tedros Adhanom Ghebreyesus',
    aliases: ['Tedros Adhanom', 'Tedros Ghebreyesus', 'Dr Tedros'],
    positions: [{ role: 'Director General', country: null, body: 'World Health Organization', from: '2017-07-01', to: null }],
  },

  // --- European Union (holders without a national office in people-europe.ts) ---
  {
    name: 'José Manuel Barroso',
    aliases: ['Jose Manuel Barroso', 'José Manuel Durão Barroso', 'Barroso'],
    positions: [
      { role: 'Prime Minister', country: 'PT', from: '2002-04-06', to: '2004-07-17' },
      { role: 'President', country: null, body: 'European Commission', from: '2004-11-22', to: '2014-10-31' },
    ],
  },
  {
    name: 'Catherine Ashton',
    aliases: ['Baroness Ashton'],
    positions: [{ role: 'High Representative', country: null, body: 'European Union', from: '2009-12-01', to: '2014-10-31' }],
  },
  {
    name: 'Federica Mogherini',
    aliases: ['Mogherini'],
    positions: [
      { role: 'Foreign Minister', country: 'IT', from: '2014-02-22', to: '2014-10-31' },
      { role: 'High Representative', country: null, body: 'European Union', from: '2014-11-01', to: '2019-11-30' },
    ],
  },
  {
    name: 'Josep Borrell',
    aliases: ['Josep Borrell Fontelles', 'Borrell', 'Боррель'],
    positions: [
      { role: 'Foreign Minister', country: 'ES', from: '2018-06-07', to: '2019-11-30' },
      { role: 'High Representative', country: null, body: 'European Union', from: '2019-12-01', to: '2024-11-30' },
    ],
  },

  // --- Eurasian bodies ---
  {
    name: 'Viktor Khristenko',
    aliases: ['Victor Khristenko', 'Khristenko', 'Христенко'],
    positions: [{ role: 'Chairman of the Board', country: null, body: 'Eurasian Economic Commission', from: '2012-02-01', to: '2016-02-01' }],
  },
  {
    name: 'Nikolai Bordyuzha',
    aliases: ['Nikolay Bordyuzha', 'Bordyuzha', 'Бордюжа'],
    positions: [{ role: 'Secretary General', country: null, body: CSTO, from: '2003-04-28', to: '2016-12-31' }],
  },
  {
    name: 'Stanislav Zas',
    aliases: ['Zas', 'Зась'],
    positions: [{ role: 'Secretary General', country: null, body: CSTO, from: '2020-01-01', to: '2022-12-31' }],
  },
  {
    name: 'Imangali Tasmagambetov',
    aliases: ['Tasmagambetov', 'Тасмагамбетов'],
    positions: [
      { role: 'Prime Minister', country: 'KZ', from: '2002-01-28', to: '2003-06-11' },
      { role: 'Secretary General', country: null, body: CSTO, from: '2023-01-01', to: '2025-12-31' },
    ],
  },
  {
    name: 'Taalatbek Masadykov',
    aliases: ['Masadykov', 'Масадыков'],
    positions: [{ role: 'Secretary General', country: null, body: CSTO, from: '2026-01-01', to: null }],
  },
  {
    name: 'Sergey Lebedev',
    aliases: ['Sergei Lebedev', 'Сергей Лебедев'],
    // Chairman of the Executive Committee and Executive Secretary until 2022; the title became
    // Secretary General on 1 January 2023. One role is kept so that the office has one holder.
    positions: [{ role: 'Secretary General', country: null, body: 'Commonwealth of Independent States', from: '2007-10-05', to: null }],
  },
  {
    name: 'Rashid Alimov',
    aliases: ['Alimov'],
    positions: [{ role: 'Secretary General', country: null, body: SCO, from: '2016-01-01', to: '2018-12-31' }],
  },
  {
    name: 'Vladimir Norov',
    aliases: ['Norov'],
    positions: [
      { role: 'Foreign Minister', country: 'UZ', from: '2006-02-01', to: '2010-01-12' },
      { role: 'Secretary General', country: null, body: SCO, from: '2019-01-01', to: '2021-12-31' },
      { role: 'Foreign Minister', country: 'UZ', from: '2022-07-29', to: '2024-09-17' },
    ],
  },
  {
    name: 'Zhang Ming',
    aliases: [],
    positions: [{ role: 'Secretary General', country: null, body: SCO, from: '2022-01-01', to: '2024-12-31' }],
  },
  {
    name: 'Nurlan Yermekbayev',
    aliases: ['Nurlan Yermekbaev', 'Yermekbayev', 'Ермекбаев'],
    positions: [{ role: 'Secretary General', country: null, body: SCO, from: '2025-01-01', to: null }],
  },
  {
    name: 'Pavel Borodin',
    aliases: ['Borodin', 'Бородин'],
    positions: [{ role: 'State Secretary', country: null, body: 'Union State', from: '2000-01-26', to: '2011-11-25' }],
  },
  {
    name: 'Grigory Rapota',
    aliases: ['Grigoriy Rapota', 'Rapota', 'Рапота'],
    positions: [{ role: 'State Secretary', country: null, body: 'Union State', from: '2011-11-25', to: '2021-03-19' }],
  },
  {
    name: 'Dmitry Mezentsev',
    aliases: ['Dmitri Mezentsev', 'Mezentsev', 'Мезенцев'],
    positions: [
      { role: 'Secretary General', country: null, body: SCO, from: '2013-01-01', to: '2015-12-31' },
      { role: 'State Secretary', country: null, body: 'Union State', from: '2021-03-19', to: '2025-04-17' },
    ],
  },
  {
    name: 'Sergey Glazyev',
    aliases: ['Sergei Glazyev', 'Glazyev', 'Глазьев'],
    positions: [{ role: 'State Secretary', country: null, body: 'Union State', from: '2025-04-17', to: null }],
  },

  // --- Africa and the Arab world ---
  {
    name: 'Moussa Faki Mahamat',
    aliases: ['Moussa Faki'],
    positions: [{ role: 'Chairperson of the Commission', country: null, body: 'African Union', from: '2017-03-14', to: '2025-02-15' }],
  },
  {
    name: 'Mahmoud Ali Youssouf',
    aliases: [],
    positions: [{ role: 'Chairperson of the Commission', country: null, body: 'African Union', from: '2025-02-15', to: null }],
  },
  {
    name: 'Ahmed Aboul Gheit',
    aliases: ['Ahmed Abul Gheit', 'Aboul Gheit'],
    positions: [
      { role: 'Foreign Minister', country: 'EG', from: '2004-07-14', to: '2011-03-06' },
      { role: 'Secretary General', country: null, body: 'Arab League', from: '2016-07-01', to: null },
    ],
  },
];
