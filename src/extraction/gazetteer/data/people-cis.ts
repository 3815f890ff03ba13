import type { GazetteerPerson } from '../types.ts';

// Heads of state and government, foreign ministers and press officers of the post-Soviet states
// outside the EU, 2005 to date. Conventions (shared by every people-*.ts file):
// - `to` is the last day in office; a handover day belongs to both holders (see data.test.ts).
// - A day we could not pin down is written as the first of its month.
// - A bare surname is an alias only when no other person here carries it (so no "Japarov",
//   "Sargsyan", "Berdimuhamedov": father and son, or two unrelated holders).
// - Acting holders are listed only when readouts name them in office for weeks or more.

export const PEOPLE_CIS: readonly GazetteerPerson[] = [
  // --- Russia ---
  {
    name: 'Vladimir Putin',
    aliases: ['Putin', 'Vladimir Vladimirovich Putin', 'V. Putin', 'Путин', 'Владимир Путин'],
    positions: [
      { role: 'Prime Minister', country: 'RU', from: '1999-08-16', to: '2000-05-07' },
      { role: 'President', country: 'RU', from: '2000-05-07', to: '2008-05-07' },
      { role: 'Prime Minister', country: 'RU', from: '2008-05-08', to: '2012-05-07' },
      { role: 'President', country: 'RU', from: '2012-05-07', to: null },
    ],
  },
  {
    name: 'Dmitry Medvedev',
    aliases: ['Dmitri Medvedev', 'Dmitriy Medvedev', 'Medvedev', 'Медведев', 'Дмитрий Медведев'],
    positions: [
      { role: 'President', country: 'RU', from: '2008-05-07', to: '2012-05-07' },
      { role: 'Prime Minister', country: 'RU', from: '2012-05-08', to: '2020-01-15' },
    ],
  },
  {
    name: 'Mikhail Fradkov',
    aliases: ['Fradkov', 'Фрадков'],
    positions: [{ role: 'Prime Minister', country: 'RU', from: '2004-03-05', to: '2007-09-14' }],
  },
  {
    name: 'Viktor Zubkov',
    aliases: ['Zubkov', 'Зубков'],
    positions: [{ role: 'Prime Minister', country: 'RU', from: '2007-09-14', to: '2008-05-07' }],
  },
  {
    name: 'Mikhail Mishustin',
    aliases: ['Mishustin', 'Мишустин', 'Михаил Мишустин'],
    positions: [{ role: 'Prime Minister', country: 'RU', from: '2020-01-16', to: null }],
  },
  {
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov', 'Sergey Viktorovich Lavrov', 'Lavrov', 'Лавров', 'Сергей Лавров'],
    positions: [{ role: 'Foreign Minister', country: 'RU', from: '2004-03-09', to: null }],
  },
  {
    name: 'Dmitry Peskov',
    aliases: ['Dmitri Peskov', 'Dmitriy Peskov', 'Peskov', 'Песков', 'Дмитрий Песков'],
    positions: [{ role: 'Press Secretary', country: 'RU', from: '2012-05-22', to: null }],
  },
  {
    name: 'Maria Zakharova',
    aliases: ['Mariya Zakharova', 'Zakharova', 'Захарова', 'Мария Захарова'],
    positions: [{ role: 'Spokesperson', country: 'RU', from: '2015-08-10', to: null }],
  },
  {
    name: 'Valentina Matviyenko',
    aliases: ['Valentina Matvienko', 'Matviyenko', 'Matvienko', 'Матвиенко'],
    positions: [{ role: 'Speaker', country: 'RU', body: 'Federation Council', from: '2011-09-21', to: null }],
  },
  {
    name: 'Vyacheslav Volodin',
    aliases: ['Volodin', 'Володин'],
    positions: [{ role: 'Speaker', country: 'RU', body: 'State Duma', from: '2016-10-05', to: null }],
  },

  // --- Belarus ---
  {
    name: 'Alexander Lukashenko',
    aliases: [
      'Aleksandr Lukashenko',
      'Alexander Lukashenka',
      'Aleksandr Lukashenka',
      'Alyaksandr Lukashenka',
      'Aliaksandr Lukashenka',
      'Alexander Grigoryevich Lukashenko',
      'Lukashenko',
      'Lukashenka',
      'Лукашенко',
      'Александр Лукашенко',
      'Лукашэнка',
    ],
    positions: [{ role: 'President', country: 'BY', from: '1994-07-20', to: null }],
  },
  {
    name: 'Sergei Sidorsky',
    aliases: ['Sergey Sidorsky', 'Siarhei Sidorski', 'Sidorsky', 'Сидорский'],
    positions: [{ role: 'Prime Minister', country: 'BY', from: '2003-07-10', to: '2010-12-28' }],
  },
  {
    name: 'Mikhail Myasnikovich',
    aliases: ['Mikhail Myasnikovic', 'Mikhail Miasnikovich', 'Myasnikovich', 'Мясникович'],
    positions: [
      { role: 'Prime Minister', country: 'BY', from: '2010-12-28', to: '2014-12-27' },
      { role: 'Chairman of the Board', country: null, body: 'Eurasian Economic Commission', from: '2020-02-01', to: '2024-02-01' },
    ],
  },
  {
    name: 'Andrei Kobyakov',
    aliases: ['Andrey Kobyakov', 'Kobyakov', 'Кобяков'],
    positions: [{ role: 'Prime Minister', country: 'BY', from: '2014-12-27', to: '2018-08-18' }],
  },
  {
    name: 'Sergei Rumas',
    aliases: ['Sergey Rumas', 'Siarhei Rumas', 'Rumas', 'Румас'],
    positions: [{ role: 'Prime Minister', country: 'BY', from: '2018-08-18', to: '2020-06-03' }],
  },
  {
    name: 'Roman Golovchenko',
    aliases: ['Raman Halouchanka', 'Raman Golovchenko', 'Golovchenko', 'Головченко'],
    positions: [{ role: 'Prime Minister', country: 'BY', from: '2020-06-04', to: '2025-03-10' }],
  },
  {
    name: 'Alexander Turchin',
    aliases: ['Aleksandr Turchin', 'Alyaksandr Turchyn', 'Turchin', 'Турчин'],
    positions: [{ role: 'Prime Minister', country: 'BY', from: '2025-03-10', to: null }],
  },
  {
    name: 'Sergei Martynov',
    aliases: ['Sergey Martynov', 'Siarhei Martynau'],
    positions: [{ role: 'Foreign Minister', country: 'BY', from: '2003-03-17', to: '2012-08-20' }],
  },
  {
    name: 'Vladimir Makei',
    aliases: ['Uladzimir Makei', 'Vladimir Makey', 'Makei', 'Макей'],
    positions: [{ role: 'Foreign Minister', country: 'BY', from: '2012-08-20', to: '2022-11-26' }],
  },
  {
    name: 'Sergei Aleinik',
    aliases: ['Sergey Aleinik', 'Siarhei Aleinik', 'Aleinik', 'Алейник'],
    positions: [{ role: 'Foreign Minister', country: 'BY', from: '2022-12-09', to: '2024-06-27' }],
  },
  {
    name: 'Maxim Ryzhenkov',
    aliases: ['Maksim Ryzhenkov', 'Ryzhenkov', 'Рыженков'],
    positions: [{ role: 'Foreign Minister', country: 'BY', from: '2024-06-27', to: null }],
  },
  {
    name: 'Natalya Eismont',
    aliases: ['Natalia Eismont', 'Natallia Eismant', 'Eismont', 'Эйсмонт'],
    positions: [{ role: 'Press Secretary', country: 'BY', from: '2014-11-06', to: null }],
  },
  {
    name: 'Natalya Kochanova',
    aliases: ['Natalia Kochanova', 'Natallia Kachanava', 'Kochanova', 'Кочанова'],
    positions: [{ role: 'Chairperson', country: 'BY', body: 'Council of the Republic', from: '2019-12-06', to: null }],
  },

  // --- Kazakhstan ---
  {
    name: 'Nursultan Nazarbayev',
    aliases: ['Nursultan Nazarbaev', 'Nazarbayev', 'Nazarbaev', 'Назарбаев'],
    positions: [{ role: 'President', country: 'KZ', from: '1990-04-24', to: '2019-03-20' }],
  },
  {
    name: 'Kassym-Jomart Tokayev',
    aliases: [
      'Kassym-Jomart Tokaev',
      'Kasym-Zhomart Tokayev',
      'Qasym-Jomart Toqaev',
      'Qassym-Jomart Tokayev',
      'Tokayev',
      'Tokaev',
      'Toqayev',
      'Токаев',
      'Касым-Жомарт Токаев',
    ],
    positions: [
      { role: 'Prime Minister', country: 'KZ', from: '1999-10-01', to: '2002-01-28' },
      { role: 'Foreign Minister', country: 'KZ', from: '2002-01-28', to: '2007-01-11' },
      { role: 'Chairman', country: 'KZ', body: 'Senate of Kazakhstan', from: '2007-01-11', to: '2011-04-15' },
      { role: 'Chairman', country: 'KZ', body: 'Senate of Kazakhstan', from: '2013-10-16', to: '2019-03-19' },
      { role: 'President', country: 'KZ', from: '2019-03-20', to: null },
    ],
  },
  {
    name: 'Daniyal Akhmetov',
    aliases: [],
    positions: [{ role: 'Prime Minister', country: 'KZ', from: '2003-06-13', to: '2007-01-10' }],
  },
  {
    name: 'Karim Massimov',
    aliases: ['Karim Masimov', 'Massimov', 'Masimov', 'Масимов'],
    positions: [
      { role: 'Prime Minister', country: 'KZ', from: '2007-01-10', to: '2012-09-24' },
      { role: 'Prime Minister', country: 'KZ', from: '2014-04-02', to: '2016-09-08' },
    ],
  },
  {
    name: 'Serik Akhmetov',
    aliases: [],
    positions: [{ role: 'Prime Minister', country: 'KZ', from: '2012-09-24', to: '2014-04-02' }],
  },
  {
    name: 'Bakytzhan Sagintayev',
    aliases: ['Bakytzhan Sagintaev', 'Bakhytzhan Sagintayev', 'Sagintayev', 'Sagintaev', 'Сагинтаев'],
    positions: [
      { role: 'Prime Minister', country: 'KZ', from: '2016-09-09', to: '2019-02-21' },
      { role: 'Chairman of the Board', country: null, body: 'Eurasian Economic Commission', from: '2024-02-01', to: null },
    ],
  },
  {
    name: 'Askar Mamin',
    aliases: ['Mamin', 'Мамин'],
    positions: [{ role: 'Prime Minister', country: 'KZ', from: '2019-02-21', to: '2022-01-05' }],
  },
  {
    name: 'Alikhan Smailov',
    aliases: ['Smailov', 'Смаилов'],
    positions: [{ role: 'Prime Minister', country: 'KZ', from: '2022-01-05', to: '2024-02-05' }],
  },
  {
    name: 'Olzhas Bektenov',
    aliases: ['Oljas Bektenov', 'Bektenov', 'Бектенов'],
    positions: [{ role: 'Prime Minister', country: 'KZ', from: '2024-02-06', to: null }],
  },
  {
    name: 'Marat Tazhin',
    aliases: ['Tazhin'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2007-01-11', to: '2009-09-04' }],
  },
  {
    name: 'Kanat Saudabayev',
    aliases: ['Kanat Saudabaev', 'Saudabayev'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2009-09-04', to: '2011-03-01' }],
  },
  {
    name: 'Yerlan Idrissov',
    aliases: ['Erlan Idrissov', 'Yerlan Idrisov', 'Idrissov'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2012-09-28', to: '2016-12-28' }],
  },
  {
    name: 'Kairat Abdrakhmanov',
    aliases: ['Abdrakhmanov'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2016-12-28', to: '2018-12-18' }],
  },
  {
    name: 'Beibut Atamkulov',
    aliases: ['Beibit Atamkulov', 'Atamkulov'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2018-12-18', to: '2019-09-18' }],
  },
  {
    name: 'Mukhtar Tileuberdi',
    aliases: ['Tileuberdi', 'Тлеуберди'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2019-09-18', to: '2023-04-03' }],
  },
  {
    name: 'Murat Nurtleu',
    aliases: ['Nurtleu', 'Нуртлеу'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2023-04-03', to: '2025-09-26' }],
  },
  {
    name: 'Yermek Kosherbayev',
    aliases: ['Ermek Kosherbayev', 'Yermek Kosherbaev', 'Kosherbayev', 'Кошербаев'],
    positions: [{ role: 'Foreign Minister', country: 'KZ', from: '2025-09-26', to: null }],
  },

  // --- Kyrgyzstan ---
  {
    name: 'Askar Akayev',
    aliases: ['Askar Akaev', 'Akayev', 'Akaev', 'Акаев'],
    positions: [{ role: 'President', country: 'KG', from: '1990-10-27', to: '2005-04-04' }],
  },
  {
    name: 'Kurmanbek Bakiyev',
    aliases: ['Kurmanbek Bakiev', 'Bakiyev', 'Bakiev', 'Бакиев'],
    positions: [{ role: 'President', country: 'KG', from: '2005-08-14', to: '2010-04-15' }],
  },
  {
    name: 'Roza Otunbayeva',
    aliases: ['Roza Otunbaeva', 'Otunbayeva', 'Otunbaeva', 'Отунбаева'],
    positions: [{ role: 'President', country: 'KG', from: '2010-07-03', to: '2011-12-01' }],
  },
  {
    name: 'Almazbek Atambayev',
    aliases: ['Almazbek Atambaev', 'Atambayev', 'Atambaev', 'Атамбаев'],
    positions: [
      { role: 'Prime Minister', country: 'KG', from: '2010-12-17', to: '2011-12-01' },
      { role: 'President', country: 'KG', from: '2011-12-01', to: '2017-11-24' },
    ],
  },
  {
    name: 'Sooronbay Jeenbekov',
    aliases: ['Sooronbai Jeenbekov', 'Sooronbay Zheenbekov', 'Jeenbekov', 'Zheenbekov', 'Жээнбеков'],
    positions: [
      { role: 'Prime Minister', country: 'KG', from: '2016-04-13', to: '2017-08-22' },
      { role: 'President', country: 'KG', from: '2017-11-24', to: '2020-10-15' },
    ],
  },
  {
    name: 'Sadyr Japarov',
    aliases: ['Sadyr Zhaparov', 'Sadyr Djaparov', 'Жапаров Садыр', 'Садыр Жапаров'],
    positions: [
      { role: 'Prime Minister', country: 'KG', from: '2020-10-14', to: '2020-11-14' },
      { role: 'President', country: 'KG', from: '2021-01-28', to: null },
    ],
  },
  {
    name: 'Akylbek Japarov',
    aliases: ['Akylbek Zhaparov', 'Акылбек Жапаров'],
    positions: [{ role: 'Chairman of the Cabinet of Ministers', country: 'KG', from: '2021-10-13', to: '2024-12-16' }],
  },
  {
    name: 'Adylbek Kasymaliev',
    aliases: ['Adylbek Kasymaliyev', 'Kasymaliev', 'Касымалиев'],
    positions: [{ role: 'Chairman of the Cabinet of Ministers', country: 'KG', from: '2024-12-16', to: null }],
  },

  // --- Tajikistan ---
  {
    name: 'Emomali Rahmon',
    aliases: ['Emomali Rakhmon', 'Emomali Rahmonov', 'Emomali Rakhmonov', 'Rahmon', 'Rakhmon', 'Rahmonov', 'Рахмон', 'Эмомали Рахмон'],
    positions: [{ role: 'President', country: 'TJ', from: '1994-11-16', to: null }],
  },
  {
    name: 'Oqil Oqilov',
    aliases: ['Akil Akilov', 'Oqilov', 'Akilov'],
    positions: [{ role: 'Prime Minister', country: 'TJ', from: '1999-12-20', to: '2013-11-23' }],
  },
  {
    name: 'Kokhir Rasulzoda',
    aliases: ['Qohir Rasulzoda', 'Kohir Rasulzoda', 'Rasulzoda', 'Расулзода'],
    positions: [{ role: 'Prime Minister', country: 'TJ', from: '2013-11-23', to: null }],
  },
  {
    name: 'Sirojiddin Muhriddin',
    aliases: ['Sirodjidin Mukhriddin', 'Sirojiddin Mukhriddin', 'Muhriddin', 'Mukhriddin', 'Мухриддин'],
    positions: [{ role: 'Foreign Minister', country: 'TJ', from: '2013-11-28', to: null }],
  },
  {
    name: 'Rustam Emomali',
    aliases: ['Rustam Emomali Rahmon'],
    positions: [{ role: 'Chairman', country: 'TJ', body: 'Majlisi Milli', from: '2020-04-17', to: null }],
  },

  // --- Uzbekistan ---
  {
    name: 'Islam Karimov',
    aliases: ['Karimov', 'Каримов'],
    positions: [{ role: 'President', country: 'UZ', from: '1990-03-24', to: '2016-09-02' }],
  },
  {
    name: 'Shavkat Mirziyoyev',
    aliases: ['Shavkat Mirziyoev', 'Shavkat Mirziyayev', 'Mirziyoyev', 'Mirziyoev', 'Мирзиёев', 'Шавкат Мирзиёев'],
    positions: [
      { role: 'Prime Minister', country: 'UZ', from: '2003-12-12', to: '2016-12-14' },
      // Interim President from 8 September 2016, elected and sworn in on 14 December 2016.
      { role: 'President', country: 'UZ', from: '2016-09-08', to: null },
    ],
  },
  {
    name: 'Abdulla Aripov',
    aliases: ['Aripov', 'Арипов'],
    positions: [{ role: 'Prime Minister', country: 'UZ', from: '2016-12-14', to: null }],
  },

  // --- Turkmenistan ---
  {
    name: 'Saparmurat Niyazov',
    aliases: ['Niyazov', 'Turkmenbashi', 'Ниязов'],
    positions: [{ role: 'President', country: 'TM', from: '1990-10-27', to: '2006-12-21' }],
  },
  {
    name: 'Gurbanguly Berdimuhamedov',
    aliases: ['Gurbanguly Berdymukhamedov', 'Gurbanguly Berdimuhamedow', 'Gurbanguly Berdymukhammedov', 'Гурбангулы Бердымухамедов'],
    positions: [
      { role: 'President', country: 'TM', from: '2006-12-21', to: '2022-03-19' },
      { role: 'Chairman of the Halk Maslahaty', country: 'TM', from: '2023-01-21', to: null },
    ],
  },
  {
    name: 'Serdar Berdimuhamedov',
    aliases: ['Serdar Berdymukhamedov', 'Serdar Berdimuhamedow', 'Serdar Berdymukhammedov', 'Сердар Бердымухамедов'],
    positions: [{ role: 'President', country: 'TM', from: '2022-03-19', to: null }],
  },
  {
    name: 'Rashid Meredov',
    aliases: ['Raşit Meredow', 'Meredov', 'Мередов'],
    positions: [{ role: 'Foreign Minister', country: 'TM', from: '2001-07-01', to: null }],
  },

  // --- Armenia ---
  {
    name: 'Robert Kocharyan',
    aliases: ['Robert Kocharian', 'Kocharyan', 'Kocharian', 'Кочарян'],
    positions: [{ role: 'President', country: 'AM', from: '1998-04-09', to: '2008-04-09' }],
  },
  {
    name: 'Serzh Sargsyan',
    aliases: ['Serzh Sarkisian', 'Serzh Sargsian', 'Serzh Sarkisyan', 'Серж Саргсян'],
    positions: [
      { role: 'Prime Minister', country: 'AM', from: '2007-04-04', to: '2008-04-09' },
      { role: 'President', country: 'AM', from: '2008-04-09', to: '2018-04-09' },
      { role: 'Prime Minister', country: 'AM', from: '2018-04-17', to: '2018-04-23' },
    ],
  },
  {
    name: 'Armen Sarkissian',
    aliases: ['Armen Sargsyan', 'Армен Саркисян'],
    positions: [{ role: 'President', country: 'AM', from: '2018-04-09', to: '2022-02-01' }],
  },
  {
    name: 'Vahagn Khachaturyan',
    aliases: ['Vahagn Khachatryan', 'Ваагн Хачатурян'],
    positions: [{ role: 'President', country: 'AM', from: '2022-03-13', to: null }],
  },
  {
    name: 'Andranik Margaryan',
    aliases: ['Andranik Margarian'],
    positions: [{ role: 'Prime Minister', country: 'AM', from: '2000-05-12', to: '2007-03-25' }],
  },
  {
    name: 'Tigran Sargsyan',
    aliases: ['Tigran Sarkisian', 'Tigran Sargsian', 'Тигран Саркисян'],
    positions: [
      { role: 'Prime Minister', country: 'AM', from: '2008-04-09', to: '2014-04-13' },
      { role: 'Chairman of the Board', country: null, body: 'Eurasian Economic Commission', from: '2016-02-01', to: '2020-02-01' },
    ],
  },
  {
    name: 'Hovik Abrahamyan',
    aliases: ['Hovik Abrahamian', 'Abrahamyan'],
    positions: [{ role: 'Prime Minister', country: 'AM', from: '2014-04-13', to: '2016-09-13' }],
  },
  {
    name: 'Karen Karapetyan',
    aliases: ['Karen Karapetian', 'Karapetyan'],
    positions: [{ role: 'Prime Minister', country: 'AM', from: '2016-09-13', to: '2018-04-17' }],
  },
  {
    name: 'Nikol Pashinyan',
    aliases: ['Nikol Pashinian', 'Pashinyan', 'Pashinian', 'Пашинян', 'Никол Пашинян'],
    positions: [{ role: 'Prime Minister', country: 'AM', from: '2018-05-08', to: null }],
  },
  {
    name: 'Edward Nalbandian',
    aliases: ['Edward Nalbandyan', 'Eduard Nalbandyan', 'Nalbandian', 'Nalbandyan'],
    positions: [{ role: 'Foreign Minister', country: 'AM', from: '2008-04-01', to: '2018-05-12' }],
  },
  {
    name: 'Zohrab Mnatsakanyan',
    aliases: ['Zohrab Mnatsakanian', 'Mnatsakanyan'],
    positions: [{ role: 'Foreign Minister', country: 'AM', from: '2018-05-12', to: '2020-11-16' }],
  },
  {
    name: 'Ararat Mirzoyan',
    aliases: ['Mirzoyan', 'Мирзоян'],
    positions: [{ role: 'Foreign Minister', country: 'AM', from: '2021-08-19', to: null }],
  },

  // --- Azerbaijan ---
  {
    name: 'Ilham Aliyev',
    aliases: ['Ilham Aliev', 'Ilham Heydar oglu Aliyev', 'Aliyev', 'Алиев', 'Ильхам Алиев'],
    positions: [{ role: 'President', country: 'AZ', from: '2003-10-31', to: null }],
  },
  {
    name: 'Artur Rasizade',
    aliases: ['Artur Rasi-zade', 'Rasizade'],
    positions: [{ role: 'Prime Minister', country: 'AZ', from: '2003-11-04', to: '2018-04-21' }],
  },
  {
    name: 'Novruz Mammadov',
    aliases: ['Novruz Mamedov'],
    positions: [{ role: 'Prime Minister', country: 'AZ', from: '2018-04-21', to: '2019-10-08' }],
  },
  {
    name: 'Ali Asadov',
    aliases: ['Асадов'],
    positions: [{ role: 'Prime Minister', country: 'AZ', from: '2019-10-08', to: null }],
  },
  {
    name: 'Elmar Mammadyarov',
    aliases: ['Elmar Mamedyarov', 'Mammadyarov', 'Mamedyarov'],
    positions: [{ role: 'Foreign Minister', country: 'AZ', from: '2004-04-02', to: '2020-07-16' }],
  },
  {
    name: 'Jeyhun Bayramov',
    aliases: ['Bayramov', 'Байрамов'],
    positions: [{ role: 'Foreign Minister', country: 'AZ', from: '2020-07-16', to: null }],
  },

  // --- Georgia ---
  {
    name: 'Mikheil Saakashvili',
    aliases: ['Mikhail Saakashvili', 'Saakashvili', 'Саакашвили'],
    positions: [
      { role: 'President', country: 'GE', from: '2004-01-25', to: '2007-11-25' },
      { role: 'President', country: 'GE', from: '2008-01-20', to: '2013-11-17' },
    ],
  },
  {
    name: 'Giorgi Margvelashvili',
    aliases: ['Margvelashvili'],
    positions: [{ role: 'President', country: 'GE', from: '2013-11-17', to: '2018-12-16' }],
  },
  {
    name: 'Salome Zourabichvili',
    aliases: ['Salome Zurabishvili', 'Zourabichvili', 'Zurabishvili'],
    positions: [{ role: 'President', country: 'GE', from: '2018-12-16', to: '2024-12-29' }],
  },
  {
    name: 'Mikheil Kavelashvili',
    aliases: ['Mikhail Kavelashvili', 'Kavelashvili'],
    positions: [{ role: 'President', country: 'GE', from: '2024-12-29', to: null }],
  },
  {
    name: 'Zurab Noghaideli',
    aliases: ['Zurab Nogaideli', 'Noghaideli'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2005-02-17', to: '2007-11-16' }],
  },
  {
    name: 'Nika Gilauri',
    aliases: ['Gilauri'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2009-02-06', to: '2012-07-04' }],
  },
  {
    name: 'Bidzina Ivanishvili',
    aliases: ['Ivanishvili', 'Иванишвили'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2012-10-25', to: '2013-11-20' }],
  },
  {
    name: 'Irakli Garibashvili',
    aliases: ['Irakli Gharibashvili', 'Garibashvili', 'Gharibashvili'],
    positions: [
      { role: 'Prime Minister', country: 'GE', from: '2013-11-20', to: '2015-12-30' },
      { role: 'Prime Minister', country: 'GE', from: '2021-02-22', to: '2024-02-08' },
    ],
  },
  {
    name: 'Giorgi Kvirikashvili',
    aliases: ['Kvirikashvili'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2015-12-30', to: '2018-06-20' }],
  },
  {
    name: 'Mamuka Bakhtadze',
    aliases: ['Bakhtadze'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2018-06-20', to: '2019-09-08' }],
  },
  {
    name: 'Giorgi Gakharia',
    aliases: ['Gakharia'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2019-09-08', to: '2021-02-18' }],
  },
  {
    name: 'Irakli Kobakhidze',
    aliases: ['Kobakhidze', 'Кобахидзе'],
    positions: [{ role: 'Prime Minister', country: 'GE', from: '2024-02-08', to: null }],
  },

  // --- Moldova ---
  {
    name: 'Vladimir Voronin',
    aliases: ['Voronin', 'Воронин'],
    positions: [{ role: 'President', country: 'MD', from: '2001-04-07', to: '2009-09-11' }],
  },
  {
    name: 'Nicolae Timofti',
    aliases: ['Timofti'],
    positions: [{ role: 'President', country: 'MD', from: '2012-03-23', to: '2016-12-23' }],
  },
  {
    name: 'Igor Dodon',
    aliases: ['Dodon', 'Додон'],
    positions: [{ role: 'President', country: 'MD', from: '2016-12-23', to: '2020-12-24' }],
  },
  {
    name: 'Maia Sandu',
    aliases: ['Maya Sandu', 'Санду'],
    positions: [
      { role: 'Prime Minister', country: 'MD', from: '2019-06-08', to: '2019-11-14' },
      { role: 'President', country: 'MD', from: '2020-12-24', to: null },
    ],
  },
  {
    name: 'Vlad Filat',
    aliases: ['Filat'],
    positions: [{ role: 'Prime Minister', country: 'MD', from: '2009-09-25', to: '2013-05-31' }],
  },
  {
    name: 'Iurie Leancă',
    aliases: ['Iurie Leanca', 'Yuri Leanca', 'Leancă', 'Leanca'],
    positions: [
      { role: 'Foreign Minister', country: 'MD', from: '2009-09-25', to: '2013-05-30' },
      { role: 'Prime Minister', country: 'MD', from: '2013-05-31', to: '2015-02-18' },
    ],
  },
  {
    name: 'Pavel Filip',
    aliases: [],
    positions: [{ role: 'Prime Minister', country: 'MD', from: '2016-01-20', to: '2019-06-08' }],
  },
  {
    name: 'Ion Chicu',
    aliases: ['Chicu'],
    positions: [{ role: 'Prime Minister', country: 'MD', from: '2019-11-14', to: '2020-12-31' }],
  },
  {
    name: 'Natalia Gavrilița',
    aliases: ['Natalia Gavrilita', 'Gavrilița', 'Gavrilita'],
    positions: [{ role: 'Prime Minister', country: 'MD', from: '2021-08-06', to: '2023-02-16' }],
  },
  {
    name: 'Dorin Recean',
    aliases: ['Recean', 'Речан'],
    positions: [{ role: 'Prime Minister', country: 'MD', from: '2023-02-16', to: '2025-11-01' }],
  },
  {
    name: 'Alexandru Munteanu',
    aliases: [],
    positions: [{ role: 'Prime Minister', country: 'MD', from: '2025-11-01', to: null }],
  },

  // --- Ukraine ---
  {
    name: 'Viktor Yushchenko',
    aliases: ['Victor Yushchenko', 'Yushchenko', 'Ющенко'],
    positions: [{ role: 'President', country: 'UA', from: '2005-01-23', to: '2010-02-25' }],
  },
  {
    name: 'Viktor Yanukovych',
    aliases: ['Viktor Yanukovich', 'Victor Yanukovych', 'Yanukovych', 'Yanukovich', 'Янукович'],
    positions: [
      { role: 'Prime Minister', country: 'UA', from: '2006-08-04', to: '2007-12-18' },
      { role: 'President', country: 'UA', from: '2010-02-25', to: '2014-02-22' },
    ],
  },
  {
    name: 'Oleksandr Turchynov',
    aliases: ['Oleksandr Turchinov', 'Alexander Turchinov', 'Turchynov'],
    positions: [{ role: 'Acting President', country: 'UA', from: '2014-02-23', to: '2014-06-07' }],
  },
  {
    name: 'Petro Poroshenko',
    aliases: ['Pyotr Poroshenko', 'Poroshenko', 'Порошенко'],
    positions: [
      { role: 'Foreign Minister', country: 'UA', from: '2009-10-09', to: '2010-03-11' },
      { role: 'President', country: 'UA', from: '2014-06-07', to: '2019-05-20' },
    ],
  },
  {
    name: 'Volodymyr Zelensky',
    aliases: [
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskiy',
      'Vladimir Zelensky',
      'Vladimir Zelenskiy',
      'Zelensky',
      'Zelenskyy',
      'Zelenskiy',
      'Зеленский',
      'Зеленський',
    ],
    positions: [{ role: 'President', country: 'UA', from: '2019-05-20', to: null }],
  },
  {
    name: 'Yulia Tymoshenko',
    aliases: ['Yulia Timoshenko', 'Tymoshenko', 'Timoshenko', 'Тимошенко'],
    positions: [
      { role: 'Prime Minister', country: 'UA', from: '2005-01-24', to: '2005-09-08' },
      { role: 'Prime Minister', country: 'UA', from: '2007-12-18', to: '2010-03-04' },
    ],
  },
  {
    name: 'Yuriy Yekhanurov',
    aliases: ['Yuri Yekhanurov', 'Yekhanurov'],
    positions: [{ role: 'Prime Minister', country: 'UA', from: '2005-09-22', to: '2006-08-04' }],
  },
  {
    name: 'Mykola Azarov',
    aliases: ['Nikolai Azarov', 'Azarov', 'Азаров'],
    positions: [{ role: 'Prime Minister', country: 'UA', from: '2010-03-11', to: '2014-01-28' }],
  },
  {
    name: 'Arseniy Yatsenyuk',
    aliases: ['Arseny Yatsenyuk', 'Arsenii Yatseniuk', 'Yatsenyuk', 'Яценюк'],
    positions: [
      { role: 'Foreign Minister', country: 'UA', from: '2007-03-21', to: '2007-12-18' },
      { role: 'Prime Minister', country: 'UA', from: '2014-02-27', to: '2016-04-14' },
    ],
  },
  {
    name: 'Volodymyr Groysman',
    aliases: ['Volodymyr Hroisman', 'Vladimir Groysman', 'Groysman', 'Hroisman'],
    positions: [{ role: 'Prime Minister', country: 'UA', from: '2016-04-14', to: '2019-08-29' }],
  },
  {
    name: 'Oleksiy Honcharuk',
    aliases: ['Oleksii Honcharuk', 'Alexei Goncharuk', 'Honcharuk'],
    positions: [{ role: 'Prime Minister', country: 'UA', from: '2019-08-29', to: '2020-03-04' }],
  },
  {
    name: 'Denys Shmyhal',
    aliases: ['Denis Shmygal', 'Shmyhal', 'Shmygal', 'Шмыгаль'],
    positions: [{ role: 'Prime Minister', country: 'UA', from: '2020-03-04', to: '2025-07-17' }],
  },
  {
    name: 'Yulia Svyrydenko',
    aliases: ['Yuliia Svyrydenko', 'Svyrydenko', 'Свириденко'],
    positions: [{ role: 'Prime Minister', country: 'UA', from: '2025-07-17', to: null }],
  },
  {
    name: 'Pavlo Klimkin',
    aliases: ['Pavel Klimkin', 'Klimkin'],
    positions: [{ role: 'Foreign Minister', country: 'UA', from: '2014-06-19', to: '2019-08-29' }],
  },
  {
    name: 'Vadym Prystaiko',
    aliases: ['Vadim Prystaiko', 'Prystaiko'],
    positions: [{ role: 'Foreign Minister', country: 'UA', from: '2019-08-29', to: '2020-03-04' }],
  },
  {
    name: 'Dmytro Kuleba',
    aliases: ['Dmitry Kuleba', 'Kuleba', 'Кулеба'],
    positions: [{ role: 'Foreign Minister', country: 'UA', from: '2020-03-04', to: '2024-09-05' }],
  },
  {
    name: 'Andrii Sybiha',
    aliases: ['Andriy Sybiha', 'Andrii Sybiga', 'Sybiha', 'Сибига'],
    positions: [{ role: 'Foreign Minister', country: 'UA', from: '2024-09-05', to: null }],
  },
];
