// A second probe of the event phrasings and small structures of diplomatic press readouts, beside vocabulary.test.ts
// and steps/structures.test.ts: status words, kinds, mentions that must merge into one event, a headline without a
// past verb, and the near misses that must stay nothing. Invented leaders, states, places and wording; readouts are
// dated Sunday 13 June 2027, so a weekday with a past verb is the one before it and with a future verb the one after.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';

const R = '2027-06-13';
/** kind, status, window and participants (sorted: their order is not scored). */
const events = (text: string, date = R): string[] =>
  extractReadout(date, text).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`);
const kinds = (text: string, date = R): string[] => extractReadout(date, text).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);
// it.fails: a phrasing the extractor still gets wrong (the probe's open misses); it turns red when fixed, to be made it.
const places = (text: string, date = R): string[] => extractReadout(date, text).events.map((e) => `${e.kind} ${e.where ?? '-'}`);

describe('status words of an occurrence to come', () => {
  it('"is set to visit"', () => {
    expect(events('President Marta Quiroga is set to visit Japan on 16 June.')).toEqual(['visit upcoming 2027-06-16..2027-06-16 Marta Quiroga']);
  });

  it('"is slated to meet"', () => {
    expect(events('Prime Minister Henrik Aalto is slated to meet President Kwame Adjei in Accra on Thursday.')).toEqual(['talks upcoming 2027-06-17..2027-06-17 Henrik Aalto+Kwame Adjei']);
    expect(events('Foreign Minister Diego Salas is slated to travel to Oslo on Friday.')).toEqual(['visit upcoming 2027-06-18..2027-06-18 Diego Salas']);
  });

  it('"is to visit"', () => {
    expect(events('Chancellor Ilse Brandauer is to visit Chile on 21-22 June.')).toEqual(['visit upcoming 2027-06-21..2027-06-22 Ilse Brandauer']);
  });

  it('"will undertake a state visit"', () => {
    expect(events('President Kwame Adjei will undertake a state visit to India from 20 to 23 June.')).toEqual(['visit upcoming 2027-06-20..2027-06-23 Kwame Adjei']);
  });

  it('"accepted an invitation to visit" with a time', () => {
    expect(events('Prime Minister Henrik Aalto accepted an invitation to visit Kenya later this year.')).toEqual(['visit upcoming 2027-06-13..2027-12-31 Henrik Aalto']);
  });

  it('"has been invited to" a summit', () => {
    expect(kinds('Chancellor Ilse Brandauer has been invited to the Pacific Rim summit in Lima in October.')).toEqual(['summit upcoming 2027-10-01..2027-10-31']);
  });

  it('"was postponed to" a new date is the occurrence to come on that date', () => {
    expect(events('The visit of President Kwame Adjei to Portugal, planned for this week, was postponed to 28 June.')).toEqual(['visit upcoming 2027-06-28..2027-06-28 Kwame Adjei']);
    expect(kinds('The summit of the Mekong leaders, initially set for May, has been rescheduled for 9 July.')).toEqual(['summit upcoming 2027-07-09..2027-07-09']);
    expect(kinds('The talks, first planned for 20 June, were pushed back to the end of July.')).toEqual(['talks upcoming 2027-07-21..2027-07-31']);
  });

  it('"are due to meet"', () => {
    expect(events('President Marta Quiroga and Chancellor Ilse Brandauer are due to meet in Geneva on 20 June.')).toEqual(['talks upcoming 2027-06-20..2027-06-20 Ilse Brandauer+Marta Quiroga']);
  });

  it('"is expected to take place in the autumn"', () => {
    expect(kinds('The next summit of the Andean leaders is expected to take place in the autumn.')).toEqual(['summit upcoming 2027-09-01..2027-11-30']);
  });
});

describe('status words of an occurrence begun, under way or over', () => {
  it('"concluded" a summit', () => {
    expect(kinds('The Pacific Islands summit concluded in Suva on Saturday.')).toEqual(['summit held 2027-06-12..2027-06-12']);
  });

  it('"kicked off"', () => {
    expect(kinds('The summit of Amazon states kicked off in Belem on Saturday.')).toEqual(['summit held 2027-06-12..2027-06-12']);
  });

  it('"got under way", "began": past, however long the names before the time', () => {
    expect(events('Talks between Foreign Minister Greta Lindgren and Foreign Minister Diego Salas got under way in Lima on Friday.')).toEqual(['talks held 2027-06-11..2027-06-11 Diego Salas+Greta Lindgren']);
    expect(events('Negotiations between Deputy Foreign Minister Lena Vogel and Deputy Foreign Minister Ana Reyes began in Vienna on Thursday.')).toEqual(['talks held 2027-06-10..2027-06-10 Ana Reyes+Lena Vogel']);
  });

  it('"ended" talks', () => {
    expect(events('Talks between President Marta Quiroga and President Kwame Adjei ended in Bogota on Saturday without a joint statement.')).toEqual(['talks held 2027-06-12..2027-06-12 Kwame Adjei+Marta Quiroga']);
  });

  it('"arrived in … on a state visit"', () => {
    expect(events('President Marta Quiroga arrived in Hanoi on Saturday on a state visit to Vietnam.')).toEqual(['visit held 2027-06-12..2027-06-12 Marta Quiroga']);
  });

  it('"who is on an official visit to", talks reported: one event', () => {
    expect(events('President Kwame Adjei, who is on an official visit to Egypt, met Prime Minister Omar Farouk in Cairo on Saturday.')).toEqual(['talks held 2027-06-12..2027-06-12 Kwame Adjei+Omar Farouk']);
  });

  it('"is currently in", talks reported: one event', () => {
    expect(events('Foreign Minister Greta Lindgren is currently in Nairobi, where she held talks with Foreign Minister Grace Wanjiru on Saturday.')).toEqual(['talks held 2027-06-12..2027-06-12 Grace Wanjiru+Greta Lindgren']);
  });

  it('"resumed" negotiations', () => {
    expect(kinds('Negotiations on the free trade agreement between Chile and Norway resumed in Geneva on Monday.')).toEqual(['talks held 2027-06-07..2027-06-07']);
    expect(kinds('The round of talks between Chile and Norway resumed in Oslo on Wednesday.')).toEqual(['talks held 2027-06-09..2027-06-09']);
  });
});

describe('kinds: sittings, gatherings and ceremonies', () => {
  it('"co-chaired the Joint Commission"', () => {
    expect(kinds('Foreign Minister Greta Lindgren and Foreign Minister Diego Salas co-chaired the Joint Commission in Lima on Tuesday.')).toEqual(['session held 2027-06-08..2027-06-08']);
    expect(kinds('The Joint Economic Committee met in Riga on Thursday under the chairmanship of the two ministers.')).toEqual(['session held 2027-06-10..2027-06-10']);
  });

  it('"presided over the opening of" a summit', () => {
    expect(events('President Marta Quiroga presided over the opening of the Ibero-American Summit in Lima on Friday.')).toEqual(['summit held 2027-06-11..2027-06-11 Marta Quiroga']);
  });

  it('"convened an extraordinary summit"', () => {
    expect(events('President Kwame Adjei convened an extraordinary summit of West African leaders in Abuja on Thursday.')).toEqual(['summit held 2027-06-10..2027-06-10 Kwame Adjei']);
  });

  it('"an extraordinary summit will be held"', () => {
    expect(kinds('An extraordinary summit of Gulf leaders will be held in Doha on 25 June.')).toEqual(['summit upcoming 2027-06-25..2027-06-25']);
  });

  it('"the intergovernmental commission met"', () => {
    expect(kinds('The intergovernmental commission on trade met in Tashkent on Friday.')).toEqual(['session held 2027-06-11..2027-06-11']);
    expect(kinds('The joint committee for economic cooperation will meet in Baku on 22 June.')).toEqual(['session upcoming 2027-06-22..2027-06-22']);
  });

  it('"opened the forum": past; "will open", "is to be opened" to come', () => {
    expect(events('Chancellor Ilse Brandauer opened the Vienna Energy Forum on Tuesday.')).toEqual(['other held 2027-06-08..2027-06-08 Ilse Brandauer']);
    expect(events('President Marta Quiroga opened the Andean Business Forum in Quito on Monday.')).toEqual(['other held 2027-06-07..2027-06-07 Marta Quiroga']);
    expect(kinds('President Marta Quiroga will open the Andean Business Forum in Quito on Monday.')).toEqual(['other upcoming 2027-06-14..2027-06-14']);
  });

  it('"inaugurated" a bridge', () => {
    expect(events('Prime Minister Henrik Aalto and President Kwame Adjei inaugurated a new bridge over the Volta on Saturday.')).toEqual(['other held 2027-06-12..2027-06-12 Henrik Aalto+Kwame Adjei']);
  });

  it('"attended the opening ceremony"', () => {
    expect(events('President Marta Quiroga attended the opening ceremony of the Pan American Games in Santiago on Friday.')).toEqual(['other held 2027-06-11..2027-06-11 Marta Quiroga']);
  });

  it('"hosted a state banquet in honour of"', () => {
    expect(events('Prime Minister Henrik Aalto hosted a state banquet in honour of President Kwame Adjei on Friday.')).toEqual(['other held 2027-06-11..2027-06-11 Henrik Aalto+Kwame Adjei']);
  });

  it('"laid the foundation stone"', () => {
    expect(events('President Kwame Adjei laid the foundation stone of a new hospital in Kumasi on Thursday.')).toEqual(['other held 2027-06-10..2027-06-10 Kwame Adjei']);
    expect(events('Prime Minister Henrik Aalto will lay the cornerstone of a new port terminal on 17 June.')).toEqual(['other upcoming 2027-06-17..2027-06-17 Henrik Aalto']);
  });

  it('"cut the ribbon"', () => {
    expect(events('Prime Minister Henrik Aalto cut the ribbon at a new railway station in Turku on Monday.')).toEqual(['other held 2027-06-07..2027-06-07 Henrik Aalto']);
    expect(events('President Marta Quiroga cut the inaugural ribbon of the new metro line on Tuesday.')).toEqual(['other held 2027-06-08..2027-06-08 Marta Quiroga']);
    expect(events('The budget cut the ribbon industry on Tuesday.').length).toBeLessThanOrEqual(1);
  });

  it('"spoke at the plenary session of" a summit: the summit, no second event', () => {
    expect(events('Chancellor Ilse Brandauer spoke at the plenary session of the Arctic Summit in Reykjavik on Wednesday.')).toEqual(['summit held 2027-06-09..2027-06-09 Ilse Brandauer']);
    expect(kinds('President Kwame Adjei will address the opening session of the Lake Chad Forum in Ndjamena on 21 June.')).toEqual(['other upcoming 2027-06-21..2027-06-21']);
  });

  it('a summit "held by video" keeps its kind', () => {
    expect(kinds('The leaders of the Group of Seven held a virtual summit on Thursday.')).toEqual(['summit held 2027-06-10..2027-06-10']);
  });
});

describe('kinds: talks, calls and press', () => {
  it('"held talks via videoconference" is a call', () => {
    expect(events('President Marta Quiroga and Prime Minister Henrik Aalto held talks via videoconference on Thursday.')).toEqual(['phone_call held 2027-06-10..2027-06-10 Henrik Aalto+Marta Quiroga']);
  });

  it('"spoke by video link" is a call', () => {
    expect(events('Chancellor Ilse Brandauer spoke with President Kwame Adjei by video link on Monday.')).toEqual(['phone_call held 2027-06-07..2027-06-07 Ilse Brandauer+Kwame Adjei']);
  });

  it('"held an online meeting with" is a call', () => {
    expect(events('Foreign Minister Greta Lindgren held an online meeting with Foreign Minister Diego Salas on Tuesday.')).toEqual(['phone_call held 2027-06-08..2027-06-08 Diego Salas+Greta Lindgren']);
    expect(events('President Marta Quiroga met online with Chancellor Ilse Brandauer on Monday.')).toEqual(['phone_call held 2027-06-07..2027-06-07 Ilse Brandauer+Marta Quiroga']);
  });

  it('talks "in restricted and expanded formats" are one event', () => {
    expect(events('President Marta Quiroga and President Kwame Adjei held talks in restricted and expanded formats in Accra on Tuesday.')).toEqual(['talks held 2027-06-08..2027-06-08 Kwame Adjei+Marta Quiroga']);
  });

  it('a narrow-format meeting followed by an expanded one is one event', () => {
    expect(kinds('President Marta Quiroga met President Kwame Adjei in Accra on Tuesday. The talks in a narrow format were followed by an expanded meeting with the delegations.')).toEqual(['talks held 2027-06-08..2027-06-08']);
  });

  it('"held a round of consultations"', () => {
    expect(events('Deputy Foreign Minister Lena Vogel and Deputy Foreign Minister Ana Reyes held a round of consultations in Prague on Tuesday.')).toEqual(['talks held 2027-06-08..2027-06-08 Ana Reyes+Lena Vogel']);
    expect(kinds('The foreign ministries of Chile and Norway will hold a round of consultations in Oslo on 22 June.')).toEqual(['talks upcoming 2027-06-22..2027-06-22']);
  });

  it('"will hold the fourth strategic dialogue"', () => {
    expect(events('Foreign Minister Greta Lindgren and Secretary of State Mark Ellis will hold the fourth Strategic Dialogue in Washington on 24 June.')).toEqual(['talks upcoming 2027-06-24..2027-06-24 Greta Lindgren+Mark Ellis']);
    expect(kinds('The two defence ministers held a strategic dialogue in Seoul on Friday.')).toEqual(['talks held 2027-06-11..2027-06-11']);
    expect(events('A dialogue on values is needed, the minister said on Friday.')).toEqual([]);
  });

  it('"hosted X for talks"', () => {
    expect(events('President Marta Quiroga hosted Prime Minister Henrik Aalto for talks at the presidential palace on Thursday.')).toEqual(['talks held 2027-06-10..2027-06-10 Henrik Aalto+Marta Quiroga']);
  });

  it('"had a brief conversation on the sidelines" is in person', () => {
    const d = kinds('Chancellor Ilse Brandauer had a brief conversation with President Kwame Adjei on the sidelines of the summit in Lima on Saturday.');
    expect(d).toContain('talks held 2027-06-12..2027-06-12');
    expect(kinds('On the margins of the forum in Davos, Prime Minister Henrik Aalto had a conversation with President Marta Quiroga on Thursday.')).toContain('talks held 2027-06-10..2027-06-10');
    expect(kinds('Prime Minister Henrik Aalto had a conversation with President Marta Quiroga on Thursday.')).toEqual(['phone_call held 2027-06-10..2027-06-10']);
    expect(d.filter((e) => e.startsWith('phone_call'))).toEqual([]);
  });

  it('"gave a press briefing"', () => {
    expect(events('Foreign Minister Greta Lindgren gave a press briefing in Stockholm on Thursday.')).toEqual(['interview held 2027-06-10..2027-06-10 Greta Lindgren']);
  });

  it('"delivered a video address" to a forum', () => {
    expect(events('President Kwame Adjei delivered a video address to the Africa Energy Forum on Friday.').filter((e) => e.startsWith('statement'))).toEqual(['statement held 2027-06-11..2027-06-11 Kwame Adjei']);
    expect(events('Chancellor Ilse Brandauer gave a recorded address to the Baltic Sea Forum on Thursday.')).toEqual(['statement held 2027-06-10..2027-06-10 Ilse Brandauer']);
  });
});

describe('one occurrence mentioned again', () => {
  it('"During the talks, …"', () => {
    expect(kinds('President Marta Quiroga met Prime Minister Henrik Aalto in Helsinki on Friday. During the talks, the leaders discussed energy and the Arctic.')).toEqual(['talks held 2027-06-11..2027-06-11']);
  });

  it('"Following the meeting, …"', () => {
    expect(kinds('Chancellor Ilse Brandauer received President Kwame Adjei in Vienna on Thursday. Following the meeting, the two leaders signed a declaration on energy.')).toEqual(['talks held 2027-06-10..2027-06-10']);
  });

  it('"At the end of the visit, …"', () => {
    expect(events('President Kwame Adjei paid a state visit to Chile on 9-10 June. At the end of the visit, the sides adopted a joint statement.')).toEqual(['visit held 2027-06-09..2027-06-10 Kwame Adjei']);
  });

  it('"The visit comes at the invitation of …" after talks announced', () => {
    expect(kinds('Prime Minister Henrik Aalto will hold talks with President Marta Quiroga in Lima on 22 June. The visit comes at the invitation of the Peruvian side.')).toEqual(['talks upcoming 2027-06-22..2027-06-22']);
  });

  it('an undated signing ceremony after talks is part of them', () => {
    expect(kinds('President Marta Quiroga held talks with President Kwame Adjei in Accra on Friday. A signing ceremony for five agreements followed.')).toEqual(['talks held 2027-06-11..2027-06-11']);
  });
});

describe('a headline without a past verb', () => {
  it('"President X meets Prime Minister Y", then the dated report: one event', () => {
    expect(events('President Marta Quiroga meets Prime Minister Henrik Aalto\n\nPresident Marta Quiroga met Prime Minister Henrik Aalto in Lima on Friday to discuss trade.')).toEqual(['talks held 2027-06-11..2027-06-11 Henrik Aalto+Marta Quiroga']);
  });

  it('"X meets Y" with no time after it is on the readout\'s day', () => {
    expect(events('Chancellor Ilse Brandauer meets President Kwame Adjei\n\nThe leaders discussed trade and energy in Berlin.')).toEqual(['talks held 2027-06-13..2027-06-13 Ilse Brandauer+Kwame Adjei']);
  });
});

describe('near misses that are no occurrence', () => {
  it('"a meeting of minds"', () => {
    expect(events('The accord reflects a meeting of minds between the two governments.')).toEqual([]);
    expect(events('The old market square was a meeting place for traders from Friday to Sunday.')).toEqual([]);
  });

  it('an agreement signed in a year, with no meeting', () => {
    expect(events('The ministers reviewed the implementation of the agreement signed in 2019.')).toEqual([]);
  });

  it('"calls for restraint"', () => {
    expect(events('President Marta Quiroga calls for restraint on all sides.')).toEqual([]);
  });

  it('"visited by tourists"', () => {
    expect(events('The old town of Tallinn is visited by thousands of tourists every summer.')).toEqual([]);
  });

  it('a summit of prices or a mountain', () => {
    expect(events('Gold prices climbed to a new summit on Friday.')).toEqual([]);
    expect(events('Shares reached a record summit on Monday.')).toEqual([]);
    expect(kinds('The leaders reached agreement at the summit in Lima on Monday.')).toEqual(['summit held 2027-06-07..2027-06-07']);
    expect(events('Climbers reached the summit of Mount Kenya on Friday.')).toEqual([]);
  });

  it('a newsletter footer', () => {
    expect(events('Subscribe to our weekly briefing for news of upcoming summits and meetings.')).toEqual([]);
    expect(events('Read also: President Marta Quiroga meets Chancellor Ilse Brandauer in Lima.')).toEqual([]);
    expect(events('Sign up for alerts on the visit of President Kwame Adjei.')).toEqual([]);
  });

  it('"a meeting point of cultures"', () => {
    expect(events('The port city has long been a meeting point of cultures.')).toEqual([]);
  });

  it('a congratulatory message sent', () => {
    expect(events('President Marta Quiroga sent a congratulatory message to President Kwame Adjei on Friday.')).toEqual([]);
  });

  it('"regularly speak by phone" is practice, no call', () => {
    expect(events('The two leaders regularly speak by phone.')).toEqual([]);
  });

  it('a visit named in passing with no time', () => {
    expect(events('President Kwame Adjei recalled his earlier visit to Lisbon.')).toEqual([]);
    expect(events('Prime Minister Henrik Aalto praised the results of their previous meeting.')).toEqual([]);
    expect(events('President Kwame Adjei recalled his earlier visit to Lisbon in 2019.')).toEqual(['visit held 2019-01-01..2019-12-31 Kwame Adjei']);
  });
});

describe('a visit, then "He held talks …" in the next sentence', () => {
  it.fails('is the visit made for those talks: one talks event, with the visitor, in the city of the talks', () => {
    const text = 'Prime Minister Henrik Aalto paid an official visit to Peru. He held talks with President Marta Quiroga in Lima on Friday.';
    expect(events(text)).toEqual(['talks held 2027-06-11..2027-06-11 Henrik Aalto+Marta Quiroga']);
    expect(places(text)).toEqual(['talks Lima']);
  });
});

describe('a journey "for a visit": one visit named twice', () => {
  it('"will travel to X on <day> for a two-day visit" is one visit, with the journey\'s tense, time and length', () => {
    expect(events('Chancellor Ida Brenner will travel to Oslo on Wednesday for a two-day visit.')).toEqual(['visit upcoming 2027-06-16..2027-06-17 Ida Brenner']);
    expect(places('Chancellor Ida Brenner will travel to Oslo on Wednesday for a two-day visit.')).toEqual(['visit Oslo']);
    expect(events('On Tuesday, Prime Minister Amara Nwosu heads to Chile for an official visit.')).toEqual(['visit upcoming 2027-06-15..2027-06-15 Amara Nwosu']);
    expect(events('President Lucia Ferraz will go to Kenya next Friday for a state visit.')).toEqual(['visit upcoming 2027-06-18..2027-06-18 Lucia Ferraz']);
  });

  it('a journey for something else stays that occurrence', () => {
    expect(kinds('Chancellor Ida Brenner will fly to Oslo on Wednesday for talks.')).toEqual(['talks upcoming 2027-06-16..2027-06-16']);
  });
});
