import type { GazetteerPerson } from '../types.ts';

// Africa beyond Egypt, South Africa, Nigeria and Abiy Ahmed (people-asia-africa.ts). Conventions
// as in people-cis.ts. Heads of state and government, the recent decade at least. Leaders of
// military transitions carry the title the press gives them ("President" for Goïta, Traoré and
// Tchiani; "Chairman of the Sovereignty Council" for al-Burhan). Morocco's "Head of Government"
// is written "Prime Minister" (the look-up treats the two as one office). Open terms were checked
// to the end of 2025.

export const PEOPLE_AFRICA: readonly GazetteerPerson[] = [
  // --- Algeria ---
  { name: 'Abdelaziz Bouteflika', aliases: ['Bouteflika', 'Бутефлика'], positions: [{ role: 'President', country: 'DZ', from: '1999-04-27', to: '2019-04-02' }] },
  { name: 'Abdelkader Bensalah', aliases: ['Bensalah'], positions: [{ role: 'Acting President', country: 'DZ', from: '2019-04-09', to: '2019-12-19' }] },
  {
    name: 'Abdelmadjid Tebboune',
    aliases: ['Abdelmajid Tebboune', 'Tebboune', 'Теббун'],
    positions: [
      { role: 'Prime Minister', country: 'DZ', from: '2017-05-25', to: '2017-08-15' },
      { role: 'President', country: 'DZ', from: '2019-12-19', to: null },
    ],
  },
  {
    name: 'Ahmed Ouyahia',
    aliases: ['Ouyahia'],
    positions: [
      { role: 'Prime Minister', country: 'DZ', from: '2003-05-05', to: '2006-05-24' },
      { role: 'Prime Minister', country: 'DZ', from: '2008-06-23', to: '2012-09-03' },
      { role: 'Prime Minister', country: 'DZ', from: '2017-08-15', to: '2019-03-11' },
    ],
  },
  { name: 'Abdelaziz Belkhadem', aliases: ['Belkhadem'], positions: [{ role: 'Prime Minister', country: 'DZ', from: '2006-05-24', to: '2008-06-23' }] },
  {
    name: 'Abdelmalek Sellal',
    aliases: ['Sellal'],
    positions: [
      { role: 'Prime Minister', country: 'DZ', from: '2012-09-03', to: '2014-03-13' },
      { role: 'Prime Minister', country: 'DZ', from: '2014-04-28', to: '2017-05-24' },
    ],
  },
  { name: 'Noureddine Bedoui', aliases: ['Bedoui'], positions: [{ role: 'Prime Minister', country: 'DZ', from: '2019-03-11', to: '2019-12-19' }] },
  { name: 'Abdelaziz Djerad', aliases: ['Djerad'], positions: [{ role: 'Prime Minister', country: 'DZ', from: '2020-01-04', to: '2021-06-30' }] },
  { name: 'Aymen Benabderrahmane', aliases: ['Benabderrahmane'], positions: [{ role: 'Prime Minister', country: 'DZ', from: '2021-06-30', to: '2023-11-11' }] },
  { name: 'Nadir Larbaoui', aliases: ['Larbaoui'], positions: [{ role: 'Prime Minister', country: 'DZ', from: '2023-11-11', to: '2025-08-28' }] },
  // Acting from 28 August 2025, then appointed; the day of the appointment is not recorded here.
  { name: 'Sifi Ghrieb', aliases: ['Ghrieb'], positions: [{ role: 'Prime Minister', country: 'DZ', from: '2025-08-28', to: null }] },

  // --- Morocco ---
  { name: 'King Mohammed VI', aliases: ['Mohammed VI', 'King Mohammed VI of Morocco', 'Мухаммед VI'], positions: [{ role: 'King', country: 'MA', from: '1999-07-23', to: null }] },
  { name: 'Driss Jettou', aliases: ['Jettou'], positions: [{ role: 'Prime Minister', country: 'MA', from: '2002-10-09', to: '2007-09-19' }] },
  { name: 'Abbas El Fassi', aliases: ['Abbas el-Fassi'], positions: [{ role: 'Prime Minister', country: 'MA', from: '2007-09-19', to: '2011-11-29' }] },
  { name: 'Abdelilah Benkirane', aliases: ['Abdelilah Benkiran', 'Benkirane'], positions: [{ role: 'Prime Minister', country: 'MA', from: '2011-11-29', to: '2017-04-05' }] },
  { name: 'Saadeddine Othmani', aliases: ['Saad Eddine El Othmani', 'Saadeddine El Othmani', 'El Othmani'], positions: [{ role: 'Prime Minister', country: 'MA', from: '2017-04-05', to: '2021-10-07' }] },
  { name: 'Aziz Akhannouch', aliases: ['Akhannouch', 'Аханнуш'], positions: [{ role: 'Prime Minister', country: 'MA', from: '2021-10-07', to: null }] },

  // --- Tunisia ---
  { name: 'Zine El Abidine Ben Ali', aliases: ['Zine el-Abidine Ben Ali', 'Ben Ali'], positions: [{ role: 'President', country: 'TN', from: '1987-11-07', to: '2011-01-14' }] },
  { name: 'Fouad Mebazaa', aliases: ['Mebazaa'], positions: [{ role: 'Acting President', country: 'TN', from: '2011-01-15', to: '2011-12-13' }] },
  { name: 'Moncef Marzouki', aliases: ['Marzouki'], positions: [{ role: 'President', country: 'TN', from: '2011-12-13', to: '2014-12-31' }] },
  {
    name: 'Beji Caid Essebsi',
    aliases: ['Béji Caïd Essebsi', 'Caid Essebsi', 'Essebsi'],
    positions: [
      { role: 'Prime Minister', country: 'TN', from: '2011-02-27', to: '2011-12-24' },
      { role: 'President', country: 'TN', from: '2014-12-31', to: '2019-07-25' },
    ],
  },
  { name: 'Mohamed Ennaceur', aliases: ['Ennaceur'], positions: [{ role: 'Acting President', country: 'TN', from: '2019-07-25', to: '2019-10-23' }] },
  { name: 'Kais Saied', aliases: ['Kaïs Saïed', 'Kais Saeid', 'Saied'], positions: [{ role: 'President', country: 'TN', from: '2019-10-23', to: null }] },
  { name: 'Mohamed Ghannouchi', aliases: [], positions: [{ role: 'Prime Minister', country: 'TN', from: '1999-11-17', to: '2011-02-27' }] },
  { name: 'Hamadi Jebali', aliases: ['Jebali'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2011-12-24', to: '2013-03-14' }] },
  { name: 'Ali Laarayedh', aliases: ['Laarayedh'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2013-03-14', to: '2014-01-29' }] },
  { name: 'Mehdi Jomaa', aliases: ['Jomaa'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2014-01-29', to: '2015-02-06' }] },
  { name: 'Habib Essid', aliases: ['Essid'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2015-02-06', to: '2016-08-27' }] },
  { name: 'Youssef Chahed', aliases: ['Chahed'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2016-08-27', to: '2020-02-27' }] },
  { name: 'Elyes Fakhfakh', aliases: ['Fakhfakh'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2020-02-27', to: '2020-09-02' }] },
  { name: 'Hichem Mechichi', aliases: ['Mechichi'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2020-09-02', to: '2021-07-25' }] },
  { name: 'Najla Bouden', aliases: ['Najla Bouden Romdhane', 'Bouden'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2021-10-11', to: '2023-08-01' }] },
  { name: 'Ahmed Hachani', aliases: ['Hachani'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2023-08-01', to: '2024-08-07' }] },
  { name: 'Kamel Madouri', aliases: ['Madouri'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2024-08-07', to: '2025-03-20' }] },
  { name: 'Sara Zaafrani Zenzri', aliases: ['Sarra Zaafrani Zenzri', 'Zaafrani Zenzri'], positions: [{ role: 'Prime Minister', country: 'TN', from: '2025-03-20', to: null }] },

  // --- Libya ---
  // Lost Tripoli in August 2011 and was killed on 20 October 2011.
  { name: 'Muammar Gaddafi', aliases: ['Muammar al-Gaddafi', 'Moammar Gadhafi', 'Muammar Qaddafi', 'Gaddafi', 'Gadhafi', 'Qaddafi', 'Каддафи'], positions: [{ role: 'Leader', country: 'LY', from: '1969-09-01', to: '2011-10-20' }] },
  { name: 'Fayez al-Sarraj', aliases: ['Fayez Serraj', 'al-Sarraj', 'Sarraj'], positions: [{ role: 'Prime Minister', country: 'LY', from: '2016-03-30', to: '2021-03-15' }] },
  { name: 'Mohamed al-Menfi', aliases: ['Mohammed al-Menfi', 'Mohamed Younis al-Menfi', 'al-Menfi', 'Menfi'], positions: [{ role: 'Chairman of the Presidential Council', country: 'LY', from: '2021-03-15', to: null }] },
  { name: 'Abdul Hamid Dbeibah', aliases: ['Abdulhamid Dbeibah', 'Abdul Hamid al-Dbeibah', 'Dbeibah', 'Dbeibeh'], positions: [{ role: 'Prime Minister', country: 'LY', from: '2021-03-15', to: null }] },
  { name: 'Khalifa Haftar', aliases: ['Khalifa Hifter', 'Haftar', 'Хафтар'], positions: [{ role: 'Commander of the Libyan National Army', country: 'LY', from: '2015-03-02', to: null }] },

  // --- Kenya ---
  { name: 'Mwai Kibaki', aliases: ['Kibaki'], positions: [{ role: 'President', country: 'KE', from: '2002-12-30', to: '2013-04-09' }] },
  { name: 'Uhuru Kenyatta', aliases: ['Uhuru'], positions: [{ role: 'President', country: 'KE', from: '2013-04-09', to: '2022-09-13' }] },
  { name: 'William Ruto', aliases: ['Ruto', 'Руто'], positions: [{ role: 'President', country: 'KE', from: '2022-09-13', to: null }] },
  { name: 'Raila Odinga', aliases: ['Odinga'], positions: [{ role: 'Prime Minister', country: 'KE', from: '2008-04-17', to: '2013-04-09' }] },

  // --- Tanzania ---
  { name: 'Jakaya Kikwete', aliases: ['Kikwete'], positions: [{ role: 'President', country: 'TZ', from: '2005-12-21', to: '2015-11-05' }] },
  { name: 'John Magufuli', aliases: ['John Pombe Magufuli', 'Magufuli'], positions: [{ role: 'President', country: 'TZ', from: '2015-11-05', to: '2021-03-17' }] },
  { name: 'Samia Suluhu Hassan', aliases: ['Samia Suluhu', 'Samia Hassan'], positions: [{ role: 'President', country: 'TZ', from: '2021-03-19', to: null }] },
  { name: 'Edward Lowassa', aliases: ['Lowassa'], positions: [{ role: 'Prime Minister', country: 'TZ', from: '2005-12-30', to: '2008-02-07' }] },
  { name: 'Mizengo Pinda', aliases: [], positions: [{ role: 'Prime Minister', country: 'TZ', from: '2008-02-09', to: '2015-11-20' }] },
  // Succeeded after the election of October 2025; the day is not confirmed here, so the month is given.
  { name: 'Kassim Majaliwa', aliases: ['Majaliwa'], positions: [{ role: 'Prime Minister', country: 'TZ', from: '2015-11-20', to: '2025-11-01' }] },

  // --- Uganda ---
  { name: 'Yoweri Museveni', aliases: ['Yoweri Kaguta Museveni', 'Museveni', 'Мусевени'], positions: [{ role: 'President', country: 'UG', from: '1986-01-29', to: null }] },
  { name: 'Apolo Nsibambi', aliases: ['Nsibambi'], positions: [{ role: 'Prime Minister', country: 'UG', from: '1999-04-05', to: '2011-05-24' }] },
  { name: 'Amama Mbabazi', aliases: ['Mbabazi'], positions: [{ role: 'Prime Minister', country: 'UG', from: '2011-05-24', to: '2014-09-18' }] },
  { name: 'Ruhakana Rugunda', aliases: ['Rugunda'], positions: [{ role: 'Prime Minister', country: 'UG', from: '2014-09-18', to: '2021-06-14' }] },
  { name: 'Robinah Nabbanja', aliases: ['Nabbanja'], positions: [{ role: 'Prime Minister', country: 'UG', from: '2021-06-14', to: null }] },

  // --- Ethiopia (Abiy Ahmed is in people-asia-africa.ts) ---
  { name: 'Meles Zenawi', aliases: ['Meles'], positions: [{ role: 'Prime Minister', country: 'ET', from: '1995-08-23', to: '2012-08-20' }] },
  { name: 'Hailemariam Desalegn', aliases: ['Hailemariam'], positions: [{ role: 'Prime Minister', country: 'ET', from: '2012-08-21', to: '2018-04-02' }] },
  { name: 'Girma Wolde-Giorgis', aliases: ['Girma Woldegiorgis'], positions: [{ role: 'President', country: 'ET', from: '2001-10-08', to: '2013-10-07' }] },
  { name: 'Mulatu Teshome', aliases: [], positions: [{ role: 'President', country: 'ET', from: '2013-10-07', to: '2018-10-25' }] },
  { name: 'Sahle-Work Zewde', aliases: ['Sahlework Zewde'], positions: [{ role: 'President', country: 'ET', from: '2018-10-25', to: '2024-10-07' }] },
  { name: 'Taye Atske Selassie', aliases: ['Taye Atske-Selassie'], positions: [{ role: 'President', country: 'ET', from: '2024-10-07', to: null }] },

  // --- Ghana ---
  { name: 'John Kufuor', aliases: ['John Agyekum Kufuor', 'Kufuor'], positions: [{ role: 'President', country: 'GH', from: '2001-01-07', to: '2009-01-07' }] },
  { name: 'John Atta Mills', aliases: ['John Evans Atta Mills', 'Atta Mills'], positions: [{ role: 'President', country: 'GH', from: '2009-01-07', to: '2012-07-24' }] },
  {
    name: 'John Mahama',
    aliases: ['John Dramani Mahama', 'Mahama'],
    positions: [
      { role: 'President', country: 'GH', from: '2012-07-24', to: '2017-01-07' },
      { role: 'President', country: 'GH', from: '2025-01-07', to: null },
    ],
  },
  { name: 'Nana Akufo-Addo', aliases: ['Nana Addo Dankwa Akufo-Addo', 'Akufo-Addo'], positions: [{ role: 'President', country: 'GH', from: '2017-01-07', to: '2025-01-07' }] },

  // --- Senegal ---
  { name: 'Abdoulaye Wade', aliases: [], positions: [{ role: 'President', country: 'SN', from: '2000-04-01', to: '2012-04-02' }] },
  { name: 'Macky Sall', aliases: [], positions: [{ role: 'President', country: 'SN', from: '2012-04-02', to: '2024-04-02' }] },
  { name: 'Bassirou Diomaye Faye', aliases: ['Diomaye Faye'], positions: [{ role: 'President', country: 'SN', from: '2024-04-02', to: null }] },
  { name: 'Ousmane Sonko', aliases: ['Sonko'], positions: [{ role: 'Prime Minister', country: 'SN', from: '2024-04-02', to: null }] },

  // --- Côte d'Ivoire ---
  { name: 'Laurent Gbagbo', aliases: ['Gbagbo'], positions: [{ role: 'President', country: 'CI', from: '2000-10-26', to: '2011-04-11' }] },
  // Declared winner of the 2010 election; in office from Gbagbo's arrest.
  { name: 'Alassane Ouattara', aliases: ['Alassane Dramane Ouattara', 'Ouattara', 'Уаттара'], positions: [{ role: 'President', country: 'CI', from: '2011-04-11', to: null }] },

  // --- Angola, Mozambique, Zimbabwe ---
  { name: 'José Eduardo dos Santos', aliases: ['Jose Eduardo dos Santos'], positions: [{ role: 'President', country: 'AO', from: '1979-09-21', to: '2017-09-26' }] },
  { name: 'João Lourenço', aliases: ['Joao Lourenco', 'Lourenço', 'Lourenco', 'Лоуренсу'], positions: [{ role: 'President', country: 'AO', from: '2017-09-26', to: null }] },
  { name: 'Armando Guebuza', aliases: ['Guebuza'], positions: [{ role: 'President', country: 'MZ', from: '2005-02-02', to: '2015-01-15' }] },
  { name: 'Filipe Nyusi', aliases: ['Nyusi', 'Ньюси'], positions: [{ role: 'President', country: 'MZ', from: '2015-01-15', to: '2025-01-15' }] },
  { name: 'Daniel Chapo', aliases: [], positions: [{ role: 'President', country: 'MZ', from: '2025-01-15', to: null }] },
  { name: 'Robert Mugabe', aliases: ['Mugabe', 'Мугабе'], positions: [{ role: 'President', country: 'ZW', from: '1987-12-31', to: '2017-11-21' }] },
  { name: 'Emmerson Mnangagwa', aliases: ['Mnangagwa', 'Мнангагва'], positions: [{ role: 'President', country: 'ZW', from: '2017-11-24', to: null }] },
  { name: 'Morgan Tsvangirai', aliases: ['Tsvangirai'], positions: [{ role: 'Prime Minister', country: 'ZW', from: '2009-02-11', to: '2013-09-15' }] },

  // --- DR Congo, Rwanda ---
  { name: 'Joseph Kabila', aliases: ['Kabila'], positions: [{ role: 'President', country: 'CD', from: '2001-01-17', to: '2019-01-24' }] },
  { name: 'Félix Tshisekedi', aliases: ['Felix Tshisekedi', 'Félix Antoine Tshisekedi', 'Tshisekedi', 'Чисекеди'], positions: [{ role: 'President', country: 'CD', from: '2019-01-24', to: null }] },
  { name: 'Paul Kagame', aliases: ['Kagame', 'Кагаме'], positions: [{ role: 'President', country: 'RW', from: '2000-04-22', to: null }] },
  { name: 'Édouard Ngirente', aliases: ['Edouard Ngirente', 'Ngirente'], positions: [{ role: 'Prime Minister', country: 'RW', from: '2017-08-30', to: '2025-07-23' }] },
  { name: 'Justin Nsengiyumva', aliases: ['Nsengiyumva'], positions: [{ role: 'Prime Minister', country: 'RW', from: '2025-07-23', to: null }] },

  // --- Sahel ---
  { name: 'Amadou Toumani Touré', aliases: ['Amadou Toumani Toure'], positions: [{ role: 'President', country: 'ML', from: '2002-06-08', to: '2012-03-22' }] },
  { name: 'Dioncounda Traoré', aliases: ['Dioncounda Traore'], positions: [{ role: 'Acting President', country: 'ML', from: '2012-04-12', to: '2013-09-04' }] },
  { name: 'Ibrahim Boubacar Keïta', aliases: ['Ibrahim Boubacar Keita', 'IBK'], positions: [{ role: 'President', country: 'ML', from: '2013-09-04', to: '2020-08-18' }] },
  { name: 'Bah Ndaw', aliases: ['Ndaw'], positions: [{ role: 'President', country: 'ML', from: '2020-09-25', to: '2021-05-24' }] },
  // Seized power on 24 May 2021; sworn in as transitional president on 7 June 2021.
  { name: 'Assimi Goïta', aliases: ['Assimi Goita', 'Goïta', 'Goita', 'Гоита'], positions: [{ role: 'President', country: 'ML', from: '2021-06-07', to: null }] },
  { name: 'Choguel Kokalla Maïga', aliases: ['Choguel Maïga', 'Choguel Maiga'], positions: [{ role: 'Prime Minister', country: 'ML', from: '2021-06-07', to: '2024-11-20' }] },
  { name: 'Abdoulaye Maïga', aliases: ['Abdoulaye Maiga'], positions: [{ role: 'Prime Minister', country: 'ML', from: '2024-11-21', to: null }] },
  { name: 'Blaise Compaoré', aliases: ['Blaise Compaore', 'Compaoré', 'Compaore'], positions: [{ role: 'President', country: 'BF', from: '1987-10-15', to: '2014-10-31' }] },
  { name: 'Roch Marc Christian Kaboré', aliases: ['Roch Marc Christian Kabore', 'Roch Kaboré', 'Kaboré', 'Kabore'], positions: [{ role: 'President', country: 'BF', from: '2015-12-29', to: '2022-01-24' }] },
  { name: 'Paul-Henri Sandaogo Damiba', aliases: ['Paul-Henri Damiba', 'Damiba'], positions: [{ role: 'President', country: 'BF', from: '2022-01-24', to: '2022-09-30' }] },
  { name: 'Ibrahim Traoré', aliases: ['Ibrahim Traore', 'Captain Ibrahim Traoré', 'Траоре'], positions: [{ role: 'President', country: 'BF', from: '2022-09-30', to: null }] },
  { name: 'Apollinaire Joachim Kyélem de Tambèla', aliases: ['Apollinaire Kyélem de Tambèla', 'Apollinaire Kyelem de Tambela'], positions: [{ role: 'Prime Minister', country: 'BF', from: '2022-10-21', to: '2024-12-06' }] },
  { name: 'Rimtalba Jean Emmanuel Ouédraogo', aliases: ['Jean Emmanuel Ouédraogo', 'Jean Emmanuel Ouedraogo'], positions: [{ role: 'Prime Minister', country: 'BF', from: '2024-12-07', to: null }] },
  { name: 'Mamadou Tandja', aliases: ['Tandja'], positions: [{ role: 'President', country: 'NE', from: '1999-12-22', to: '2010-02-18' }] },
  { name: 'Mahamadou Issoufou', aliases: ['Issoufou'], positions: [{ role: 'President', country: 'NE', from: '2011-04-07', to: '2021-04-02' }] },
  { name: 'Mohamed Bazoum', aliases: ['Bazoum', 'Базум'], positions: [{ role: 'President', country: 'NE', from: '2021-04-02', to: '2023-07-26' }] },
  { name: 'Abdourahamane Tchiani', aliases: ['Abdourahmane Tchiani', 'Abdourahamane Tiani', 'Tchiani', 'Tiani', 'Тчиани'], positions: [{ role: 'President', country: 'NE', from: '2023-07-28', to: null }] },
  { name: 'Ali Lamine Zeine', aliases: ['Ali Mahaman Lamine Zeine', 'Lamine Zeine'], positions: [{ role: 'Prime Minister', country: 'NE', from: '2023-08-08', to: null }] },

  // --- Sudan ---
  { name: 'Omar al-Bashir', aliases: ['Omar Hassan al-Bashir', 'Omar Bashir', 'al-Bashir', 'Башир'], positions: [{ role: 'President', country: 'SD', from: '1989-06-30', to: '2019-04-11' }] },
  {
    name: 'Abdel Fattah al-Burhan',
    aliases: ['Abdel Fattah Burhan', 'Abdel-Fattah al-Burhan', 'al-Burhan', 'Burhan', 'Бурхан'],
    positions: [
      { role: 'Chairman of the Transitional Military Council', country: 'SD', from: '2019-04-12', to: '2019-08-20' },
      { role: 'Chairman of the Sovereignty Council', country: 'SD', from: '2019-08-21', to: null },
    ],
  },
  // Removed in the coup of 25 October 2021, restored on 21 November, resigned on 2 January 2022.
  {
    name: 'Abdalla Hamdok',
    aliases: ['Abdallah Hamdok', 'Hamdok'],
    positions: [
      { role: 'Prime Minister', country: 'SD', from: '2019-08-21', to: '2021-10-25' },
      { role: 'Prime Minister', country: 'SD', from: '2021-11-21', to: '2022-01-02' },
    ],
  },
  { name: 'Kamil Idris', aliases: ['Kamil Eltayeb Idris'], positions: [{ role: 'Prime Minister', country: 'SD', from: '2025-05-19', to: null }] },

  // --- Cameroon ---
  { name: 'Paul Biya', aliases: ['Biya', 'Бия'], positions: [{ role: 'President', country: 'CM', from: '1982-11-06', to: null }] },
  { name: 'Philémon Yang', aliases: ['Philemon Yang'], positions: [{ role: 'Prime Minister', country: 'CM', from: '2009-06-30', to: '2019-01-04' }] },
  { name: 'Joseph Dion Ngute', aliases: ['Dion Ngute'], positions: [{ role: 'Prime Minister', country: 'CM', from: '2019-01-04', to: null }] },
];
