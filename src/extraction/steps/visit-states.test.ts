// A visit named as a state or a noun phrase rather than by a travel verb: someone "is in" a state "on a working visit",
// "is on a state visit to" it, "was in" a city "for" a funeral; "in the course of his visit to Y", "on the programme of
// her visit to Y", "X's visit to Y in 2022", "his three-day stay in Y". Readouts mention such a visit in passing while
// they narrate what happened in it. Invented readouts, with the similar words that name no visit.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const names = (e: ExtractionDocument['events'][number]): string => e.participants.map((p) => p.name).join('+');
/** Each visit: status, window, place and people. */
const visits = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'visit').map((e) => `${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} @${e.where ?? '-'} ${names(e)}`);
const kinds = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('a visit stated as where someone is ("is in Y on a visit", "is on a trip to Y")', () => {
  it('is under way, so held, on the day written for it; the talks it holds among other items are an event of their own', () => {
    const d = doc('2031-04-09', 'Norwegian Prime Minister Lene Dahl is in Latvia on an official visit today and will hold talks with Prime Minister Andris Kalns in Riga.\n\nAfter the talks, both leaders will brief the press. In the afternoon Dahl will lay a wreath at the Freedom Monument.');
    expect(visits(d)[0]).toBe('held 2031-04-09..2031-04-09 @Latvia Lene Dahl+Andris Kalns');
    expect(kinds(d)).toContain('talks upcoming 2031-04-09..2031-04-09');
  });

  it('"who is on a working trip to Y" among meetings dated on their own days: held, its first and last days not written', () => {
    const d = doc('2030-06-12', 'President Tomas Varga held talks with President Elena Moraru in Chisinau on Tuesday.\n\nVarga, who is on a working trip to Moldova, met Prime Minister Ion Rusu on Wednesday.');
    expect(visits(d)).toHaveLength(1);
    expect(visits(d)[0]).toMatch(/^held -\.\.- @Moldova Tomas Varga/);
    expect(kinds(d).filter((k) => k.startsWith('talks'))).toEqual(['talks held 2030-06-11..2030-06-11', 'talks held 2030-06-12..2030-06-12']);
  });

  it('"has landed in Y for a two-day state visit at the invitation of Z": begun, so held, whatever the invitation says', () => {
    const d = doc('2029-10-08', 'Senegalese President Amadou Sow has landed in Accra for a two-day state visit at the invitation of President Kofi Mensah.\n\nThe two presidents will hold talks tomorrow.');
    expect(visits(d)).toEqual(['held 2029-10-08..2029-10-09 @Accra Amadou Sow+Kofi Mensah']);
  });

  it('a meeting reported later with no time of its own is an item of the stay under way, on its days', () => {
    const d = doc('2029-10-08', 'Senegalese President Amadou Sow has landed in Accra for a two-day state visit at the invitation of President Kofi Mensah.\n\nSow and Mensah then held a closed-door meeting at the Jubilee House.');
    expect(kinds(d)).toEqual(['visit held 2029-10-08..2029-10-09', 'talks held 2029-10-08..2029-10-08']);
  });

  it('"will be in Y on a working visit on <day>": to come', () => {
    const d = doc('2030-01-10', 'Foreign Minister Ida Berg will be in Warsaw on a working visit on 14 January, where she will lay a wreath and open an exhibition.');
    expect(visits(d)[0]).toMatch(/^upcoming 2030-01-14\.\.2030-01-14 @Warsaw Ida Berg/);
  });

  it('"was in Y for the state funeral of Z": a visit made for a ceremony, held, its days not written, with whom it met', () => {
    const d = doc('2026-05-02', 'Prime Minister Kalo Tamate returned home today after a week abroad.\n\nTamate was in Madrid for the state funeral of former Prime Minister Jorge Vidal. In Spain, Tamate also met Prime Minister Elena Ruiz.');
    expect(visits(d).some((v) => v.startsWith('held -..- @Madrid Kalo Tamate'))).toBe(true);
  });
});

describe('a visit named as the setting of what the readout reports', () => {
  it('"her first meeting of the day, during her working visit to Y": the visit holds more than that meeting', () => {
    const d = doc('2029-02-14', 'Montenegrin President Ana Petrovic met NATO Secretary General Olaf Berg in Strasbourg today. It was Petrovic\'s first meeting of the day, during her three-day working visit to France.');
    expect(kinds(d)).toEqual(['talks held 2029-02-14..2029-02-14', 'visit held -..-']);
    expect(visits(d)[0]).toMatch(/@France Ana Petrovic/);
  });

  it('"came in the course of X\'s visit to Y to attend a forum": the visit is made for the forum; a readout dated by nothing else puts it on its day', () => {
    const d = doc('2027-10-20', 'Ottawa - President Rosa Quiroga of Ecuador met with Prime Minister Paul Gagnon of Canada to discuss trade.\n\nTheir encounter came in the course of President Quiroga\'s visit to Canada to attend the Americas Trade Forum.');
    expect(visits(d)).toEqual(['held 2027-10-20..2027-10-20 @Canada Rosa Quiroga']);
    expect(kinds(d)).toContain('talks held 2027-10-20..2027-10-20');
  });

  it('"one of the engagements on the programme of X\'s working visit to Y": one item of several', () => {
    const d = doc('2028-03-01', 'President Marta Solis received Commonwealth Secretary General Peter Okafor on Wednesday morning, one of the engagements on the programme of Okafor\'s working visit to Belize.');
    expect(kinds(d)).toEqual(['talks held 2028-03-01..2028-03-01', 'visit held -..-']);
    expect(visits(d)[0]).toMatch(/@Belize Peter Okafor/);
  });

  it('"In the course of his state visit to Y, X toured … and will address …": not the meeting reported before it', () => {
    const d = doc('2026-09-16', 'OAS Secretary General Pablo Ibarra met Tuesday in Managua with former President Luis Ortega.\n\nIn the course of his state visit to Nicaragua, Ibarra toured a water plant and will address a forum on regional trade tomorrow.');
    expect(visits(d)).toHaveLength(1);
    expect(visits(d)[0]).toMatch(/^held -\.\.- @Nicaragua Pablo Ibarra/);
    expect(kinds(d)).toContain('talks held 2026-09-15..2026-09-15');
  });

  it('a visit made only to hold the talks stays one talks event', () => {
    const d = doc('2029-02-14', 'Montenegrin President Ana Petrovic met Prime Minister Jan Novak in Prague on Wednesday in the course of her working visit to the Czech Republic.');
    expect(kinds(d)).toEqual(['talks held 2029-02-14..2029-02-14']);
  });
});

describe('a visit named by a noun phrase with a time of its own', () => {
  it('"X\'s state visit in 2022 and … their meeting in Y in March 2023": two past occurrences, the visit its visitor\'s', () => {
    const d = doc('2024-04-23', 'President Karl Saar on Tuesday had a phone conversation with President Hamid Mansour. Saar referred to President Mansour\'s state visit in 2022 and to their meeting in Geneva in March 2023.');
    expect(visits(d)).toHaveLength(1);
    expect(visits(d)[0]).toMatch(/^held 2022-01-01\.\.2022-12-31 @- (Hamid )?Mansour$/);
    expect(kinds(d)).toContain('talks held 2023-03-01..2023-03-31');
  });

  it('"X\'s visit to Y on 4-5 May": to come, on those days', () => {
    const d = doc('2031-04-20', 'Prime Minister Kenji Sato\'s visit to Vietnam on 4-5 May will focus on energy.');
    expect(visits(d)).toEqual(['upcoming 2031-05-04..2031-05-05 @Vietnam Kenji Sato']);
  });

  it('"his three-day stay in Y" after the arrival is the same visit, not a second one', () => {
    const d = doc('2030-11-01', 'Chancellor Lukas Brandt arrives in Hanoi on 3 November. During his three-day stay in Vietnam, he will meet President Tran Van Minh and attend a business forum.');
    expect(visits(d)).toHaveLength(1);
    expect(visits(d)[0]).toMatch(/^upcoming 2030-11-03\.\.2030-11-05 @Hanoi Lukas Brandt/);
  });

  it('a visit said with a travel verb and then as a state is one visit', () => {
    const d = doc('2029-06-05', 'President Ruth Kagame arrived in Nairobi on Monday for a state visit. Kagame is in Kenya at the invitation of President Daniel Otieno.');
    expect(visits(d)).toHaveLength(1);
    expect(visits(d)[0]).toMatch(/^held 2029-06-04\.\./);
  });
});

describe('words of visiting that name no visit', () => {
  it('visitors, a website, an issue visited again, a visa regime', () => {
    expect(kinds(doc('2025-03-03', 'The number of visitors to the Baltic states rose in 2024.'))).toEqual([]);
    expect(kinds(doc('2025-03-03', 'Readers can visit the ministry\'s website on Monday for the full programme.'))).toEqual([]);
    expect(kinds(doc('2025-03-03', 'The committee visited the issue again on Monday.'))).toEqual([]);
    expect(visits(doc('2025-03-03', 'The two ministers discussed the visa regime on Monday.'))).toEqual([]);
  });

  it('being in talks, in a place long ago, staying in power, a recent trip, a past visit named as the setting of a topic', () => {
    expect(visits(doc('2025-03-03', 'Prime Minister Jan Novak was in talks with the unions on Monday.'))).toEqual([]);
    expect(visits(doc('2025-03-03', 'Prime Minister Jan Novak was in London in 1998 as a student.'))).toEqual([]);
    expect(visits(doc('2025-03-03', 'President Ana Petrovic wants to stay in power until 2030.'))).toEqual([]);
    expect(visits(doc('2025-03-03', 'President Ana Petrovic met Prime Minister Jan Novak today. Novak praised the welcome he had received on a recent trip to Podgorica.'))).toEqual([]);
    // A setting of nothing the text reports: a topic raised on a past visit, named in passing.
    expect(visits(doc('2025-03-03', 'President Ana Petrovic met Prime Minister Jan Novak today. The pipeline had already come up during Chancellor Lukas Brandt\'s visit to Oslo a while back.'))).toEqual([]);
  });

  it('a museum visited inside a visit\'s programme is no visit of its own', () => {
    const d = doc('2030-05-02', 'President Ana Petrovic will pay a state visit to Peru on 5-6 May. During the visit, she will hold talks with President Luis Ramos and visit the Gold Museum.');
    expect(visits(d).filter((v) => v.includes('Museum'))).toEqual([]);
    expect(visits(d).length).toBeLessThanOrEqual(1);
  });
});
