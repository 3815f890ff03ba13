import type { GazetteerPerson, GazetteerPosition } from '../types.ts';

// Defence ministers of the G20, the larger EU states, the CIS and other states whose ministers readouts often name,
// from about 2004. Every office is written "Defence Minister" whatever the state calls it (Secretary of Defense,
// Minister of the Armed Forces, Minister of National Defence): the press and the office words in steps/roles.ts
// map onto it. Dates are the first and last day in office as the press reported them (to the month where the day
// is not known). People who hold another office in the regional files get their defence office through
// DEFENCE_POSITIONS below (merged in people.ts), so no person is listed twice.

const d = (country: string, from: string, to: string | null): GazetteerPosition => ({ role: 'Defence Minister', country, from, to });

export const PEOPLE_DEFENCE: readonly GazetteerPerson[] = [
  // --- United States (Secretary of Defense) ---
  { name: 'Donald Rumsfeld', aliases: ['Rumsfeld'], positions: [d('US', '2001-01-20', '2006-12-18')] },
  { name: 'Robert Gates', aliases: ['Robert M. Gates'], positions: [d('US', '2006-12-18', '2011-06-30')] },
  { name: 'Leon Panetta', aliases: ['Leon E. Panetta', 'Panetta'], positions: [d('US', '2011-07-01', '2013-02-26')] },
  { name: 'Chuck Hagel', aliases: ['Hagel'], positions: [d('US', '2013-02-27', '2015-02-17')] },
  { name: 'Ashton Carter', aliases: ['Ash Carter', 'Ashton B. Carter'], positions: [d('US', '2015-02-17', '2017-01-20')] },
  { name: 'James Mattis', aliases: ['Jim Mattis', 'James N. Mattis', 'Mattis'], positions: [d('US', '2017-01-20', '2018-12-31')] },
  { name: 'Mark Esper', aliases: ['Mark T. Esper', 'Esper'], positions: [d('US', '2019-07-23', '2020-11-09')] },
  { name: 'Lloyd Austin', aliases: ['Lloyd J. Austin III', 'Lloyd J. Austin', 'Lloyd Austin III'], positions: [d('US', '2021-01-22', '2025-01-20')] },
  { name: 'Pete Hegseth', aliases: ['Peter Hegseth', 'Hegseth'], positions: [d('US', '2025-01-25', null)] },
  // --- Russia ---
  { name: 'Anatoly Serdyukov', aliases: ['Anatoliy Serdyukov', 'Serdyukov'], positions: [d('RU', '2007-02-15', '2012-11-06')] },
  { name: 'Sergei Shoigu', aliases: ['Sergey Shoigu', 'Sergei Shoygu', 'Sergey Shoygu', 'Shoigu', 'Shoygu', 'Шойгу'], positions: [d('RU', '2012-11-06', '2024-05-12')] },
  { name: 'Andrei Belousov', aliases: ['Andrey Belousov', 'Belousov', 'Белоусов'], positions: [d('RU', '2024-05-14', null)] },
  // --- China ---
  { name: 'Cao Gangchuan', aliases: [], positions: [d('CN', '2003-03-17', '2008-03-17')] },
  { name: 'Liang Guanglie', aliases: [], positions: [d('CN', '2008-03-17', '2013-03-16')] },
  { name: 'Chang Wanquan', aliases: [], positions: [d('CN', '2013-03-16', '2018-03-19')] },
  { name: 'Wei Fenghe', aliases: [], positions: [d('CN', '2018-03-19', '2023-03-12')] },
  { name: 'Li Shangfu', aliases: [], positions: [d('CN', '2023-03-12', '2023-10-24')] },
  { name: 'Dong Jun', aliases: [], positions: [d('CN', '2023-12-29', null)] },
  // --- United Kingdom (Secretary of State for Defence) ---
  { name: 'John Reid', aliases: [], positions: [d('GB', '2005-05-06', '2006-05-05')] },
  { name: 'Des Browne', aliases: [], positions: [d('GB', '2006-05-05', '2008-10-03')] },
  { name: 'John Hutton', aliases: [], positions: [d('GB', '2008-10-03', '2009-06-05')] },
  { name: 'Bob Ainsworth', aliases: ['Ainsworth'], positions: [d('GB', '2009-06-05', '2010-05-11')] },
  { name: 'Liam Fox', aliases: [], positions: [d('GB', '2010-05-12', '2011-10-14')] },
  { name: 'Michael Fallon', aliases: ['Fallon'], positions: [d('GB', '2014-07-15', '2017-11-01')] },
  { name: 'Gavin Williamson', aliases: [], positions: [d('GB', '2017-11-02', '2019-05-01')] },
  { name: 'Penny Mordaunt', aliases: ['Mordaunt'], positions: [d('GB', '2019-05-01', '2019-07-24')] },
  { name: 'Ben Wallace', aliases: [], positions: [d('GB', '2019-07-24', '2023-08-31')] },
  { name: 'Grant Shapps', aliases: ['Shapps'], positions: [d('GB', '2023-08-31', '2024-07-05')] },
  { name: 'John Healey', aliases: ['Healey'], positions: [d('GB', '2024-07-05', null)] },
  // --- France (Minister of the Armed Forces) ---
  { name: 'Michèle Alliot-Marie', aliases: ['Michele Alliot-Marie', 'Alliot-Marie'], positions: [d('FR', '2002-05-07', '2007-05-18')] },
  { name: 'Hervé Morin', aliases: ['Herve Morin'], positions: [d('FR', '2007-05-18', '2010-11-14')] },
  { name: 'Gérard Longuet', aliases: ['Gerard Longuet', 'Longuet'], positions: [d('FR', '2011-02-27', '2012-05-16')] },
  { name: 'Sylvie Goulard', aliases: ['Goulard'], positions: [d('FR', '2017-05-17', '2017-06-21')] },
  { name: 'Florence Parly', aliases: ['Parly'], positions: [d('FR', '2017-06-21', '2022-05-20')] },
  // --- Germany ---
  { name: 'Franz Josef Jung', aliases: [], positions: [d('DE', '2005-11-22', '2009-10-28')] },
  { name: 'Karl-Theodor zu Guttenberg', aliases: ['Karl-Theodor Guttenberg', 'Guttenberg'], positions: [d('DE', '2009-10-28', '2011-03-03')] },
  { name: 'Thomas de Maizière', aliases: ['Thomas de Maiziere', 'de Maizière', 'de Maiziere'], positions: [d('DE', '2011-03-03', '2013-12-17')] },
  { name: 'Annegret Kramp-Karrenbauer', aliases: ['Kramp-Karrenbauer'], positions: [d('DE', '2019-07-17', '2021-12-08')] },
  { name: 'Christine Lambrecht', aliases: ['Lambrecht'], positions: [d('DE', '2021-12-08', '2023-01-19')] },
  { name: 'Boris Pistorius', aliases: ['Pistorius'], positions: [d('DE', '2023-01-19', null)] },
  // --- Italy ---
  { name: 'Ignazio La Russa', aliases: ['La Russa'], positions: [d('IT', '2008-05-08', '2011-11-16')] },
  { name: 'Giampaolo Di Paola', aliases: [], positions: [d('IT', '2011-11-16', '2013-04-28')] },
  { name: 'Roberta Pinotti', aliases: ['Pinotti'], positions: [d('IT', '2014-02-22', '2018-06-01')] },
  { name: 'Elisabetta Trenta', aliases: ['Trenta'], positions: [d('IT', '2018-06-01', '2019-09-05')] },
  { name: 'Lorenzo Guerini', aliases: ['Guerini'], positions: [d('IT', '2019-09-05', '2022-10-22')] },
  { name: 'Guido Crosetto', aliases: ['Crosetto'], positions: [d('IT', '2022-10-22', null)] },
  // --- Spain, Poland, the Netherlands ---
  { name: 'Margarita Robles', aliases: [], positions: [d('ES', '2018-06-07', null)] },
  { name: 'Antoni Macierewicz', aliases: ['Macierewicz'], positions: [d('PL', '2015-11-16', '2018-01-09')] },
  { name: 'Mariusz Błaszczak', aliases: ['Mariusz Blaszczak', 'Błaszczak', 'Blaszczak'], positions: [d('PL', '2018-01-09', '2023-11-27')] },
  { name: 'Władysław Kosiniak-Kamysz', aliases: ['Wladyslaw Kosiniak-Kamysz', 'Kosiniak-Kamysz'], positions: [d('PL', '2023-12-13', null)] },
  { name: 'Kajsa Ollongren', aliases: ['Ollongren'], positions: [d('NL', '2022-01-10', '2024-07-02')] },
  { name: 'Ruben Brekelmans', aliases: ['Brekelmans'], positions: [d('NL', '2024-07-02', null)] },
  // --- Japan (Minister of Defense) ---
  { name: 'Yasukazu Hamada', aliases: ['HAMADA Yasukazu'], positions: [d('JP', '2008-09-24', '2009-09-16'), d('JP', '2022-08-10', '2023-09-13')] },
  { name: 'Itsunori Onodera', aliases: ['ONODERA Itsunori', 'Onodera'], positions: [d('JP', '2012-12-26', '2014-09-03'), d('JP', '2017-08-03', '2018-10-02')] },
  { name: 'Gen Nakatani', aliases: ['NAKATANI Gen', 'Nakatani'], positions: [d('JP', '2014-12-24', '2016-08-03'), d('JP', '2024-10-01', '2025-10-21')] },
  { name: 'Tomomi Inada', aliases: ['INADA Tomomi'], positions: [d('JP', '2016-08-03', '2017-07-28')] },
  { name: 'Nobuo Kishi', aliases: ['KISHI Nobuo'], positions: [d('JP', '2020-09-16', '2022-08-10')] },
  { name: 'Minoru Kihara', aliases: ['KIHARA Minoru', 'Kihara'], positions: [d('JP', '2023-09-13', '2024-10-01')] },
  { name: 'Shinjiro Koizumi', aliases: ['KOIZUMI Shinjiro'], positions: [d('JP', '2025-10-21', null)] },
  // --- South Korea ---
  { name: 'Song Young-moo', aliases: [], positions: [d('KR', '2017-07-14', '2018-09-21')] },
  { name: 'Jeong Kyeong-doo', aliases: [], positions: [d('KR', '2018-09-21', '2020-09-18')] },
  { name: 'Suh Wook', aliases: [], positions: [d('KR', '2020-09-18', '2022-05-10')] },
  { name: 'Lee Jong-sup', aliases: [], positions: [d('KR', '2022-05-10', '2023-10-06')] },
  { name: 'Shin Won-sik', aliases: [], positions: [d('KR', '2023-10-07', '2024-09-06')] },
  { name: 'Kim Yong-hyun', aliases: [], positions: [d('KR', '2024-09-06', '2024-12-05')] },
  // --- India ---
  { name: 'A. K. Antony', aliases: ['A.K. Antony', 'AK Antony'], positions: [d('IN', '2006-10-24', '2014-05-26')] },
  { name: 'Arun Jaitley', aliases: ['Jaitley'], positions: [d('IN', '2014-05-26', '2014-11-09'), d('IN', '2017-03-13', '2017-09-03')] },
  { name: 'Manohar Parrikar', aliases: ['Parrikar'], positions: [d('IN', '2014-11-09', '2017-03-13')] },
  { name: 'Nirmala Sitharaman', aliases: ['Sitharaman'], positions: [d('IN', '2017-09-03', '2019-05-30')] },
  { name: 'Rajnath Singh', aliases: [], positions: [d('IN', '2019-05-31', null)] },
  // --- Türkiye ---
  { name: 'Vecdi Gönül', aliases: ['Vecdi Gonul'], positions: [d('TR', '2002-11-18', '2011-07-06')] },
  { name: 'İsmet Yılmaz', aliases: ['Ismet Yilmaz'], positions: [d('TR', '2011-07-06', '2015-08-28'), d('TR', '2015-11-24', '2016-05-24')] },
  { name: 'Fikri Işık', aliases: ['Fikri Isik'], positions: [d('TR', '2016-05-24', '2017-07-19')] },
  { name: 'Nurettin Canikli', aliases: ['Canikli'], positions: [d('TR', '2017-07-19', '2018-07-10')] },
  { name: 'Hulusi Akar', aliases: [], positions: [d('TR', '2018-07-10', '2023-06-04')] },
  { name: 'Yaşar Güler', aliases: ['Yasar Guler', 'Yaşar Guler'], positions: [d('TR', '2023-06-04', null)] },
  // --- Israel, Iran, Saudi Arabia ---
  { name: 'Ehud Barak', aliases: [], positions: [d('IL', '2007-06-18', '2013-03-18')] },
  { name: "Moshe Ya'alon", aliases: ['Moshe Yaalon', "Ya'alon"], positions: [d('IL', '2013-03-18', '2016-05-20')] },
  { name: 'Benny Gantz', aliases: ['Gantz'], positions: [d('IL', '2020-05-17', '2022-12-29')] },
  { name: 'Yoav Gallant', aliases: ['Gallant'], positions: [d('IL', '2022-12-29', '2024-11-05')] },
  { name: 'Hossein Dehghan', aliases: ['Dehghan'], positions: [d('IR', '2013-08-15', '2017-08-20')] },
  { name: 'Amir Hatami', aliases: ['Hatami'], positions: [d('IR', '2017-08-20', '2021-08-25')] },
  { name: 'Mohammad-Reza Gharaei Ashtiani', aliases: ['Mohammad Reza Gharaei Ashtiani', 'Gharaei Ashtiani'], positions: [d('IR', '2021-08-25', '2024-08-21')] },
  { name: 'Aziz Nasirzadeh', aliases: ['Nasirzadeh'], positions: [d('IR', '2024-08-21', null)] },
  { name: 'Khalid bin Salman', aliases: ['Khalid bin Salman Al Saud', 'Prince Khalid bin Salman'], positions: [d('SA', '2022-09-27', null)] },
  // --- Canada, Australia, Brazil, South Africa ---
  { name: 'Peter MacKay', aliases: ['MacKay'], positions: [d('CA', '2007-08-14', '2013-07-15')] },
  { name: 'Harjit Sajjan', aliases: ['Sajjan'], positions: [d('CA', '2015-11-04', '2021-10-26')] },
  { name: 'Anita Anand', aliases: [], positions: [d('CA', '2021-10-26', '2023-07-26')] },
  { name: 'Bill Blair', aliases: [], positions: [d('CA', '2023-07-26', '2025-05-13')] },
  { name: 'Christopher Pyne', aliases: ['Pyne'], positions: [d('AU', '2018-08-28', '2019-05-29')] },
  { name: 'Linda Reynolds', aliases: [], positions: [d('AU', '2019-05-29', '2021-03-30')] },
  { name: 'Peter Dutton', aliases: ['Dutton'], positions: [d('AU', '2021-03-30', '2022-05-23')] },
  { name: 'Richard Marles', aliases: ['Marles'], positions: [d('AU', '2022-06-01', null)] },
  { name: 'José Múcio', aliases: ['Jose Mucio', 'José Múcio Monteiro'], positions: [d('BR', '2023-01-01', null)] },
  { name: 'Thandi Modise', aliases: [], positions: [d('ZA', '2021-08-05', '2024-07-03')] },
  { name: 'Angie Motshekga', aliases: ['Motshekga'], positions: [d('ZA', '2024-07-03', null)] },
  // --- Ukraine ---
  { name: 'Stepan Poltorak', aliases: ['Poltorak'], positions: [d('UA', '2014-10-14', '2019-08-29')] },
  { name: 'Andriy Zagorodnyuk', aliases: ['Andriy Zahorodniuk', 'Zagorodnyuk'], positions: [d('UA', '2019-08-29', '2020-03-04')] },
  { name: 'Andriy Taran', aliases: [], positions: [d('UA', '2020-03-04', '2021-11-03')] },
  { name: 'Oleksii Reznikov', aliases: ['Oleksiy Reznikov', 'Alexei Reznikov', 'Reznikov'], positions: [d('UA', '2021-11-04', '2023-09-06')] },
  { name: 'Rustem Umerov', aliases: ['Umerov'], positions: [d('UA', '2023-09-06', '2025-07-17')] },
  // --- Belarus, Kazakhstan and other CIS states ---
  { name: 'Leonid Maltsev', aliases: ['Maltsev'], positions: [d('BY', '2001-12-12', '2009-12-04')] },
  { name: 'Yury Zhadobin', aliases: ['Yuri Zhadobin', 'Zhadobin'], positions: [d('BY', '2009-12-04', '2014-11-27')] },
  { name: 'Andrei Ravkov', aliases: ['Andrey Ravkov', 'Ravkov'], positions: [d('BY', '2014-11-27', '2020-01-20')] },
  { name: 'Viktor Khrenin', aliases: ['Victor Khrenin', 'Khrenin', 'Хренин'], positions: [d('BY', '2020-01-20', null)] },
  { name: 'Saken Zhasuzakov', aliases: ['Zhasuzakov'], positions: [d('KZ', '2016-09-13', '2018-08-07')] },
  { name: 'Ruslan Zhaksylykov', aliases: ['Zhaksylykov'], positions: [d('KZ', '2022-04-04', null)] },
  { name: 'Zakir Hasanov', aliases: ['Zakir Gasanov'], positions: [d('AZ', '2013-10-22', null)] },
  { name: 'Suren Papikyan', aliases: ['Papikyan'], positions: [d('AM', '2021-11-08', null)] },
  { name: 'Bakhodir Kurbanov', aliases: ['Bakhodir Kurbonov'], positions: [d('UZ', '2019-02-05', null)] },
];

/** Defence offices of people listed in the regional files for another office (merged by name in people.ts). */
export const DEFENCE_POSITIONS: Readonly<Record<string, readonly GazetteerPosition[]>> = {
  'Ursula von der Leyen': [d('DE', '2013-12-17', '2019-07-17')],
  'Jean-Yves Le Drian': [d('FR', '2012-05-16', '2017-05-17')],
  'Philip Hammond': [d('GB', '2011-10-14', '2014-07-15')],
  'Sébastien Lecornu': [d('FR', '2022-05-20', '2025-09-09')],
  'Mohammed bin Salman': [d('SA', '2015-01-23', '2022-09-27')],
  'Avigdor Lieberman': [d('IL', '2016-05-30', '2018-11-14')],
  'Israel Katz': [d('IL', '2024-11-08', null)],
  'Marise Payne': [d('AU', '2015-09-21', '2018-08-28')],
  'Taro Kono': [d('JP', '2019-09-11', '2020-09-16')],
  'Pranab Mukherjee': [d('IN', '2004-05-22', '2006-10-24')],
  'Takeshi Iwaya': [d('JP', '2018-10-02', '2019-09-11')],
  'Nurlan Yermekbayev': [d('KZ', '2018-08-07', '2022-01-19')],
  'Imangali Tasmagambetov': [d('KZ', '2014-10-22', '2016-09-13')],
};
