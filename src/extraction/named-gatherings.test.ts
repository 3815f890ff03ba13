// A probe of named gatherings mentioned in passing: a summit, an assembly's session, a conference or a cabinet's
// sitting that is not the readout's main occurrence but is named as the setting of one ("on the fringes of the G20
// summit"), as what a trip is made for ("will travel to Ghana for the Extraordinary Summit"), as what a state will host,
// as what a leader will attend during a visit, or with its own time in its name ("the EU December summit", "today's
// Cabinet meeting"). Each is one event with its kind, status, time and place. Invented leaders, states, places and
// wording; readouts are dated Wednesday 15 September 2027. Only the gatherings (kinds summit, session, other) are
// compared: the meetings and visits around them are other probes' business.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';

const R = '2027-09-15';
const GATHERING = new Set(['summit', 'session', 'other']);
/** kind, status, window, place and participants (sorted: their order is not scored) of each gathering. */
const gatherings = (text: string, date = R): string[] =>
  extractReadout(date, text)
    .events.filter((e) => GATHERING.has(e.kind))
    .map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`.trim());

describe('a gathering named as the setting of a meeting takes the meeting\'s day, place and status', () => {
  it('"will meet this afternoon in Oslo, on the fringes of the G20 summit"', () => {
    expect(gatherings('Chancellor Ilse Brandauer and Prime Minister Henrik Aalto will meet this afternoon in Oslo, on the fringes of the G20 summit.')).toEqual(['summit upcoming 2027-09-15..2027-09-15 Oslo Henrik Aalto+Ilse Brandauer']);
  });

  it('"The talks took place on the margins of the 12th Summit of …" after talks dated in the sentence before', () => {
    expect(gatherings('President Lena Vogel held talks with President Kwame Adjei in Nairobi on Monday. The talks took place on the margins of the 12th Summit of the East African Community.')).toEqual(['summit held 2027-09-13..2027-09-13 Nairobi Kwame Adjei+Lena Vogel']);
  });

  it('"The meetings were held on the sidelines of the … Summit, which gathers ten states" after a day of meetings', () => {
    expect(gatherings('President Marta Quiroga held a series of bilateral meetings with regional leaders on Tuesday in Lima. The meetings were held on the sidelines of the Andean Community Summit, which gathers ten states.')).toEqual(['summit held 2027-09-14..2027-09-14 Lima Marta Quiroga']);
  });

  it('"On the sidelines of the UN General Assembly, X met Y on Wednesday": a standing body as the setting is its sitting', () => {
    expect(gatherings('On the sidelines of the UN General Assembly, President Lena Vogel met Prime Minister Omar Farouk on Wednesday.')).toEqual(['session held 2027-09-15..2027-09-15 - Lena Vogel+Omar Farouk']);
    expect(gatherings('President Lena Vogel met Prime Minister Omar Farouk in New York on Tuesday on the sidelines of the 82nd UN General Assembly.')).toEqual(['session held 2027-09-14..2027-09-14 New York Lena Vogel+Omar Farouk']);
  });

  it('"agreed to meet again at the G20 summit in Johannesburg in November"', () => {
    expect(gatherings('President Marta Quiroga and President Kwame Adjei agreed to meet again at the G20 summit in Johannesburg in November.')).toEqual(['summit upcoming 2027-11-01..2027-11-30 Johannesburg Kwame Adjei+Marta Quiroga']);
  });
});

describe('a gathering a trip is made for takes the trip\'s day, place, status and traveller', () => {
  it('"On Friday, X will travel to Ghana for the Extraordinary Summit of ECOWAS Heads of State"', () => {
    expect(gatherings('On Friday, President Kwame Adjei will travel to Ghana for the Extraordinary Summit of ECOWAS Heads of State.')).toEqual(['summit upcoming 2027-09-17..2027-09-17 Ghana Kwame Adjei']);
  });

  it('"leaves for Brussels tomorrow to attend the EU-Africa Summit"', () => {
    expect(gatherings('Prime Minister Henrik Aalto leaves for Brussels tomorrow to attend the EU-Africa Summit.')).toEqual(['summit upcoming 2027-09-16..2027-09-16 Brussels Henrik Aalto']);
  });

  it('"is heading to Addis Ababa for the African Union Summit": undated, to come, in the trip\'s city', () => {
    expect(gatherings('President Kwame Adjei is heading to Addis Ababa for the African Union Summit.')).toEqual(['summit upcoming -..- Addis Ababa Kwame Adjei']);
  });

  it('"departed for Lima on Monday to take part in the APEC Leaders\' Meeting": a leaders\' meeting is a summit', () => {
    expect(gatherings('Prime Minister Henrik Aalto departed for Lima on Monday to take part in the APEC Leaders\' Meeting.')).toEqual(['summit held 2027-09-13..2027-09-13 Lima Henrik Aalto']);
  });

  it('"While in Indonesia, the Prime Minister will attend the … Summit" after a dated visit', () => {
    expect(gatherings('Prime Minister Henrik Aalto arrived in Jakarta on Tuesday for a three-day official visit to Indonesia.\n\nWhile in Indonesia, the Prime Minister will attend the ASEAN-Nordic Summit.')).toEqual(['summit upcoming 2027-09-14..2027-09-16 Indonesia Henrik Aalto']);
  });
});

describe('a gathering a state will host takes the state as its place', () => {
  it('"Uruguay will host the 60th General Assembly of the OAS, which will take place in June 2028"', () => {
    expect(gatherings('Uruguay will host the 60th General Assembly of the Organization of American States, which will take place in June 2028.')).toEqual(['session upcoming 2028-06-01..2028-06-30 Uruguay']);
  });

  it('"The next Summit of the Americas will be hosted by Panama in 2029"', () => {
    expect(gatherings('The next Summit of the Americas will be hosted by Panama in 2029.')).toEqual(['summit upcoming 2029-01-01..2029-12-31 Panama']);
  });

  it('"invited X to visit Panama in 2028, when the country will host the Ibero-American Summit"', () => {
    expect(gatherings('President Ana Reyes invited Chancellor Ilse Brandauer to visit Panama in 2028, when the country will host the Ibero-American Summit.')).toEqual(['summit upcoming 2028-01-01..2028-12-31 Panama']);
  });

  it('"Ecuador will host the 23rd Summit of Andean Presidents, scheduled for March 2028"', () => {
    expect(gatherings('Ecuador will host the 23rd Summit of Andean Presidents, scheduled for March 2028.')).toEqual(['summit upcoming 2028-03-01..2028-03-31 Ecuador']);
  });
});

describe('a gathering with its own time in its name', () => {
  it('"the EU December summit": the month inside the name', () => {
    expect(gatherings('The two ministers looked ahead to the EU December summit.')).toEqual(['summit upcoming 2027-12-01..2027-12-31 -']);
  });

  it('"ahead of the February 2028 CARICOM Heads of Government Meeting in Georgetown"', () => {
    expect(gatherings('The leaders discussed candidates ahead of the February 2028 CARICOM Heads of Government Meeting in Georgetown.')).toEqual(['summit upcoming 2028-02-01..2028-02-29 Georgetown']);
  });

  it('"will attend the Pacific Islands Forum Leaders Meeting in Honiara in August 2028"', () => {
    expect(gatherings('Prime Minister Henrik Aalto and Prime Minister Ana Reyes will attend the Pacific Islands Forum Leaders Meeting in Honiara in August 2028.')).toEqual(['summit upcoming 2028-08-01..2028-08-31 Honiara Ana Reyes+Henrik Aalto']);
  });

  it('"ahead of the next UN climate conference, COP 34": upcoming, no time', () => {
    expect(gatherings('The ministers agreed to coordinate their positions ahead of the next UN climate conference, COP 34.')).toEqual(['other upcoming -..- -']);
  });

  it('"after today\'s Cabinet meeting": the sitting held today', () => {
    expect(gatherings('Government spokesman Ivo Mares told reporters after today\'s Cabinet meeting that the budget would be revised.')).toEqual(['session held 2027-09-15..2027-09-15 -']);
  });

  it('"at Monday\'s cabinet session": the sitting held that day', () => {
    expect(gatherings('Deputy Prime Minister Petra Lind briefed ministers on the budget at Monday\'s cabinet session.')).toEqual(['session held 2027-09-13..2027-09-13 - Petra Lind']);
  });

  it('"will address the 82nd session of the UN General Assembly in New York next week"', () => {
    expect(gatherings('President Lena Vogel will address the 82nd session of the UN General Assembly in New York next week.')).toEqual(['session upcoming 2027-09-20..2027-09-26 New York Lena Vogel']);
  });
});

describe('one gathering however often named, told apart from others by its name', () => {
  it('"the Summit of the Pacific", named by what follows "of", is not the forum held that day', () => {
    expect(gatherings('President Ana Reyes attended the Baltic Energy Forum, which convened several presidents, in Riga on Tuesday. She invited Chancellor Ilse Brandauer to visit Chile in 2028, when Chile will host the Summit of the Pacific.')).toEqual(['summit held 2027-09-14..2027-09-14 Riga Ana Reyes', 'summit upcoming 2028-01-01..2028-12-31 Chile']);
  });

  it('"preparations for the EU November summit" is not the regional summit named before and after it', () => {
    const text = 'President Lena Vogel will host a regional summit in Riga on 2 October. The leaders discussed preparations for the EU November summit. Lena Vogel said six presidents had confirmed their attendance at the Riga regional summit.';
    expect(gatherings(text).map((g) => g.split(' ').slice(0, 4).join(' '))).toEqual(['summit upcoming 2027-10-02..2027-10-02 Riga', 'summit upcoming 2027-11-01..2027-11-30 -']);
  });

  it('a gathering named only as what a remark is "in view of" is attended by no one named', () => {
    expect(gatherings('Chancellor Ilse Brandauer praised the reforms in view of the next Nairobi Forum, the annual conference on water.')).toEqual(['other upcoming -..- Nairobi']);
  });
});

describe('near misses: no gathering of its own', () => {
  it('a general assembly named with no number, organisation or sitting', () => {
    expect(gatherings('The General Assembly voted on the resolution, the minister said.')).toEqual([]);
  });

  it('"the next President" is no gathering to come', () => {
    expect(gatherings('President Lena Vogel met the next Secretary General of the Andean Community in Lima on Monday.')).toEqual([]);
  });

  it('"The summit discussed …" after the summit the readout reports is that summit', () => {
    expect(gatherings('Leaders of the Danube states met in Vienna on Tuesday for the Danube Summit. The summit discussed flood protection and river transport.')).toEqual(['summit held 2027-09-14..2027-09-14 Vienna']);
  });

  it('the summit of a mountain', () => {
    expect(gatherings('The delegation climbed to the summit of Mount Olympus on Saturday.')).toEqual([]);
  });

  it('a meeting of minds', () => {
    expect(gatherings('The talks in Rome on Monday were a meeting of minds, the minister said.')).toEqual([]);
  });

  it('a newsletter line', () => {
    expect(gatherings('Subscribe to our newsletter for updates on the Arctic Summit.')).toEqual([]);
  });

  it('a state that hosts a headquarters', () => {
    expect(gatherings('Kenya hosts the headquarters of the UN Environment Programme.')).toEqual([]);
  });

  it('cabinet meetings held every week', () => {
    expect(gatherings('Cabinet meetings are held every Monday in the capital.')).toEqual([]);
  });

  it('a past summit recalled with no time, after the readout\'s own meeting', () => {
    expect(gatherings('President Lena Vogel met Prime Minister Omar Farouk in Cairo on Monday. She recalled the Lisbon Summit.')).toEqual([]);
  });
});
