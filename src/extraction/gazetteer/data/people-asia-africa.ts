import type { GazetteerPerson } from '../types.ts';

// Asia, the Pacific, the Middle East and Africa. Conventions as in people-cis.ts. China's head of
// government is "Premier", India's foreign minister "External Affairs Minister" (the press's words).
// East Asian names are written in their usual press order; the Japanese order with the surname in
// capitals ("KISHIDA Fumio") is an alias. Bare "Kim", "Li", "Wang", "Lee", "Moon", "Park", "Khan",
// "Sharif", "Khamenei" (father and son) are never aliases.

export const PEOPLE_ASIA_AFRICA: readonly GazetteerPerson[] = [
  // --- China ---
  { name: 'Hu Jintao', aliases: ['胡锦涛', 'Ху Цзиньтао'], positions: [{ role: 'President', country: 'CN', from: '2003-03-15', to: '2013-03-14' }] },
  { name: 'Xi Jinping', aliases: ['Xi', '习近平', 'Си Цзиньпин'], positions: [{ role: 'President', country: 'CN', from: '2013-03-14', to: null }] },
  { name: 'Wen Jiabao', aliases: ['温家宝'], positions: [{ role: 'Premier', country: 'CN', from: '2003-03-16', to: '2013-03-15' }] },
  { name: 'Li Keqiang', aliases: ['李克强', 'Ли Кэцян'], positions: [{ role: 'Premier', country: 'CN', from: '2013-03-15', to: '2023-03-11' }] },
  { name: 'Li Qiang', aliases: ['李强', 'Ли Цян'], positions: [{ role: 'Premier', country: 'CN', from: '2023-03-11', to: null }] },
  { name: 'Yang Jiechi', aliases: ['杨洁篪'], positions: [{ role: 'Foreign Minister', country: 'CN', from: '2007-04-27', to: '2013-03-16' }] },
  {
    name: 'Wang Yi',
    aliases: ['王毅', 'Ван И'],
    positions: [
      { role: 'Foreign Minister', country: 'CN', from: '2013-03-16', to: '2022-12-30' },
      { role: 'Foreign Minister', country: 'CN', from: '2023-07-25', to: null },
    ],
  },
  { name: 'Qin Gang', aliases: ['秦刚', 'Цинь Ган'], positions: [{ role: 'Foreign Minister', country: 'CN', from: '2022-12-30', to: '2023-07-25' }] },
  // Foreign Ministry spokespersons serve several at a time; the start and end months are approximate.
  { name: 'Hua Chunying', aliases: ['华春莹'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2012-09-01', to: '2024-12-01' }] },
  { name: 'Geng Shuang', aliases: ['耿爽'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2016-04-01', to: '2020-07-01' }] },
  { name: 'Zhao Lijian', aliases: ['赵立坚'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2020-02-01', to: '2023-01-01' }] },
  { name: 'Wang Wenbin', aliases: ['汪文斌'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2020-07-01', to: '2024-07-01' }] },
  { name: 'Mao Ning', aliases: ['毛宁'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2022-09-01', to: null }] },
  { name: 'Lin Jian', aliases: ['林剑'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2024-01-01', to: null }] },
  { name: 'Guo Jiakun', aliases: ['郭嘉昆'], positions: [{ role: 'Spokesperson', country: 'CN', from: '2024-12-01', to: null }] },

  // --- Japan ---
  { name: 'Emperor Akihito', aliases: ['Akihito'], positions: [{ role: 'Emperor', country: 'JP', from: '1989-01-07', to: '2019-04-30' }] },
  { name: 'Emperor Naruhito', aliases: ['Naruhito'], positions: [{ role: 'Emperor', country: 'JP', from: '2019-05-01', to: null }] },
  { name: 'Empress Michiko', aliases: ['Michiko'], positions: [{ role: 'Empress', country: 'JP', from: '1989-01-07', to: '2019-04-30' }] },
  { name: 'Empress Masako', aliases: ['Masako'], positions: [{ role: 'Empress', country: 'JP', from: '2019-05-01', to: null }] },
  { name: 'Junichiro Koizumi', aliases: ['KOIZUMI Junichiro', 'Koizumi'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2001-04-26', to: '2006-09-26' }] },
  {
    name: 'Shinzo Abe',
    aliases: ['ABE Shinzo', 'Abe', 'Абэ'],
    positions: [
      { role: 'Prime Minister', country: 'JP', from: '2006-09-26', to: '2007-09-26' },
      { role: 'Prime Minister', country: 'JP', from: '2012-12-26', to: '2020-09-16' },
    ],
  },
  { name: 'Yasuo Fukuda', aliases: ['FUKUDA Yasuo', 'Fukuda'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2007-09-26', to: '2008-09-24' }] },
  { name: 'Taro Aso', aliases: ['ASO Taro', 'Tarō Asō'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2008-09-24', to: '2009-09-16' }] },
  { name: 'Yukio Hatoyama', aliases: ['HATOYAMA Yukio', 'Hatoyama'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2009-09-16', to: '2010-06-08' }] },
  { name: 'Naoto Kan', aliases: ['KAN Naoto'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2010-06-08', to: '2011-09-02' }] },
  { name: 'Yoshihiko Noda', aliases: ['NODA Yoshihiko', 'Noda'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2011-09-02', to: '2012-12-26' }] },
  { name: 'Yoshihide Suga', aliases: ['SUGA Yoshihide', 'Suga'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2020-09-16', to: '2021-10-04' }] },
  {
    name: 'Fumio Kishida',
    aliases: ['KISHIDA Fumio', 'Kishida', 'Кисида'],
    positions: [
      { role: 'Foreign Minister', country: 'JP', from: '2012-12-26', to: '2017-08-03' },
      { role: 'Prime Minister', country: 'JP', from: '2021-10-04', to: '2024-10-01' },
    ],
  },
  { name: 'Shigeru Ishiba', aliases: ['ISHIBA Shigeru', 'Ishiba', 'Исиба'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2024-10-01', to: '2025-10-21' }] },
  { name: 'Sanae Takaichi', aliases: ['TAKAICHI Sanae', 'Takaichi', 'Такаити'], positions: [{ role: 'Prime Minister', country: 'JP', from: '2025-10-21', to: null }] },
  { name: 'Taro Kono', aliases: ['KONO Taro'], positions: [{ role: 'Foreign Minister', country: 'JP', from: '2017-08-03', to: '2019-09-11' }] },
  {
    name: 'Toshimitsu Motegi',
    aliases: ['MOTEGI Toshimitsu', 'Motegi'],
    positions: [
      { role: 'Foreign Minister', country: 'JP', from: '2019-09-11', to: '2021-11-10' },
      { role: 'Foreign Minister', country: 'JP', from: '2025-10-21', to: null },
    ],
  },
  { name: 'Yoshimasa Hayashi', aliases: ['HAYASHI Yoshimasa'], positions: [{ role: 'Foreign Minister', country: 'JP', from: '2021-11-10', to: '2023-09-13' }] },
  { name: 'Yoko Kamikawa', aliases: ['KAMIKAWA Yoko', 'Kamikawa'], positions: [{ role: 'Foreign Minister', country: 'JP', from: '2023-09-13', to: '2024-10-01' }] },
  { name: 'Takeshi Iwaya', aliases: ['IWAYA Takeshi', 'Iwaya'], positions: [{ role: 'Foreign Minister', country: 'JP', from: '2024-10-01', to: '2025-10-21' }] },

  // --- Korean peninsula ---
  { name: 'Roh Moo-hyun', aliases: ['Roh Moo Hyun'], positions: [{ role: 'President', country: 'KR', from: '2003-02-25', to: '2008-02-24' }] },
  { name: 'Lee Myung-bak', aliases: ['Lee Myung Bak'], positions: [{ role: 'President', country: 'KR', from: '2008-02-25', to: '2013-02-24' }] },
  { name: 'Park Geun-hye', aliases: ['Park Geun Hye'], positions: [{ role: 'President', country: 'KR', from: '2013-02-25', to: '2017-03-10' }] },
  { name: 'Moon Jae-in', aliases: ['Moon Jae In'], positions: [{ role: 'President', country: 'KR', from: '2017-05-10', to: '2022-05-09' }] },
  { name: 'Yoon Suk Yeol', aliases: ['Yoon Suk-yeol', 'Yoon'], positions: [{ role: 'President', country: 'KR', from: '2022-05-10', to: '2025-04-04' }] },
  { name: 'Lee Jae-myung', aliases: ['Lee Jae Myung', 'Ли Чжэ Мён'], positions: [{ role: 'President', country: 'KR', from: '2025-06-04', to: null }] },
  { name: 'Kim Jong Il', aliases: ['Kim Jong-il', 'Ким Чен Ир'], positions: [{ role: 'Chairman of the National Defence Commission', country: 'KP', from: '1993-04-09', to: '2011-12-17' }] },
  {
    name: 'Kim Jong Un',
    aliases: ['Kim Jong-un', 'Kim Jong-Un', 'Ким Чен Ын'],
    positions: [
      { role: 'First Chairman of the National Defence Commission', country: 'KP', from: '2012-04-13', to: '2016-06-29' },
      { role: 'Chairman of the State Affairs Commission', country: 'KP', from: '2016-06-29', to: null },
    ],
  },

  // --- South and South-East Asia, Oceania ---
  { name: 'Manmohan Singh', aliases: [], positions: [{ role: 'Prime Minister', country: 'IN', from: '2004-05-22', to: '2014-05-26' }] },
  { name: 'Narendra Modi', aliases: ['Modi', 'Моди'], positions: [{ role: 'Prime Minister', country: 'IN', from: '2014-05-26', to: null }] },
  { name: 'Pratibha Patil', aliases: [], positions: [{ role: 'President', country: 'IN', from: '2007-07-25', to: '2012-07-25' }] },
  { name: 'Pranab Mukherjee', aliases: [], positions: [{ role: 'President', country: 'IN', from: '2012-07-25', to: '2017-07-25' }] },
  { name: 'Ram Nath Kovind', aliases: ['Kovind'], positions: [{ role: 'President', country: 'IN', from: '2017-07-25', to: '2022-07-25' }] },
  { name: 'Droupadi Murmu', aliases: ['Murmu'], positions: [{ role: 'President', country: 'IN', from: '2022-07-25', to: null }] },
  { name: 'Sushma Swaraj', aliases: ['Swaraj'], positions: [{ role: 'External Affairs Minister', country: 'IN', from: '2014-05-26', to: '2019-05-30' }] },
  { name: 'Subrahmanyam Jaishankar', aliases: ['S. Jaishankar', 'S Jaishankar', 'Jaishankar', 'Джайшанкар'], positions: [{ role: 'External Affairs Minister', country: 'IN', from: '2019-05-30', to: null }] },
  { name: 'Imran Khan', aliases: [], positions: [{ role: 'Prime Minister', country: 'PK', from: '2018-08-18', to: '2022-04-10' }] },
  { name: 'Nawaz Sharif', aliases: ['Mian Nawaz Sharif'], positions: [{ role: 'Prime Minister', country: 'PK', from: '2013-06-05', to: '2017-07-28' }] },
  {
    name: 'Shehbaz Sharif',
    aliases: ['Shahbaz Sharif', 'Shehbaz'],
    positions: [
      { role: 'Prime Minister', country: 'PK', from: '2022-04-11', to: '2023-08-14' },
      { role: 'Prime Minister', country: 'PK', from: '2024-03-04', to: null },
    ],
  },
  { name: 'Anwaar-ul-Haq Kakar', aliases: ['Anwaar ul Haq Kakar', 'Kakar'], positions: [{ role: 'Prime Minister', country: 'PK', from: '2023-08-14', to: '2024-03-04' }] },
  {
    name: 'Asif Ali Zardari',
    aliases: ['Zardari'],
    positions: [
      { role: 'President', country: 'PK', from: '2008-09-09', to: '2013-09-09' },
      { role: 'President', country: 'PK', from: '2024-03-10', to: null },
    ],
  },
  { name: 'Arif Alvi', aliases: ['Alvi'], positions: [{ role: 'President', country: 'PK', from: '2018-09-09', to: '2024-03-10' }] },
  { name: 'Susilo Bambang Yudhoyono', aliases: ['Yudhoyono', 'SBY'], positions: [{ role: 'President', country: 'ID', from: '2004-10-20', to: '2014-10-20' }] },
  { name: 'Joko Widodo', aliases: ['Jokowi', 'Widodo'], positions: [{ role: 'President', country: 'ID', from: '2014-10-20', to: '2024-10-20' }] },
  { name: 'Prabowo Subianto', aliases: ['Prabowo', 'Прабово'], positions: [{ role: 'President', country: 'ID', from: '2024-10-20', to: null }] },
  { name: 'Anutin Charnvirakul', aliases: ['Anutin'], positions: [{ role: 'Prime Minister', country: 'TH', from: '2025-09-07', to: null }] },
  // Vietnam: offices as of the 2024 changes; not checked against the 2026 Party Congress and elections.
  { name: 'Nguyễn Phú Trọng', aliases: ['Nguyen Phu Trong'], positions: [{ role: 'President', country: 'VN', from: '2018-10-23', to: '2021-04-05' }] },
  {
    name: 'Nguyễn Xuân Phúc',
    aliases: ['Nguyen Xuan Phuc'],
    positions: [
      { role: 'Prime Minister', country: 'VN', from: '2016-04-07', to: '2021-04-05' },
      { role: 'President', country: 'VN', from: '2021-04-05', to: '2023-01-18' },
    ],
  },
  { name: 'Võ Văn Thưởng', aliases: ['Vo Van Thuong'], positions: [{ role: 'President', country: 'VN', from: '2023-03-02', to: '2024-03-21' }] },
  { name: 'Tô Lâm', aliases: ['To Lam'], positions: [{ role: 'President', country: 'VN', from: '2024-05-22', to: '2024-10-21' }] },
  { name: 'Lương Cường', aliases: ['Luong Cuong'], positions: [{ role: 'President', country: 'VN', from: '2024-10-21', to: null }] },
  { name: 'Phạm Minh Chính', aliases: ['Pham Minh Chinh'], positions: [{ role: 'Prime Minister', country: 'VN', from: '2021-04-05', to: null }] },
  { name: 'Ukhnaagiin Khürelsükh', aliases: ['Ukhnaagiin Khurelsukh', 'Khürelsükh', 'Khurelsukh', 'Хурэлсух'], positions: [{ role: 'Prime Minister', country: 'MN', from: '2017-10-04', to: '2021-01-27' }, { role: 'President', country: 'MN', from: '2021-06-25', to: null }] },
  { name: 'Tsakhiagiin Elbegdorj', aliases: ['Elbegdorj'], positions: [{ role: 'President', country: 'MN', from: '2009-06-18', to: '2017-07-10' }] },
  { name: 'Khaltmaagiin Battulga', aliases: ['Battulga'], positions: [{ role: 'President', country: 'MN', from: '2017-07-10', to: '2021-06-25' }] },
  { name: 'John Howard', aliases: [], positions: [{ role: 'Prime Minister', country: 'AU', from: '1996-03-11', to: '2007-12-03' }] },
  {
    name: 'Kevin Rudd',
    aliases: ['Rudd'],
    positions: [
      { role: 'Prime Minister', country: 'AU', from: '2007-12-03', to: '2010-06-24' },
      { role: 'Foreign Minister', country: 'AU', from: '2010-09-14', to: '2012-02-22' },
      { role: 'Prime Minister', country: 'AU', from: '2013-06-27', to: '2013-09-18' },
    ],
  },
  // Australian foreign ministers (Rudd's term is in his entry above).
  { name: 'Alexander Downer', aliases: ['Downer'], positions: [{ role: 'Foreign Minister', country: 'AU', from: '1996-03-11', to: '2007-12-03' }] },
  { name: 'Stephen Smith', aliases: [], positions: [{ role: 'Foreign Minister', country: 'AU', from: '2007-12-03', to: '2010-09-14' }] },
  { name: 'Bob Carr', aliases: [], positions: [{ role: 'Foreign Minister', country: 'AU', from: '2012-03-13', to: '2013-09-18' }] },
  { name: 'Julie Bishop', aliases: [], positions: [{ role: 'Foreign Minister', country: 'AU', from: '2013-09-18', to: '2018-08-28' }] },
  { name: 'Marise Payne', aliases: [], positions: [{ role: 'Foreign Minister', country: 'AU', from: '2018-08-28', to: '2022-05-23' }] },
  { name: 'Penny Wong', aliases: [], positions: [{ role: 'Foreign Minister', country: 'AU', from: '2022-05-23', to: null }] },
  { name: 'Julia Gillard', aliases: ['Gillard'], positions: [{ role: 'Prime Minister', country: 'AU', from: '2010-06-24', to: '2013-06-27' }] },
  { name: 'Tony Abbott', aliases: [], positions: [{ role: 'Prime Minister', country: 'AU', from: '2013-09-18', to: '2015-09-15' }] },
  { name: 'Malcolm Turnbull', aliases: ['Turnbull'], positions: [{ role: 'Prime Minister', country: 'AU', from: '2015-09-15', to: '2018-08-24' }] },
  { name: 'Scott Morrison', aliases: [], positions: [{ role: 'Prime Minister', country: 'AU', from: '2018-08-24', to: '2022-05-23' }] },
  { name: 'Anthony Albanese', aliases: ['Albanese'], positions: [{ role: 'Prime Minister', country: 'AU', from: '2022-05-23', to: null }] },

  // --- Türkiye, Iran, Israel ---
  { name: 'Abdullah Gül', aliases: ['Abdullah Gul'], positions: [{ role: 'President', country: 'TR', from: '2007-08-28', to: '2014-08-28' }] },
  {
    name: 'Recep Tayyip Erdoğan',
    aliases: ['Recep Tayyip Erdogan', 'Tayyip Erdoğan', 'Tayyip Erdogan', 'Erdoğan', 'Erdogan', 'Эрдоган'],
    positions: [
      { role: 'Prime Minister', country: 'TR', from: '2003-03-14', to: '2014-08-28' },
      { role: 'President', country: 'TR', from: '2014-08-28', to: null },
    ],
  },
  { name: 'Ahmet Davutoğlu', aliases: ['Ahmet Davutoglu', 'Davutoğlu', 'Davutoglu'], positions: [{ role: 'Prime Minister', country: 'TR', from: '2014-08-28', to: '2016-05-24' }] },
  { name: 'Binali Yıldırım', aliases: ['Binali Yildirim'], positions: [{ role: 'Prime Minister', country: 'TR', from: '2016-05-24', to: '2018-07-09' }] },
  { name: 'Mevlüt Çavuşoğlu', aliases: ['Mevlut Cavusoglu', 'Çavuşoğlu', 'Cavusoglu', 'Чавушоглу'], positions: [{ role: 'Foreign Minister', country: 'TR', from: '2015-11-24', to: '2023-06-03' }] },
  { name: 'Hakan Fidan', aliases: ['Fidan', 'Фидан'], positions: [{ role: 'Foreign Minister', country: 'TR', from: '2023-06-03', to: null }] },
  { name: 'Ali Khamenei', aliases: ['Ayatollah Ali Khamenei', 'Хаменеи'], positions: [{ role: 'Supreme Leader', country: 'IR', from: '1989-06-04', to: '2026-02-28' }] },
  // Chosen by the Assembly of Experts in early March 2026; the day is approximate.
  { name: 'Mojtaba Khamenei', aliases: ['Ayatollah Mojtaba Khamenei'], positions: [{ role: 'Supreme Leader', country: 'IR', from: '2026-03-01', to: null }] },
  { name: 'Mahmoud Ahmadinejad', aliases: ['Ahmadinejad'], positions: [{ role: 'President', country: 'IR', from: '2005-08-03', to: '2013-08-03' }] },
  { name: 'Hassan Rouhani', aliases: ['Rouhani', 'Rohani', 'Роухани'], positions: [{ role: 'President', country: 'IR', from: '2013-08-03', to: '2021-08-03' }] },
  { name: 'Ebrahim Raisi', aliases: ['Ebrahim Raeisi', 'Raisi', 'Раиси'], positions: [{ role: 'President', country: 'IR', from: '2021-08-03', to: '2024-05-19' }] },
  { name: 'Masoud Pezeshkian', aliases: ['Pezeshkian', 'Пезешкиан'], positions: [{ role: 'President', country: 'IR', from: '2024-07-28', to: null }] },
  { name: 'Mohammad Javad Zarif', aliases: ['Javad Zarif', 'Zarif'], positions: [{ role: 'Foreign Minister', country: 'IR', from: '2013-08-15', to: '2021-08-25' }] },
  { name: 'Hossein Amir-Abdollahian', aliases: ['Amir-Abdollahian', 'Amirabdollahian'], positions: [{ role: 'Foreign Minister', country: 'IR', from: '2021-08-25', to: '2024-05-19' }] },
  { name: 'Abbas Araghchi', aliases: ['Araghchi', 'Аракчи'], positions: [{ role: 'Foreign Minister', country: 'IR', from: '2024-08-21', to: null }] },
  { name: 'Ehud Olmert', aliases: ['Olmert'], positions: [{ role: 'Prime Minister', country: 'IL', from: '2006-04-14', to: '2009-03-31' }] },
  {
    name: 'Benjamin Netanyahu',
    aliases: ['Netanyahu', 'Binyamin Netanyahu', 'Нетаньяху'],
    positions: [
      { role: 'Prime Minister', country: 'IL', from: '2009-03-31', to: '2021-06-13' },
      { role: 'Prime Minister', country: 'IL', from: '2022-12-29', to: null },
    ],
  },
  { name: 'Naftali Bennett', aliases: ['Bennett'], positions: [{ role: 'Prime Minister', country: 'IL', from: '2021-06-13', to: '2022-06-30' }] },
  { name: 'Yair Lapid', aliases: ['Lapid'], positions: [{ role: 'Foreign Minister', country: 'IL', from: '2021-06-13', to: '2022-12-29' }, { role: 'Prime Minister', country: 'IL', from: '2022-07-01', to: '2022-12-29' }] },
  { name: 'Shimon Peres', aliases: ['Peres'], positions: [{ role: 'President', country: 'IL', from: '2007-07-15', to: '2014-07-24' }] },
  { name: 'Reuven Rivlin', aliases: ['Rivlin'], positions: [{ role: 'President', country: 'IL', from: '2014-07-24', to: '2021-07-07' }] },
  { name: 'Isaac Herzog', aliases: ['Yitzhak Herzog', 'Herzog'], positions: [{ role: 'President', country: 'IL', from: '2021-07-07', to: null }] },

  // --- Gulf states ---
  {
    name: 'King Abdullah bin Abdulaziz',
    aliases: ['Abdullah bin Abdulaziz Al Saud', 'King Abdullah of Saudi Arabia'],
    positions: [
      { role: 'King', country: 'SA', from: '2005-08-01', to: '2015-01-23' },
      { role: 'Prime Minister', country: 'SA', from: '2005-08-01', to: '2015-01-23' },
    ],
  },
  {
    name: 'King Salman bin Abdulaziz',
    aliases: ['Salman bin Abdulaziz Al Saud', 'King Salman'],
    positions: [
      { role: 'King', country: 'SA', from: '2015-01-23', to: null },
      { role: 'Prime Minister', country: 'SA', from: '2015-01-23', to: '2022-09-27' },
    ],
  },
  {
    name: 'Mohammed bin Salman',
    aliases: ['Mohammed bin Salman Al Saud', 'Mohammad bin Salman', 'MBS', 'Мухаммед бен Сальман'],
    positions: [
      { role: 'Crown Prince', country: 'SA', from: '2017-06-21', to: null },
      { role: 'Prime Minister', country: 'SA', from: '2022-09-27', to: null },
    ],
  },
  { name: 'Faisal bin Farhan Al Saud', aliases: ['Faisal bin Farhan'], positions: [{ role: 'Foreign Minister', country: 'SA', from: '2019-10-23', to: null }] },
  { name: 'Khalifa bin Zayed Al Nahyan', aliases: ['Khalifa bin Zayed'], positions: [{ role: 'President', country: 'AE', from: '2004-11-03', to: '2022-05-13' }] },
  {
    name: 'Mohamed bin Zayed Al Nahyan',
    aliases: ['Mohamed bin Zayed', 'Mohammed bin Zayed', 'MBZ', 'Мухаммед бен Зайед'],
    positions: [{ role: 'President', country: 'AE', from: '2022-05-14', to: null }],
  },
  { name: 'Mohammed bin Rashid Al Maktoum', aliases: ['Mohammed bin Rashid', 'Sheikh Mohammed bin Rashid', 'MBR'], positions: [{ role: 'Prime Minister', country: 'AE', from: '2006-01-05', to: null }] },
  { name: 'Hamad bin Khalifa Al Thani', aliases: ['Sheikh Hamad bin Khalifa'], positions: [{ role: 'Emir', country: 'QA', from: '1995-06-27', to: '2013-06-25' }] },
  { name: 'Tamim bin Hamad Al Thani', aliases: ['Tamim bin Hamad', 'Sheikh Tamim', 'Тамим бен Хамад Аль Тани'], positions: [{ role: 'Emir', country: 'QA', from: '2013-06-25', to: null }] },
  { name: 'Sabah Al-Ahmad Al-Jaber Al-Sabah', aliases: ['Sabah Al-Ahmad', 'Sheikh Sabah'], positions: [{ role: 'Emir', country: 'KW', from: '2006-01-29', to: '2020-09-29' }] },
  { name: 'Nawaf Al-Ahmad Al-Jaber Al-Sabah', aliases: ['Nawaf Al-Ahmad', 'Sheikh Nawaf'], positions: [{ role: 'Emir', country: 'KW', from: '2020-09-29', to: '2023-12-16' }] },
  { name: 'Mishal Al-Ahmad Al-Jaber Al-Sabah', aliases: ['Mishal Al-Ahmad', 'Sheikh Mishal'], positions: [{ role: 'Emir', country: 'KW', from: '2023-12-16', to: null }] },
  { name: 'Qaboos bin Said', aliases: ['Sultan Qaboos'], positions: [{ role: 'Sultan', country: 'OM', from: '1970-07-23', to: '2020-01-10' }] },
  { name: 'Haitham bin Tariq', aliases: ['Sultan Haitham', 'Haitham bin Tarik'], positions: [{ role: 'Sultan', country: 'OM', from: '2020-01-11', to: null }] },
  { name: 'Hamad bin Isa Al Khalifa', aliases: ['King Hamad'], positions: [{ role: 'King', country: 'BH', from: '2002-02-14', to: null }] },

  // --- Africa ---
  { name: 'Hosni Mubarak', aliases: ['Mubarak'], positions: [{ role: 'President', country: 'EG', from: '1981-10-14', to: '2011-02-11' }] },
  { name: 'Mohamed Morsi', aliases: ['Mohammed Morsi', 'Morsi'], positions: [{ role: 'President', country: 'EG', from: '2012-06-30', to: '2013-07-03' }] },
  {
    name: 'Abdel Fattah el-Sisi',
    aliases: ['Abdel Fattah al-Sisi', 'Abdel Fattah El Sisi', 'el-Sisi', 'al-Sisi', 'Sisi', 'Abdel Fattah el-Sissi', 'Abdel Fattah al-Sissi', 'el-Sissi', 'al-Sissi', 'Sissi', 'Ас-Сиси'],
    positions: [{ role: 'President', country: 'EG', from: '2014-06-08', to: null }],
  },
  { name: 'Mostafa Madbouly', aliases: ['Moustafa Madbouly', 'Madbouly'], positions: [{ role: 'Prime Minister', country: 'EG', from: '2018-06-07', to: null }] },
  { name: 'Sameh Shoukry', aliases: ['Shoukry'], positions: [{ role: 'Foreign Minister', country: 'EG', from: '2014-06-17', to: '2024-07-03' }] },
  { name: 'Badr Abdelatty', aliases: ['Badr Abdel Aty', 'Abdelatty'], positions: [{ role: 'Foreign Minister', country: 'EG', from: '2024-07-03', to: null }] },
  { name: 'Thabo Mbeki', aliases: ['Mbeki'], positions: [{ role: 'President', country: 'ZA', from: '1999-06-14', to: '2008-09-24' }] },
  { name: 'Kgalema Motlanthe', aliases: ['Motlanthe'], positions: [{ role: 'President', country: 'ZA', from: '2008-09-25', to: '2009-05-09' }] },
  { name: 'Jacob Zuma', aliases: ['Zuma'], positions: [{ role: 'President', country: 'ZA', from: '2009-05-09', to: '2018-02-14' }] },
  { name: 'Cyril Ramaphosa', aliases: ['Ramaphosa', 'Рамафоса'], positions: [{ role: 'President', country: 'ZA', from: '2018-02-15', to: null }] },
  { name: 'Umaru Musa Yar\'Adua', aliases: ["Umaru Yar'Adua", "Yar'Adua"], positions: [{ role: 'President', country: 'NG', from: '2007-05-29', to: '2010-05-05' }] },
  { name: 'Goodluck Jonathan', aliases: [], positions: [{ role: 'President', country: 'NG', from: '2010-05-06', to: '2015-05-29' }] },
  { name: 'Muhammadu Buhari', aliases: ['Buhari'], positions: [{ role: 'President', country: 'NG', from: '2015-05-29', to: '2023-05-29' }] },
  { name: 'Bola Tinubu', aliases: ['Bola Ahmed Tinubu', 'Tinubu'], positions: [{ role: 'President', country: 'NG', from: '2023-05-29', to: null }] },
  { name: 'Abiy Ahmed', aliases: ['Abiy Ahmed Ali', 'Abiy'], positions: [{ role: 'Prime Minister', country: 'ET', from: '2018-04-02', to: null }] },
];
