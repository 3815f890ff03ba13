import type { GazetteerPerson, GazetteerPosition } from '../types.ts';

// Heads of state the regional files left out: the presidents of Portugal, Greece, Iceland, Panama and Costa Rica,
// and the earlier presidents of Austria, Hungary and Estonia. Conventions as in people-cis.ts (`to` is the last
// day in office; open terms checked to the end of 2025). Portugal's president elected in 2026 is not known here,
// so Marcelo Rebelo de Sousa's term ends on its constitutional date.

const p = (country: string, from: string, to: string | null): GazetteerPosition => ({ role: 'President', country, from, to });

export const PEOPLE_PRESIDENTS: readonly GazetteerPerson[] = [
  // --- Portugal ---
  { name: 'Jorge Sampaio', aliases: ['Sampaio'], positions: [p('PT', '1996-03-09', '2006-03-09')] },
  { name: 'Aníbal Cavaco Silva', aliases: ['Anibal Cavaco Silva', 'Cavaco Silva'], positions: [p('PT', '2006-03-09', '2016-03-09')] },
  { name: 'Marcelo Rebelo de Sousa', aliases: ['Rebelo de Sousa', 'Marcelo Rebelo'], positions: [p('PT', '2016-03-09', '2026-03-09')] },
  // --- Greece ---
  { name: 'Karolos Papoulias', aliases: ['Papoulias'], positions: [p('GR', '2005-03-12', '2015-03-13')] },
  { name: 'Prokopis Pavlopoulos', aliases: ['Pavlopoulos'], positions: [p('GR', '2015-03-13', '2020-03-13')] },
  { name: 'Katerina Sakellaropoulou', aliases: ['Sakellaropoulou'], positions: [p('GR', '2020-03-13', '2025-03-13')] },
  { name: 'Konstantinos Tasoulas', aliases: ['Tasoulas'], positions: [p('GR', '2025-03-13', null)] },
  // --- Iceland ---
  { name: 'Ólafur Ragnar Grímsson', aliases: ['Olafur Ragnar Grimsson', 'Grímsson', 'Grimsson'], positions: [p('IS', '1996-08-01', '2016-08-01')] },
  { name: 'Guðni Th. Jóhannesson', aliases: ['Gudni Th. Johannesson', 'Gudni Johannesson', 'Guðni Jóhannesson'], positions: [p('IS', '2016-08-01', '2024-08-01')] },
  { name: 'Halla Tómasdóttir', aliases: ['Halla Tomasdottir', 'Tómasdóttir', 'Tomasdottir'], positions: [p('IS', '2024-08-01', null)] },
  // --- Panama ---
  { name: 'Martín Torrijos', aliases: ['Martin Torrijos', 'Torrijos'], positions: [p('PA', '2004-09-01', '2009-07-01')] },
  { name: 'Ricardo Martinelli', aliases: ['Martinelli'], positions: [p('PA', '2009-07-01', '2014-07-01')] },
  { name: 'Juan Carlos Varela', aliases: ['Varela'], positions: [p('PA', '2014-07-01', '2019-07-01')] },
  { name: 'Laurentino Cortizo', aliases: ['Cortizo'], positions: [p('PA', '2019-07-01', '2024-07-01')] },
  { name: 'José Raúl Mulino', aliases: ['Jose Raul Mulino', 'Mulino'], positions: [p('PA', '2024-07-01', null)] },
  // --- Costa Rica ---
  { name: 'Óscar Arias', aliases: ['Oscar Arias'], positions: [p('CR', '2006-05-08', '2010-05-08')] },
  { name: 'Laura Chinchilla', aliases: ['Chinchilla'], positions: [p('CR', '2010-05-08', '2014-05-08')] },
  { name: 'Luis Guillermo Solís', aliases: ['Luis Guillermo Solis'], positions: [p('CR', '2014-05-08', '2018-05-08')] },
  { name: 'Carlos Alvarado Quesada', aliases: ['Carlos Alvarado'], positions: [p('CR', '2018-05-08', '2022-05-08')] },
  { name: 'Rodrigo Chaves Robles', aliases: ['Rodrigo Chaves'], positions: [p('CR', '2022-05-08', null)] },
  // --- Austria, Hungary, Estonia (earlier presidents) ---
  { name: 'Heinz Fischer', aliases: [], positions: [p('AT', '2004-07-08', '2016-07-08')] },
  { name: 'László Sólyom', aliases: ['Laszlo Solyom', 'Sólyom', 'Solyom'], positions: [p('HU', '2005-08-05', '2010-08-05')] },
  { name: 'Pál Schmitt', aliases: ['Pal Schmitt'], positions: [p('HU', '2010-08-06', '2012-04-02')] },
  { name: 'János Áder', aliases: ['Janos Ader', 'Áder', 'Ader'], positions: [p('HU', '2012-05-10', '2022-05-10')] },
  { name: 'Katalin Novák', aliases: ['Katalin Novak'], positions: [p('HU', '2022-05-10', '2024-02-26')] },
  { name: 'Toomas Hendrik Ilves', aliases: ['Toomas Ilves', 'Ilves'], positions: [p('EE', '2006-10-09', '2016-10-10')] },
  { name: 'Kersti Kaljulaid', aliases: ['Kaljulaid'], positions: [p('EE', '2016-10-10', '2021-10-11')] },
];
