// Kinds of events (GUIDELINES.md): a sitting of a named standing body is a `session`, even when named by its head word
// alone. Invented readouts with other bodies, chairs, places and dates, and negatives that must stay what they are.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';

const doc = extractReadout;
/** Each readout, published on 10 May 2024, yields events of these kinds in reading order. */
function expectKinds(bodies: readonly string[], kinds: readonly string[]): void {
  for (const body of bodies) expect(doc('2024-05-10', body).events.map((e) => e.kind), body).toEqual(kinds);
}

describe('"the next meeting of the Council" after the standing body was named', () => {
  it('is a sitting of that body; those the text says attend it take part', () => {
    for (const [published, body, people] of [
      ['2025-11-25', 'President of Kyrgyzstan Sadyr Japarov, as Chairman of the Collective Security Council of the CSTO, will hold the next meeting of the Council in Bishkek on November 26-27.\n\nThe meeting will be attended by Presidents Alexander Lukashenko, Kassym-Jomart Tokayev and Vladimir Putin.', 4],
      ['2024-05-20', 'Alexander Lukashenko, who chairs the Supreme State Council this year, will convene a meeting of the Council in Minsk on 30 May.\n\nVladimir Putin will take part in the meeting.', 2],
    ] as const) {
      const d = doc(published, body);
      expect(d.events.map((e) => e.kind), body).toEqual(['session']);
      expect(d.events[0]?.participants.length, body).toBe(people);
    }
  });

  it('negative: another head word, or no standing body named before, stays a meeting', () => {
    expect(doc('2025-11-25', 'Sadyr Japarov, Chairman of the Collective Security Council, will hold a meeting of the Board in Bishkek on November 26.').events.map((e) => e.kind)).toEqual(['talks']);
    expect(doc('2025-11-25', 'Sadyr Japarov will hold a meeting of the Council in Bishkek on November 26.').events.map((e) => e.kind)).toEqual(['talks']);
  });

  it('negative: a sitting only discussed names no attendees', () => {
    const d = doc('2024-05-20', 'The Supreme State Council will meet in Minsk on 30 May.\n\nVladimir Putin and Alexander Lukashenko discussed the agenda of the meeting by phone on 19 May.');
    expect(d.events.find((e) => e.kind === 'session')?.participants).toEqual([]);
  });
});

describe('a congress', () => {
  it('numbered, a party\'s or "of" someone, is an occurrence', () => {
    expectKinds([
      'Xi Jinping spoke by phone with Vladimir Putin on 9 May. Putin congratulated Xi on the successful 20th Party Congress held in October.',
      'Xi Jinping spoke by phone with To Lam on 9 May. The 14th National Congress of the Communist Party of Vietnam will be held in January.',
    ], ['phone_call', 'other']);
  });

  it('negative: a legislature named Congress is no occurrence', () => {
    expectKinds([
      'Joe Biden spoke by phone with Volodymyr Zelensky on 9 May. Biden said the US Congress approved a new aid package last week.',
      'Javier Milei spoke by phone with Luiz Inácio Lula da Silva on 9 May. Milei said that Congress had passed the reform on Tuesday.',
    ], ['phone_call']);
  });
});

describe('a forum and an exercise', () => {
  it('negative: a platform ("the key forum for consultations") and the use of a right ("the exercise of sovereignty") are no occurrences', () => {
    expectKinds([
      'Joe Biden spoke by phone with Olaf Scholz on 9 May. The leaders stressed that NATO remains the key forum for transatlantic security consultations in 2024.',
      'Narendra Modi spoke by phone with Anthony Albanese on 9 May. They called the Quad a unique forum for cooperation this year.',
      'Joe Biden spoke by phone with Olaf Scholz on 9 May. Scholz stressed the exercise of sovereignty by Ukraine over its territory this year.',
    ], ['phone_call']);
  });

  it('a dated forum or exercise held is an occurrence', () => {
    expectKinds([
      'Vladimir Putin spoke by phone with Alexander Lukashenko on 9 May. The presidents discussed the joint exercise of the armed forces to be held in September.',
      'Vladimir Putin spoke by phone with Kassym-Jomart Tokayev on 9 May. Tokayev invited Putin to the Astana International Forum on 30 May.',
    ], ['phone_call', 'other']);
  });
});

describe('an interview or briefing that is the saying itself ("X said in an interview …")', () => {
  it("a leader's interview is the leader's, held when the verb is past", () => {
    for (const [published, body, who, from] of [
      ['2024-05-10', 'Xi Jinping spoke by phone with Emmanuel Macron on 9 May. Macron said in an interview with Le Monde on Sunday that the call was useful.', 'Emmanuel Macron', '2024-05-05'],
      ['2023-03-17', 'Recep Tayyip Erdogan spoke by phone with Ilham Aliyev on 15 March. Aliyev told Turkish journalists in an interview on Thursday that the talks were warm.', 'Ilham Aliyev', '2023-03-16'],
    ] as const) {
      const e = doc(published, body).events.find((x) => x.kind === 'interview');
      expect([e?.status, e?.when.from, e?.participants.map((p) => p.name)], body).toEqual(['held', from, [who]]);
    }
  });

  it("negative: a spokesperson's briefing is the usual channel, no occurrence", () => {
    expectKinds([
      'Xi Jinping spoke by phone with Emmanuel Macron on 9 May, Foreign Ministry spokesperson Wang Wenbin said at a regular press briefing on Friday.',
      'Vladimir Putin spoke by phone with Recep Tayyip Erdogan on 9 May, Kremlin spokesman Dmitry Peskov told reporters at a daily briefing on Friday.',
    ], ['phone_call']);
  });
});
