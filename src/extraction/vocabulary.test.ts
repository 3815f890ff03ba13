// The common vocabulary of diplomatic readouts, phrasing by phrasing: each with invented leaders of other states, other
// dates and a reworded form, and the near misses that must stay nothing. Readouts are dated Sunday 13 June 2027, so a
// weekday written with a past verb is the one before it and with a future verb the one after.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';

const R = '2027-06-13';
const events = (text: string, date = R): string[] =>
  extractReadout(date, text).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);
const kinds = (text: string, date = R): string[] => extractReadout(date, text).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}`);

describe('a past verb puts a weekday before the readout', () => {
  it('for speeches, interviews, calls and sessions addressed', () => {
    expect(kinds('President Lucia Ferraz delivered a speech at the University of Coimbra on Monday.')).toEqual(['statement held 2027-06-07']);
    expect(kinds('Chancellor Erik Lindqvist gave a lecture at the Sorbonne on Thursday.')).toEqual(['statement held 2027-06-10']);
    expect(kinds('Prime Minister Amara Nwosu gave an interview to a private broadcaster on Wednesday.')).toEqual(['interview held 2027-06-09']);
    expect(kinds('President Lucia Ferraz and Chancellor Erik Lindqvist spoke over the phone on Friday.')).toEqual(['phone_call held 2027-06-11']);
    expect(kinds('Chancellor Erik Lindqvist addressed the 82nd session of the UN General Assembly in New York on Tuesday.')).toEqual(['session held 2027-06-08']);
    expect(events('Prime Minister Amara Nwosu wrapped up her four-day visit to Ghana on Saturday.')).toEqual(['visit held 2027-06-09..2027-06-12 Amara Nwosu']);
  });

  it('not with a future verb', () => {
    expect(kinds('Chancellor Erik Lindqvist will deliver a speech at the University of Coimbra on Monday.')).toEqual(['statement upcoming 2027-06-14']);
    expect(kinds('President Lucia Ferraz will give an interview to a private broadcaster on Wednesday.')).toEqual(['interview upcoming 2027-06-16']);
  });
});

describe('"had a bilateral with": the adjective alone as a noun', () => {
  it('is talks with both leaders', () => {
    expect(events('On Tuesday, Chancellor Erik Lindqvist had a bilateral with Prime Minister Amara Nwosu.')).toEqual(['talks held 2027-06-08..2027-06-08 Erik Lindqvist+Amara Nwosu']);
    expect(events('Premier Tomas Varga held a bilateral with President Lucia Ferraz in Geneva on Friday.')).toEqual(['talks held 2027-06-11..2027-06-11 Tomas Varga+Lucia Ferraz']);
  });

  it('is nothing before the noun it qualifies', () => {
    expect(events('The two countries signed a bilateral agreement on Tuesday.')).toEqual([]);
    expect(events('Bilateral trade grew on Tuesday.')).toEqual([]);
  });
});

describe('greeted or welcomed at the airport', () => {
  it('is an occurrence of kind other with the guest and the host', () => {
    expect(events('Chancellor Erik Lindqvist was greeted at the airport by Foreign Minister Amara Nwosu on Saturday.')).toEqual(['other held 2027-06-12..2027-06-12 Erik Lindqvist+Amara Nwosu']);
    expect(events('President Lucia Ferraz was welcomed at the airport by Deputy Prime Minister Tomas Varga on Thursday.')).toEqual(['other held 2027-06-10..2027-06-10 Lucia Ferraz+Tomas Varga']);
  });
});

describe('funerals and wreaths', () => {
  it('are occurrences of kind other', () => {
    expect(kinds('Chancellor Erik Lindqvist will attend the state funeral of former Prime Minister Amara Nwosu in Oslo on 20 June.')).toEqual(['other upcoming 2027-06-20']);
    expect(kinds('President Lucia Ferraz will attend the funeral of King Tomas in Budapest on 18 June.')).toEqual(['other upcoming 2027-06-18']);
    expect(events('Chancellor Erik Lindqvist will lay a wreath at the Eternal Flame on 15 June.')).toEqual(['other upcoming 2027-06-15..2027-06-15 Erik Lindqvist']);
    expect(events('President Lucia Ferraz laid a wreath at the Tomb of the Unknown Soldier on Friday.')).toEqual(['other held 2027-06-11..2027-06-11 Lucia Ferraz']);
  });

  it('not an industry', () => {
    expect(events('The funeral industry grew on Tuesday.')).toEqual([]);
  });
});

describe('audiences, dialling and ringing', () => {
  it('"received in audience" is talks', () => {
    expect(events('Prime Minister Amara Nwosu received in audience Foreign Minister Tomas Varga on Friday.')).toEqual(['talks held 2027-06-11..2027-06-11 Amara Nwosu+Tomas Varga']);
    expect(kinds('King Tomas will receive in audience Chancellor Erik Lindqvist on 16 June.')).toEqual(['talks upcoming 2027-06-16']);
  });

  it('"dialled", "rang" someone is a call; bells ringing are not', () => {
    expect(events('President Lucia Ferraz dialled Chancellor Erik Lindqvist on Wednesday.')).toEqual(['phone_call held 2027-06-09..2027-06-09 Lucia Ferraz+Erik Lindqvist']);
    expect(events('Prime Minister Amara Nwosu rang President Lucia Ferraz on Friday to congratulate her.')).toEqual(['phone_call held 2027-06-11..2027-06-11 Amara Nwosu+Lucia Ferraz']);
    expect(events('The bells rang on Friday.')).toEqual([]);
  });
});

describe('the press and the legislature addressed', () => {
  it('"addressed the media", "briefed journalists" is an interview', () => {
    expect(events('Chancellor Erik Lindqvist addressed the media after arriving in Oslo on Friday.')).toEqual(['interview held 2027-06-11..2027-06-11 Erik Lindqvist']);
    expect(events('President Lucia Ferraz briefed journalists on Thursday.')).toEqual(['interview held 2027-06-10..2027-06-10 Lucia Ferraz']);
    expect(events('President Lucia Ferraz briefed the cabinet on Thursday.')).toEqual([]);
  });

  it('"addressed the National Assembly" is a statement; a matter, a letter or the General Assembly is not', () => {
    expect(events('Chancellor Erik Lindqvist addressed the National Assembly on Tuesday.')).toEqual(['statement held 2027-06-08..2027-06-08 Erik Lindqvist']);
    expect(events('President Lucia Ferraz will address the Federal Parliament on 16 June.')).toEqual(['statement upcoming 2027-06-16..2027-06-16 Lucia Ferraz']);
    expect(events('Chancellor Erik Lindqvist addressed the Ukrainian issue on Tuesday.')).toEqual([]);
    expect(events('President Lucia Ferraz addressed a letter to the Secretary-General on Tuesday.')).toEqual([]);
    expect(events('Chancellor Erik Lindqvist addressed the General Assembly on Tuesday.').filter((e) => e.startsWith('statement'))).toEqual([]);
  });
});

describe('signings witnessed', () => {
  it('are occurrences of kind other when dated', () => {
    expect(events('President Lucia Ferraz and Chancellor Erik Lindqvist witnessed the signing of three memoranda on Friday.')).toEqual(['other held 2027-06-11..2027-06-11 Lucia Ferraz+Erik Lindqvist']);
    expect(events('Four agreements will be signed in the presence of President Lucia Ferraz and Prime Minister Amara Nwosu on 15 June.')).toEqual(['other upcoming 2027-06-15..2027-06-15 Lucia Ferraz+Amara Nwosu']);
  });

  it('are a moment of the talks when undated, and no dinner of the visit', () => {
    expect(events('The leaders witnessed the signing of two agreements.')).toEqual([]);
    const d = events('Chancellor Erik Lindqvist will hold talks with President Lucia Ferraz on 15 June. The leaders will witness the signing of a memorandum on 15 June. Lindqvist will attend a dinner with the diaspora on 14 June.');
    expect(d.filter((e) => e.startsWith('other'))).toEqual(['other upcoming 2027-06-15..2027-06-15 Erik Lindqvist+Lucia Ferraz', 'other upcoming 2027-06-14..2027-06-14 Erik Lindqvist']);
  });
});

describe('conferring, sitting down with, touring, attending', () => {
  it('"conferred with", "sat down with" someone is talks', () => {
    expect(events('Chancellor Erik Lindqvist conferred with President Lucia Ferraz on Thursday.')).toEqual(['talks held 2027-06-10..2027-06-10 Erik Lindqvist+Lucia Ferraz']);
    expect(events('Prime Minister Amara Nwosu sat down with Chancellor Erik Lindqvist in Accra on Friday.')).toEqual(['talks held 2027-06-11..2027-06-11 Amara Nwosu+Erik Lindqvist']);
  });

  it('"toured" a facility is an occurrence of kind other', () => {
    expect(events('Chancellor Erik Lindqvist toured the port of Gdansk on Friday.')).toEqual(['other held 2027-06-11..2027-06-11 Erik Lindqvist']);
    expect(events('President Lucia Ferraz toured a solar farm near Faro on Wednesday.')).toEqual(['other held 2027-06-09..2027-06-09 Lucia Ferraz']);
  });

  it('a round table or seminar attended is an occurrence; the noun alone is not', () => {
    expect(events('Chancellor Erik Lindqvist will attend a round table on green hydrogen on 15 June.')).toEqual(['other upcoming 2027-06-15..2027-06-15 Erik Lindqvist']);
    expect(events('President Lucia Ferraz took part in a seminar on food security on Thursday.')).toEqual(['other held 2027-06-10..2027-06-10 Lucia Ferraz']);
    expect(events('The seminar series is popular on Thursday.')).toEqual([]);
  });
});

describe('"will be in Lisbon on 4-5 March", "is due in Oslo on Friday": a named leader\'s stay', () => {
  it('is a visit to come, at that place', () => {
    const d = extractReadout(R, 'Prime Minister Amara Nwosu will be in Lisbon on 16-17 June.').events;
    expect(d.map((e) => `${e.kind} ${e.status} ${e.when.from}..${e.when.to} ${e.where}`)).toEqual(['visit upcoming 2027-06-16..2027-06-17 Lisbon']);
    expect(events('President Lucia Ferraz is due in Oslo on Friday.')).toEqual(['visit upcoming 2027-06-18..2027-06-18 Lucia Ferraz']);
    expect(kinds('Prime Minister Amara Nwosu and President Lucia Ferraz are due in Brussels on 20 June.')).toEqual(['visit upcoming 2027-06-20']);
  });

  it('is the visit reported before, and nothing without a person, a place or a time', () => {
    expect(kinds('President Lucia Ferraz will pay a state visit to Norway. She will be in Oslo on 16-17 June.')).toEqual(['visit upcoming 2027-06-16']);
    expect(events('Chancellor Erik Lindqvist will be in a difficult position on Friday.')).toEqual([]);
    expect(events('The ruling is due in March.')).toEqual([]);
    expect(events('President Lucia Ferraz will be in Oslo, her office said.')).toEqual([]);
  });
});

describe('meetings with a community', () => {
  it('are occurrences of kind other', () => {
    expect(events('Prime Minister Amara Nwosu met with the Nigerian diaspora in London on Friday.')).toEqual(['other held 2027-06-11..2027-06-11 Amara Nwosu']);
    expect(events('President Lucia Ferraz will meet representatives of the business community in Oslo on 16 June.')).toEqual(['other upcoming 2027-06-16..2027-06-16 Lucia Ferraz']);
    expect(events('Chancellor Erik Lindqvist held a meeting with students of the University of Tartu on Thursday.')).toEqual(['other held 2027-06-10..2027-06-10 Erik Lindqvist']);
  });

  it('not a meeting with a leader that discusses one, nor with community leaders or a Community delegation', () => {
    expect(events('Chancellor Erik Lindqvist met President Lucia Ferraz on Friday to discuss the business community.')).toEqual(['talks held 2027-06-11..2027-06-11 Erik Lindqvist+Lucia Ferraz']);
    expect(kinds('Chancellor Erik Lindqvist met with the community leaders on Friday.')).toEqual(['talks held 2027-06-11']);
    expect(events('President Lucia Ferraz met members of the European Community delegation on Friday.').filter((e) => e.startsWith('other'))).toEqual([]);
  });
});

describe('a commission\'s numbered meeting', () => {
  it('is the sitting of a standing body', () => {
    expect(kinds('The tenth meeting of the Joint Economic Commission will be held in Riga on 16 June.')).toEqual(['session upcoming 2027-06-16']);
    expect(kinds('The intergovernmental commission will hold its tenth meeting on 16 June.')).toEqual(['session upcoming 2027-06-16']);
    expect(kinds('The Joint Committee on Trade held its 4th meeting in Vilnius on Friday.')).toEqual(['session held 2027-06-11']);
  });

  it('not leaders\' numbered meetings', () => {
    expect(kinds('Chancellor Erik Lindqvist will hold his first meeting with President Lucia Ferraz on 16 June.')).toEqual(['talks upcoming 2027-06-16']);
    expect(kinds('The commission said the leaders will hold their first meeting on 16 June.')).toEqual(['talks upcoming 2027-06-16']);
  });
});

describe('"exchanged views"', () => {
  it('is talks when nothing else is reported there', () => {
    expect(events('Prime Minister Amara Nwosu and President Lucia Ferraz exchanged views on regional security on Friday.')).toEqual(['talks held 2027-06-11..2027-06-11 Amara Nwosu+Lucia Ferraz']);
    expect(events('Chancellor Erik Lindqvist exchanged views with President Lucia Ferraz in Vienna on Tuesday. The talks lasted two hours.')).toEqual(['talks held 2027-06-08..2027-06-08 Erik Lindqvist+Lucia Ferraz']);
  });

  it('is what a call or talks reported there consisted of', () => {
    expect(kinds('Chancellor Erik Lindqvist had a telephone conversation with President Lucia Ferraz on Friday. The leaders exchanged views on the situation in the Sahel.')).toEqual(['phone_call held 2027-06-11']);
    expect(kinds('Chancellor Erik Lindqvist held talks with President Lucia Ferraz on Friday and exchanged views on trade.')).toEqual(['talks held 2027-06-11']);
  });
});

describe('a legislature addressed in lower case', () => {
  it('is a statement by the subject, also as the last of several verbs', () => {
    expect(events('President Lucia Ferraz addressed parliament on Thursday.')).toEqual(['statement held 2027-06-10..2027-06-10 Lucia Ferraz']);
    const d = extractReadout(R, 'On 15 June, Chancellor Erik Lindqvist will meet President Lucia Ferraz and address both houses.').events;
    expect(d.filter((e) => e.kind === 'statement').map((e) => e.participants.map((p) => p.name).join('+'))).toEqual(['Erik Lindqvist']);
  });

  it('not a matter of parliament\'s', () => {
    expect(events('President Lucia Ferraz will address parliament\'s concerns on Thursday.')).toEqual([]);
  });
});

describe('a visit of N days said to end on a day', () => {
  it('ends on that day', () => {
    expect(events('Chancellor Erik Lindqvist concluded a two-day state visit to Chile on 11 June.')).toEqual(['visit held 2027-06-10..2027-06-11 Erik Lindqvist']);
    expect(events('Prime Minister Amara Nwosu wound up her three-day trip to Kenya on Friday.')).toEqual(['visit held 2027-06-09..2027-06-11 Amara Nwosu']);
  });

  it('begins on the day of an arrival or a start', () => {
    expect(events('Chancellor Erik Lindqvist arrived in Chile on 11 June for a two-day state visit.')).toEqual(['visit held 2027-06-11..2027-06-12 Erik Lindqvist']);
    expect(events('President Lucia Ferraz will begin a three-day visit to Peru on 20 June.')).toEqual(['visit upcoming 2027-06-20..2027-06-22 Lucia Ferraz']);
  });
});

describe('flights, virtual meetings and press availabilities', () => {
  it('"flew to", "will fly to", "landed in" a place is a visit', () => {
    expect(events('Chancellor Erik Lindqvist flew to Lisbon on Friday.')).toEqual(['visit held 2027-06-11..2027-06-11 Erik Lindqvist']);
    expect(events('Chancellor Erik Lindqvist will fly to Lisbon on 16 June.')).toEqual(['visit upcoming 2027-06-16..2027-06-16 Erik Lindqvist']);
    expect(events('Chancellor Erik Lindqvist landed in Lisbon on Friday.')).toEqual(['visit held 2027-06-11..2027-06-11 Erik Lindqvist']);
    expect(events('The price of flights to Lisbon flew to record highs on Friday.')).toEqual([]);
  });

  it('a virtual meeting with someone is a call; a standing body\'s stays its sitting', () => {
    expect(events('President Lucia Ferraz met virtually with Chancellor Erik Lindqvist on Friday.')).toEqual(['phone_call held 2027-06-11..2027-06-11 Lucia Ferraz+Erik Lindqvist']);
    expect(events('Chancellor Erik Lindqvist held a virtual meeting with President Lucia Ferraz on Friday.')).toEqual(['phone_call held 2027-06-11..2027-06-11 Erik Lindqvist+Lucia Ferraz']);
    expect(kinds('The leaders held a virtual meeting of the Collective Security Council on Friday.')).toEqual(['session held 2027-06-11']);
  });

  it('a press availability or a news conference spoken at is an interview, no speech', () => {
    expect(events('President Lucia Ferraz held a press availability on Friday.')).toEqual(['interview held 2027-06-11..2027-06-11 Lucia Ferraz']);
    expect(events('Chancellor Erik Lindqvist spoke at a news conference in Oslo on Friday.')).toEqual(['interview held 2027-06-11..2027-06-11 Erik Lindqvist']);
    expect(kinds('Chancellor Erik Lindqvist will speak at a business conference in Oslo on 16 June.')).toEqual(['statement upcoming 2027-06-16']);
  });
});

describe('more calls, remarks and coronations', () => {
  it('"telephonic talk", "telephone exchange", "will call X" are calls; "will call on X" is a meeting', () => {
    expect(events('Prime Minister Amara Nwosu held a telephonic talk with President Lucia Ferraz on Friday.')).toEqual(['phone_call held 2027-06-11..2027-06-11 Amara Nwosu+Lucia Ferraz']);
    expect(events('Chancellor Erik Lindqvist and President Lucia Ferraz had a telephone exchange on Friday.')).toEqual(['phone_call held 2027-06-11..2027-06-11 Erik Lindqvist+Lucia Ferraz']);
    expect(events('Prime Minister Amara Nwosu will call President Lucia Ferraz on Monday.')).toEqual(['phone_call upcoming 2027-06-14..2027-06-14 Amara Nwosu+Lucia Ferraz']);
    expect(events('Prime Minister Amara Nwosu will call on President Lucia Ferraz on Monday.')).toEqual(['talks upcoming 2027-06-14..2027-06-14 Amara Nwosu+Lucia Ferraz']);
    expect(events('The opposition decided to call elections on Monday.').filter((e) => e.startsWith('phone_call'))).toEqual([]);
  });

  it('"delivered remarks" is a statement by the subject', () => {
    expect(events('President Lucia Ferraz delivered remarks at the Atlantic Council on Friday.')).toEqual(['statement held 2027-06-11..2027-06-11 Lucia Ferraz']);
    expect(events('Chancellor Erik Lindqvist will deliver opening remarks at the forum on 16 June.').filter((e) => e.startsWith('statement'))).toEqual(['statement upcoming 2027-06-16..2027-06-16 Erik Lindqvist']);
  });

  it('a coronation attended is an occurrence; a dish is not', () => {
    expect(events('Prime Minister Amara Nwosu will attend the coronation of King Tomas on 20 June.')).toEqual(['other upcoming 2027-06-20..2027-06-20 Amara Nwosu']);
    expect(events('The coronation chicken sold well on Friday.')).toEqual([]);
  });
});

describe('a press appearance after "and" another verb', () => {
  it('is the first verb\'s subject\'s, and the time before it dates both', () => {
    expect(events('Chancellor Erik Lindqvist will hold talks with President Lucia Ferraz on 15 June and address the media.')).toEqual(['talks upcoming 2027-06-15..2027-06-15 Erik Lindqvist+Lucia Ferraz', 'interview upcoming 2027-06-15..2027-06-15 Erik Lindqvist']);
    expect(events('Chancellor Erik Lindqvist met President Lucia Ferraz on Friday and briefed journalists afterwards.')).toEqual(['talks held 2027-06-11..2027-06-11 Erik Lindqvist+Lucia Ferraz', 'interview held 2027-06-11..2027-06-11 Erik Lindqvist']);
  });

  it('is nothing when that subject is a spokesman', () => {
    expect(events('The spokesman met the ambassador on Friday and briefed journalists.')).toEqual([]);
  });
});
