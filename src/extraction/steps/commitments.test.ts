// Commitments: cues, one per cue clause, opinions left out, addressees of instructions.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';

const commitments = (body: string) => {
  const doc = extract(`published: 2024-03-01\n---\n${body}\n`);
  return doc.commitments.map((c) => ({ ...c, evidence: c.evidence.map((s) => body.slice(s.start, s.end)) }));
};

describe('commitments', () => {
  it('takes "concurred on", "will carry out", "decision to", "upcoming contacts" and promises inside quotations', () => {
    expect(commitments('The two leaders concurred on strengthening cooperation in energy.')).toHaveLength(1);
    expect(commitments('The relevant ministries of both states will carry out the preparation of the forum.')).toHaveLength(1);
    expect(commitments('The Prime Minister stated Italy\'s decision to send humanitarian aid.')).toHaveLength(1);
    expect(commitments('The presidents discussed upcoming contacts.')).toHaveLength(1);
    expect(commitments('"We will continue to support our partners in the region," said the Chancellor.')).toHaveLength(1);
  });

  it('gives one commitment per cue clause', () => {
    const c = commitments('The ministers agreed to meet in May, and the governments were instructed to prepare a roadmap by June.');
    expect(c).toHaveLength(2);
    expect(c[0]?.evidence[0]).toContain('agreed to meet');
    expect(c[1]?.evidence[0]).toContain('were instructed');
    expect(c[1]?.evidence[0]).not.toContain('agreed');
  });

  it('leaves out opinions and attributive uses', () => {
    expect(commitments('The President said such issues should be resolved through negotiations.')).toEqual([]);
    expect(commitments('The talks took place on the agreed date.')).toEqual([]);
  });

  it('fills `to` for instructions, active and passive', () => {
    expect(commitments('The President instructed the Government of Belarus to draft the programme.')[0]?.to).toEqual(['Government of Belarus']);
    expect(commitments('The governments were instructed to prepare a roadmap.')[0]?.to).toEqual(['governments']);
    expect(commitments('The leaders agreed to meet again.')[0]?.to).toEqual([]);
  });
});

// Leaders, states and wordings swapped through each rule, so that none rests on one readout's names.
const PAIRS: readonly [string, string, string, string][] = [
  ['Vladimir Putin', 'Russia', 'Xi Jinping', 'China'],
  ['Shavkat Mirziyoyev', 'Uzbekistan', 'Emomali Rahmon', 'Tajikistan'],
  ['Emmanuel Macron', 'France', 'Joe Biden', 'the United States'],
  ['Kassym-Jomart Tokayev', 'Kazakhstan', 'Recep Tayyip Erdogan', 'Turkey'],
];

describe('commitments: invitations, announcements, plans and promises', () => {
  it('takes an invitation, its acceptance and a visit made at someone’s invitation', () => {
    for (const [a, , b, cb] of PAIRS) {
      expect(commitments(`President ${a} has accepted President ${b}’s invitation to come to ${cb} in May.`)).toHaveLength(1);
      expect(commitments(`${a} will visit ${cb} at the invitation of President ${b}.`)).toHaveLength(1);
      expect(commitments(`${b} extended an invitation to ${a} to visit ${cb}.`)).toHaveLength(1);
      expect(commitments(`${a} was invited to attend the summit by ${b}.`)).toHaveLength(1);
    }
  });

  it('does not read every mention of an invitation as one', () => {
    expect(commitments('This invitation reflects the long-standing friendship between our countries.')).toEqual([]);
  });

  it('takes announced initiatives and signings, not announcements of a visit', () => {
    for (const [a, ca, b, cb] of PAIRS) {
      expect(commitments(`${a} and ${b} spoke by phone. An initiative was announced to coordinate the actions of ${ca} and ${cb}.`)).toHaveLength(1);
      expect(commitments(`${a} and ${b} announced the signing of a new trade agreement.`)).toHaveLength(1);
      expect(commitments(`The spokesperson announced on Friday that ${a} will visit ${cb}.`)).toEqual([]);
    }
  });

  it('takes plural and open-ended plans, not a set of named trips or past meetings', () => {
    for (const [a, , b, cb] of PAIRS) {
      expect(commitments(`${a} and ${b} also considered the schedule of the upcoming bilateral and multilateral events.`)).toHaveLength(1);
      expect(commitments(`${a} and ${b} discussed future contacts.`)).toHaveLength(1);
      expect(commitments(`The signing of a package of documents by ${a} and ${b} is expected.`)).toHaveLength(1);
      expect(commitments(`${a} and ${b} will continue cooperation in the energy sector.`)).toHaveLength(1);
      expect(commitments(`${a} and ${b} will continue working on the roadmap.`)).toHaveLength(1);
      expect(commitments(`${a}’s visit will continue in the capital of ${cb}.`)).toEqual([]);
      expect(commitments(`${a} and ${b} will attend the upcoming summits of the SCO and BRICS.`)).toEqual([]);
      expect(commitments(`${a} and ${b} reached an agreement on the supply of grain.`)).toHaveLength(1);
      expect(commitments(`The programme of ${a}’s visit will include a meeting with ${b}, several official ceremonies and a dinner.`)).toHaveLength(1);
      expect(commitments(`${a}’s upcoming visits to Spain and Portugal will strengthen ties.`)).toEqual([]);
      expect(commitments(`${a} held several meetings with ${b} last year.`)).toEqual([]);
      // "further" and "upcoming" before something else than a plural occasion.
      expect(commitments(`${a} and ${b} discussed the further development of trade and economic contacts.`)).toEqual([]);
      expect(commitments(`${a} and ${b} spoke of further expanding humanitarian exchanges and contacts.`)).toEqual([]);
    }
  });

  it('takes first-person promises, in quotations or not, but not an announcement of talk', () => {
    for (const verb of ['continue to support', 'do everything to strengthen', 'support', 'never abandon']) {
      expect(commitments(`"We will ${verb} our partners in the region in every way," said the Chancellor.`)).toHaveLength(1);
    }
    expect(commitments('“We will discuss security and defence issues at length with our partners,” the President said.')).toEqual([]);
    for (const form of ['We’ll continue to', 'We will certainly continue to', 'We will also continue to', 'We shall continue to', 'I’ll continue to']) {
      expect(commitments(`“${form} support our partners in the region,” the President said.`)).toHaveLength(1);
    }
    expect(commitments('“We’ll help our partners rebuild the bridges in the region,” the President said.')).toHaveLength(1);
    expect(commitments('“Well, the talks were useful for both sides, in every respect,” the President said.')).toEqual([]);
  });

  it('splits two infinitives of one agreement into two commitments', () => {
    for (const [, ca, , cb] of PAIRS) {
      const c = commitments(`The leaders of ${ca} and ${cb} agreed to organize a personal meeting in the near future, as well as to constantly maintain contacts.`);
      expect(c).toHaveLength(2);
      expect(c[0]?.evidence[0]).toContain('personal meeting');
      expect(c[0]?.evidence[0]).not.toContain('maintain');
      expect(c[1]?.evidence[0]).toContain('maintain contacts');
    }
    expect(commitments('The ministers agreed to meet in May, and to sign the roadmap in June.')).toHaveLength(2);
    expect(commitments('The ministers agreed to meet and to talk in May.')).toHaveLength(1);
  });

  it('keeps two cues with no comma between as one commitment', () => {
    expect(commitments('The presidents agreed and signed a joint statement.')).toHaveLength(1);
  });
});

describe('commitments: what is not one', () => {
  it('leaves out a participle naming a thing ("the policy adopted by")', () => {
    expect(commitments('Reform of the courts is the policy adopted by the Armenian government.')).toEqual([]);
    expect(commitments('The Armenian government adopted a new policy on reform of the courts.')).toHaveLength(1);
  });

  it('leaves out agreement with an assessment, keeps agreement on a need', () => {
    expect(commitments('The Prime Minister agreed on the huge strength of the relationship.')).toEqual([]);
    expect(commitments('The President agreed with the assessment of the Chancellor.')).toEqual([]);
    expect(commitments('The leaders agreed on the importance of continuing the dialogue.')).toHaveLength(1);
    expect(commitments('The leaders agreed on the need to ensure security in the region.')).toHaveLength(1);
  });

  it('leaves out a past act in the passive when no one is named, keeps it when someone is', () => {
    expect(commitments('A number of documents were signed at the end of the meeting.')).toEqual([]);
    expect(commitments('A number of documents were signed by Vladimir Putin and Xi Jinping.')).toHaveLength(1);
    expect(commitments('The relevant documents will be signed at the next meeting.')).toHaveLength(1);
  });
});

// Rules from readouts of agencies the cues were first written without (Vietnamese MFA, Japanese MOFA, NATO, Oreanda).
const SIDES: readonly [string, string, string][] = [
  ['Vladimir Putin', 'Russia', 'Minsk'],
  ['Xi Jinping', 'China', 'Beijing'],
  ['Emmanuel Macron', 'France', 'Paris'],
  ['Shavkat Mirziyoyev', 'Uzbekistan', 'Tashkent'],
];

describe('commitments: arrangements left to be fixed, restated commitments, plans of a body', () => {
  it('takes dates and arrangements that will or would be set, fixed, adjusted or announced later', () => {
    for (const [name, country, city] of SIDES) {
      for (const [aux, verb] of [['will', 'set'], ['would', 'adjusted'], ['will', 'announced'], ['would', 'determined'], ['will', 'fixed']]) {
        const c = commitments(`The dates of ${name}’s visit to ${city} ${aux} be ${verb} through the diplomatic channels of ${country}.`);
        expect(c).toHaveLength(1);
        expect(c[0]?.evidence[0]).toContain(`${aux} be ${verb}`);
      }
      expect(commitments(`The two sides will coordinate closely to prepare for ${name}’s visit to ${city}.`)).toHaveLength(1);
    }
  });

  it('leaves out the same verbs as opinions, facts already done, or without the future', () => {
    for (const [name, country, city] of SIDES) {
      expect(commitments(`${name} said the dates of the visit to ${city} should be set by ${country}.`)).toEqual([]);
      expect(commitments(`The dates of ${name}’s visit to ${city} were set last month.`)).toEqual([]);
      expect(commitments(`The set of documents for ${country} was announced in ${city}.`)).toEqual([]);
    }
  });

  it('takes a commitment restated ("affirmed the commitment to", "reiterated their commitment to")', () => {
    for (const [name, country] of SIDES) {
      for (const verb of ['affirmed', 'reaffirmed', 'reiterated', 'confirmed']) {
        for (const det of ['the', 'their', 'his']) {
          const c = commitments(`${name} ${verb} ${det} commitment to cooperating with ${country} on the prevention of the pandemic.`);
          expect(c).toHaveLength(1);
          expect(c[0]?.evidence[0]).toContain(`${verb} ${det} commitment to`);
        }
      }
    }
  });

  it('leaves out affirmations of anything but a commitment', () => {
    for (const [name, country] of SIDES) {
      expect(commitments(`${name} affirmed the importance of the relations with ${country}.`)).toEqual([]);
      expect(commitments(`${name} reiterated the position of ${country} on the matter.`)).toEqual([]);
      expect(commitments(`${name} confirmed the commitment of ${country} was discussed.`)).toEqual([]);
    }
  });

  it('takes upcoming meetings of a body named by its acronym as an open-ended plan', () => {
    for (const body of ['NATO', 'SCO', 'BRICS', 'CSTO']) {
      for (const occasion of ['ministerials', 'meetings', 'events']) {
        expect(commitments(`They discussed preparations for upcoming ${body} ${occasion}.`)).toHaveLength(1);
      }
      expect(commitments(`They recalled the ${body} ministerials held last year.`)).toEqual([]);
    }
  });
});

describe('commitments: readiness and positions restated', () => {
  it('takes "reaffirmed readiness to", "reiterated X’s position to support", with the owner between', () => {
    for (const [name, country] of SIDES) {
      for (const noun of ['readiness', 'position', 'determination', 'willingness']) {
        for (const owner of ['', 'the ', `the Government of ${country}’s `, `${country}'s `]) {
          const c = commitments(`${name} reaffirmed ${owner}${noun} to support the peace process.`);
          expect(c).toHaveLength(1);
        }
      }
    }
  });

  it('leaves out a position stated on a matter, and the noun after a break in the clause', () => {
    for (const [name, country] of SIDES) {
      expect(commitments(`${name} reiterated the position of ${country} on the matter.`)).toEqual([]);
      expect(commitments(`${name} reiterated his view; readiness to talk was not discussed with ${country}.`)).toEqual([]);
    }
  });
});

describe('commitments: visits at an invitation, assurances, agreements reached, readiness, instructions', () => {
  it('takes a visit still to come at someone’s invitation, not one made or under way', () => {
    for (const [a, , b, cb] of PAIRS) {
      expect(commitments(`At the invitation of ${b}, ${a} would attend the opening ceremony of the bridge.`)).toHaveLength(1);
      expect(commitments(`${a} will pay a state visit to ${cb} on the invitation of ${b}.`)).toHaveLength(1);
      expect(commitments(`${a} has arrived in the capital of ${cb} on a two-day visit at the invitation of ${b}.`)).toEqual([]);
      expect(commitments(`${a} arrived on Tuesday to attend the summit at the invitation of the Chair, ${b}.`)).toEqual([]);
      expect(commitments(`“At the invitation of ${b}, ${a} is in ${cb} for an official visit,” the statement noted.`)).toEqual([]);
    }
  });

  it('takes an assurance of support, not an assurance of a fact', () => {
    for (const [a, , b] of PAIRS) {
      expect(commitments(`${a} assured his counterpart ${b} of his entire support in continuing bilateral cooperation.`)).toHaveLength(1);
      expect(commitments(`${a} assured ${b} of the readiness of his government to help.`)).toHaveLength(1);
      expect(commitments(`${a} assured ${b} that the border was calm.`)).toEqual([]);
      expect(commitments(`${a} assured the journalists of the safety of the venue.`)).toEqual([]);
    }
  });

  it('takes an agreement reached, not an agreement that reached something', () => {
    for (const [a, , b] of PAIRS) {
      expect(commitments(`The agreement reached between the advisers of ${a} and ${b} was that the leaders would meet again.`)).toHaveLength(1);
      expect(commitments(`An agreement was reached on the resumption of flights between the two capitals.`)).toHaveLength(1);
      expect(commitments(`The agreement reached its tenth anniversary this year, ${a} recalled.`)).toEqual([]);
    }
  });

  it('reads "issues agreed during the visit" as what was agreed before, and "the leaders agreed during the talks to" as a commitment', () => {
    for (const [a, , b, cb] of PAIRS) {
      expect(commitments(`${a} and ${b} discussed the implementation of the issues agreed during ${a}’s visit to ${cb} in August.`)).toEqual([]);
      expect(commitments(`${a} and ${b} reviewed the documents signed at the last summit.`)).toEqual([]);
      expect(commitments(`The leaders agreed during the talks to open a consulate in ${cb}.`)).toHaveLength(1);
      expect(commitments(`The two presidents agreed in principle to meet in ${cb}.`)).toHaveLength(1);
    }
  });

  it('takes a readiness, willingness or determination expressed to do something, not a hope or desire', () => {
    for (const [a, , , cb] of PAIRS) {
      expect(commitments(`${a} expressed readiness to visit ${cb} in the near future.`)).toHaveLength(1);
      expect(commitments(`The two sides expressed their willingness to deepen trade ties.`)).toHaveLength(1);
      expect(commitments(`${a} voiced the determination of his government to complete the railway.`)).toHaveLength(1);
      expect(commitments(`${a} expressed the hope that the talks would continue.`)).toEqual([]);
      expect(commitments(`${a} expressed his desire to work closely with ${cb}.`)).toEqual([]);
    }
  });

  it('takes an invitation accepted in the passive and an instruction with "directed … to"', () => {
    for (const [a, , b, cb] of PAIRS) {
      expect(commitments(`${a} invited ${b} to visit ${cb}. The invitation was accepted with gratitude.`)).toHaveLength(2);
      expect(commitments(`${a} and ${b} directed their foreign ministers to prepare a roadmap by the end of the year.`)).toHaveLength(1);
      expect(commitments(`${a} and ${b} discussed measures directed at the fight against terrorism.`)).toEqual([]);
      expect(commitments(`${a} read out a letter directed to the President of ${cb}.`)).toEqual([]);
    }
  });
});

describe('commitments: consensus, offers, intentions, invitations received and states that will give', () => {
  it('takes a consensus reached, an offer and an intention to act', () => {
    for (const [a, ca, b] of PAIRS) {
      expect(commitments(`${a} and ${b} reached consensus on deepening cooperation in green energy.`)).toHaveLength(1);
      expect(commitments(`${b} offered to host the next round of talks.`)).toHaveLength(1);
      expect(commitments(`${ca} intends to support the reconstruction of the railway.`)).toHaveLength(1);
      expect(commitments(`${b} offered the delegation a tour of the capital.`)).toEqual([]);
      expect(commitments(`${a} intends to discuss the situation with ${b}.`)).toEqual([]);
    }
  });

  it('takes an invitation received or conveyed to visit, not thanks for one', () => {
    for (const [a, , b, cb] of PAIRS) {
      expect(commitments(`${a} received an invitation from ${b} to visit ${cb}.`)).toHaveLength(1);
      expect(commitments(`${a} conveyed an invitation from ${b} to attend the forum.`)).toHaveLength(1);
      expect(commitments(`${a} thanked ${b} for the invitation and the warm welcome.`)).toEqual([]);
    }
  });

  it('takes a state or named person that will give (provide, allocate, support), not a visit that will provide an opportunity', () => {
    for (const [a, ca, b, cb] of PAIRS) {
      expect(commitments(`${a} announced that ${ca} will provide humanitarian assistance to the region.`)).toHaveLength(1);
      expect(commitments(`${b} said ${cb} will allocate funds for the new corridor.`)).toHaveLength(1);
      expect(commitments(`${a}’s visit to ${cb} will provide an excellent opportunity to advance the partnership.`)).toEqual([]);
      expect(commitments(`Relations between ${ca} and ${cb} will develop further.`)).toEqual([]);
    }
  });
});

describe('commitments: due windows', () => {
  it('takes the time after the cue in its own clause, not a time the sentence gives for something else', () => {
    for (const [a, , b, cb] of PAIRS) {
      const c = commitments(`${a}, who arrived on Monday, agreed with ${b} to visit ${cb} next year.`);
      expect(c[0]?.due?.text).toBe('next year');
      expect(c[0]?.due?.from).toBe('2025-01-01');
      expect(commitments(`${a} agreed with the assessment of ${b} on the situation in the region.`)).toEqual([]);
      const d = commitments(`On Monday, ${a} and ${b} agreed to meet again.`);
      expect(d[0]?.due?.text).toBe('On Monday');
    }
  });
});
