// Remarks to the press by other verbs than "told": "spoke with reporters", "talked to members of the media", "will
// answer journalists' questions", "took questions from the press". Invented readouts (other people, places, dates and
// wording), counted before the rule: 0 of 12 positives were an interview, and the 6 negatives had none.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const interviews = (published: string, body: string): string[] =>
  extractReadout(published, body).events.filter((e) => e.kind === 'interview').map((e) => `${e.status} ${e.when.from ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('remarks to the press', () => {
  it.each([
    ['Prime Minister Anna Berg speaks to members of the press on Thursday.', 'held 2022-03-10 Anna Berg'],
    ['President Luis Vidal talked to journalists in Quito on Thursday.', 'held 2022-03-10 Luis Vidal'],
    ['President Luis Vidal spoke with reporters on Thursday.', 'held 2022-03-10 Luis Vidal'],
    ['President Luis Vidal will speak to media representatives on Monday.', 'upcoming 2022-03-14 Luis Vidal'],
    ['Prime Minister Anna Berg will answer the questions of reporters at noon on Tuesday.', 'upcoming 2022-03-15 Anna Berg'],
    ["President Luis Vidal will answer reporters' questions on Tuesday.", 'upcoming 2022-03-15 Luis Vidal'],
    ['President Luis Vidal will answer reporters\u2019 questions on Tuesday.', 'upcoming 2022-03-15 Luis Vidal'],
    ["On Thursday, President Luis Vidal answered journalists' questions at the airport.", 'held 2022-03-10 Luis Vidal'],
    ['President Luis Vidal took questions from reporters on Thursday.', 'held 2022-03-10 Luis Vidal'],
    ['President Luis Vidal will take questions from the press in Quito on Monday.', 'upcoming 2022-03-14 Luis Vidal'],
    ['Prime Minister Anna Berg is answering questions from journalists on Friday.', 'held 2022-03-11 Anna Berg'],
    ['Prime Minister Anna Berg spoke to members of the press on Friday.', 'held 2022-03-11 Anna Berg'],
  ])('%s', (body, want) => expect(interviews('2022-03-11', body)).toEqual([want]));

  it.each([
    'President Luis Vidal answered questions from members of parliament on Thursday.',
    'President Luis Vidal answered questions about the budget on Thursday.',
    'President Luis Vidal spoke to the nation on Thursday.',
    'The minister will take questions on the budget in parliament on Monday.',
    'President Luis Vidal spoke to students in Quito on Thursday.',
    'Journalists asked questions about the summit, the ministry said on Thursday.',
  ])('no interview: %s', (body) => expect(interviews('2022-03-11', body)).toEqual([]));
});
