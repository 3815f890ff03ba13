// A probe of the ceremonies and programme items of a visit or a day (family D): a welcome on arrival, a welcome
// ceremony, a guard of honour or gun salute, a state dinner or banquet, a tribute or wreath, a site visit or tour, a
// meeting with a community or group, an inauguration, opening or groundbreaking, a joint press conference, a speech at a
// conference. Each is an occurrence of its own (GUIDELINES.md: kind other, interview or statement; a tour is a visit),
// with its time (often a part of the day of the visit), place (the visit's) and participants (the guest, the host).
// Invented leaders, places, dates and wording; readouts are dated Tuesday 17 April 2029. Near misses at the end.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';

const R = '2029-04-17';
/** Every event: kind, status, window, place and participants (sorted: their order is not scored). */
const events = (text: string, date = R): string[] =>
  extractReadout(date, text).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`);
/** The events of the family's kinds only. */
const items = (text: string, date = R): string[] => events(text, date).filter((e) => /^(?:other|interview|statement) /.test(e));

describe('a welcome on arrival', () => {
  it('"welcomed her at the airport" the sentence after the arrival', () => {
    const text = 'Prime Minister Lena Sorvik arrived in Tallinn on the evening of April 16 for a two-day official visit. Deputy Foreign Minister Aivar Kask welcomed her at the airport.';
    expect(items(text)).toEqual(['other held 2029-04-16..2029-04-16 Tallinn Aivar Kask+Lena Sorvik']);
  });

  it('"X met him at Y International Airport" after the arrival', () => {
    const text = 'President Tomas Varga arrived in Accra on the night of April 16. Foreign Minister Ama Mensah received him at Kotoka International Airport.';
    expect(items(text)).toEqual(['other held 2029-04-16..2029-04-16 Accra Ama Mensah+Tomas Varga']);
  });

  it('"landed … and was received at the airport by" in one sentence', () => {
    const text = 'Foreign Minister Carla Benitez landed in Nairobi this afternoon and was received at Jomo Kenyatta airport by Cabinet Secretary Peter Kamau.';
    expect(items(text)).toEqual(['other held 2029-04-17..2029-04-17 Nairobi Carla Benitez+Peter Kamau']);
  });
});

describe('a welcome ceremony, a guard of honour, a gun salute', () => {
  it('"was welcomed by … and honoured with a 19-gun salute" on the day of the arrival', () => {
    const text = 'President Joao Mavinga arrived in Lusaka this evening on a two-day state visit. He was welcomed by President Ruth Banda at the presidential palace and was honoured with a 19-gun salute.';
    expect(items(text)).toEqual(['other held 2029-04-17..2029-04-17 Lusaka Joao Mavinga+Ruth Banda']);
  });

  it('"will be honoured with a welcome ceremony on … morning, after which"', () => {
    const text = 'Prime Minister Ivo Petrak arrived in Stockholm on Monday for a two-day official visit. Petrak will be honoured with a welcome ceremony on Tuesday morning, after which he will hold talks with Prime Minister Karin Berglund.';
    expect(items(text)).toEqual(['other upcoming 2029-04-17..2029-04-17 Stockholm Ivo Petrak']);
  });

  it('"will inspect a guard of honour" on a weekday', () => {
    expect(items('On Thursday, Chancellor Ilse Brandauer will inspect a guard of honour at the Presidential Palace in Lima.')).toEqual(['other upcoming 2029-04-19..2029-04-19 Lima Ilse Brandauer']);
  });
});

describe('a state dinner or banquet', () => {
  it('"after which … will give a state banquet for her guest", the time before "after which"', () => {
    const text = 'President Joao Mavinga arrived in Lusaka this morning on a two-day state visit. The two presidents will sign three agreements in the late afternoon, after which President Ruth Banda will give a state banquet for her guest.';
    expect(items(text)).toEqual(['other upcoming 2029-04-17..2029-04-17 Lusaka Joao Mavinga+Ruth Banda']);
  });

  it('"… will give a state banquet tonight for the visiting Prime Minister"', () => {
    const text = 'President Aurelio Paz met Prime Minister Greta Lindgren in Quito on Tuesday. President Paz will give a state banquet tonight for the visiting Prime Minister.';
    expect(items(text)).toEqual(['other upcoming 2029-04-17..2029-04-17 Quito Aurelio Paz+Greta Lindgren']);
  });

  it('"gave a dinner for her counterpart"', () => {
    expect(items('On Monday evening, Prime Minister Karin Berglund gave a dinner for her Latvian counterpart, Prime Minister Arturs Ozolins, in Stockholm.')).toEqual(['other held 2029-04-16..2029-04-16 Stockholm Arturs Ozolins+Karin Berglund']);
  });

  it('a site visit in the afternoon and a state dinner in the evening of the first day of a visit', () => {
    const text = 'President Kojo Asante arrives in Freetown on Friday, April 20, for a three-day state visit. He will visit a rubber plantation in the afternoon and attend a state dinner in the evening.';
    expect(items(text)).toEqual(['other upcoming 2029-04-20..2029-04-20 Freetown Kojo Asante', 'other upcoming 2029-04-20..2029-04-20 Freetown Kojo Asante']);
  });
});

describe('a tribute', () => {
  it('"paid tribute to the victims … at the memorial"', () => {
    expect(items('On Sunday, President Marta Quiroga paid tribute to the victims of the 1985 earthquake at the memorial in Valparaiso.')).toEqual(['other held 2029-04-15..2029-04-15 Valparaiso Marta Quiroga']);
  });

  it('"pays tribute to" a named person at a grave, on a day to come', () => {
    expect(items('Prime Minister Henrik Aalto pays tribute to Juraj Hronec at his grave in Bratislava on Wednesday.')).toEqual(['other upcoming 2029-04-18..2029-04-18 Bratislava Henrik Aalto']);
  });
});

describe('a tour, a site visit', () => {
  it('"… and his guest will go on a tour of" the day after the first day of the visit', () => {
    const text = 'President Kwame Adjei will pay a state visit to Norway on 23 and 24 April. On the first day of the visit, Adjei will hold talks in Oslo. The next day, Prime Minister Erik Dahl and his guest will go on a tour of Bergen.';
    expect(events(text)).toContain('visit upcoming 2029-04-24..2029-04-24 Bergen Erik Dahl+Kwame Adjei');
  });

  it('"is scheduled to visit the National Gallery" during a visit: a programme item', () => {
    const text = 'Prime Minister Tran Van Long arrived in Canberra on the afternoon of April 16, beginning an official visit to Australia. Long is scheduled to visit the National Gallery on April 17.';
    expect(items(text)).toEqual(['other upcoming 2029-04-17..2029-04-17 Canberra Tran Van Long']);
  });
});

describe('a meeting with a community or group', () => {
  it('"will also meet leaders of the Polish community" during an announced visit', () => {
    const text = 'President Anna Wrobel will pay an official visit to Lithuania on 19-20 April. During the visit, she will also meet leaders of the Polish community in Vilnius.';
    expect(items(text)).toEqual(['other upcoming 2029-04-19..2029-04-20 Vilnius Anna Wrobel']);
  });

  it('"held talks with rice farmers"', () => {
    expect(items('On Monday, Foreign Minister Diego Salas held talks with rice farmers in Da Nang.')).toEqual(['other held 2029-04-16..2029-04-16 Da Nang Diego Salas']);
  });

  it('"will meet student volunteers"', () => {
    expect(items('On Thursday, Foreign Minister Greta Lindgren will meet student volunteers working with refugees in Chisinau.')).toEqual(['other upcoming 2029-04-19..2029-04-19 Chisinau Greta Lindgren']);
  });

  it('"gathered with investors from the two states"', () => {
    expect(items('President Aurelio Paz and President Marta Quiroga gathered with investors from the two states in Quito on Monday night.')).toEqual(['other held 2029-04-16..2029-04-16 Quito Aurelio Paz+Marta Quiroga']);
  });
});

describe('an inauguration, an opening, a groundbreaking', () => {
  it('"will inaugurate a wind farm"', () => {
    expect(items('On Wednesday, Prime Minister Henrik Aalto will inaugurate a wind farm near Tartu.')).toEqual(['other upcoming 2029-04-18..2029-04-18 Tartu Henrik Aalto']);
  });

  it('"will open an exhibition of design"', () => {
    expect(items('President Sauli Virtanen will open an exhibition of Finnish design in Riga on Thursday.')).toEqual(['other upcoming 2029-04-19..2029-04-19 Riga Sauli Virtanen']);
  });

  it('"At a ceremony marking …, X said", dated by the speech in the sentence before', () => {
    const text = 'Prime Minister Sok Dara said on Tuesday that he would travel to Japan next month.\nAt a ceremony marking the start of work on a new bridge in Siem Reap, the Premier said the road would help farmers.';
    expect(items(text)).toEqual(['other held 2029-04-17..2029-04-17 Siem Reap Sok Dara']);
  });
});

describe('a joint press conference, a speech at a conference', () => {
  it('"will hold talks … followed by a joint press conference"', () => {
    expect(items('Prime Minister Ivo Petrak and Prime Minister Karin Berglund will hold talks in Stockholm on Friday, followed by a joint press conference.')).toEqual(['interview upcoming 2029-04-20..2029-04-20 Stockholm Ivo Petrak+Karin Berglund']);
  });

  it('"The prime ministers will then hold a joint press conference" after a meeting of that day', () => {
    const text = 'Prime Minister Ivo Petrak will travel to Stockholm on Friday, April 20, where he will meet Prime Minister Karin Berglund. The prime ministers will then hold a joint press conference.';
    expect(items(text)).toEqual(['interview upcoming 2029-04-20..2029-04-20 Stockholm Ivo Petrak+Karin Berglund']);
  });

  it('"will speak at a regional conference on water"', () => {
    expect(items('On Wednesday, Foreign Minister Carla Benitez will speak at a regional conference on water security in Amman.')).toEqual(['statement upcoming 2029-04-18..2029-04-18 Amman Carla Benitez']);
  });
});

// Rows added while measuring, after the rules above (each a phrasing the first table lacked).
describe('items of a visit under way, remarks after a meeting', () => {
  it('"gave a banquet for" the guest, told in the past right after the arrival, is of the visit', () => {
    const text = 'Prime Minister Lina Ortiz arrived in Suva on Monday for a two-day official visit. Prime Minister Tevita Rabe gave a banquet for Prime Minister Ortiz.';
    expect(items(text)).toEqual(['other held 2029-04-16..2029-04-17 Suva Lina Ortiz+Tevita Rabe']);
  });

  it('"are also due to attend a ceremony" during a visit begun by an arrival', () => {
    const text = 'President Ilir Daci arrived in Skopje for an official visit on the night of April 16. President Daci will hold talks with President Vesna Kral on Tuesday. The two leaders are also due to attend a ceremony marking the anniversary of the friendship treaty.';
    expect(items(text)).toEqual(['other upcoming 2029-04-16..2029-04-17 Skopje Ilir Daci+Vesna Kral']);
  });

  it('"Talking to reporters after the meeting, X said" is of the meeting\'s day', () => {
    const text = 'Prime Minister Henrik Aalto met Prime Minister Ivo Petrak in Tallinn on Monday. Talking to reporters after the meeting, Aalto said the talks had been useful.';
    expect(items(text)).toEqual(['interview held 2029-04-16..2029-04-16 Tallinn Henrik Aalto']);
  });

  it('the undated items announced after a visit announced for given days are of those days, up to the next visit', () => {
    const text = 'Prime Minister Lena Sorvik will pay an official visit to Chile on 3-5 May. She will hold talks with President Marta Quiroga in Santiago. She will also meet Estonian students in Valparaiso.';
    expect(items(text)).toEqual(['other upcoming 2029-05-03..2029-05-05 Valparaiso Lena Sorvik']);
    const two = 'President Ana Ruiz will pay an official visit to Chile on 3-4 May. She will hold talks with President Marta Quiroga. On 6 May, President Ruiz will travel to Peru for a working visit. She will also meet Spanish investors in Lima.';
    expect(items(two)).toEqual(['other upcoming 2029-05-06..2029-05-06 Lima Ana Ruiz']);
  });

  it('"held talks on 12 May and later inaugurated a plant": the same day', () => {
    expect(items('President Ana Ruiz held talks with President Tomas Varga on 12 April and later the two presidents inaugurated a solar plant in Tartu.')).toEqual(['other held 2029-04-12..2029-04-12 Tartu Ana Ruiz+Tomas Varga']);
  });
});

describe('a day of a state visit told item by item', () => {
  it('a welcome with its honours, talks and a press conference, a site toured, a banquet, a community met', () => {
    const text = [
      'President Elena Marin arrived in Accra on Monday evening for a three-day state visit to Ghana.',
      'She was welcomed at Kotoka International Airport by Vice-President Kofi Boateng and inspected a guard of honour.',
      'On Tuesday, President Marin and President Yaw Mensah will hold talks at Jubilee House, followed by a joint press conference.',
      'In the afternoon she will tour a cocoa processing plant in Tema, and in the evening President Mensah will give a state banquet for his guest.',
      'On Wednesday, President Marin will meet members of the Romanian community in Accra before flying to Lagos.',
    ].join(' ');
    expect(items(text)).toEqual([
      'other held 2029-04-16..2029-04-16 Accra Elena Marin+Kofi Boateng',
      'interview upcoming 2029-04-17..2029-04-17 Accra Elena Marin+Yaw Mensah',
      'other upcoming 2029-04-17..2029-04-17 Tema Elena Marin',
      'other upcoming 2029-04-17..2029-04-17 Accra Elena Marin+Yaw Mensah',
      'other upcoming 2029-04-18..2029-04-18 Accra Elena Marin',
    ]);
  });
});

describe('near misses: no ceremony, no programme item', () => {
  it('a web page to visit, a country visited, an embassy to open, a door opened', () => {
    expect(events('For more information, please visit the website of the ministry.')).toEqual([]);
    expect(items('During his official visit, President Tomas Varga will also visit the country of his ancestors on Friday.')).toEqual([]);
    expect(items('The two ministers agreed to open an embassy in Riga next year.')).toEqual([]);
    expect(items('On Monday, the talks opened the door to a settlement.')).toEqual([]);
  });

  it('a welcome given to a proposal', () => {
    expect(events('On Monday, the ministers gave a warm welcome to the proposal of the commission.')).toEqual([]);
    expect(events('The government welcomed the decision to reopen the airport on Monday.')).toEqual([]);
  });

  it('a tribute paid in a speech, or to efforts', () => {
    expect(items('In his speech on Monday, President Aurelio Paz paid tribute to the late King Olav.')).toEqual([]);
    expect(items('The ministers paid tribute to the efforts of the mediators.')).toEqual([]);
  });

  it('a dinner on a menu', () => {
    expect(events('The dinner menu featured fish from the lake.')).toEqual([]);
  });

  it('needs met and an era inaugurated', () => {
    expect(events('The new rules meet the needs of young entrepreneurs.')).toEqual([]);
    expect(events('The agreement inaugurated a new era of cooperation between the two states.')).toEqual([]);
  });

  it('the ceremony of signing after talks is no occurrence besides the talks', () => {
    expect(items('President Aurelio Paz and President Marta Quiroga held talks in Quito on Monday, after which a ceremony of signing of the agreements took place.')).toEqual([]);
  });
});
