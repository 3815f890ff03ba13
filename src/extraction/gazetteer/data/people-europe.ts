import type { GazetteerPerson } from '../types.ts';

// Europe (EU members, the UK, Norway, Switzerland, Serbia) and the heads of EU institutions and
// NATO who also held national office. Conventions as in people-cis.ts. Roles follow the press's
// word for the office: "Chancellor" (DE, AT), "Foreign Secretary" (GB). Where a successor is not
// known with confidence the predecessor's term is closed and no successor is guessed.

const EU = 'European Union';
const NATO = 'North Atlantic Treaty Organization';

export const PEOPLE_EUROPE: readonly GazetteerPerson[] = [
  // --- United Kingdom ---
  {
    name: 'Queen Elizabeth II',
    aliases: ['Elizabeth II', 'Queen Elizabeth'],
    positions: [{ role: 'Queen', country: 'GB', from: '1952-02-06', to: '2022-09-08' }],
  },
  {
    name: 'King Charles III',
    aliases: ['Charles III', 'King Charles'],
    positions: [{ role: 'King', country: 'GB', from: '2022-09-08', to: null }],
  },
  { name: 'Tony Blair', aliases: ['Blair'], positions: [{ role: 'Prime Minister', country: 'GB', from: '1997-05-02', to: '2007-06-27' }] },
  { name: 'Gordon Brown', aliases: [], positions: [{ role: 'Prime Minister', country: 'GB', from: '2007-06-27', to: '2010-05-11' }] },
  {
    name: 'David Cameron',
    aliases: ['Lord Cameron', 'Cameron'],
    positions: [
      { role: 'Prime Minister', country: 'GB', from: '2010-05-11', to: '2016-07-13' },
      { role: 'Foreign Secretary', country: 'GB', from: '2023-11-13', to: '2024-07-05' },
    ],
  },
  // "May" alone is a month and a verb: never an alias.
  { name: 'Theresa May', aliases: [], positions: [{ role: 'Prime Minister', country: 'GB', from: '2016-07-13', to: '2019-07-24' }] },
  {
    name: 'Boris Johnson',
    aliases: ['Alexander Boris de Pfeffel Johnson'],
    positions: [
      { role: 'Foreign Secretary', country: 'GB', from: '2016-07-13', to: '2018-07-09' },
      { role: 'Prime Minister', country: 'GB', from: '2019-07-24', to: '2022-09-06' },
    ],
  },
  {
    name: 'Liz Truss',
    aliases: ['Elizabeth Truss', 'Truss'],
    positions: [
      { role: 'Foreign Secretary', country: 'GB', from: '2021-09-15', to: '2022-09-06' },
      { role: 'Prime Minister', country: 'GB', from: '2022-09-06', to: '2022-10-25' },
    ],
  },
  { name: 'Rishi Sunak', aliases: ['Sunak'], positions: [{ role: 'Prime Minister', country: 'GB', from: '2022-10-25', to: '2024-07-05' }] },
  { name: 'Keir Starmer', aliases: ['Sir Keir Starmer', 'Starmer'], positions: [{ role: 'Prime Minister', country: 'GB', from: '2024-07-05', to: null }] },
  { name: 'Margaret Beckett', aliases: ['Beckett'], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2006-05-05', to: '2007-06-27' }] },
  { name: 'David Miliband', aliases: [], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2007-06-28', to: '2010-05-11' }] },
  { name: 'William Hague', aliases: [], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2010-05-12', to: '2014-07-14' }] },
  { name: 'Philip Hammond', aliases: [], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2014-07-15', to: '2016-07-13' }] },
  { name: 'Jeremy Hunt', aliases: [], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2018-07-09', to: '2019-07-24' }] },
  { name: 'Dominic Raab', aliases: ['Raab'], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2019-07-24', to: '2021-09-15' }] },
  { name: 'James Cleverly', aliases: [], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2022-09-06', to: '2023-11-13' }] },
  { name: 'David Lammy', aliases: ['Lammy'], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2024-07-05', to: '2025-09-05' }] },
  { name: 'Yvette Cooper', aliases: [], positions: [{ role: 'Foreign Secretary', country: 'GB', from: '2025-09-05', to: null }] },

  // --- Germany ---
  { name: 'Gerhard Schröder', aliases: ['Gerhard Schroeder', 'Gerhard Schroder', 'Schröder', 'Schroeder'], positions: [{ role: 'Chancellor', country: 'DE', from: '1998-10-27', to: '2005-11-22' }] },
  { name: 'Angela Merkel', aliases: ['Merkel', 'Меркель'], positions: [{ role: 'Chancellor', country: 'DE', from: '2005-11-22', to: '2021-12-08' }] },
  { name: 'Olaf Scholz', aliases: ['Scholz', 'Шольц'], positions: [{ role: 'Chancellor', country: 'DE', from: '2021-12-08', to: '2025-05-06' }] },
  { name: 'Friedrich Merz', aliases: ['Merz', 'Мерц'], positions: [{ role: 'Chancellor', country: 'DE', from: '2025-05-06', to: null }] },
  { name: 'Horst Köhler', aliases: ['Horst Koehler', 'Horst Kohler'], positions: [{ role: 'President', country: 'DE', from: '2004-07-01', to: '2010-05-31' }] },
  { name: 'Christian Wulff', aliases: ['Wulff'], positions: [{ role: 'President', country: 'DE', from: '2010-06-30', to: '2012-02-17' }] },
  { name: 'Joachim Gauck', aliases: ['Gauck'], positions: [{ role: 'President', country: 'DE', from: '2012-03-18', to: '2017-03-18' }] },
  {
    name: 'Frank-Walter Steinmeier',
    aliases: ['Frank Walter Steinmeier', 'Steinmeier', 'Штайнмайер'],
    positions: [
      { role: 'Foreign Minister', country: 'DE', from: '2005-11-22', to: '2009-10-28' },
      { role: 'Foreign Minister', country: 'DE', from: '2013-12-17', to: '2017-01-27' },
      { role: 'President', country: 'DE', from: '2017-03-19', to: null },
    ],
  },
  { name: 'Guido Westerwelle', aliases: ['Westerwelle'], positions: [{ role: 'Foreign Minister', country: 'DE', from: '2009-10-28', to: '2013-12-17' }] },
  { name: 'Sigmar Gabriel', aliases: [], positions: [{ role: 'Foreign Minister', country: 'DE', from: '2017-01-27', to: '2018-03-14' }] },
  { name: 'Heiko Maas', aliases: [], positions: [{ role: 'Foreign Minister', country: 'DE', from: '2018-03-14', to: '2021-12-08' }] },
  { name: 'Annalena Baerbock', aliases: ['Baerbock', 'Бербок'], positions: [{ role: 'Foreign Minister', country: 'DE', from: '2021-12-08', to: '2025-05-06' }] },
  { name: 'Johann Wadephul', aliases: ['Wadephul'], positions: [{ role: 'Foreign Minister', country: 'DE', from: '2025-05-06', to: null }] },

  // --- France ---
  { name: 'Jacques Chirac', aliases: ['Chirac'], positions: [{ role: 'President', country: 'FR', from: '1995-05-17', to: '2007-05-16' }] },
  { name: 'Nicolas Sarkozy', aliases: ['Sarkozy', 'Саркози'], positions: [{ role: 'President', country: 'FR', from: '2007-05-16', to: '2012-05-15' }] },
  { name: 'François Hollande', aliases: ['Francois Hollande', 'Hollande', 'Олланд'], positions: [{ role: 'President', country: 'FR', from: '2012-05-15', to: '2017-05-14' }] },
  { name: 'Emmanuel Macron', aliases: ['Macron', 'Макрон'], positions: [{ role: 'President', country: 'FR', from: '2017-05-14', to: null }] },
  { name: 'Dominique de Villepin', aliases: ['Villepin'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2005-05-31', to: '2007-05-17' }] },
  { name: 'François Fillon', aliases: ['Francois Fillon', 'Fillon'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2007-05-17', to: '2012-05-15' }] },
  {
    name: 'Jean-Marc Ayrault',
    aliases: ['Ayrault'],
    positions: [
      { role: 'Prime Minister', country: 'FR', from: '2012-05-15', to: '2014-03-31' },
      { role: 'Foreign Minister', country: 'FR', from: '2016-02-11', to: '2017-05-17' },
    ],
  },
  { name: 'Manuel Valls', aliases: ['Valls'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2014-03-31', to: '2016-12-06' }] },
  { name: 'Bernard Cazeneuve', aliases: ['Cazeneuve'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2016-12-06', to: '2017-05-15' }] },
  { name: 'Édouard Philippe', aliases: ['Edouard Philippe'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2017-05-15', to: '2020-07-03' }] },
  { name: 'Jean Castex', aliases: ['Castex'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2020-07-03', to: '2022-05-16' }] },
  // "Borne" alone is an English word.
  { name: 'Élisabeth Borne', aliases: ['Elisabeth Borne'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2022-05-16', to: '2024-01-09' }] },
  { name: 'Gabriel Attal', aliases: ['Attal'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2024-01-09', to: '2024-09-05' }] },
  { name: 'Michel Barnier', aliases: ['Barnier'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2024-09-05', to: '2024-12-13' }] },
  { name: 'François Bayrou', aliases: ['Francois Bayrou', 'Bayrou'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2024-12-13', to: '2025-09-09' }] },
  { name: 'Sébastien Lecornu', aliases: ['Sebastien Lecornu', 'Lecornu'], positions: [{ role: 'Prime Minister', country: 'FR', from: '2025-09-09', to: null }] },
  { name: 'Laurent Fabius', aliases: ['Fabius'], positions: [{ role: 'Foreign Minister', country: 'FR', from: '2012-05-16', to: '2016-02-11' }] },
  { name: 'Jean-Yves Le Drian', aliases: ['Le Drian'], positions: [{ role: 'Foreign Minister', country: 'FR', from: '2017-05-17', to: '2022-05-20' }] },
  { name: 'Catherine Colonna', aliases: ['Colonna'], positions: [{ role: 'Foreign Minister', country: 'FR', from: '2022-05-20', to: '2024-01-11' }] },
  { name: 'Stéphane Séjourné', aliases: ['Stephane Sejourne', 'Séjourné', 'Sejourne'], positions: [{ role: 'Foreign Minister', country: 'FR', from: '2024-01-11', to: '2024-09-21' }] },
  { name: 'Jean-Noël Barrot', aliases: ['Jean-Noel Barrot', 'Barrot'], positions: [{ role: 'Foreign Minister', country: 'FR', from: '2024-09-21', to: null }] },

  // --- Italy ---
  { name: 'Giorgio Napolitano', aliases: ['Napolitano'], positions: [{ role: 'President', country: 'IT', from: '2006-05-15', to: '2015-01-14' }] },
  { name: 'Sergio Mattarella', aliases: ['Mattarella'], positions: [{ role: 'President', country: 'IT', from: '2015-02-03', to: null }] },
  {
    name: 'Silvio Berlusconi',
    aliases: ['Berlusconi', 'Берлускони'],
    positions: [
      { role: 'Prime Minister', country: 'IT', from: '2001-06-11', to: '2006-05-17' },
      { role: 'Prime Minister', country: 'IT', from: '2008-05-08', to: '2011-11-16' },
    ],
  },
  { name: 'Romano Prodi', aliases: ['Prodi'], positions: [{ role: 'Prime Minister', country: 'IT', from: '2006-05-17', to: '2008-05-08' }] },
  { name: 'Mario Monti', aliases: ['Monti'], positions: [{ role: 'Prime Minister', country: 'IT', from: '2011-11-16', to: '2013-04-28' }] },
  { name: 'Enrico Letta', aliases: ['Letta'], positions: [{ role: 'Prime Minister', country: 'IT', from: '2013-04-28', to: '2014-02-22' }] },
  { name: 'Matteo Renzi', aliases: ['Renzi'], positions: [{ role: 'Prime Minister', country: 'IT', from: '2014-02-22', to: '2016-12-12' }] },
  {
    name: 'Paolo Gentiloni',
    aliases: ['Gentiloni'],
    positions: [
      { role: 'Foreign Minister', country: 'IT', from: '2014-10-31', to: '2016-12-12' },
      { role: 'Prime Minister', country: 'IT', from: '2016-12-12', to: '2018-06-01' },
    ],
  },
  { name: 'Giuseppe Conte', aliases: [], positions: [{ role: 'Prime Minister', country: 'IT', from: '2018-06-01', to: '2021-02-13' }] },
  { name: 'Mario Draghi', aliases: ['Draghi'], positions: [{ role: 'Prime Minister', country: 'IT', from: '2021-02-13', to: '2022-10-22' }] },
  { name: 'Giorgia Meloni', aliases: ['Meloni', 'Мелони'], positions: [{ role: 'Prime Minister', country: 'IT', from: '2022-10-22', to: null }] },
  { name: 'Luigi Di Maio', aliases: ['Di Maio'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2019-09-05', to: '2022-10-22' }] },
  { name: 'Antonio Tajani', aliases: ['Tajani'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2022-10-22', to: null }] },

  // --- Spain ---
  { name: 'King Juan Carlos I', aliases: ['Juan Carlos I', 'King Juan Carlos'], positions: [{ role: 'King', country: 'ES', from: '1975-11-22', to: '2014-06-19' }] },
  { name: 'King Felipe VI', aliases: ['Felipe VI', 'King Felipe'], positions: [{ role: 'King', country: 'ES', from: '2014-06-19', to: null }] },
  { name: 'José Luis Rodríguez Zapatero', aliases: ['Jose Luis Rodriguez Zapatero', 'Zapatero'], positions: [{ role: 'Prime Minister', country: 'ES', from: '2004-04-17', to: '2011-12-21' }] },
  { name: 'Mariano Rajoy', aliases: ['Rajoy'], positions: [{ role: 'Prime Minister', country: 'ES', from: '2011-12-21', to: '2018-06-02' }] },
  { name: 'Pedro Sánchez', aliases: ['Pedro Sanchez'], positions: [{ role: 'Prime Minister', country: 'ES', from: '2018-06-02', to: null }] },

  // --- Poland ---
  { name: 'Lech Kaczyński', aliases: ['Lech Kaczynski'], positions: [{ role: 'President', country: 'PL', from: '2005-12-23', to: '2010-04-10' }] },
  { name: 'Bronisław Komorowski', aliases: ['Bronislaw Komorowski', 'Komorowski'], positions: [{ role: 'President', country: 'PL', from: '2010-08-06', to: '2015-08-06' }] },
  { name: 'Andrzej Duda', aliases: ['Duda', 'Дуда'], positions: [{ role: 'President', country: 'PL', from: '2015-08-06', to: '2025-08-06' }] },
  { name: 'Karol Nawrocki', aliases: ['Nawrocki', 'Навроцкий'], positions: [{ role: 'President', country: 'PL', from: '2025-08-06', to: null }] },
  { name: 'Jarosław Kaczyński', aliases: ['Jaroslaw Kaczynski'], positions: [{ role: 'Prime Minister', country: 'PL', from: '2006-07-14', to: '2007-11-16' }] },
  {
    name: 'Donald Tusk',
    aliases: ['Tusk', 'Туск'],
    positions: [
      { role: 'Prime Minister', country: 'PL', from: '2007-11-16', to: '2014-09-22' },
      { role: 'President', country: null, body: 'European Council', from: '2014-12-01', to: '2019-11-30' },
      { role: 'Prime Minister', country: 'PL', from: '2023-12-13', to: null },
    ],
  },
  { name: 'Ewa Kopacz', aliases: ['Kopacz'], positions: [{ role: 'Prime Minister', country: 'PL', from: '2014-09-22', to: '2015-11-16' }] },
  { name: 'Beata Szydło', aliases: ['Beata Szydlo', 'Szydło', 'Szydlo'], positions: [{ role: 'Prime Minister', country: 'PL', from: '2015-11-16', to: '2017-12-11' }] },
  { name: 'Mateusz Morawiecki', aliases: ['Morawiecki'], positions: [{ role: 'Prime Minister', country: 'PL', from: '2017-12-11', to: '2023-12-13' }] },
  { name: 'Radosław Sikorski', aliases: ['Radoslaw Sikorski', 'Sikorski'], positions: [
    { role: 'Foreign Minister', country: 'PL', from: '2007-11-16', to: '2014-09-22' },
    { role: 'Foreign Minister', country: 'PL', from: '2023-12-13', to: null },
  ] },

  // --- Netherlands, Belgium, Luxembourg ---
  { name: 'Queen Beatrix', aliases: [], positions: [{ role: 'Queen', country: 'NL', from: '1980-04-30', to: '2013-04-30' }] },
  { name: 'King Willem-Alexander', aliases: ['Willem-Alexander'], positions: [{ role: 'King', country: 'NL', from: '2013-04-30', to: null }] },
  { name: 'Jan Peter Balkenende', aliases: ['Balkenende'], positions: [{ role: 'Prime Minister', country: 'NL', from: '2002-07-22', to: '2010-10-14' }] },
  {
    name: 'Mark Rutte',
    aliases: ['Rutte', 'Рютте'],
    positions: [
      { role: 'Prime Minister', country: 'NL', from: '2010-10-14', to: '2024-07-02' },
      { role: 'Secretary General', country: null, body: NATO, from: '2024-10-01', to: null },
    ],
  },
  { name: 'Dick Schoof', aliases: ['Schoof'], positions: [{ role: 'Prime Minister', country: 'NL', from: '2024-07-02', to: '2026-02-23' }] },
  { name: 'Rob Jetten', aliases: ['Jetten'], positions: [{ role: 'Prime Minister', country: 'NL', from: '2026-02-23', to: null }] },
  { name: 'Guy Verhofstadt', aliases: ['Verhofstadt'], positions: [{ role: 'Prime Minister', country: 'BE', from: '1999-07-12', to: '2008-03-20' }] },
  {
    name: 'Yves Leterme',
    aliases: ['Leterme'],
    positions: [
      { role: 'Prime Minister', country: 'BE', from: '2008-03-20', to: '2008-12-30' },
      { role: 'Prime Minister', country: 'BE', from: '2009-11-25', to: '2011-12-06' },
    ],
  },
  {
    name: 'Herman Van Rompuy',
    aliases: ['Van Rompuy'],
    positions: [
      { role: 'Prime Minister', country: 'BE', from: '2008-12-30', to: '2009-11-25' },
      { role: 'President', country: null, body: 'European Council', from: '2009-12-01', to: '2014-11-30' },
    ],
  },
  { name: 'Elio Di Rupo', aliases: ['Di Rupo'], positions: [{ role: 'Prime Minister', country: 'BE', from: '2011-12-06', to: '2014-10-11' }] },
  {
    name: 'Charles Michel',
    aliases: [],
    positions: [
      { role: 'Prime Minister', country: 'BE', from: '2014-10-11', to: '2019-10-27' },
      { role: 'President', country: null, body: 'European Council', from: '2019-12-01', to: '2024-11-30' },
    ],
  },
  { name: 'Sophie Wilmès', aliases: ['Sophie Wilmes'], positions: [{ role: 'Prime Minister', country: 'BE', from: '2019-10-27', to: '2020-10-01' }] },
  { name: 'Alexander De Croo', aliases: ['De Croo'], positions: [{ role: 'Prime Minister', country: 'BE', from: '2020-10-01', to: '2025-02-03' }] },
  { name: 'Bart De Wever', aliases: ['De Wever'], positions: [{ role: 'Prime Minister', country: 'BE', from: '2025-02-03', to: null }] },
  {
    name: 'Jean-Claude Juncker',
    aliases: ['Juncker'],
    positions: [
      { role: 'Prime Minister', country: 'LU', from: '1995-01-20', to: '2013-12-04' },
      { role: 'President', country: null, body: 'European Commission', from: '2014-11-01', to: '2019-11-30' },
    ],
  },
  {
    name: 'Ursula von der Leyen',
    aliases: ['von der Leyen', 'Von der Leyen', 'фон дер Ляйен'],
    positions: [{ role: 'President', country: null, body: 'European Commission', from: '2019-12-01', to: null }],
  },

  // --- Portugal, Greece, Austria ---
  { name: 'José Sócrates', aliases: ['Jose Socrates'], positions: [{ role: 'Prime Minister', country: 'PT', from: '2005-03-12', to: '2011-06-21' }] },
  { name: 'Pedro Passos Coelho', aliases: ['Passos Coelho'], positions: [{ role: 'Prime Minister', country: 'PT', from: '2011-06-21', to: '2015-11-26' }] },
  {
    name: 'António Costa',
    aliases: ['Antonio Costa'],
    positions: [
      { role: 'Prime Minister', country: 'PT', from: '2015-11-26', to: '2024-04-02' },
      { role: 'President', country: null, body: 'European Council', from: '2024-12-01', to: null },
    ],
  },
  // "Montenegro" alone is a country.
  { name: 'Luís Montenegro', aliases: ['Luis Montenegro'], positions: [{ role: 'Prime Minister', country: 'PT', from: '2024-04-02', to: null }] },
  {
    name: 'Alexis Tsipras',
    aliases: ['Tsipras'],
    positions: [
      { role: 'Prime Minister', country: 'GR', from: '2015-01-26', to: '2015-08-27' },
      { role: 'Prime Minister', country: 'GR', from: '2015-09-21', to: '2019-07-08' },
    ],
  },
  {
    name: 'Kyriakos Mitsotakis',
    aliases: ['Mitsotakis'],
    positions: [
      { role: 'Prime Minister', country: 'GR', from: '2019-07-08', to: '2023-05-25' },
      { role: 'Prime Minister', country: 'GR', from: '2023-06-26', to: null },
    ],
  },
  { name: 'Alexander Van der Bellen', aliases: ['Van der Bellen'], positions: [{ role: 'President', country: 'AT', from: '2017-01-26', to: null }] },
  { name: 'Werner Faymann', aliases: ['Faymann'], positions: [{ role: 'Chancellor', country: 'AT', from: '2008-12-02', to: '2016-05-09' }] },
  {
    name: 'Sebastian Kurz',
    aliases: ['Kurz'],
    positions: [
      { role: 'Chancellor', country: 'AT', from: '2017-12-18', to: '2019-05-28' },
      { role: 'Chancellor', country: 'AT', from: '2020-01-07', to: '2021-10-11' },
    ],
  },
  { name: 'Karl Nehammer', aliases: ['Nehammer'], positions: [{ role: 'Chancellor', country: 'AT', from: '2021-12-06', to: '2025-01-10' }] },
  { name: 'Christian Stocker', aliases: ['Stocker'], positions: [{ role: 'Chancellor', country: 'AT', from: '2025-03-03', to: null }] },

  // --- Central Europe and the Baltics ---
  {
    name: 'Viktor Orbán',
    aliases: ['Viktor Orban', 'Orbán', 'Orban', 'Орбан'],
    positions: [{ role: 'Prime Minister', country: 'HU', from: '2010-05-29', to: '2026-05-09' }],
  },
  { name: 'Péter Magyar', aliases: ['Peter Magyar'], positions: [{ role: 'Prime Minister', country: 'HU', from: '2026-05-09', to: null }] },
  { name: 'Péter Szijjártó', aliases: ['Peter Szijjarto', 'Szijjártó', 'Szijjarto', 'Сийярто'], positions: [{ role: 'Foreign Minister', country: 'HU', from: '2014-09-23', to: '2026-05-09' }] },
  { name: 'Tamás Sulyok', aliases: ['Tamas Sulyok', 'Sulyok'], positions: [{ role: 'President', country: 'HU', from: '2024-03-05', to: null }] },
  {
    name: 'Andrej Babiš',
    aliases: ['Andrej Babis', 'Babiš', 'Babis'],
    positions: [
      { role: 'Prime Minister', country: 'CZ', from: '2017-12-06', to: '2021-11-28' },
      { role: 'Prime Minister', country: 'CZ', from: '2025-12-09', to: null },
    ],
  },
  { name: 'Petr Fiala', aliases: ['Fiala'], positions: [{ role: 'Prime Minister', country: 'CZ', from: '2021-11-28', to: '2025-12-09' }] },
  { name: 'Petr Pavel', aliases: [], positions: [{ role: 'President', country: 'CZ', from: '2023-03-09', to: null }] },
  { name: 'Miloš Zeman', aliases: ['Milos Zeman', 'Zeman'], positions: [{ role: 'President', country: 'CZ', from: '2013-03-08', to: '2023-03-08' }] },
  {
    name: 'Robert Fico',
    aliases: ['Fico', 'Фицо'],
    positions: [
      { role: 'Prime Minister', country: 'SK', from: '2006-07-04', to: '2010-07-08' },
      { role: 'Prime Minister', country: 'SK', from: '2012-04-04', to: '2018-03-22' },
      { role: 'Prime Minister', country: 'SK', from: '2023-10-25', to: null },
    ],
  },
  { name: 'Klaus Iohannis', aliases: ['Iohannis'], positions: [{ role: 'President', country: 'RO', from: '2014-12-21', to: '2025-02-12' }] },
  { name: 'Nicușor Dan', aliases: ['Nicusor Dan'], positions: [{ role: 'President', country: 'RO', from: '2025-05-26', to: null }] },
  {
    name: 'Kaja Kallas',
    aliases: ['Kallas', 'Каллас'],
    positions: [
      { role: 'Prime Minister', country: 'EE', from: '2021-01-26', to: '2024-07-23' },
      { role: 'High Representative', country: null, body: EU, from: '2024-12-01', to: null },
    ],
  },
  { name: 'Kristen Michal', aliases: [], positions: [{ role: 'Prime Minister', country: 'EE', from: '2024-07-23', to: null }] },
  { name: 'Alar Karis', aliases: ['Karis'], positions: [{ role: 'President', country: 'EE', from: '2021-10-11', to: null }] },
  { name: 'Edgars Rinkēvičs', aliases: ['Edgars Rinkevics', 'Rinkēvičs', 'Rinkevics'], positions: [
    { role: 'Foreign Minister', country: 'LV', from: '2011-10-25', to: '2023-07-07' },
    { role: 'President', country: 'LV', from: '2023-07-08', to: null },
  ] },
  { name: 'Gitanas Nausėda', aliases: ['Gitanas Nauseda', 'Nausėda', 'Nauseda'], positions: [{ role: 'President', country: 'LT', from: '2019-07-12', to: null }] },
  { name: 'Dalia Grybauskaitė', aliases: ['Dalia Grybauskaite', 'Grybauskaitė', 'Grybauskaite'], positions: [{ role: 'President', country: 'LT', from: '2009-07-12', to: '2019-07-12' }] },

  // --- Nordic states ---
  {
    name: 'Jens Stoltenberg',
    aliases: ['Stoltenberg', 'Столтенберг'],
    positions: [
      { role: 'Prime Minister', country: 'NO', from: '2005-10-17', to: '2013-10-16' },
      { role: 'Secretary General', country: null, body: NATO, from: '2014-10-01', to: '2024-10-01' },
    ],
  },
  { name: 'Erna Solberg', aliases: ['Solberg'], positions: [{ role: 'Prime Minister', country: 'NO', from: '2013-10-16', to: '2021-10-14' }] },
  { name: 'Jonas Gahr Støre', aliases: ['Jonas Gahr Store', 'Støre', 'Gahr Støre'], positions: [{ role: 'Prime Minister', country: 'NO', from: '2021-10-14', to: null }] },
  {
    name: 'Anders Fogh Rasmussen',
    aliases: ['Fogh Rasmussen'],
    positions: [
      { role: 'Prime Minister', country: 'DK', from: '2001-11-27', to: '2009-04-05' },
      { role: 'Secretary General', country: null, body: NATO, from: '2009-08-01', to: '2014-10-01' },
    ],
  },
  {
    name: 'Lars Løkke Rasmussen',
    aliases: ['Lars Lokke Rasmussen', 'Løkke Rasmussen', 'Lokke Rasmussen'],
    positions: [
      { role: 'Prime Minister', country: 'DK', from: '2009-04-05', to: '2011-10-03' },
      { role: 'Prime Minister', country: 'DK', from: '2015-06-28', to: '2019-06-27' },
      { role: 'Foreign Minister', country: 'DK', from: '2022-12-15', to: null },
    ],
  },
  { name: 'Helle Thorning-Schmidt', aliases: ['Thorning-Schmidt'], positions: [{ role: 'Prime Minister', country: 'DK', from: '2011-10-03', to: '2015-06-28' }] },
  { name: 'Mette Frederiksen', aliases: ['Frederiksen'], positions: [{ role: 'Prime Minister', country: 'DK', from: '2019-06-27', to: null }] },
  { name: 'Queen Margrethe II', aliases: ['Margrethe II', 'Queen Margrethe'], positions: [{ role: 'Queen', country: 'DK', from: '1972-01-14', to: '2024-01-14' }] },
  { name: 'King Frederik X', aliases: ['Frederik X', 'King Frederik'], positions: [{ role: 'King', country: 'DK', from: '2024-01-14', to: null }] },
  { name: 'Fredrik Reinfeldt', aliases: ['Reinfeldt'], positions: [{ role: 'Prime Minister', country: 'SE', from: '2006-10-06', to: '2014-10-03' }] },
  { name: 'Stefan Löfven', aliases: ['Stefan Lofven', 'Löfven', 'Lofven'], positions: [{ role: 'Prime Minister', country: 'SE', from: '2014-10-03', to: '2021-11-30' }] },
  { name: 'Magdalena Andersson', aliases: [], positions: [{ role: 'Prime Minister', country: 'SE', from: '2021-11-30', to: '2022-10-18' }] },
  { name: 'Ulf Kristersson', aliases: ['Kristersson'], positions: [{ role: 'Prime Minister', country: 'SE', from: '2022-10-18', to: null }] },
  { name: 'Tarja Halonen', aliases: ['Halonen'], positions: [{ role: 'President', country: 'FI', from: '2000-03-01', to: '2012-03-01' }] },
  { name: 'Sauli Niinistö', aliases: ['Sauli Niinisto', 'Niinistö', 'Niinisto', 'Ниинистё'], positions: [{ role: 'President', country: 'FI', from: '2012-03-01', to: '2024-03-01' }] },
  { name: 'Alexander Stubb', aliases: ['Stubb'], positions: [{ role: 'President', country: 'FI', from: '2024-03-01', to: null }] },

  // --- Switzerland (the presidency rotates each calendar year) ---
  { name: 'Ignazio Cassis', aliases: ['Cassis'], positions: [{ role: 'President', country: 'CH', from: '2022-01-01', to: '2022-12-31' }] },
  { name: 'Alain Berset', aliases: ['Berset'], positions: [{ role: 'President', country: 'CH', from: '2018-01-01', to: '2018-12-31' }, { role: 'President', country: 'CH', from: '2023-01-01', to: '2023-12-31' }] },
  { name: 'Viola Amherd', aliases: ['Amherd'], positions: [{ role: 'President', country: 'CH', from: '2024-01-01', to: '2024-12-31' }] },
  { name: 'Karin Keller-Sutter', aliases: ['Keller-Sutter'], positions: [{ role: 'President', country: 'CH', from: '2025-01-01', to: '2025-12-31' }] },
  { name: 'Guy Parmelin', aliases: ['Parmelin'], positions: [{ role: 'President', country: 'CH', from: '2021-01-01', to: '2021-12-31' }, { role: 'President', country: 'CH', from: '2026-01-01', to: '2026-12-31' }] },

  // --- Serbia ---
  { name: 'Boris Tadić', aliases: ['Boris Tadic', 'Tadić', 'Tadic'], positions: [{ role: 'President', country: 'RS', from: '2004-07-11', to: '2012-04-05' }] },
  { name: 'Tomislav Nikolić', aliases: ['Tomislav Nikolic'], positions: [{ role: 'President', country: 'RS', from: '2012-05-31', to: '2017-05-31' }] },
  {
    name: 'Aleksandar Vučić',
    aliases: ['Aleksandar Vucic', 'Alexander Vucic', 'Vučić', 'Vucic', 'Вучич'],
    positions: [
      { role: 'Prime Minister', country: 'RS', from: '2014-04-27', to: '2017-05-31' },
      { role: 'President', country: 'RS', from: '2017-05-31', to: null },
    ],
  },
  { name: 'Ana Brnabić', aliases: ['Ana Brnabic', 'Brnabić', 'Brnabic'], positions: [{ role: 'Prime Minister', country: 'RS', from: '2017-06-29', to: '2024-05-02' }] },
  { name: 'Miloš Vučević', aliases: ['Milos Vucevic', 'Vučević', 'Vucevic'], positions: [{ role: 'Prime Minister', country: 'RS', from: '2024-05-02', to: '2025-04-16' }] },
  { name: 'Đuro Macut', aliases: ['Djuro Macut', 'Duro Macut', 'Macut'], positions: [{ role: 'Prime Minister', country: 'RS', from: '2025-04-16', to: null }] },
];
