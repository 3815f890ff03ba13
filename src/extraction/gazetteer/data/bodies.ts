import type { GazetteerBody } from '../types.ts';

// Intergovernmental organisations, their standing bodies, and the national governments,
// parliaments and ministries readouts name. `name` is the canonical full English name; people
// files refer to it in `position.body`, and `parent` names another entry here (data.test.ts).
// Aliases are left out when they would name something else as well: a bare "Security Council"
// (the UN's or Russia's?), "House of Representatives" (Belarus or the US?), "Standing Committee".

const UNION_STATE = 'Union State';
const EAEU = 'Eurasian Economic Union';
const CIS = 'Commonwealth of Independent States';
const CSTO = 'Collective Security Treaty Organization';
const SCO = 'Shanghai Cooperation Organisation';
const UN = 'United Nations';
const EU = 'European Union';
const NATO = 'North Atlantic Treaty Organization';

const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export const BODIES: readonly GazetteerBody[] = [
  // --- Union State of Belarus and Russia ---
  {
    name: UNION_STATE,
    aliases: ['Union State of Belarus and Russia', 'Union State of Russia and Belarus', 'Союзное государство'],
    kind: 'organisation',
    members: ['BY', 'RU'],
  },
  {
    name: 'Supreme State Council',
    aliases: ['Supreme State Council of the Union State', 'Union State Supreme State Council', 'Высший Государственный Совет', 'Высший госсовет'],
    kind: 'standing_body',
    members: ['BY', 'RU'],
    parent: UNION_STATE,
  },
  {
    name: 'Council of Ministers of the Union State',
    aliases: ['Union State Council of Ministers', 'Council of Ministers of the Union State of Belarus and Russia', 'Совет Министров Союзного государства', 'Совмин Союзного государства'],
    kind: 'standing_body',
    members: ['BY', 'RU'],
    parent: UNION_STATE,
  },
  {
    name: 'Parliamentary Assembly of the Union of Belarus and Russia',
    aliases: ['Union State Parliamentary Assembly', 'Parliamentary Assembly of the Union State', 'Parliamentary Assembly of the Union of Russia and Belarus'],
    kind: 'standing_body',
    members: ['BY', 'RU'],
    parent: UNION_STATE,
  },
  {
    name: 'Standing Committee of the Union State',
    aliases: ['Union State Standing Committee', 'Permanent Committee of the Union State', 'Постоянный Комитет Союзного государства'],
    kind: 'standing_body',
    members: ['BY', 'RU'],
    parent: UNION_STATE,
  },
  {
    name: 'Forum of Regions of Belarus and Russia',
    aliases: ['Forum of Regions of Russia and Belarus', 'Forum of Regions'],
    kind: 'forum',
    members: ['BY', 'RU'],
  },

  // --- Eurasian Economic Union ---
  {
    name: EAEU,
    aliases: ['EAEU', 'EaEU', 'EEU', 'Eurasian Union', 'ЕАЭС'],
    kind: 'organisation',
    members: ['AM', 'BY', 'KZ', 'KG', 'RU'],
  },
  {
    name: 'Supreme Eurasian Economic Council',
    aliases: ['SEEC', 'Supreme Council of the Eurasian Economic Union', 'Eurasian Economic Council', 'Supreme Economic Council', 'Высший Евразийский экономический совет'],
    kind: 'standing_body',
    parent: EAEU,
  },
  {
    name: 'Eurasian Intergovernmental Council',
    aliases: ['EAEU Intergovernmental Council', 'Eurasian Inter-Governmental Council', 'Евразийский межправительственный совет'],
    kind: 'standing_body',
    parent: EAEU,
  },
  {
    name: 'Eurasian Economic Commission',
    aliases: ['EEC', 'EAEU Commission', 'Board of the Eurasian Economic Commission', 'Евразийская экономическая комиссия', 'ЕЭК'],
    kind: 'standing_body',
    parent: EAEU,
  },
  {
    name: 'Eurasian Economic Community',
    aliases: ['EurAsEC', 'EvrAzES', 'ЕврАзЭС'],
    kind: 'organisation',
  },
  { name: 'Eurasian Economic Forum', aliases: [], kind: 'forum', parent: EAEU },

  // --- CIS, CSTO, SCO and other Eurasian formats ---
  {
    name: CIS,
    aliases: ['CIS', 'СНГ', 'Содружество Независимых Государств'],
    kind: 'organisation',
    members: ['AM', 'AZ', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ'],
  },
  {
    name: 'CIS Council of Heads of State',
    aliases: ['Council of CIS Heads of State', 'CIS Heads of State Council', 'Council of Heads of State of the CIS', 'Council of Heads of State of the Commonwealth of Independent States', 'Совет глав государств СНГ'],
    kind: 'standing_body',
    parent: CIS,
  },
  {
    name: 'CIS Council of Heads of Government',
    aliases: ['Council of CIS Heads of Government', 'Council of Heads of Government of the CIS', 'Council of Heads of Government of the Commonwealth of Independent States', 'Совет глав правительств СНГ'],
    kind: 'standing_body',
    parent: CIS,
  },
  {
    name: 'CIS Executive Committee',
    aliases: ['Executive Committee of the CIS', 'Исполнительный комитет СНГ', 'Исполком СНГ'],
    kind: 'standing_body',
    parent: CIS,
  },
  {
    name: CSTO,
    aliases: ['CSTO', 'Collective Security Treaty Organisation', 'ОДКБ'],
    kind: 'organisation',
    members: ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'],
  },
  {
    name: 'Collective Security Council',
    aliases: ['CSTO Collective Security Council', 'Collective Security Council of the CSTO', 'Совет коллективной безопасности ОДКБ'],
    kind: 'standing_body',
    parent: CSTO,
  },
  {
    name: SCO,
    aliases: ['SCO', 'Shanghai Cooperation Organization', 'ШОС'],
    kind: 'organisation',
    members: ['BY', 'CN', 'IN', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ'],
  },
  {
    name: 'SCO Council of Heads of State',
    aliases: ['Council of Heads of State of the SCO', 'Council of Heads of State of the Shanghai Cooperation Organisation', 'SCO Heads of State Council'],
    kind: 'standing_body',
    parent: SCO,
  },
  {
    name: 'SCO Council of Heads of Government',
    aliases: ['Council of Heads of Government of the SCO', 'SCO Heads of Government Council'],
    kind: 'standing_body',
    parent: SCO,
  },
  {
    name: 'Conference on Interaction and Confidence-Building Measures in Asia',
    aliases: ['CICA', 'Conference on Interaction and Confidence Building Measures in Asia', 'СВМДА'],
    kind: 'organisation',
  },
  {
    name: 'Organization of Turkic States',
    aliases: ['OTS', 'Organisation of Turkic States', 'Turkic Council', 'Cooperation Council of Turkic Speaking States'],
    kind: 'organisation',
    members: ['AZ', 'KZ', 'KG', 'TR', 'UZ'],
  },
  {
    name: 'Central Asia plus Japan Dialogue',
    aliases: ['Central Asia + Japan Dialogue', 'Central Asia plus Japan'],
    kind: 'forum',
    members: ['JP', 'KZ', 'KG', 'TJ', 'TM', 'UZ'],
  },

  // --- Global formats ---
  {
    name: 'BRICS',
    aliases: ['BRICS+', 'BRICS Plus', 'БРИКС'],
    kind: 'forum',
    members: ['BR', 'RU', 'IN', 'CN', 'ZA', 'EG', 'ET', 'IR', 'AE', 'ID'],
  },
  {
    name: 'G7',
    aliases: ['Group of Seven', 'G-7', 'Big Seven'],
    kind: 'forum',
    members: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US'],
  },
  { name: 'G8', aliases: ['Group of Eight', 'G-8'], kind: 'forum', members: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US', 'RU'] },
  {
    name: 'G20',
    aliases: ['Group of Twenty', 'G-20', 'Group of 20'],
    kind: 'forum',
    members: ['AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'ZA', 'TR', 'GB', 'US'],
  },
  { name: UN, aliases: ['UN', 'U.N.', 'UNO', 'United Nations Organization', 'ООН'], kind: 'organisation' },
  {
    name: 'United Nations General Assembly',
    aliases: ['UN General Assembly', 'U.N. General Assembly', 'UNGA', 'General Assembly of the United Nations'],
    kind: 'standing_body',
    parent: UN,
  },
  {
    name: 'United Nations Security Council',
    aliases: ['UN Security Council', 'U.N. Security Council', 'UNSC', 'Security Council of the United Nations', 'Совет Безопасности ООН', 'СБ ООН'],
    kind: 'standing_body',
    parent: UN,
  },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA', 'МАГАТЭ'], kind: 'organisation' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation', 'ВОЗ'], kind: 'organisation' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation', 'ВТО'], kind: 'organisation' },

  // --- Europe and the Atlantic ---
  { name: EU, aliases: ['EU', 'E.U.', 'Евросоюз', 'Европейский союз'], kind: 'organisation', members: EU_MEMBERS },
  {
    name: 'European Council',
    aliases: ['EUCO'],
    kind: 'standing_body',
    members: EU_MEMBERS,
    parent: EU,
  },
  {
    name: 'Council of the European Union',
    aliases: ['Council of the EU', 'EU Council', 'Council of Ministers of the EU'],
    kind: 'standing_body',
    members: EU_MEMBERS,
    parent: EU,
  },
  { name: 'European Commission', aliases: ['EU Commission', 'Еврокомиссия'], kind: 'standing_body', parent: EU },
  { name: 'European Parliament', aliases: ['EU Parliament', 'Europarliament', 'Европарламент'], kind: 'standing_body', parent: EU },
  { name: NATO, aliases: ['NATO', 'North Atlantic Treaty Organisation', 'НАТО'], kind: 'organisation' },
  { name: 'North Atlantic Council', aliases: ['NAC', "NATO's North Atlantic Council"], kind: 'standing_body', parent: NATO },
  {
    name: 'Organization for Security and Co-operation in Europe',
    aliases: ['OSCE', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe', 'ОБСЕ'],
    kind: 'organisation',
  },
  { name: 'Council of Europe', aliases: ['CoE', 'Совет Европы'], kind: 'organisation' },

  // --- Asia, Africa, the Middle East, the Pacific ---
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'АСЕАН'], kind: 'organisation', members: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'] },
  { name: 'African Union', aliases: ['AU', 'Африканский союз'], kind: 'organisation' },
  { name: 'Arab League', aliases: ['League of Arab States', 'Лига арабских государств', 'ЛАГ'], kind: 'organisation' },
  {
    name: 'Gulf Cooperation Council',
    aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf', 'ССАГПЗ'],
    kind: 'organisation',
    members: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC', 'ОПЕК'], kind: 'organisation' },
  { name: 'OPEC+', aliases: ['OPEC Plus', 'ОПЕК+'], kind: 'forum' },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC', 'АТЭС'], kind: 'forum' },

  // --- National governments, parliaments, ministries ---
  {
    name: 'Government of Belarus',
    aliases: [
      'Belarusian Government',
      'Government of the Republic of Belarus',
      'Council of Ministers of Belarus',
      'Council of Ministers of the Republic of Belarus',
      'Belarusian Council of Ministers',
      'Правительство Беларуси',
      'Совет Министров Республики Беларусь',
    ],
    kind: 'government',
    members: ['BY'],
  },
  {
    name: 'Government of Russia',
    aliases: ['Russian Government', 'Government of the Russian Federation', 'Правительство России', 'Правительство Российской Федерации'],
    kind: 'government',
    members: ['RU'],
  },
  {
    name: 'Government of Kazakhstan',
    aliases: ['Kazakh Government', 'Government of the Republic of Kazakhstan', 'Правительство Казахстана'],
    kind: 'government',
    members: ['KZ'],
  },
  {
    name: 'National Assembly of Belarus',
    aliases: ['National Assembly of the Republic of Belarus', 'Belarusian Parliament', 'Parliament of Belarus', 'Национальное собрание Республики Беларусь'],
    kind: 'standing_body',
    members: ['BY'],
  },
  {
    name: 'Council of the Republic',
    aliases: ['Council of the Republic of the National Assembly of Belarus', 'Совет Республики'],
    kind: 'standing_body',
    members: ['BY'],
    parent: 'National Assembly of Belarus',
  },
  {
    name: 'House of Representatives of Belarus',
    aliases: ['House of Representatives of the National Assembly of Belarus', 'Belarusian House of Representatives', 'Палата представителей'],
    kind: 'standing_body',
    members: ['BY'],
    parent: 'National Assembly of Belarus',
  },
  {
    name: "All-Belarusian People's Assembly",
    aliases: ["All-Belarusian People's Congress", 'Всебелорусское народное собрание', 'ВНС'],
    kind: 'standing_body',
    members: ['BY'],
  },
  {
    name: 'Federal Assembly of Russia',
    aliases: ['Federal Assembly of the Russian Federation', 'Russian Parliament', 'Федеральное Собрание'],
    kind: 'standing_body',
    members: ['RU'],
  },
  {
    name: 'State Duma',
    aliases: ['Russian State Duma', 'State Duma of the Federal Assembly', 'Госдума', 'Государственная дума'],
    kind: 'standing_body',
    members: ['RU'],
    parent: 'Federal Assembly of Russia',
  },
  {
    name: 'Federation Council',
    aliases: ['Federation Council of the Federal Assembly', 'Russian Federation Council', 'Совет Федерации', 'Совфед'],
    kind: 'standing_body',
    members: ['RU'],
    parent: 'Federal Assembly of Russia',
  },
  {
    name: 'Security Council of Russia',
    aliases: ['Russian Security Council', 'Security Council of the Russian Federation', 'Совет Безопасности Российской Федерации'],
    kind: 'standing_body',
    members: ['RU'],
  },
  {
    name: 'Security Council of Belarus',
    aliases: ['Belarusian Security Council', 'Security Council of the Republic of Belarus'],
    kind: 'standing_body',
    members: ['BY'],
  },
  {
    name: 'Parliament of Kazakhstan',
    aliases: ['Kazakh Parliament', 'Parliament of the Republic of Kazakhstan'],
    kind: 'standing_body',
    members: ['KZ'],
  },
  {
    name: 'Mazhilis',
    aliases: ['Majilis', 'Mazhilis of the Parliament of Kazakhstan', 'Мажилис'],
    kind: 'standing_body',
    members: ['KZ'],
    parent: 'Parliament of Kazakhstan',
  },
  {
    name: 'Senate of Kazakhstan',
    aliases: ['Senate of the Parliament of Kazakhstan', 'Kazakh Senate', 'Сенат Парламента Казахстана'],
    kind: 'standing_body',
    members: ['KZ'],
    parent: 'Parliament of Kazakhstan',
  },
  {
    name: 'Majlisi Milli',
    aliases: ['Majlisi Milli of Tajikistan', 'National Assembly of Tajikistan', 'Маджлиси милли'],
    kind: 'standing_body',
    members: ['TJ'],
  },
  {
    name: 'Ministry of Foreign Affairs of Russia',
    aliases: ['Russian Foreign Ministry', 'Russian Ministry of Foreign Affairs', 'Russian MFA', 'МИД России'],
    kind: 'ministry',
    members: ['RU'],
  },
  {
    name: 'Ministry of Foreign Affairs of Belarus',
    aliases: ['Belarusian Foreign Ministry', 'Belarusian Ministry of Foreign Affairs', 'Belarusian MFA', 'МИД Беларуси'],
    kind: 'ministry',
    members: ['BY'],
  },
  {
    name: "Ministry of Foreign Affairs of the People's Republic of China",
    aliases: ['Chinese Foreign Ministry', 'Chinese Ministry of Foreign Affairs', 'Chinese MFA'],
    kind: 'ministry',
    members: ['CN'],
  },
  {
    name: 'Ministry of Foreign Affairs of Japan',
    aliases: ['Japanese Foreign Ministry', 'MOFA Japan', 'Japanese Ministry of Foreign Affairs'],
    kind: 'ministry',
    members: ['JP'],
  },
  {
    name: 'United States Department of State',
    aliases: ['U.S. Department of State', 'US Department of State', 'State Department', 'U.S. State Department', 'US State Department', 'Госдепартамент'],
    kind: 'ministry',
    members: ['US'],
  },
  {
    name: 'Congress of the United States',
    aliases: ['U.S. Congress', 'US Congress', 'United States Congress', 'Конгресс США'],
    kind: 'standing_body',
    members: ['US'],
  },
  // --- The Americas ---
  {
    name: 'Community of Latin American and Caribbean States',
    aliases: ['CELAC', 'Comunidad de Estados Latinoamericanos y Caribeños', 'СЕЛАК'],
    kind: 'organisation',
  },
  { name: 'Organization of American States', aliases: ['OAS', 'Organisation of American States', 'ОАГ'], kind: 'organisation' },
  { name: 'Mercosur', aliases: ['MERCOSUR', 'Southern Common Market', 'Mercosul', 'Меркосур'], kind: 'organisation', members: ['AR', 'BR', 'PY', 'UY', 'BO'] },
];
