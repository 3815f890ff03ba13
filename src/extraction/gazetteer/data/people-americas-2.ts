import type { GazetteerPerson } from '../types.ts';

// The Americas, second file: Peru, Ecuador, Bolivia, Uruguay and Paraguay. Conventions as in
// people-cis.ts. Peru's president from 28 July 2026 and Colombia's from 7 August 2026 (the
// elections of April–June 2026) are not known here with confidence, so none is named; the
// outgoing terms are closed on the constitutional handover day.

export const PEOPLE_AMERICAS_2: readonly GazetteerPerson[] = [
  // --- Peru ---
  { name: 'Alejandro Toledo', aliases: [], positions: [{ role: 'President', country: 'PE', from: '2001-07-28', to: '2006-07-28' }] },
  { name: 'Alan García', aliases: ['Alan Garcia'], positions: [{ role: 'President', country: 'PE', from: '2006-07-28', to: '2011-07-28' }] },
  { name: 'Ollanta Humala', aliases: ['Humala'], positions: [{ role: 'President', country: 'PE', from: '2011-07-28', to: '2016-07-28' }] },
  { name: 'Pedro Pablo Kuczynski', aliases: ['Kuczynski', 'PPK'], positions: [{ role: 'President', country: 'PE', from: '2016-07-28', to: '2018-03-23' }] },
  { name: 'Martín Vizcarra', aliases: ['Martin Vizcarra', 'Vizcarra'], positions: [{ role: 'President', country: 'PE', from: '2018-03-23', to: '2020-11-09' }] },
  { name: 'Manuel Merino', aliases: [], positions: [{ role: 'President', country: 'PE', from: '2020-11-10', to: '2020-11-15' }] },
  { name: 'Francisco Sagasti', aliases: ['Sagasti'], positions: [{ role: 'President', country: 'PE', from: '2020-11-17', to: '2021-07-28' }] },
  { name: 'Pedro Castillo', aliases: [], positions: [{ role: 'President', country: 'PE', from: '2021-07-28', to: '2022-12-07' }] },
  { name: 'Dina Boluarte', aliases: ['Boluarte'], positions: [{ role: 'President', country: 'PE', from: '2022-12-07', to: '2025-10-10' }] },
  { name: 'José Jerí', aliases: ['Jose Jeri', 'Jerí', 'Jeri'], positions: [{ role: 'President', country: 'PE', from: '2025-10-10', to: '2026-02-17' }] },
  // Elected head of Congress and interim president on 18 February 2026, until the end of the term.
  { name: 'José María Balcázar', aliases: ['Jose Maria Balcazar', 'José Balcázar', 'Jose Balcazar', 'Balcázar', 'Balcazar'], positions: [{ role: 'President', country: 'PE', from: '2026-02-18', to: '2026-07-28' }] },

  // --- Ecuador ---
  { name: 'Alfredo Palacio', aliases: [], positions: [{ role: 'President', country: 'EC', from: '2005-04-20', to: '2007-01-15' }] },
  { name: 'Rafael Correa', aliases: ['Correa', 'Корреа'], positions: [{ role: 'President', country: 'EC', from: '2007-01-15', to: '2017-05-24' }] },
  { name: 'Lenín Moreno', aliases: ['Lenin Moreno'], positions: [{ role: 'President', country: 'EC', from: '2017-05-24', to: '2021-05-24' }] },
  { name: 'Guillermo Lasso', aliases: ['Lasso'], positions: [{ role: 'President', country: 'EC', from: '2021-05-24', to: '2023-11-23' }] },
  { name: 'Daniel Noboa', aliases: ['Noboa'], positions: [{ role: 'President', country: 'EC', from: '2023-11-23', to: null }] },

  // --- Bolivia ---
  { name: 'Eduardo Rodríguez Veltzé', aliases: ['Eduardo Rodriguez Veltze'], positions: [{ role: 'President', country: 'BO', from: '2005-06-09', to: '2006-01-22' }] },
  { name: 'Evo Morales', aliases: ['Эво Моралес'], positions: [{ role: 'President', country: 'BO', from: '2006-01-22', to: '2019-11-10' }] },
  { name: 'Jeanine Áñez', aliases: ['Jeanine Anez', 'Áñez', 'Anez'], positions: [{ role: 'Acting President', country: 'BO', from: '2019-11-12', to: '2020-11-08' }] },
  { name: 'Luis Arce', aliases: ['Luis Arce Catacora', 'Arce', 'Арсе'], positions: [{ role: 'President', country: 'BO', from: '2020-11-08', to: '2025-11-08' }] },
  { name: 'Rodrigo Paz', aliases: ['Rodrigo Paz Pereira'], positions: [{ role: 'President', country: 'BO', from: '2025-11-08', to: null }] },

  // --- Uruguay ---
  {
    name: 'Tabaré Vázquez',
    aliases: ['Tabare Vazquez'],
    positions: [
      { role: 'President', country: 'UY', from: '2005-03-01', to: '2010-03-01' },
      { role: 'President', country: 'UY', from: '2015-03-01', to: '2020-03-01' },
    ],
  },
  { name: 'José Mujica', aliases: ['Jose Mujica', 'Pepe Mujica', 'Mujica'], positions: [{ role: 'President', country: 'UY', from: '2010-03-01', to: '2015-03-01' }] },
  { name: 'Luis Lacalle Pou', aliases: ['Lacalle Pou'], positions: [{ role: 'President', country: 'UY', from: '2020-03-01', to: '2025-03-01' }] },
  { name: 'Yamandú Orsi', aliases: ['Yamandu Orsi', 'Orsi'], positions: [{ role: 'President', country: 'UY', from: '2025-03-01', to: null }] },

  // --- Paraguay ---
  { name: 'Fernando Lugo', aliases: ['Lugo'], positions: [{ role: 'President', country: 'PY', from: '2008-08-15', to: '2012-06-22' }] },
  { name: 'Federico Franco', aliases: [], positions: [{ role: 'President', country: 'PY', from: '2012-06-22', to: '2013-08-15' }] },
  { name: 'Horacio Cartes', aliases: ['Cartes'], positions: [{ role: 'President', country: 'PY', from: '2013-08-15', to: '2018-08-15' }] },
  { name: 'Mario Abdo Benítez', aliases: ['Mario Abdo Benitez', 'Abdo Benítez', 'Abdo Benitez'], positions: [{ role: 'President', country: 'PY', from: '2018-08-15', to: '2023-08-15' }] },
  { name: 'Santiago Peña', aliases: ['Santiago Pena'], positions: [{ role: 'President', country: 'PY', from: '2023-08-15', to: null }] },
];
