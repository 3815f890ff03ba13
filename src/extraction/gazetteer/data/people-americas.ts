import type { GazetteerPerson } from '../types.ts';

// The Americas. Conventions as in people-cis.ts. US roles follow the press: "Secretary of State",
// "Press Secretary" (White House). Where an election's winner was not known with confidence,
// the outgoing term is closed and no successor is guessed (Colombia, August 2026).

export const PEOPLE_AMERICAS: readonly GazetteerPerson[] = [
  // --- United States ---
  { name: 'George W. Bush', aliases: ['George Bush', 'George W Bush', 'Bush Jr.'], positions: [{ role: 'President', country: 'US', from: '2001-01-20', to: '2009-01-20' }] },
  { name: 'Barack Obama', aliases: ['Obama', 'Обама'], positions: [{ role: 'President', country: 'US', from: '2009-01-20', to: '2017-01-20' }] },
  {
    name: 'Donald Trump',
    aliases: ['Donald J. Trump', 'Trump', 'Трамп'],
    positions: [
      { role: 'President', country: 'US', from: '2017-01-20', to: '2021-01-20' },
      { role: 'President', country: 'US', from: '2025-01-20', to: null },
    ],
  },
  {
    name: 'Joe Biden',
    aliases: ['Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'Biden', 'Байден'],
    positions: [
      { role: 'Vice President', country: 'US', from: '2009-01-20', to: '2017-01-20' },
      { role: 'President', country: 'US', from: '2021-01-20', to: '2025-01-20' },
    ],
  },
  { name: 'Dick Cheney', aliases: ['Cheney'], positions: [{ role: 'Vice President', country: 'US', from: '2001-01-20', to: '2009-01-20' }] },
  { name: 'Mike Pence', aliases: ['Pence'], positions: [{ role: 'Vice President', country: 'US', from: '2017-01-20', to: '2021-01-20' }] },
  { name: 'Kamala Harris', aliases: [], positions: [{ role: 'Vice President', country: 'US', from: '2021-01-20', to: '2025-01-20' }] },
  { name: 'JD Vance', aliases: ['J.D. Vance', 'James David Vance', 'Vance'], positions: [{ role: 'Vice President', country: 'US', from: '2025-01-20', to: null }] },
  { name: 'Condoleezza Rice', aliases: ['Condoleeza Rice', 'Condi Rice'], positions: [{ role: 'Secretary of State', country: 'US', from: '2005-01-26', to: '2009-01-20' }] },
  { name: 'Hillary Clinton', aliases: ['Hillary Rodham Clinton'], positions: [{ role: 'Secretary of State', country: 'US', from: '2009-01-21', to: '2013-02-01' }] },
  { name: 'John Kerry', aliases: ['Kerry'], positions: [{ role: 'Secretary of State', country: 'US', from: '2013-02-01', to: '2017-01-20' }] },
  { name: 'Rex Tillerson', aliases: ['Tillerson'], positions: [{ role: 'Secretary of State', country: 'US', from: '2017-02-01', to: '2018-03-31' }] },
  { name: 'Mike Pompeo', aliases: ['Michael Pompeo', 'Pompeo', 'Помпео'], positions: [{ role: 'Secretary of State', country: 'US', from: '2018-04-26', to: '2021-01-20' }] },
  { name: 'Antony Blinken', aliases: ['Anthony Blinken', 'Blinken', 'Блинкен'], positions: [{ role: 'Secretary of State', country: 'US', from: '2021-01-26', to: '2025-01-20' }] },
  { name: 'Marco Rubio', aliases: ['Rubio', 'Рубио'], positions: [{ role: 'Secretary of State', country: 'US', from: '2025-01-21', to: null }] },
  { name: 'Josh Earnest', aliases: [], positions: [{ role: 'Press Secretary', country: 'US', from: '2014-06-20', to: '2017-01-20' }] },
  { name: 'Sean Spicer', aliases: ['Spicer'], positions: [{ role: 'Press Secretary', country: 'US', from: '2017-01-20', to: '2017-07-21' }] },
  { name: 'Sarah Huckabee Sanders', aliases: ['Sarah Sanders'], positions: [{ role: 'Press Secretary', country: 'US', from: '2017-07-26', to: '2019-07-01' }] },
  { name: 'Stephanie Grisham', aliases: ['Grisham'], positions: [{ role: 'Press Secretary', country: 'US', from: '2019-07-01', to: '2020-04-07' }] },
  { name: 'Kayleigh McEnany', aliases: ['McEnany'], positions: [{ role: 'Press Secretary', country: 'US', from: '2020-04-07', to: '2021-01-20' }] },
  { name: 'Jen Psaki', aliases: ['Jennifer Psaki', 'Psaki', 'Псаки'], positions: [{ role: 'Press Secretary', country: 'US', from: '2021-01-20', to: '2022-05-13' }] },
  { name: 'Karine Jean-Pierre', aliases: ['Jean-Pierre'], positions: [{ role: 'Press Secretary', country: 'US', from: '2022-05-13', to: '2025-01-20' }] },
  { name: 'Karoline Leavitt', aliases: ['Leavitt'], positions: [{ role: 'Press Secretary', country: 'US', from: '2025-01-20', to: null }] },
  {
    name: 'John Kirby',
    aliases: ['Kirby', 'Кирби'],
    positions: [
      // Spokesperson of the State Department (approximate start), then of the Pentagon, then of the National Security Council.
      { role: 'Spokesperson', country: 'US', from: '2015-05-01', to: '2017-01-20' },
      { role: 'Pentagon Press Secretary', country: 'US', from: '2021-01-20', to: '2022-05-16' },
      { role: 'National Security Council Coordinator for Strategic Communications', country: 'US', from: '2022-05-16', to: '2025-01-20' },
    ],
  },

  // --- Canada ---
  { name: 'Stephen Harper', aliases: ['Harper'], positions: [{ role: 'Prime Minister', country: 'CA', from: '2006-02-06', to: '2015-11-04' }] },
  { name: 'Justin Trudeau', aliases: ['Trudeau', 'Трюдо'], positions: [{ role: 'Prime Minister', country: 'CA', from: '2015-11-04', to: '2025-03-14' }] },
  { name: 'Mark Carney', aliases: ['Carney'], positions: [{ role: 'Prime Minister', country: 'CA', from: '2025-03-14', to: null }] },

  // --- Mexico ---
  { name: 'Felipe Calderón', aliases: ['Felipe Calderon', 'Calderón', 'Calderon'], positions: [{ role: 'President', country: 'MX', from: '2006-12-01', to: '2012-11-30' }] },
  { name: 'Enrique Peña Nieto', aliases: ['Enrique Pena Nieto', 'Peña Nieto', 'Pena Nieto'], positions: [{ role: 'President', country: 'MX', from: '2012-12-01', to: '2018-11-30' }] },
  {
    name: 'Andrés Manuel López Obrador',
    aliases: ['Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador', 'AMLO'],
    positions: [{ role: 'President', country: 'MX', from: '2018-12-01', to: '2024-09-30' }],
  },
  { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum', 'Шейнбаум'], positions: [{ role: 'President', country: 'MX', from: '2024-10-01', to: null }] },

  // --- Brazil, Argentina ---
  {
    name: 'Luiz Inácio Lula da Silva',
    aliases: ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula', 'Лула да Силва', 'Лула'],
    positions: [
      { role: 'President', country: 'BR', from: '2003-01-01', to: '2010-12-31' },
      { role: 'President', country: 'BR', from: '2023-01-01', to: null },
    ],
  },
  { name: 'Dilma Rousseff', aliases: ['Rousseff', 'Dilma', 'Руссефф'], positions: [{ role: 'President', country: 'BR', from: '2011-01-01', to: '2016-08-31' }] },
  { name: 'Michel Temer', aliases: ['Temer'], positions: [{ role: 'President', country: 'BR', from: '2016-08-31', to: '2018-12-31' }] },
  { name: 'Jair Bolsonaro', aliases: ['Bolsonaro', 'Болсонару'], positions: [{ role: 'President', country: 'BR', from: '2019-01-01', to: '2022-12-31' }] },
  { name: 'Mauro Vieira', aliases: [], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2023-01-01', to: null }] },
  { name: 'Néstor Kirchner', aliases: ['Nestor Kirchner'], positions: [{ role: 'President', country: 'AR', from: '2003-05-25', to: '2007-12-10' }] },
  {
    name: 'Cristina Fernández de Kirchner',
    aliases: ['Cristina Fernandez de Kirchner', 'Cristina Kirchner', 'CFK'],
    positions: [{ role: 'President', country: 'AR', from: '2007-12-10', to: '2015-12-10' }],
  },
  { name: 'Mauricio Macri', aliases: ['Macri'], positions: [{ role: 'President', country: 'AR', from: '2015-12-10', to: '2019-12-10' }] },
  { name: 'Alberto Fernández', aliases: ['Alberto Fernandez'], positions: [{ role: 'President', country: 'AR', from: '2019-12-10', to: '2023-12-10' }] },
  { name: 'Javier Milei', aliases: ['Milei', 'Милей'], positions: [{ role: 'President', country: 'AR', from: '2023-12-10', to: null }] },

  // --- Cuba, Venezuela, Nicaragua ---
  { name: 'Fidel Castro', aliases: ['Fidel Castro Ruz'], positions: [{ role: 'President', country: 'CU', from: '1976-12-02', to: '2008-02-24' }] },
  { name: 'Raúl Castro', aliases: ['Raul Castro', 'Raúl Castro Ruz'], positions: [{ role: 'President', country: 'CU', from: '2008-02-24', to: '2018-04-19' }] },
  {
    name: 'Miguel Díaz-Canel',
    aliases: ['Miguel Diaz-Canel', 'Díaz-Canel', 'Diaz-Canel', 'Диас-Канель'],
    positions: [{ role: 'President', country: 'CU', from: '2018-04-19', to: null }],
  },
  { name: 'Hugo Chávez', aliases: ['Hugo Chavez', 'Chávez', 'Chavez', 'Чавес'], positions: [{ role: 'President', country: 'VE', from: '1999-02-02', to: '2013-03-05' }] },
  {
    name: 'Nicolás Maduro',
    aliases: ['Nicolas Maduro', 'Maduro', 'Мадуро'],
    // Acting from Chávez's death, elected in April 2013; seized by US forces on 3 January 2026.
    positions: [{ role: 'President', country: 'VE', from: '2013-03-05', to: '2026-01-03' }],
  },
  {
    name: 'Delcy Rodríguez',
    aliases: ['Delcy Rodriguez', 'Делси Родригес'],
    positions: [
      { role: 'Foreign Minister', country: 'VE', from: '2014-12-26', to: '2017-06-21' },
      { role: 'Acting President', country: 'VE', from: '2026-01-05', to: null },
    ],
  },
  { name: 'Daniel Ortega', aliases: ['Ortega', 'Ортега'], positions: [{ role: 'President', country: 'NI', from: '2007-01-10', to: null }] },

  // --- Chile, Colombia ---
  {
    name: 'Michelle Bachelet',
    aliases: ['Bachelet'],
    positions: [
      { role: 'President', country: 'CL', from: '2006-03-11', to: '2010-03-11' },
      { role: 'President', country: 'CL', from: '2014-03-11', to: '2018-03-11' },
    ],
  },
  {
    name: 'Sebastián Piñera',
    aliases: ['Sebastian Pinera', 'Piñera', 'Pinera'],
    positions: [
      { role: 'President', country: 'CL', from: '2010-03-11', to: '2014-03-11' },
      { role: 'President', country: 'CL', from: '2018-03-11', to: '2022-03-11' },
    ],
  },
  { name: 'Gabriel Boric', aliases: ['Boric'], positions: [{ role: 'President', country: 'CL', from: '2022-03-11', to: '2026-03-11' }] },
  { name: 'José Antonio Kast', aliases: ['Jose Antonio Kast'], positions: [{ role: 'President', country: 'CL', from: '2026-03-11', to: null }] },
  { name: 'Álvaro Uribe', aliases: ['Alvaro Uribe', 'Uribe'], positions: [{ role: 'President', country: 'CO', from: '2002-08-07', to: '2010-08-07' }] },
  { name: 'Juan Manuel Santos', aliases: [], positions: [{ role: 'President', country: 'CO', from: '2010-08-07', to: '2018-08-07' }] },
  { name: 'Iván Duque', aliases: ['Ivan Duque', 'Duque'], positions: [{ role: 'President', country: 'CO', from: '2018-08-07', to: '2022-08-07' }] },
  { name: 'Gustavo Petro', aliases: ['Petro', 'Петро'], positions: [{ role: 'President', country: 'CO', from: '2022-08-07', to: '2026-08-07' }] },
];
