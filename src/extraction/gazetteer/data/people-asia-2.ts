import type { GazetteerPerson } from '../types.ts';

// Asia and the Middle East, second file: South-East and South Asia, Afghanistan, the Levant, Iraq,
// the Gulf heads of government, Mongolia and Vietnam before 2016. Conventions as in people-cis.ts.
// Those who already sit in people-asia-africa.ts with a later office (Khürelsükh as prime
// minister, Nguyễn Phú Trọng as party leader) are not repeated. Bare "Shinawatra", "Rajapaksa",
// "Aoun", "Salam", "Hariri", "Al Thani", "Al-Sabah" name several people and are never aliases.
// Open terms were checked to the end of 2025 unless a comment says otherwise.

export const PEOPLE_ASIA_2: readonly GazetteerPerson[] = [
  // --- Philippines ---
  { name: 'Gloria Macapagal Arroyo', aliases: ['Gloria Arroyo', 'Macapagal Arroyo'], positions: [{ role: 'President', country: 'PH', from: '2001-01-20', to: '2010-06-30' }] },
  { name: 'Benigno Aquino III', aliases: ['Benigno Aquino', 'Noynoy Aquino', 'Noynoy', 'PNoy'], positions: [{ role: 'President', country: 'PH', from: '2010-06-30', to: '2016-06-30' }] },
  { name: 'Rodrigo Duterte', aliases: ['Rodrigo Roa Duterte', 'Дутерте'], positions: [{ role: 'President', country: 'PH', from: '2016-06-30', to: '2022-06-30' }] },
  {
    name: 'Ferdinand Marcos Jr.',
    aliases: ['Ferdinand Marcos Jr', 'Ferdinand R. Marcos Jr.', 'Bongbong Marcos', 'Marcos Jr.', 'Bongbong', 'PBBM'],
    positions: [{ role: 'President', country: 'PH', from: '2022-06-30', to: null }],
  },

  // --- Malaysia ---
  { name: 'Abdullah Ahmad Badawi', aliases: ['Abdullah Badawi', 'Badawi'], positions: [{ role: 'Prime Minister', country: 'MY', from: '2003-10-31', to: '2009-04-03' }] },
  { name: 'Najib Razak', aliases: ['Najib Tun Razak', 'Najib Abdul Razak'], positions: [{ role: 'Prime Minister', country: 'MY', from: '2009-04-03', to: '2018-05-10' }] },
  // Interim prime minister from his resignation on 24 February 2020 until Muhyiddin was sworn in.
  { name: 'Mahathir Mohamad', aliases: ['Mahathir bin Mohamad', 'Mahathir', 'Махатхир'], positions: [{ role: 'Prime Minister', country: 'MY', from: '2018-05-10', to: '2020-03-01' }] },
  { name: 'Muhyiddin Yassin', aliases: ['Muhyiddin'], positions: [{ role: 'Prime Minister', country: 'MY', from: '2020-03-01', to: '2021-08-21' }] },
  { name: 'Ismail Sabri Yaakob', aliases: ['Ismail Sabri'], positions: [{ role: 'Prime Minister', country: 'MY', from: '2021-08-21', to: '2022-11-24' }] },
  { name: 'Anwar Ibrahim', aliases: ['Анвар Ибрагим'], positions: [{ role: 'Prime Minister', country: 'MY', from: '2022-11-24', to: null }] },
  { name: 'Sultan Abdullah of Pahang', aliases: ['Al-Sultan Abdullah', 'Sultan Abdullah Ri\'ayatuddin'], positions: [{ role: 'King', country: 'MY', from: '2019-01-31', to: '2024-01-30' }] },
  { name: 'Sultan Ibrahim Iskandar', aliases: ['Sultan Ibrahim of Johor', 'Sultan Ibrahim'], positions: [{ role: 'King', country: 'MY', from: '2024-01-31', to: null }] },

  // --- Singapore ("Lee" and "Wong" alone name nobody) ---
  { name: 'Lee Hsien Loong', aliases: ['Ли Сянь Лун'], positions: [{ role: 'Prime Minister', country: 'SG', from: '2004-08-12', to: '2024-05-15' }] },
  { name: 'Lawrence Wong', aliases: ['Лоуренс Вонг'], positions: [{ role: 'Prime Minister', country: 'SG', from: '2024-05-15', to: null }] },
  { name: 'S. R. Nathan', aliases: ['S.R. Nathan', 'Sellapan Ramanathan'], positions: [{ role: 'President', country: 'SG', from: '1999-09-01', to: '2011-08-31' }] },
  { name: 'Tony Tan Keng Yam', aliases: ['Tony Tan'], positions: [{ role: 'President', country: 'SG', from: '2011-09-01', to: '2017-08-31' }] },
  { name: 'Halimah Yacob', aliases: [], positions: [{ role: 'President', country: 'SG', from: '2017-09-14', to: '2023-09-13' }] },
  { name: 'Tharman Shanmugaratnam', aliases: ['Tharman'], positions: [{ role: 'President', country: 'SG', from: '2023-09-14', to: null }] },

  // --- Thailand (Anutin Charnvirakul is in people-asia-africa.ts) ---
  { name: 'King Bhumibol Adulyadej', aliases: ['Bhumibol Adulyadej', 'King Bhumibol'], positions: [{ role: 'King', country: 'TH', from: '1946-06-09', to: '2016-10-13' }] },
  {
    name: 'King Maha Vajiralongkorn',
    aliases: ['Maha Vajiralongkorn', 'King Vajiralongkorn', 'Vajiralongkorn'],
    positions: [{ role: 'King', country: 'TH', from: '2016-10-13', to: null }],
  },
  { name: 'Thaksin Shinawatra', aliases: ['Thaksin'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2001-02-09', to: '2006-09-19' }] },
  { name: 'Surayud Chulanont', aliases: ['Surayud'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2006-10-01', to: '2008-01-29' }] },
  { name: 'Samak Sundaravej', aliases: ['Samak'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2008-01-29', to: '2008-09-09' }] },
  { name: 'Somchai Wongsawat', aliases: [], positions: [{ role: 'Prime Minister', country: 'TH', from: '2008-09-18', to: '2008-12-02' }] },
  { name: 'Abhisit Vejjajiva', aliases: ['Abhisit'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2008-12-17', to: '2011-08-05' }] },
  { name: 'Yingluck Shinawatra', aliases: ['Yingluck'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2011-08-05', to: '2014-05-07' }] },
  { name: 'Prayut Chan-o-cha', aliases: ['Prayuth Chan-ocha', 'Prayut Chan-ocha', 'Prayut', 'Prayuth'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2014-08-24', to: '2023-08-22' }] },
  { name: 'Srettha Thavisin', aliases: ['Srettha'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2023-08-22', to: '2024-08-14' }] },
  // Suspended by the Constitutional Court on 1 July 2025 and removed on 29 August 2025.
  { name: 'Paetongtarn Shinawatra', aliases: ['Paetongtarn'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2024-08-16', to: '2025-08-29' }] },

  // --- Bangladesh ---
  {
    name: 'Khaleda Zia',
    aliases: ['Begum Khaleda Zia'],
    positions: [
      { role: 'Prime Minister', country: 'BD', from: '1991-03-20', to: '1996-03-30' },
      { role: 'Prime Minister', country: 'BD', from: '2001-10-10', to: '2006-10-29' },
    ],
  },
  { name: 'Fakhruddin Ahmed', aliases: [], positions: [{ role: 'Chief Adviser', country: 'BD', from: '2007-01-12', to: '2009-01-06' }] },
  { name: 'Sheikh Hasina', aliases: ['Sheikh Hasina Wazed', 'Hasina', 'Хасина'], positions: [{ role: 'Prime Minister', country: 'BD', from: '2009-01-06', to: '2024-08-05' }] },
  { name: 'Muhammad Yunus', aliases: ['Yunus', 'Мухаммад Юнус'], positions: [{ role: 'Chief Adviser', country: 'BD', from: '2024-08-08', to: '2026-02-17' }] },
  // Sworn in on 17 February 2026 after the BNP won the election of 12 February.
  { name: 'Tarique Rahman', aliases: ['Tarique Zia', 'Tareq Rahman'], positions: [{ role: 'Prime Minister', country: 'BD', from: '2026-02-17', to: null }] },
  { name: 'Zillur Rahman', aliases: [], positions: [{ role: 'President', country: 'BD', from: '2009-02-12', to: '2013-03-20' }] },
  { name: 'Abdul Hamid', aliases: ['Mohammad Abdul Hamid', 'Md. Abdul Hamid'], positions: [{ role: 'President', country: 'BD', from: '2013-04-24', to: '2023-04-24' }] },
  { name: 'Mohammed Shahabuddin', aliases: ['Mohammed Shahabuddin Chuppu', 'Shahabuddin'], positions: [{ role: 'President', country: 'BD', from: '2023-04-24', to: null }] },

  // --- Sri Lanka ---
  {
    name: 'Mahinda Rajapaksa',
    aliases: ['Mahinda Rajapakse', 'Mahinda'],
    positions: [
      { role: 'President', country: 'LK', from: '2005-11-19', to: '2015-01-09' },
      { role: 'Prime Minister', country: 'LK', from: '2018-10-26', to: '2018-12-15' },
      { role: 'Prime Minister', country: 'LK', from: '2019-11-21', to: '2022-05-09' },
    ],
  },
  { name: 'Maithripala Sirisena', aliases: ['Sirisena'], positions: [{ role: 'President', country: 'LK', from: '2015-01-09', to: '2019-11-18' }] },
  { name: 'Gotabaya Rajapaksa', aliases: ['Gotabhaya Rajapaksa', 'Gotabaya'], positions: [{ role: 'President', country: 'LK', from: '2019-11-18', to: '2022-07-14' }] },
  {
    name: 'Ranil Wickremesinghe',
    aliases: ['Ranil Wickramasinghe', 'Wickremesinghe', 'Ranil'],
    positions: [
      { role: 'Prime Minister', country: 'LK', from: '2015-01-09', to: '2018-10-26' },
      { role: 'Prime Minister', country: 'LK', from: '2018-12-16', to: '2019-11-21' },
      { role: 'Prime Minister', country: 'LK', from: '2022-05-12', to: '2022-07-21' },
      { role: 'President', country: 'LK', from: '2022-07-21', to: '2024-09-23' },
    ],
  },
  { name: 'Anura Kumara Dissanayake', aliases: ['Anura Kumara Dissanayaka', 'Dissanayake', 'AKD'], positions: [{ role: 'President', country: 'LK', from: '2024-09-23', to: null }] },
  { name: 'Ratnasiri Wickremanayake', aliases: ['Wickremanayake'], positions: [{ role: 'Prime Minister', country: 'LK', from: '2005-11-21', to: '2010-04-21' }] },
  { name: 'D. M. Jayaratne', aliases: ['D.M. Jayaratne', 'Disanayaka Mudiyanselage Jayaratne'], positions: [{ role: 'Prime Minister', country: 'LK', from: '2010-04-21', to: '2015-01-09' }] },
  { name: 'Dinesh Gunawardena', aliases: ['Gunawardena'], positions: [{ role: 'Prime Minister', country: 'LK', from: '2022-07-22', to: '2024-09-23' }] },
  { name: 'Harini Amarasuriya', aliases: ['Amarasuriya'], positions: [{ role: 'Prime Minister', country: 'LK', from: '2024-09-24', to: null }] },

  // --- Nepal ---
  { name: 'Ram Baran Yadav', aliases: [], positions: [{ role: 'President', country: 'NP', from: '2008-07-23', to: '2015-10-29' }] },
  { name: 'Bidya Devi Bhandari', aliases: ['Bidhya Devi Bhandari'], positions: [{ role: 'President', country: 'NP', from: '2015-10-29', to: '2023-03-13' }] },
  { name: 'Ram Chandra Poudel', aliases: ['Ram Chandra Paudel', 'Ramchandra Paudel'], positions: [{ role: 'President', country: 'NP', from: '2023-03-13', to: null }] },
  { name: 'Sushil Koirala', aliases: [], positions: [{ role: 'Prime Minister', country: 'NP', from: '2014-02-11', to: '2015-10-12' }] },
  {
    name: 'KP Sharma Oli',
    aliases: ['K. P. Sharma Oli', 'K.P. Sharma Oli', 'KP Oli', 'Khadga Prasad Sharma Oli', 'Khadga Prasad Oli'],
    positions: [
      { role: 'Prime Minister', country: 'NP', from: '2015-10-12', to: '2016-08-04' },
      { role: 'Prime Minister', country: 'NP', from: '2018-02-15', to: '2021-07-13' },
      { role: 'Prime Minister', country: 'NP', from: '2024-07-15', to: '2025-09-09' },
    ],
  },
  {
    name: 'Pushpa Kamal Dahal',
    aliases: ['Prachanda', 'Pushpa Kamal Dahal Prachanda'],
    positions: [
      { role: 'Prime Minister', country: 'NP', from: '2008-08-18', to: '2009-05-25' },
      { role: 'Prime Minister', country: 'NP', from: '2016-08-04', to: '2017-06-07' },
      { role: 'Prime Minister', country: 'NP', from: '2022-12-26', to: '2024-07-15' },
    ],
  },
  {
    name: 'Sher Bahadur Deuba',
    aliases: ['Deuba'],
    positions: [
      { role: 'Prime Minister', country: 'NP', from: '2017-06-07', to: '2018-02-15' },
      { role: 'Prime Minister', country: 'NP', from: '2021-07-13', to: '2022-12-26' },
    ],
  },
  // Interim prime minister after the protests of September 2025. Balendra Shah's swearing-in was
  // reported as set for 26 March 2026; the day is not confirmed here.
  { name: 'Sushila Karki', aliases: ['Karki'], positions: [{ role: 'Prime Minister', country: 'NP', from: '2025-09-12', to: '2026-03-26' }] },
  { name: 'Balendra Shah', aliases: ['Balen Shah', 'Balen'], positions: [{ role: 'Prime Minister', country: 'NP', from: '2026-03-26', to: null }] },

  // --- Afghanistan ---
  { name: 'Hamid Karzai', aliases: ['Karzai', 'Карзай'], positions: [{ role: 'President', country: 'AF', from: '2004-12-07', to: '2014-09-29' }] },
  { name: 'Ashraf Ghani', aliases: ['Mohammad Ashraf Ghani', 'Ghani'], positions: [{ role: 'President', country: 'AF', from: '2014-09-29', to: '2021-08-15' }] },
  { name: 'Hibatullah Akhundzada', aliases: ['Haibatullah Akhundzada', 'Akhundzada'], positions: [{ role: 'Supreme Leader', country: 'AF', from: '2021-08-15', to: null }] },
  { name: 'Mohammad Hasan Akhund', aliases: ['Mullah Mohammad Hasan Akhund', 'Hasan Akhund'], positions: [{ role: 'Prime Minister', country: 'AF', from: '2021-09-07', to: null }] },

  // --- Iraq ---
  { name: 'Jalal Talabani', aliases: ['Talabani'], positions: [{ role: 'President', country: 'IQ', from: '2005-04-07', to: '2014-07-24' }] },
  { name: 'Fuad Masum', aliases: ['Fuad Maasum'], positions: [{ role: 'President', country: 'IQ', from: '2014-07-24', to: '2018-10-02' }] },
  { name: 'Barham Salih', aliases: ['Barham Saleh'], positions: [{ role: 'President', country: 'IQ', from: '2018-10-02', to: '2022-10-17' }] },
  // Not checked against the government formation after the election of November 2025.
  { name: 'Abdul Latif Rashid', aliases: ['Abdullatif Rashid', 'Abdul Latif Jamal Rashid'], positions: [{ role: 'President', country: 'IQ', from: '2022-10-17', to: null }] },
  { name: 'Ibrahim al-Jaafari', aliases: ['Ibrahim al-Jafari'], positions: [{ role: 'Prime Minister', country: 'IQ', from: '2005-05-03', to: '2006-05-20' }] },
  { name: 'Nouri al-Maliki', aliases: ['Nuri al-Maliki', 'al-Maliki', 'Maliki'], positions: [{ role: 'Prime Minister', country: 'IQ', from: '2006-05-20', to: '2014-09-08' }] },
  { name: 'Haider al-Abadi', aliases: ['Haidar al-Abadi', 'al-Abadi'], positions: [{ role: 'Prime Minister', country: 'IQ', from: '2014-09-08', to: '2018-10-25' }] },
  { name: 'Adil Abdul-Mahdi', aliases: ['Adel Abdul Mahdi', 'Abdul-Mahdi', 'Adil Abd Al-Mahdi', 'Adel Abd Al-Mahdi', 'Adel Abdel Mahdi', 'Adil Abdel-Mahdi', 'Abd Al-Mahdi', 'Abdel Mahdi', 'Abdel-Mahdi'], positions: [{ role: 'Prime Minister', country: 'IQ', from: '2018-10-25', to: '2020-05-07' }] },
  { name: 'Mustafa al-Kadhimi', aliases: ['Mustafa Al-Kadhimi', 'al-Kadhimi', 'Kadhimi'], positions: [{ role: 'Prime Minister', country: 'IQ', from: '2020-05-07', to: '2022-10-27' }] },
  // Not checked against the government formation after the election of November 2025.
  { name: 'Mohammed Shia al-Sudani', aliases: ['Mohammed Shia Al Sudani', 'Mohammed Shiaa al-Sudani', 'al-Sudani'], positions: [{ role: 'Prime Minister', country: 'IQ', from: '2022-10-27', to: null }] },

  // --- Syria ---
  { name: 'Bashar al-Assad', aliases: ['Bashar Assad', 'Bashar al-Asad', 'Assad', 'Асад', 'Башар Асад'], positions: [{ role: 'President', country: 'SY', from: '2000-07-17', to: '2024-12-08' }] },
  {
    name: 'Ahmed al-Sharaa',
    aliases: ['Ahmad al-Sharaa', 'Ahmed al-Shara', 'al-Sharaa', 'Abu Mohammed al-Jolani', 'al-Jolani', 'Аш-Шараа'],
    // De facto leader from the fall of Assad; named president for the transition on 29 January 2025.
    positions: [{ role: 'President', country: 'SY', from: '2025-01-29', to: null }],
  },
  { name: 'Wael al-Halqi', aliases: ['Wael Nader al-Halqi'], positions: [{ role: 'Prime Minister', country: 'SY', from: '2012-08-09', to: '2016-07-03' }] },
  { name: 'Imad Khamis', aliases: [], positions: [{ role: 'Prime Minister', country: 'SY', from: '2016-07-03', to: '2020-08-30' }] },
  { name: 'Hussein Arnous', aliases: [], positions: [{ role: 'Prime Minister', country: 'SY', from: '2020-08-30', to: '2024-09-14' }] },
  { name: 'Mohammad Ghazi al-Jalali', aliases: ['Mohammed Ghazi al-Jalali'], positions: [{ role: 'Prime Minister', country: 'SY', from: '2024-09-14', to: '2024-12-10' }] },
  // The office was left out of the transitional government of 29 March 2025.
  { name: 'Mohammed al-Bashir', aliases: ['Mohammad al-Bashir'], positions: [{ role: 'Prime Minister', country: 'SY', from: '2024-12-10', to: '2025-03-29' }] },

  // --- Jordan ---
  {
    name: 'King Abdullah II',
    aliases: ['Abdullah II', 'Abdullah II bin Al-Hussein', 'King Abdullah II of Jordan', 'Абдалла II'],
    positions: [{ role: 'King', country: 'JO', from: '1999-02-07', to: null }],
  },
  {
    name: 'Marouf al-Bakhit',
    aliases: ['Marouf Bakhit'],
    positions: [
      { role: 'Prime Minister', country: 'JO', from: '2005-11-27', to: '2007-11-25' },
      { role: 'Prime Minister', country: 'JO', from: '2011-02-09', to: '2011-10-24' },
    ],
  },
  { name: 'Nader al-Dahabi', aliases: ['Nader Dahabi'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2007-11-25', to: '2009-12-14' }] },
  { name: 'Samir Rifai', aliases: ['Samir al-Rifai'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2009-12-14', to: '2011-02-09' }] },
  { name: 'Awn Shawkat Al-Khasawneh', aliases: ['Awn al-Khasawneh', 'Awn Khasawneh'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2011-10-24', to: '2012-05-02' }] },
  { name: 'Fayez al-Tarawneh', aliases: ['Fayez Tarawneh'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2012-05-02', to: '2012-10-11' }] },
  { name: 'Abdullah Ensour', aliases: ['Abdullah al-Nsour', 'Ensour'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2012-10-11', to: '2016-06-01' }] },
  { name: 'Hani Mulki', aliases: ['Hani al-Mulki'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2016-06-01', to: '2018-06-14' }] },
  { name: 'Omar Razzaz', aliases: ['Omar al-Razzaz'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2018-06-14', to: '2020-10-12' }] },
  { name: 'Bisher Al-Khasawneh', aliases: ['Bisher al-Khasawneh', 'Bisher Khasawneh'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2020-10-12', to: '2024-09-18' }] },
  { name: 'Jafar Hassan', aliases: ['Jaafar Hassan'], positions: [{ role: 'Prime Minister', country: 'JO', from: '2024-09-18', to: null }] },

  // --- Lebanon (the presidency was vacant 2007–2008, 2014–2016 and 2022–2025) ---
  { name: 'Émile Lahoud', aliases: ['Emile Lahoud', 'Lahoud'], positions: [{ role: 'President', country: 'LB', from: '1998-11-24', to: '2007-11-23' }] },
  { name: 'Michel Suleiman', aliases: ['Michel Sleiman'], positions: [{ role: 'President', country: 'LB', from: '2008-05-25', to: '2014-05-25' }] },
  { name: 'Michel Aoun', aliases: ['Мишель Аун'], positions: [{ role: 'President', country: 'LB', from: '2016-10-31', to: '2022-10-30' }] },
  { name: 'Joseph Aoun', aliases: ['Жозеф Аун'], positions: [{ role: 'President', country: 'LB', from: '2025-01-09', to: null }] },
  { name: 'Fouad Siniora', aliases: ['Fuad Siniora', 'Siniora'], positions: [{ role: 'Prime Minister', country: 'LB', from: '2005-07-19', to: '2009-11-09' }] },
  {
    name: 'Saad Hariri',
    aliases: ['Saad al-Hariri', 'Саад Харири'],
    positions: [
      { role: 'Prime Minister', country: 'LB', from: '2009-11-09', to: '2011-06-13' },
      { role: 'Prime Minister', country: 'LB', from: '2016-12-18', to: '2020-01-21' },
    ],
  },
  {
    name: 'Najib Mikati',
    aliases: ['Najib Miqati', 'Mikati', 'Микати'],
    positions: [
      { role: 'Prime Minister', country: 'LB', from: '2005-04-19', to: '2005-07-19' },
      { role: 'Prime Minister', country: 'LB', from: '2011-06-13', to: '2014-02-15' },
      { role: 'Prime Minister', country: 'LB', from: '2021-09-10', to: '2025-02-08' },
    ],
  },
  { name: 'Tammam Salam', aliases: [], positions: [{ role: 'Prime Minister', country: 'LB', from: '2014-02-15', to: '2016-12-18' }] },
  { name: 'Hassan Diab', aliases: [], positions: [{ role: 'Prime Minister', country: 'LB', from: '2020-01-21', to: '2021-09-10' }] },
  { name: 'Nawaf Salam', aliases: [], positions: [{ role: 'Prime Minister', country: 'LB', from: '2025-02-08', to: null }] },

  // --- Gulf heads of government (monarchs are in people-asia-africa.ts) ---
  { name: 'Abdullah bin Khalifa Al Thani', aliases: [], positions: [{ role: 'Prime Minister', country: 'QA', from: '1996-10-29', to: '2007-04-03' }] },
  {
    name: 'Hamad bin Jassim bin Jaber Al Thani',
    aliases: ['Hamad bin Jassim Al Thani', 'Hamad bin Jassim', 'Hamad bin Jasim'],
    positions: [
      { role: 'Foreign Minister', country: 'QA', from: '1992-09-01', to: '2013-06-26' },
      { role: 'Prime Minister', country: 'QA', from: '2007-04-03', to: '2013-06-26' },
    ],
  },
  { name: 'Abdullah bin Nasser bin Khalifa Al Thani', aliases: ['Abdullah bin Nasser Al Thani', 'Abdullah bin Nasser'], positions: [{ role: 'Prime Minister', country: 'QA', from: '2013-06-26', to: '2020-01-28' }] },
  { name: 'Khalid bin Khalifa bin Abdulaziz Al Thani', aliases: ['Khalid bin Khalifa Al Thani'], positions: [{ role: 'Prime Minister', country: 'QA', from: '2020-01-28', to: '2023-03-07' }] },
  {
    name: 'Mohammed bin Abdulrahman bin Jassim Al Thani',
    aliases: ['Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman', 'Sheikh Mohammed bin Abdulrahman'],
    positions: [
      { role: 'Foreign Minister', country: 'QA', from: '2016-01-27', to: null },
      { role: 'Prime Minister', country: 'QA', from: '2023-03-07', to: null },
    ],
  },
  { name: 'Khalid bin Mohammad Al Attiyah', aliases: ['Khalid al-Attiyah'], positions: [{ role: 'Foreign Minister', country: 'QA', from: '2013-06-26', to: '2016-01-27' }] },
  { name: 'Nasser Al-Mohammed Al-Sabah', aliases: ['Nasser Al-Mohammed Al-Ahmed Al-Sabah', 'Sheikh Nasser Al-Mohammed'], positions: [{ role: 'Prime Minister', country: 'KW', from: '2006-02-07', to: '2011-11-30' }] },
  { name: 'Jaber Al-Mubarak Al-Hamad Al-Sabah', aliases: ['Jaber Al-Mubarak', 'Sheikh Jaber Al-Mubarak'], positions: [{ role: 'Prime Minister', country: 'KW', from: '2011-11-30', to: '2019-11-19' }] },
  { name: 'Sabah Al-Khalid Al-Hamad Al-Sabah', aliases: ['Sabah Al-Khalid', 'Sheikh Sabah Al-Khalid'], positions: [{ role: 'Prime Minister', country: 'KW', from: '2019-11-19', to: '2022-07-24' }] },
  { name: 'Ahmad Nawaf Al-Ahmad Al-Sabah', aliases: ['Ahmad Nawaf Al-Ahmad', 'Sheikh Ahmad Nawaf'], positions: [{ role: 'Prime Minister', country: 'KW', from: '2022-07-24', to: '2024-01-04' }] },
  { name: 'Mohammad Sabah Al-Salem Al-Sabah', aliases: ['Mohammad Sabah Al-Salem', 'Sheikh Mohammad Sabah Al-Salem'], positions: [{ role: 'Prime Minister', country: 'KW', from: '2024-01-04', to: '2024-05-15' }] },
  { name: 'Ahmad Abdullah Al-Ahmad Al-Sabah', aliases: ['Ahmad Abdullah Al-Ahmad', 'Sheikh Ahmad Abdullah'], positions: [{ role: 'Prime Minister', country: 'KW', from: '2024-05-15', to: null }] },
  { name: 'Khalifa bin Salman Al Khalifa', aliases: ['Khalifa bin Salman'], positions: [{ role: 'Prime Minister', country: 'BH', from: '1971-01-10', to: '2020-11-11' }] },
  {
    name: 'Salman bin Hamad Al Khalifa',
    aliases: ['Salman bin Hamad', 'Crown Prince Salman bin Hamad'],
    positions: [{ role: 'Prime Minister', country: 'BH', from: '2020-11-11', to: null }],
  },

  // --- Mongolia (Khürelsükh, prime minister 2017–2021, is in people-asia-africa.ts as president) ---
  { name: 'Nambaryn Enkhbayar', aliases: ['Enkhbayar'], positions: [{ role: 'President', country: 'MN', from: '2005-06-24', to: '2009-06-18' }] },
  { name: 'Miyeegombyn Enkhbold', aliases: ['Miyegombo Enkhbold'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2006-01-25', to: '2007-11-22' }] },
  { name: 'Sanjaagiin Bayar', aliases: ['Sanj Bayar'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2007-11-22', to: '2009-10-29' }] },
  { name: 'Sükhbaataryn Batbold', aliases: ['Sukhbaataryn Batbold', 'Sukhbaatar Batbold'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2009-10-29', to: '2012-08-10' }] },
  { name: 'Norovyn Altankhuyag', aliases: ['Norov Altankhuyag', 'Altankhuyag'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2012-08-10', to: '2014-11-05' }] },
  { name: 'Chimediin Saikhanbileg', aliases: ['Chimed Saikhanbileg', 'Saikhanbileg'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2014-11-21', to: '2016-07-07' }] },
  { name: 'Jargaltulgyn Erdenebat', aliases: ['Jargaltulga Erdenebat', 'Erdenebat'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2016-07-07', to: '2017-10-04' }] },
  {
    name: 'Luvsannamsrain Oyun-Erdene',
    aliases: ['Oyun-Erdene Luvsannamsrai', 'Oyun-Erdene', 'Ойун-Эрдэнэ'],
    positions: [{ role: 'Prime Minister', country: 'MN', from: '2021-01-27', to: '2025-06-13' }],
  },
  // Parliament voted to dismiss him in October 2025; the dismissal did not take effect then. Not
  // checked against later events.
  { name: 'Gombojavyn Zandanshatar', aliases: ['Gombojav Zandanshatar', 'Zandanshatar', 'Занданшатар'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2025-06-13', to: null }] },

  // --- Vietnam before 2016 (later holders are in people-asia-africa.ts) ---
  { name: 'Trần Đức Lương', aliases: ['Tran Duc Luong'], positions: [{ role: 'President', country: 'VN', from: '1997-09-24', to: '2006-06-27' }] },
  { name: 'Nguyễn Minh Triết', aliases: ['Nguyen Minh Triet'], positions: [{ role: 'President', country: 'VN', from: '2006-06-27', to: '2011-07-25' }] },
  { name: 'Trương Tấn Sang', aliases: ['Truong Tan Sang'], positions: [{ role: 'President', country: 'VN', from: '2011-07-25', to: '2016-04-02' }] },
  { name: 'Trần Đại Quang', aliases: ['Tran Dai Quang'], positions: [{ role: 'President', country: 'VN', from: '2016-04-02', to: '2018-09-21' }] },
  { name: 'Đặng Thị Ngọc Thịnh', aliases: ['Dang Thi Ngoc Thinh'], positions: [{ role: 'Acting President', country: 'VN', from: '2018-09-21', to: '2018-10-23' }] },
  {
    name: 'Võ Thị Ánh Xuân',
    aliases: ['Vo Thi Anh Xuan'],
    positions: [
      { role: 'Acting President', country: 'VN', from: '2023-01-18', to: '2023-03-02' },
      { role: 'Acting President', country: 'VN', from: '2024-03-21', to: '2024-05-22' },
    ],
  },
  { name: 'Phan Văn Khải', aliases: ['Phan Van Khai'], positions: [{ role: 'Prime Minister', country: 'VN', from: '1997-09-25', to: '2006-06-27' }] },
  { name: 'Nguyễn Tấn Dũng', aliases: ['Nguyen Tan Dung'], positions: [{ role: 'Prime Minister', country: 'VN', from: '2006-06-27', to: '2016-04-07' }] },
];
