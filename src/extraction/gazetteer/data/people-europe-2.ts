import type { GazetteerPerson } from '../types.ts';

// Europe, second file: the EU states people-europe.ts leaves out or covers only in part (Ireland,
// Malta, Cyprus, Slovenia, Croatia, Bulgaria, Slovakia, Latvia, Lithuania) and the Swiss presidents
// of the Confederation before 2022. Conventions as in people-cis.ts. Ireland's head of government
// is "Taoiseach", the press's word. People who already sit in people-europe.ts with a later office
// (Rinkēvičs, Berset, Parmelin, Fico) are not repeated here: their earlier offices are a known gap.
// Terms still open (`to: null`) were checked against events to mid-2026 where noted, otherwise to
// the end of 2025.

export const PEOPLE_EUROPE_2: readonly GazetteerPerson[] = [
  // --- Ireland ---
  { name: 'Mary McAleese', aliases: ['McAleese'], positions: [{ role: 'President', country: 'IE', from: '1997-11-11', to: '2011-11-10' }] },
  { name: 'Michael D. Higgins', aliases: ['Michael D Higgins', 'Michael Higgins'], positions: [{ role: 'President', country: 'IE', from: '2011-11-11', to: '2025-11-10' }] },
  { name: 'Catherine Connolly', aliases: [], positions: [{ role: 'President', country: 'IE', from: '2025-11-11', to: null }] },
  { name: 'Bertie Ahern', aliases: [], positions: [{ role: 'Taoiseach', country: 'IE', from: '1997-06-26', to: '2008-05-07' }] },
  { name: 'Brian Cowen', aliases: [], positions: [{ role: 'Taoiseach', country: 'IE', from: '2008-05-07', to: '2011-03-09' }] },
  { name: 'Enda Kenny', aliases: [], positions: [{ role: 'Taoiseach', country: 'IE', from: '2011-03-09', to: '2017-06-14' }] },
  {
    name: 'Leo Varadkar',
    aliases: ['Varadkar'],
    positions: [
      { role: 'Taoiseach', country: 'IE', from: '2017-06-14', to: '2020-06-27' },
      { role: 'Taoiseach', country: 'IE', from: '2022-12-17', to: '2024-04-09' },
    ],
  },
  {
    name: 'Micheál Martin',
    aliases: ['Micheal Martin'],
    positions: [
      { role: 'Taoiseach', country: 'IE', from: '2020-06-27', to: '2022-12-17' },
      { role: 'Taoiseach', country: 'IE', from: '2025-01-23', to: null },
    ],
  },
  { name: 'Simon Harris', aliases: [], positions: [{ role: 'Taoiseach', country: 'IE', from: '2024-04-09', to: '2025-01-23' }] },

  // --- Malta ---
  { name: 'Eddie Fenech Adami', aliases: ['Fenech Adami'], positions: [{ role: 'President', country: 'MT', from: '2004-04-04', to: '2009-04-04' }] },
  { name: 'George Abela', aliases: [], positions: [{ role: 'President', country: 'MT', from: '2009-04-04', to: '2014-04-04' }] },
  { name: 'Marie-Louise Coleiro Preca', aliases: ['Coleiro Preca'], positions: [{ role: 'President', country: 'MT', from: '2014-04-04', to: '2019-04-04' }] },
  { name: 'George Vella', aliases: [], positions: [{ role: 'President', country: 'MT', from: '2019-04-04', to: '2024-04-04' }] },
  { name: 'Myriam Spiteri Debono', aliases: ['Spiteri Debono'], positions: [{ role: 'President', country: 'MT', from: '2024-04-04', to: null }] },
  { name: 'Lawrence Gonzi', aliases: ['Gonzi'], positions: [{ role: 'Prime Minister', country: 'MT', from: '2004-03-23', to: '2013-03-11' }] },
  { name: 'Joseph Muscat', aliases: ['Muscat'], positions: [{ role: 'Prime Minister', country: 'MT', from: '2013-03-11', to: '2020-01-13' }] },
  // "Abela" alone names two Maltese leaders.
  { name: 'Robert Abela', aliases: [], positions: [{ role: 'Prime Minister', country: 'MT', from: '2020-01-13', to: null }] },

  // --- Cyprus ---
  { name: 'Tassos Papadopoulos', aliases: [], positions: [{ role: 'President', country: 'CY', from: '2003-02-28', to: '2008-02-28' }] },
  { name: 'Demetris Christofias', aliases: ['Dimitris Christofias', 'Christofias'], positions: [{ role: 'President', country: 'CY', from: '2008-02-28', to: '2013-02-28' }] },
  { name: 'Nicos Anastasiades', aliases: ['Nikos Anastasiadis', 'Anastasiades'], positions: [{ role: 'President', country: 'CY', from: '2013-02-28', to: '2023-02-28' }] },
  { name: 'Nikos Christodoulides', aliases: ['Nicos Christodoulides', 'Christodoulides'], positions: [{ role: 'President', country: 'CY', from: '2023-02-28', to: null }] },

  // --- Slovenia ---
  { name: 'Janez Drnovšek', aliases: ['Janez Drnovsek', 'Drnovšek', 'Drnovsek'], positions: [{ role: 'President', country: 'SI', from: '2002-12-22', to: '2007-12-22' }] },
  { name: 'Danilo Türk', aliases: ['Danilo Turk'], positions: [{ role: 'President', country: 'SI', from: '2007-12-22', to: '2012-12-22' }] },
  {
    name: 'Borut Pahor',
    aliases: ['Pahor'],
    positions: [
      { role: 'Prime Minister', country: 'SI', from: '2008-11-21', to: '2012-02-10' },
      { role: 'President', country: 'SI', from: '2012-12-22', to: '2022-12-22' },
    ],
  },
  { name: 'Nataša Pirc Musar', aliases: ['Natasa Pirc Musar', 'Pirc Musar'], positions: [{ role: 'President', country: 'SI', from: '2022-12-23', to: null }] },
  {
    name: 'Janez Janša',
    aliases: ['Janez Jansa', 'Janša', 'Jansa'],
    positions: [
      { role: 'Prime Minister', country: 'SI', from: '2004-12-03', to: '2008-11-21' },
      { role: 'Prime Minister', country: 'SI', from: '2012-02-10', to: '2013-03-20' },
      { role: 'Prime Minister', country: 'SI', from: '2020-03-13', to: '2022-06-01' },
    ],
  },
  { name: 'Alenka Bratušek', aliases: ['Alenka Bratusek', 'Bratušek', 'Bratusek'], positions: [{ role: 'Prime Minister', country: 'SI', from: '2013-03-20', to: '2014-09-18' }] },
  { name: 'Miro Cerar', aliases: [], positions: [{ role: 'Prime Minister', country: 'SI', from: '2014-09-18', to: '2018-09-13' }] },
  { name: 'Marjan Šarec', aliases: ['Marjan Sarec', 'Šarec', 'Sarec'], positions: [{ role: 'Prime Minister', country: 'SI', from: '2018-09-13', to: '2020-03-13' }] },
  // Not checked against the parliamentary election of March 2026.
  { name: 'Robert Golob', aliases: ['Golob'], positions: [{ role: 'Prime Minister', country: 'SI', from: '2022-06-01', to: null }] },

  // --- Croatia ---
  { name: 'Stjepan Mesić', aliases: ['Stjepan Mesic', 'Mesić', 'Mesic'], positions: [{ role: 'President', country: 'HR', from: '2000-02-18', to: '2010-02-18' }] },
  { name: 'Ivo Josipović', aliases: ['Ivo Josipovic', 'Josipović', 'Josipovic'], positions: [{ role: 'President', country: 'HR', from: '2010-02-18', to: '2015-02-19' }] },
  { name: 'Kolinda Grabar-Kitarović', aliases: ['Kolinda Grabar-Kitarovic', 'Grabar-Kitarović', 'Grabar-Kitarovic'], positions: [{ role: 'President', country: 'HR', from: '2015-02-19', to: '2020-02-19' }] },
  {
    name: 'Zoran Milanović',
    aliases: ['Zoran Milanovic', 'Milanović', 'Milanovic'],
    positions: [
      { role: 'Prime Minister', country: 'HR', from: '2011-12-23', to: '2016-01-22' },
      { role: 'President', country: 'HR', from: '2020-02-19', to: null },
    ],
  },
  { name: 'Ivo Sanader', aliases: ['Sanader'], positions: [{ role: 'Prime Minister', country: 'HR', from: '2003-12-23', to: '2009-07-06' }] },
  { name: 'Jadranka Kosor', aliases: ['Kosor'], positions: [{ role: 'Prime Minister', country: 'HR', from: '2009-07-06', to: '2011-12-23' }] },
  { name: 'Tihomir Orešković', aliases: ['Tihomir Oreskovic', 'Orešković', 'Oreskovic'], positions: [{ role: 'Prime Minister', country: 'HR', from: '2016-01-22', to: '2016-10-19' }] },
  { name: 'Andrej Plenković', aliases: ['Andrej Plenkovic', 'Plenković', 'Plenkovic'], positions: [{ role: 'Prime Minister', country: 'HR', from: '2016-10-19', to: null }] },

  // --- Bulgaria (caretaker prime ministers included: readouts name them for months) ---
  { name: 'Georgi Parvanov', aliases: ['Georgi Purvanov', 'Parvanov', 'Първанов'], positions: [{ role: 'President', country: 'BG', from: '2002-01-22', to: '2012-01-22' }] },
  { name: 'Rosen Plevneliev', aliases: ['Rossen Plevneliev', 'Plevneliev', 'Плевнелиев'], positions: [{ role: 'President', country: 'BG', from: '2012-01-22', to: '2017-01-22' }] },
  // Announced his resignation on 19 January 2026; the Constitutional Court ended his term on 23 January.
  { name: 'Rumen Radev', aliases: ['Roumen Radev', 'Radev', 'Радев'], positions: [{ role: 'President', country: 'BG', from: '2017-01-22', to: '2026-01-23' }] },
  { name: 'Iliana Iotova', aliases: ['Iliana Yotova', 'Iotova', 'Yotova', 'Йотова'], positions: [{ role: 'President', country: 'BG', from: '2026-01-23', to: null }] },
  { name: 'Sergei Stanishev', aliases: ['Sergey Stanishev', 'Stanishev', 'Станишев'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2005-08-16', to: '2009-07-27' }] },
  {
    name: 'Boyko Borisov',
    aliases: ['Boiko Borisov', 'Борисов'],
    positions: [
      { role: 'Prime Minister', country: 'BG', from: '2009-07-27', to: '2013-03-13' },
      { role: 'Prime Minister', country: 'BG', from: '2014-11-07', to: '2017-01-27' },
      { role: 'Prime Minister', country: 'BG', from: '2017-05-04', to: '2021-05-12' },
    ],
  },
  { name: 'Marin Raykov', aliases: ['Marin Raikov'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2013-03-13', to: '2013-05-29' }] },
  { name: 'Plamen Oresharski', aliases: ['Oresharski', 'Орешарски'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2013-05-29', to: '2014-08-06' }] },
  { name: 'Georgi Bliznashki', aliases: ['Bliznashki'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2014-08-06', to: '2014-11-07' }] },
  { name: 'Ognyan Gerdzhikov', aliases: ['Ognian Gerdjikov', 'Gerdzhikov'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2017-01-27', to: '2017-05-04' }] },
  { name: 'Stefan Yanev', aliases: ['Stefan Ianev'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2021-05-12', to: '2021-12-13' }] },
  { name: 'Kiril Petkov', aliases: ['Petkov', 'Петков'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2021-12-13', to: '2022-08-02' }] },
  { name: 'Galab Donev', aliases: ['Gylab Donev', 'Donev'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2022-08-02', to: '2023-06-06' }] },
  { name: 'Nikolai Denkov', aliases: ['Nikolay Denkov', 'Denkov', 'Денков'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2023-06-06', to: '2024-04-09' }] },
  { name: 'Dimitar Glavchev', aliases: ['Glavchev', 'Главчев'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2024-04-09', to: '2025-01-16' }] },
  // His government resigned on 11 December 2025 and stayed on until the caretaker cabinet was sworn in.
  { name: 'Rosen Zhelyazkov', aliases: ['Rossen Zhelyazkov', 'Zhelyazkov', 'Желязков'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2025-01-16', to: '2026-02-19' }] },
  // Caretaker until a cabinet is formed after the election of 19 April 2026 (not checked beyond it).
  { name: 'Andrey Gyurov', aliases: ['Andrei Gyurov', 'Andrey Gurov', 'Gyurov', 'Гюров'], positions: [{ role: 'Prime Minister', country: 'BG', from: '2026-02-19', to: null }] },

  // --- Slovakia (Robert Fico is in people-europe.ts) ---
  { name: 'Ivan Gašparovič', aliases: ['Ivan Gasparovic', 'Gašparovič', 'Gasparovic'], positions: [{ role: 'President', country: 'SK', from: '2004-06-15', to: '2014-06-15' }] },
  { name: 'Andrej Kiska', aliases: ['Kiska'], positions: [{ role: 'President', country: 'SK', from: '2014-06-15', to: '2019-06-15' }] },
  { name: 'Zuzana Čaputová', aliases: ['Zuzana Caputova', 'Čaputová', 'Caputova'], positions: [{ role: 'President', country: 'SK', from: '2019-06-15', to: '2024-06-15' }] },
  {
    name: 'Peter Pellegrini',
    aliases: ['Pellegrini'],
    positions: [
      { role: 'Prime Minister', country: 'SK', from: '2018-03-22', to: '2020-03-21' },
      { role: 'President', country: 'SK', from: '2024-06-15', to: null },
    ],
  },
  { name: 'Mikuláš Dzurinda', aliases: ['Mikulas Dzurinda', 'Dzurinda'], positions: [{ role: 'Prime Minister', country: 'SK', from: '1998-10-30', to: '2006-07-04' }] },
  { name: 'Iveta Radičová', aliases: ['Iveta Radicova', 'Radičová', 'Radicova'], positions: [{ role: 'Prime Minister', country: 'SK', from: '2010-07-08', to: '2012-04-04' }] },
  { name: 'Igor Matovič', aliases: ['Igor Matovic', 'Matovič', 'Matovic'], positions: [{ role: 'Prime Minister', country: 'SK', from: '2020-03-21', to: '2021-04-01' }] },
  { name: 'Eduard Heger', aliases: ['Heger'], positions: [{ role: 'Prime Minister', country: 'SK', from: '2021-04-01', to: '2023-05-15' }] },
  { name: 'Ľudovít Ódor', aliases: ['Ludovit Odor', 'Ódor', 'Odor'], positions: [{ role: 'Prime Minister', country: 'SK', from: '2023-05-15', to: '2023-10-25' }] },

  // --- Latvia (Edgars Rinkēvičs is in people-europe.ts) ---
  { name: 'Vaira Vīķe-Freiberga', aliases: ['Vaira Vike-Freiberga', 'Vīķe-Freiberga', 'Vike-Freiberga'], positions: [{ role: 'President', country: 'LV', from: '1999-07-08', to: '2007-07-07' }] },
  { name: 'Valdis Zatlers', aliases: ['Zatlers'], positions: [{ role: 'President', country: 'LV', from: '2007-07-08', to: '2011-07-07' }] },
  { name: 'Andris Bērziņš', aliases: ['Andris Berzins'], positions: [{ role: 'President', country: 'LV', from: '2011-07-08', to: '2015-07-07' }] },
  { name: 'Raimonds Vējonis', aliases: ['Raimonds Vejonis', 'Vējonis', 'Vejonis'], positions: [{ role: 'President', country: 'LV', from: '2015-07-08', to: '2019-07-07' }] },
  { name: 'Egils Levits', aliases: ['Levits'], positions: [{ role: 'President', country: 'LV', from: '2019-07-08', to: '2023-07-07' }] },
  { name: 'Aigars Kalvītis', aliases: ['Aigars Kalvitis', 'Kalvītis', 'Kalvitis'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2004-12-02', to: '2007-12-20' }] },
  { name: 'Ivars Godmanis', aliases: ['Godmanis'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2007-12-20', to: '2009-03-12' }] },
  { name: 'Valdis Dombrovskis', aliases: ['Dombrovskis'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2009-03-12', to: '2014-01-22' }] },
  { name: 'Laimdota Straujuma', aliases: ['Straujuma'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2014-01-22', to: '2016-02-11' }] },
  { name: 'Māris Kučinskis', aliases: ['Maris Kucinskis', 'Kučinskis', 'Kucinskis'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2016-02-11', to: '2019-01-23' }] },
  { name: 'Krišjānis Kariņš', aliases: ['Krisjanis Karins', 'Kariņš', 'Karins'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2019-01-23', to: '2023-09-15' }] },
  { name: 'Evika Siliņa', aliases: ['Evika Silina', 'Siliņa', 'Silina'], positions: [{ role: 'Prime Minister', country: 'LV', from: '2023-09-15', to: null }] },

  // --- Lithuania (Nausėda and Grybauskaitė are in people-europe.ts) ---
  { name: 'Valdas Adamkus', aliases: ['Adamkus'], positions: [{ role: 'President', country: 'LT', from: '2004-07-12', to: '2009-07-12' }] },
  { name: 'Algirdas Brazauskas', aliases: ['Brazauskas'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2001-07-03', to: '2006-06-01' }] },
  { name: 'Gediminas Kirkilas', aliases: ['Kirkilas'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2006-07-04', to: '2008-12-09' }] },
  { name: 'Andrius Kubilius', aliases: ['Kubilius'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2008-12-09', to: '2012-12-13' }] },
  { name: 'Algirdas Butkevičius', aliases: ['Algirdas Butkevicius', 'Butkevičius', 'Butkevicius'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2012-12-13', to: '2016-12-13' }] },
  { name: 'Saulius Skvernelis', aliases: ['Skvernelis'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2016-12-13', to: '2020-12-11' }] },
  { name: 'Ingrida Šimonytė', aliases: ['Ingrida Simonyte', 'Šimonytė', 'Simonyte'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2020-12-11', to: '2024-12-12' }] },
  // Resigned on 4 August 2025 and stayed on as caretaker; the Seimas approved Ruginienė on 26 August.
  { name: 'Gintautas Paluckas', aliases: ['Paluckas'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2024-12-12', to: '2025-08-26' }] },
  { name: 'Inga Ruginienė', aliases: ['Inga Ruginiene', 'Ruginienė', 'Ruginiene'], positions: [{ role: 'Prime Minister', country: 'LT', from: '2025-08-26', to: null }] },

  // --- Switzerland: presidents of the Confederation, one calendar year each (2022 on: people-europe.ts) ---
  { name: 'Samuel Schmid', aliases: [], positions: [{ role: 'President', country: 'CH', from: '2005-01-01', to: '2005-12-31' }] },
  { name: 'Moritz Leuenberger', aliases: ['Leuenberger'], positions: [{ role: 'President', country: 'CH', from: '2006-01-01', to: '2006-12-31' }] },
  {
    name: 'Micheline Calmy-Rey',
    aliases: ['Calmy-Rey'],
    positions: [
      { role: 'President', country: 'CH', from: '2007-01-01', to: '2007-12-31' },
      { role: 'President', country: 'CH', from: '2011-01-01', to: '2011-12-31' },
    ],
  },
  { name: 'Pascal Couchepin', aliases: ['Couchepin'], positions: [{ role: 'President', country: 'CH', from: '2008-01-01', to: '2008-12-31' }] },
  // "Merz" alone is Friedrich Merz.
  { name: 'Hans-Rudolf Merz', aliases: ['Hans Rudolf Merz'], positions: [{ role: 'President', country: 'CH', from: '2009-01-01', to: '2009-12-31' }] },
  {
    name: 'Doris Leuthard',
    aliases: ['Leuthard'],
    positions: [
      { role: 'President', country: 'CH', from: '2010-01-01', to: '2010-12-31' },
      { role: 'President', country: 'CH', from: '2017-01-01', to: '2017-12-31' },
    ],
  },
  { name: 'Eveline Widmer-Schlumpf', aliases: ['Widmer-Schlumpf'], positions: [{ role: 'President', country: 'CH', from: '2012-01-01', to: '2012-12-31' }] },
  {
    name: 'Ueli Maurer',
    aliases: [],
    positions: [
      { role: 'President', country: 'CH', from: '2013-01-01', to: '2013-12-31' },
      { role: 'President', country: 'CH', from: '2019-01-01', to: '2019-12-31' },
    ],
  },
  { name: 'Didier Burkhalter', aliases: ['Burkhalter'], positions: [{ role: 'President', country: 'CH', from: '2014-01-01', to: '2014-12-31' }] },
  {
    name: 'Simonetta Sommaruga',
    aliases: ['Sommaruga'],
    positions: [
      { role: 'President', country: 'CH', from: '2015-01-01', to: '2015-12-31' },
      { role: 'President', country: 'CH', from: '2020-01-01', to: '2020-12-31' },
    ],
  },
  { name: 'Johann Schneider-Ammann', aliases: ['Schneider-Ammann'], positions: [{ role: 'President', country: 'CH', from: '2016-01-01', to: '2016-12-31' }] },
  // 2018 (Alain Berset) and 2021 (Guy Parmelin) belong to entries in people-europe.ts.
];
