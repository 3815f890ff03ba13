import type { GazetteerPerson } from '../types.ts';

// Foreign ministers not in the regional files, and the Kyrgyz and Moldovan prime ministers those
// files leave out. Conventions as in people-cis.ts. South Africa's "Minister of International
// Relations and Cooperation" is written "Foreign Minister", as the press does. Ministers who also
// held an office already listed elsewhere (Sikorski 2007–2014, Leancă, Lapid, Norov) have that office
// in their existing entries; Mauro Vieira 2015–2016 is a known gap.
// Open terms were checked to the end of 2025 unless a comment says otherwise.

export const PEOPLE_MINISTERS: readonly GazetteerPerson[] = [
  // --- Italy ---
  { name: "Massimo D'Alema", aliases: ['Massimo DAlema', "D'Alema"], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2006-05-17', to: '2008-05-08' }] },
  { name: 'Franco Frattini', aliases: ['Frattini'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2008-05-08', to: '2011-11-16' }] },
  { name: "Giulio Terzi di Sant'Agata", aliases: ['Giulio Terzi'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2011-11-16', to: '2013-03-26' }] },
  { name: 'Emma Bonino', aliases: ['Bonino'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2013-04-28', to: '2014-02-22' }] },
  { name: 'Angelino Alfano', aliases: ['Alfano'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2016-12-12', to: '2018-06-01' }] },
  { name: 'Enzo Moavero Milanesi', aliases: ['Moavero Milanesi'], positions: [{ role: 'Foreign Minister', country: 'IT', from: '2018-06-01', to: '2019-09-05' }] },

  // --- Spain ---
  { name: 'Miguel Ángel Moratinos', aliases: ['Miguel Angel Moratinos', 'Moratinos'], positions: [{ role: 'Foreign Minister', country: 'ES', from: '2004-04-18', to: '2010-10-21' }] },
  { name: 'Trinidad Jiménez', aliases: ['Trinidad Jimenez'], positions: [{ role: 'Foreign Minister', country: 'ES', from: '2010-10-21', to: '2011-12-22' }] },
  { name: 'José Manuel García-Margallo', aliases: ['Jose Manuel Garcia-Margallo', 'García-Margallo', 'Garcia-Margallo'], positions: [{ role: 'Foreign Minister', country: 'ES', from: '2011-12-22', to: '2016-11-04' }] },
  { name: 'Alfonso Dastis', aliases: ['Dastis'], positions: [{ role: 'Foreign Minister', country: 'ES', from: '2016-11-04', to: '2018-06-07' }] },
  { name: 'Arancha González Laya', aliases: ['Arancha Gonzalez Laya', 'González Laya', 'Gonzalez Laya'], positions: [{ role: 'Foreign Minister', country: 'ES', from: '2020-01-13', to: '2021-07-12' }] },
  { name: 'José Manuel Albares', aliases: ['Jose Manuel Albares', 'Albares'], positions: [{ role: 'Foreign Minister', country: 'ES', from: '2021-07-12', to: null }] },

  // --- Poland (Sikorski is in people-europe.ts) ---
  { name: 'Anna Fotyga', aliases: ['Fotyga'], positions: [{ role: 'Foreign Minister', country: 'PL', from: '2006-05-09', to: '2007-11-16' }] },
  { name: 'Grzegorz Schetyna', aliases: ['Schetyna'], positions: [{ role: 'Foreign Minister', country: 'PL', from: '2014-09-22', to: '2015-11-16' }] },
  { name: 'Witold Waszczykowski', aliases: ['Waszczykowski'], positions: [{ role: 'Foreign Minister', country: 'PL', from: '2015-11-16', to: '2018-01-09' }] },
  { name: 'Jacek Czaputowicz', aliases: ['Czaputowicz'], positions: [{ role: 'Foreign Minister', country: 'PL', from: '2018-01-09', to: '2020-08-20' }] },
  { name: 'Zbigniew Rau', aliases: [], positions: [{ role: 'Foreign Minister', country: 'PL', from: '2020-08-26', to: '2023-11-27' }] },
  { name: 'Szymon Szynkowski vel Sęk', aliases: ['Szymon Szynkowski vel Sek'], positions: [{ role: 'Foreign Minister', country: 'PL', from: '2023-11-27', to: '2023-12-13' }] },

  // --- Hungary (Szijjártó is in people-europe.ts; his successor of May 2026 is not known here) ---
  { name: 'Kinga Göncz', aliases: ['Kinga Goncz'], positions: [{ role: 'Foreign Minister', country: 'HU', from: '2006-06-09', to: '2009-04-16' }] },
  { name: 'Péter Balázs', aliases: ['Peter Balazs'], positions: [{ role: 'Foreign Minister', country: 'HU', from: '2009-04-16', to: '2010-05-29' }] },
  { name: 'János Martonyi', aliases: ['Janos Martonyi', 'Martonyi'], positions: [{ role: 'Foreign Minister', country: 'HU', from: '2010-05-29', to: '2014-06-06' }] },
  { name: 'Tibor Navracsics', aliases: ['Navracsics'], positions: [{ role: 'Foreign Minister', country: 'HU', from: '2014-06-06', to: '2014-09-22' }] },

  // --- Serbia ---
  { name: 'Vuk Jeremić', aliases: ['Vuk Jeremic', 'Jeremić', 'Jeremic'], positions: [{ role: 'Foreign Minister', country: 'RS', from: '2007-05-15', to: '2012-07-27' }] },
  { name: 'Ivan Mrkić', aliases: ['Ivan Mrkic', 'Mrkić', 'Mrkic'], positions: [{ role: 'Foreign Minister', country: 'RS', from: '2012-07-27', to: '2014-04-27' }] },
  {
    name: 'Ivica Dačić',
    aliases: ['Ivica Dacic', 'Dačić', 'Dacic', 'Дачич'],
    positions: [
      { role: 'Prime Minister', country: 'RS', from: '2012-07-27', to: '2014-04-27' },
      { role: 'Foreign Minister', country: 'RS', from: '2014-04-27', to: '2020-10-28' },
      { role: 'Foreign Minister', country: 'RS', from: '2022-10-26', to: '2024-05-02' },
    ],
  },
  { name: 'Nikola Selaković', aliases: ['Nikola Selakovic', 'Selaković', 'Selakovic'], positions: [{ role: 'Foreign Minister', country: 'RS', from: '2020-10-28', to: '2022-10-26' }] },
  { name: 'Marko Đurić', aliases: ['Marko Djuric', 'Marko Duric', 'Đurić', 'Djuric'], positions: [{ role: 'Foreign Minister', country: 'RS', from: '2024-05-02', to: null }] },

  // --- Moldova ---
  { name: 'Andrei Stratan', aliases: ['Stratan'], positions: [{ role: 'Foreign Minister', country: 'MD', from: '2004-02-04', to: '2009-09-25' }] },
  {
    name: 'Natalia Gherman',
    aliases: ['Gherman'],
    positions: [
      { role: 'Foreign Minister', country: 'MD', from: '2013-05-30', to: '2016-01-20' },
      { role: 'Acting Prime Minister', country: 'MD', from: '2015-06-22', to: '2015-07-30' },
    ],
  },
  {
    name: 'Nicu Popescu',
    aliases: [],
    positions: [
      { role: 'Foreign Minister', country: 'MD', from: '2019-06-08', to: '2019-11-14' },
      { role: 'Foreign Minister', country: 'MD', from: '2021-08-06', to: '2024-01-29' },
    ],
  },
  // Not checked against the government of November 2025.
  { name: 'Mihai Popșoi', aliases: ['Mihai Popsoi', 'Popșoi', 'Popsoi'], positions: [{ role: 'Foreign Minister', country: 'MD', from: '2024-01-29', to: null }] },
  { name: 'Vasile Tarlev', aliases: ['Tarlev', 'Тарлев'], positions: [{ role: 'Prime Minister', country: 'MD', from: '2001-04-19', to: '2008-03-31' }] },
  { name: 'Zinaida Greceanîi', aliases: ['Zinaida Greceanii', 'Zinaida Grechanyi', 'Greceanîi', 'Greceanii', 'Гречаный'], positions: [{ role: 'Prime Minister', country: 'MD', from: '2008-03-31', to: '2009-09-14' }] },
  { name: 'Chiril Gaburici', aliases: ['Gaburici'], positions: [{ role: 'Prime Minister', country: 'MD', from: '2015-02-18', to: '2015-06-22' }] },
  { name: 'Valeriu Streleț', aliases: ['Valeriu Strelet', 'Streleț', 'Strelet'], positions: [{ role: 'Prime Minister', country: 'MD', from: '2015-07-30', to: '2015-10-29' }] },
  { name: 'Gheorghe Brega', aliases: ['Brega'], positions: [{ role: 'Acting Prime Minister', country: 'MD', from: '2015-10-30', to: '2016-01-20' }] },
  { name: 'Aureliu Ciocoi', aliases: ['Ciocoi'], positions: [{ role: 'Acting Prime Minister', country: 'MD', from: '2020-12-31', to: '2021-08-06' }] },

  // --- Kyrgyzstan: prime ministers until the office became Chairman of the Cabinet in 2021 ---
  // Acting from his government's resignation on 19 December 2006 until Isabekov's approval.
  { name: 'Felix Kulov', aliases: ['Feliks Kulov', 'Kulov', 'Кулов'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2005-09-01', to: '2007-01-29' }] },
  { name: 'Azim Isabekov', aliases: ['Isabekov'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2007-01-29', to: '2007-03-29' }] },
  { name: 'Igor Chudinov', aliases: ['Chudinov', 'Чудинов'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2007-12-24', to: '2009-10-21' }] },
  { name: 'Daniar Usenov', aliases: ['Daniyar Usenov', 'Usenov'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2009-10-21', to: '2010-04-07' }] },
  { name: 'Omurbek Babanov', aliases: ['Babanov', 'Бабанов'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2011-12-23', to: '2012-09-01' }] },
  { name: 'Zhantoro Satybaldiyev', aliases: ['Jantoro Satybaldiev', 'Zhantoro Satybaldiev', 'Satybaldiyev', 'Satybaldiev'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2012-09-06', to: '2014-03-25' }] },
  { name: 'Djoomart Otorbaev', aliases: ['Joomart Otorbaev', 'Otorbaev'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2014-04-03', to: '2015-05-01' }] },
  { name: 'Temir Sariyev', aliases: ['Temir Sariev', 'Sariyev', 'Sariev'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2015-05-02', to: '2016-04-11' }] },
  { name: 'Sapar Isakov', aliases: ['Isakov'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2017-08-26', to: '2018-04-19' }] },
  { name: 'Mukhammedkalyi Abylgaziev', aliases: ['Muhammetkaliy Abylgaziev', 'Abylgaziev'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2018-04-20', to: '2020-06-15' }] },
  { name: 'Kubatbek Boronov', aliases: ['Boronov'], positions: [{ role: 'Prime Minister', country: 'KG', from: '2020-06-17', to: '2020-10-06' }] },
  // The constitution of May 2021 renamed the office; he kept it until 12 October 2021.
  {
    name: 'Ulukbek Maripov',
    aliases: ['Maripov', 'Марипов'],
    positions: [
      { role: 'Prime Minister', country: 'KG', from: '2021-02-03', to: '2021-05-05' },
      { role: 'Chairman of the Cabinet of Ministers', country: 'KG', from: '2021-05-05', to: '2021-10-12' },
    ],
  },

  // --- Saudi Arabia, UAE ---
  { name: 'Saud al-Faisal', aliases: ['Prince Saud al-Faisal', 'Saud Al Faisal'], positions: [{ role: 'Foreign Minister', country: 'SA', from: '1975-10-13', to: '2015-04-29' }] },
  { name: 'Adel al-Jubeir', aliases: ['Adel Al-Jubeir', 'al-Jubeir', 'Jubeir'], positions: [{ role: 'Foreign Minister', country: 'SA', from: '2015-04-29', to: '2018-12-27' }] },
  { name: 'Ibrahim Al-Assaf', aliases: ['Ibrahim Abdulaziz Al-Assaf'], positions: [{ role: 'Foreign Minister', country: 'SA', from: '2018-12-27', to: '2019-10-23' }] },
  { name: 'Abdullah bin Zayed Al Nahyan', aliases: ['Abdullah bin Zayed', 'Sheikh Abdullah bin Zayed'], positions: [{ role: 'Foreign Minister', country: 'AE', from: '2006-02-09', to: null }] },

  // --- Israel (Lapid and Netanyahu, who also held the office, are in people-asia-africa.ts) ---
  { name: 'Tzipi Livni', aliases: ['Livni'], positions: [{ role: 'Foreign Minister', country: 'IL', from: '2006-05-04', to: '2009-03-31' }] },
  {
    name: 'Avigdor Lieberman',
    aliases: ['Avigdor Liberman', 'Lieberman', 'Liberman', 'Либерман'],
    positions: [
      { role: 'Foreign Minister', country: 'IL', from: '2009-03-31', to: '2012-12-18' },
      { role: 'Foreign Minister', country: 'IL', from: '2013-11-11', to: '2015-05-14' },
    ],
  },
  // Katz moved to Defence and Sa'ar took over in early November 2024; the day is approximate.
  {
    name: 'Israel Katz',
    aliases: ['Yisrael Katz'],
    positions: [
      { role: 'Foreign Minister', country: 'IL', from: '2019-02-17', to: '2020-05-17' },
      { role: 'Foreign Minister', country: 'IL', from: '2024-01-01', to: '2024-11-05' },
    ],
  },
  { name: 'Gabi Ashkenazi', aliases: ['Gabriel Ashkenazi', 'Ashkenazi'], positions: [{ role: 'Foreign Minister', country: 'IL', from: '2020-05-17', to: '2021-06-13' }] },
  { name: 'Eli Cohen', aliases: [], positions: [{ role: 'Foreign Minister', country: 'IL', from: '2022-12-29', to: '2024-01-01' }] },
  { name: "Gideon Sa'ar", aliases: ['Gideon Saar', "Sa'ar", 'Саар'], positions: [{ role: 'Foreign Minister', country: 'IL', from: '2024-11-05', to: null }] },

  // --- Iran (Zarif and later are in people-asia-africa.ts) ---
  { name: 'Manouchehr Mottaki', aliases: ['Manouchehr Motaki', 'Mottaki'], positions: [{ role: 'Foreign Minister', country: 'IR', from: '2005-08-24', to: '2010-12-13' }] },
  { name: 'Ali Akbar Salehi', aliases: ['Salehi'], positions: [{ role: 'Foreign Minister', country: 'IR', from: '2010-12-13', to: '2013-08-15' }] },

  // --- Pakistan ("Zardari" alone is Asif Ali Zardari) ---
  {
    name: 'Shah Mehmood Qureshi',
    aliases: ['Shah Mahmood Qureshi', 'Qureshi'],
    positions: [
      { role: 'Foreign Minister', country: 'PK', from: '2008-03-31', to: '2011-02-09' },
      { role: 'Foreign Minister', country: 'PK', from: '2018-08-20', to: '2022-04-10' },
    ],
  },
  { name: 'Hina Rabbani Khar', aliases: ['Hina Rabbani'], positions: [{ role: 'Foreign Minister', country: 'PK', from: '2011-07-19', to: '2013-03-16' }] },
  { name: 'Khawaja Asif', aliases: ['Khawaja Muhammad Asif'], positions: [{ role: 'Foreign Minister', country: 'PK', from: '2017-08-04', to: '2018-04-26' }] },
  { name: 'Bilawal Bhutto Zardari', aliases: ['Bilawal Bhutto', 'Bilawal'], positions: [{ role: 'Foreign Minister', country: 'PK', from: '2022-04-27', to: '2023-08-10' }] },
  { name: 'Jalil Abbas Jilani', aliases: ['Jilani'], positions: [{ role: 'Foreign Minister', country: 'PK', from: '2023-08-17', to: '2024-03-04' }] },
  { name: 'Ishaq Dar', aliases: ['Muhammad Ishaq Dar'], positions: [{ role: 'Foreign Minister', country: 'PK', from: '2024-03-11', to: null }] },

  // --- Brazil (Mauro Vieira is in people-americas.ts) ---
  { name: 'Celso Amorim', aliases: ['Amorim'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2003-01-01', to: '2010-12-31' }] },
  { name: 'Antonio Patriota', aliases: ['Antônio Patriota', 'Patriota'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2011-01-01', to: '2013-08-26' }] },
  { name: 'Luiz Alberto Figueiredo', aliases: ['Luiz Alberto Figueiredo Machado'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2013-08-28', to: '2014-12-31' }] },
  { name: 'José Serra', aliases: ['Jose Serra'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2016-05-12', to: '2017-02-22' }] },
  { name: 'Aloysio Nunes', aliases: ['Aloysio Nunes Ferreira'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2017-03-07', to: '2018-12-31' }] },
  { name: 'Ernesto Araújo', aliases: ['Ernesto Araujo'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2019-01-01', to: '2021-03-29' }] },
  { name: 'Carlos Alberto Franco França', aliases: ['Carlos França', 'Carlos Franca'], positions: [{ role: 'Foreign Minister', country: 'BR', from: '2021-04-06', to: '2022-12-31' }] },

  // --- South Africa ---
  { name: 'Maite Nkoana-Mashabane', aliases: ['Nkoana-Mashabane'], positions: [{ role: 'Foreign Minister', country: 'ZA', from: '2009-05-10', to: '2018-02-26' }] },
  { name: 'Lindiwe Sisulu', aliases: ['Sisulu'], positions: [{ role: 'Foreign Minister', country: 'ZA', from: '2018-02-27', to: '2019-05-29' }] },
  { name: 'Naledi Pandor', aliases: ['Pandor', 'Пандор'], positions: [{ role: 'Foreign Minister', country: 'ZA', from: '2019-05-30', to: '2024-07-03' }] },
  { name: 'Ronald Lamola', aliases: ['Lamola'], positions: [{ role: 'Foreign Minister', country: 'ZA', from: '2024-07-03', to: null }] },

  // --- Indonesia ---
  { name: 'Hassan Wirajuda', aliases: ['Wirajuda'], positions: [{ role: 'Foreign Minister', country: 'ID', from: '2001-08-09', to: '2009-10-22' }] },
  { name: 'Marty Natalegawa', aliases: ['Natalegawa'], positions: [{ role: 'Foreign Minister', country: 'ID', from: '2009-10-22', to: '2014-10-27' }] },
  { name: 'Retno Marsudi', aliases: ['Retno L.P. Marsudi', 'Marsudi'], positions: [{ role: 'Foreign Minister', country: 'ID', from: '2014-10-27', to: '2024-10-20' }] },
  { name: 'Sugiono', aliases: [], positions: [{ role: 'Foreign Minister', country: 'ID', from: '2024-10-21', to: null }] },

  // --- Korean peninsula ("Kim", "Park", "Lee" alone name nobody) ---
  { name: 'Yu Myung-hwan', aliases: ['Yu Myung Hwan'], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2008-02-29', to: '2010-09-04' }] },
  { name: 'Kim Sung-hwan', aliases: ['Kim Sung Hwan'], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2010-10-08', to: '2013-03-11' }] },
  { name: 'Yun Byung-se', aliases: ['Yun Byung Se'], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2013-03-11', to: '2017-06-18' }] },
  { name: 'Kang Kyung-wha', aliases: ['Kang Kyung Wha'], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2017-06-18', to: '2021-02-08' }] },
  { name: 'Chung Eui-yong', aliases: ['Chung Eui Yong'], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2021-02-09', to: '2022-05-11' }] },
  { name: 'Park Jin', aliases: [], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2022-05-12', to: '2024-01-10' }] },
  // Stayed on under the new government until his successor was appointed in July 2025 (month given).
  { name: 'Cho Tae-yul', aliases: ['Cho Tae Yul'], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2024-01-11', to: '2025-07-01' }] },
  { name: 'Cho Hyun', aliases: [], positions: [{ role: 'Foreign Minister', country: 'KR', from: '2025-07-01', to: null }] },
  // North Korean ministers: the months are approximate.
  { name: 'Ri Yong-ho', aliases: ['Ri Yong Ho'], positions: [{ role: 'Foreign Minister', country: 'KP', from: '2016-05-01', to: '2020-01-01' }] },
  { name: 'Ri Son-gwon', aliases: ['Ri Son Gwon'], positions: [{ role: 'Foreign Minister', country: 'KP', from: '2020-01-01', to: '2022-06-01' }] },
  { name: 'Choe Son-hui', aliases: ['Choe Son Hui', 'Чвэ Сон Хи'], positions: [{ role: 'Foreign Minister', country: 'KP', from: '2022-06-01', to: null }] },

  // --- Vietnam, Oman ---
  { name: 'Phạm Bình Minh', aliases: ['Pham Binh Minh'], positions: [{ role: 'Foreign Minister', country: 'VN', from: '2011-08-03', to: '2021-04-08' }] },
  { name: 'Yusuf bin Alawi bin Abdullah', aliases: ['Yusuf bin Alawi'], positions: [{ role: 'Foreign Minister', country: 'OM', from: '1997-01-01', to: '2020-08-18' }] },
  { name: 'Badr Albusaidi', aliases: ['Badr bin Hamad Albusaidi', 'Badr Al Busaidi'], positions: [{ role: 'Foreign Minister', country: 'OM', from: '2020-08-18', to: null }] },
];
