// A probe of the time phrasings common in diplomatic press readouts, one invented readout sentence each (invented
// leaders and states), with the event and the window GUIDELINES.md asks for. Readouts are dated Wednesday
// 15 September 2027 unless a row says otherwise. Each row prints the events as `kind status from..to precision`,
// with `tentative` when the time is hedged; a row may keep only the events of one kind.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';
import type { EventKind } from './types.ts';

const R = '2027-09-15'; // a Wednesday

function events(text: string, kind?: EventKind, date = R): string[] {
  return extractReadout(date, text)
    .events.filter((e) => !kind || e.kind === kind)
    .map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.when.precision}${e.when.tentative ? ' tentative' : ''}`);
}

// A row marked 'not yet' is a phrasing the extractor still gets wrong: it runs as an expected failure, so that fixing
// it shows (the row then fails until the mark is removed).
type Row = [label: string, text: string, want: string[], kind?: EventKind, mark?: 'not yet'];

const rows = (table: Row[]): void => {
  for (const [label, text, want, kind, mark] of table) {
    (mark === 'not yet' ? it.fails : it)(label, () => {
      expect(events(text, kind)).toEqual(want);
    });
  }
};

describe('a day of the month without its month', () => {
  rows([
    ['"on the 13th", past', 'President Lucia Ferraz held talks with Prime Minister Amara Nwosu in Accra on the 13th.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"on the 9th," reworded', 'Prime Minister Amara Nwosu and King Tomas Varga met in Rabat on the 9th, the royal court said.', ['talks held 2027-09-09..2027-09-09 day']],
    ['"on the 28th", future', 'Chancellor Erik Lindqvist will pay an official visit to Chile on the 28th.', ['visit upcoming 2027-09-28..2027-09-28 day']],
    ['"on the 30th", future, reworded', 'President Ivo Petrov will hold talks with Chancellor Erik Lindqvist in Vienna on the 30th.', ['talks upcoming 2027-09-30..2027-09-30 day']],
    ['"on the 20th", past, after R\'s day: the month before', 'President Lucia Ferraz spoke by telephone with King Tomas Varga on the 20th.', ['phone_call held 2027-08-20..2027-08-20 day']],
    // Two stops, each with its day, and the whole trip over both (GUIDELINES: a multi-stop trip; steps/multi-stop.ts).
    ['"on the 27th", past, reworded', 'Chancellor Erik Lindqvist visited Peru on the 27th and Bolivia a day later.', ['visit held 2027-08-27..2027-08-27 day', 'visit held 2027-08-28..2027-08-28 day', 'visit held 2027-08-27..2027-08-28 days'], 'visit'],
    ['"on the 3rd of this month"', 'Prime Minister Amara Nwosu met President Ivo Petrov in Sofia on the 3rd of this month.', ['talks held 2027-09-03..2027-09-03 day']],
    ['"on the 29th of last month"', 'President Lucia Ferraz received Prime Minister Amara Nwosu on the 29th of last month.', ['talks held 2027-08-29..2027-08-29 day']],
    ['"on the 24th of this month", future', 'Chancellor Erik Lindqvist and President Lucia Ferraz will hold talks in Lisbon on the 24th of this month.', ['talks upcoming 2027-09-24..2027-09-24 day']],
    ['"on the 5th of next month"', 'King Tomas Varga will pay a state visit to Austria on the 5th of next month.', ['visit upcoming 2027-10-05..2027-10-05 day']],
  ]);
});

describe('months and years counted from the readout', () => {
  rows([
    ['"earlier this month"', 'President Lucia Ferraz and Prime Minister Amara Nwosu spoke by phone earlier this month.', ['phone_call held 2027-09-01..2027-09-15 relative']],
    ['"earlier this week"', 'Chancellor Erik Lindqvist held talks with President Ivo Petrov earlier this week.', ['talks held 2027-09-13..2027-09-15 relative']],
    ['"earlier this year"', 'King Tomas Varga paid a state visit to Denmark earlier this year.', ['visit held 2027-01-01..2027-09-15 relative']],
    ['"last month"', 'Chancellor Erik Lindqvist met President Ivo Petrov in Geneva last month.', ['talks held 2027-08-01..2027-08-31 month']],
    ['"late last year"', 'President Lucia Ferraz paid a state visit to Japan late last year.', ['visit held 2026-10-01..2026-12-31 quarter']],
    ['"at the end of last year"', 'Prime Minister Amara Nwosu visited Brazil at the end of last year.', ['visit held 2026-10-01..2026-12-31 quarter']],
    ['"early this year"', 'Chancellor Erik Lindqvist held talks with King Tomas Varga in Madrid early this year.', ['talks held 2027-01-01..2027-03-31 quarter']],
    ['"early next year"', 'Prime Minister Amara Nwosu will pay an official visit to Peru early next year.', ['visit upcoming 2028-01-01..2028-03-31 quarter']],
    ['"in mid-March", future', 'The summit of the Andean leaders will be held in Quito in mid-March.', ['summit upcoming 2028-03-11..2028-03-20 days']],
    ['"at the turn of the year"', 'Chancellor Erik Lindqvist will visit Hanoi at the turn of the year.', ['visit upcoming 2027-12-21..2028-01-10 days']],
    ['"at the turn of the year", past', 'President Ivo Petrov and Prime Minister Amara Nwosu met in Abuja at the turn of the year.', ['talks held 2026-12-21..2027-01-10 days']],
    ['"this autumn"', 'President Ivo Petrov will pay a state visit to Brazil this autumn.', ['visit upcoming 2027-09-01..2027-11-30 months']],
    ['"in the second half of 2028"', 'Prime Minister Amara Nwosu will visit Seoul in the second half of 2028.', ['visit upcoming 2028-07-01..2028-12-31 half']],
    ['"in 2028"', 'President Lucia Ferraz will pay a state visit to Kenya in 2028.', ['visit upcoming 2028-01-01..2028-12-31 year']],
    ['"next year"', 'Chancellor Erik Lindqvist will visit Indonesia next year.', ['visit upcoming 2028-01-01..2028-12-31 year']],
    ['"this year"', 'President Ivo Petrov will pay an official visit to Mexico this year.', ['visit upcoming 2027-01-01..2027-12-31 year']],
    ['"in the current year"', 'Prime Minister Amara Nwosu will pay a visit to Norway in the current year.', ['visit upcoming 2027-01-01..2027-12-31 year']],
    ['"in the fourth quarter"', 'President Lucia Ferraz will visit Egypt in the fourth quarter.', ['visit upcoming 2027-10-01..2027-12-31 quarter']],
    ['"in the first quarter of next year"', 'Chancellor Erik Lindqvist will pay a state visit to Ghana in the first quarter of next year.', ['visit upcoming 2028-01-01..2028-03-31 quarter']],
  ]);
});

describe('days and weeks counted from the readout', () => {
  rows([
    ['"at the start of next week"', 'President Lucia Ferraz will hold talks with Prime Minister Amara Nwosu at the start of next week.', ['talks upcoming 2027-09-20..2027-09-22 days']],
    ['"early next week"', 'Chancellor Erik Lindqvist will visit Cairo early next week.', ['visit upcoming 2027-09-20..2027-09-22 days']],
    ['"late last week"', 'President Ivo Petrov met King Tomas Varga in Rabat late last week.', ['talks held 2027-09-09..2027-09-12 days']],
    ['"over the weekend", past', 'Chancellor Erik Lindqvist spoke by phone with President Ivo Petrov over the weekend.', ['phone_call held 2027-09-11..2027-09-12 days']],
    ['"at the weekend", past, reworded', 'President Lucia Ferraz held talks with King Tomas Varga at the weekend.', ['talks held 2027-09-11..2027-09-12 days']],
    ['"over the weekend", future', 'Chancellor Erik Lindqvist will visit Morocco over the weekend.', ['visit upcoming 2027-09-18..2027-09-19 days']],
    ['"over the weekend", future, with "travel to … for a visit"', 'President Lucia Ferraz will travel to Morocco over the weekend for a working visit.', ['visit upcoming 2027-09-18..2027-09-19 days']],
    ['"a week ago"', 'Prime Minister Amara Nwosu held talks with Chancellor Erik Lindqvist a week ago.', ['talks held 2027-09-08..2027-09-08 day']],
    ['"three days ago"', 'President Lucia Ferraz spoke by telephone with Chancellor Erik Lindqvist three days ago.', ['phone_call held 2027-09-12..2027-09-12 day']],
    ['"in the coming days"', 'President Ivo Petrov will pay a working visit to Serbia in the coming days.', ['visit upcoming 2027-09-15..2027-09-22 relative']],
    ['"in the coming weeks"', 'President Lucia Ferraz and Chancellor Erik Lindqvist will speak by phone in the coming weeks.', ['phone_call upcoming 2027-09-15..2027-10-13 relative']],
    ['"later today"', 'Prime Minister Amara Nwosu will hold talks with President Ivo Petrov later today.', ['talks upcoming 2027-09-15..2027-09-15 day']],
    ['"tomorrow morning"', 'Chancellor Erik Lindqvist will arrive in Rome tomorrow morning on an official visit.', ['visit upcoming 2027-09-16..2027-09-16 day']],
    // "this <weekday>" is of the readout's week, unless the tense puts it a week on or back (R is a Wednesday).
    ['"this Monday", past', 'President Ivo Petrov and King Tomas Varga held talks in Rabat this Monday.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"this Monday", future: the next one', 'President Ivo Petrov will receive King Tomas Varga in Sofia this Monday.', ['talks upcoming 2027-09-20..2027-09-20 day']],
    ['"this Friday", future', 'Chancellor Erik Lindqvist will speak by phone with President Lucia Ferraz this Friday.', ['phone_call upcoming 2027-09-17..2027-09-17 day']],
    ['"This Tuesday," opening a past sentence', 'This Tuesday, Prime Minister Amara Nwosu spoke by telephone with Chancellor Erik Lindqvist.', ['phone_call held 2027-09-14..2027-09-14 day']],
    ['"this Tuesday", future, reworded', 'Prime Minister Amara Nwosu is scheduled to meet President Lucia Ferraz this Tuesday.', ['talks upcoming 2027-09-21..2027-09-21 day']],
  ]);
});

describe('days counted from another event', () => {
  rows([
    ['"on the eve of" a dated summit', 'The Nordic summit will be held in Oslo on 20 September. On the eve of the summit, Chancellor Erik Lindqvist will hold talks with Prime Minister Amara Nwosu.', ['talks upcoming 2027-09-19..2027-09-19 day'], 'talks', 'not yet'],
    ['"the following day"', 'President Lucia Ferraz arrived in Hanoi on 13 September. The following day, she held talks with President Ivo Petrov.', ['talks held 2027-09-14..2027-09-14 day'], 'talks'],
    ['"two days later"', 'Chancellor Erik Lindqvist held talks with President Lucia Ferraz in Rome on 6 September. Two days later, he met Prime Minister Amara Nwosu in Madrid.', ['talks held 2027-09-06..2027-09-06 day', 'talks held 2027-09-08..2027-09-08 day'], 'talks'],
    ['"a week earlier"', 'President Ivo Petrov met Chancellor Erik Lindqvist in Vienna on 10 September. A week earlier, he had spoken by telephone with Prime Minister Amara Nwosu.', ['phone_call held 2027-09-03..2027-09-03 day'], 'phone_call'],
    ['"on the sidelines of" a dated summit takes its days', 'Chancellor Erik Lindqvist will attend the Arctic summit in Tromso on 22-23 September. On the sidelines of the summit, he will meet Prime Minister Amara Nwosu.', ['talks upcoming 2027-09-22..2027-09-23 days'], 'talks'],
  ]);
});

describe('ranges of days', () => {
  rows([
    ['"from 3 to 5 October"', 'President Lucia Ferraz will pay a state visit to Peru from 3 to 5 October.', ['visit upcoming 2027-10-03..2027-10-05 days']],
    ['"3-5 October"', 'Prime Minister Amara Nwosu will visit Japan on 3-5 October.', ['visit upcoming 2027-10-03..2027-10-05 days']],
    ['"October 3–5" (en dash)', 'Chancellor Erik Lindqvist will pay an official visit to India October 3–5.', ['visit upcoming 2027-10-03..2027-10-05 days']],
    ['"between 3 and 5 October"', 'President Ivo Petrov will visit Argentina between 3 and 5 October.', ['visit upcoming 2027-10-03..2027-10-05 days']],
    ['"on 30 September and 1 October"', 'The summit of the Danube states will be held in Budapest on 30 September and 1 October.', ['summit upcoming 2027-09-30..2027-10-01 days']],
    ['"from September 30 to October 2"', 'President Lucia Ferraz will pay a state visit to Canada from September 30 to October 2.', ['visit upcoming 2027-09-30..2027-10-02 days']],
  ]);
});

describe('one day written out', () => {
  rows([
    ['"12.10.2027"', 'Prime Minister Amara Nwosu will hold talks with Chancellor Erik Lindqvist in Berlin on 12.10.2027.', ['talks upcoming 2027-10-12..2027-10-12 day']],
    ['"2027-10-12"', 'President Ivo Petrov will visit Astana on 2027-10-12.', ['visit upcoming 2027-10-12..2027-10-12 day']],
    ['"12/10/2027", day first', 'President Lucia Ferraz will hold talks with Prime Minister Amara Nwosu on 12/10/2027.', ['talks upcoming 2027-10-12..2027-10-12 day']],
    ['"the 2nd of October"', 'Chancellor Erik Lindqvist will pay an official visit to Chile on the 2nd of October.', ['visit upcoming 2027-10-02..2027-10-02 day']],
    ['"October 2nd"', 'President Ivo Petrov will meet Prime Minister Amara Nwosu in Lagos on October 2nd.', ['talks upcoming 2027-10-02..2027-10-02 day']],
    ['"2nd October"', 'President Lucia Ferraz will visit Tunisia on 2nd October.', ['visit upcoming 2027-10-02..2027-10-02 day']],
    ['"on Tuesday, 12 October"', 'Chancellor Erik Lindqvist will hold talks with President Ivo Petrov on Tuesday, 12 October.', ['talks upcoming 2027-10-12..2027-10-12 day']],
    ['"on Friday at 10:00 local time"', 'Prime Minister Amara Nwosu will meet President Lucia Ferraz on Friday at 10:00 local time.', ['talks upcoming 2027-09-17..2027-09-17 day']],
    ['"at 10:00 local time on 20 September"', 'The talks between Chancellor Erik Lindqvist and President Ivo Petrov will begin at 10:00 local time on 20 September.', ['talks upcoming 2027-09-20..2027-09-20 day']],
    ['"at 09:30 local time" alone, today', 'President Lucia Ferraz and Prime Minister Amara Nwosu began their talks at 09:30 local time.', ['talks held 2027-09-15..2027-09-15 day']],
  ]);
});

describe('datelines on the first line of the body', () => {
  rows([
    ['"CITY, Sept. 15 (Agency) –" and no other time', 'ASTANA, Sept. 15 (Steppe Press) – President Ivo Petrov held talks with Prime Minister Amara Nwosu.', ['talks held 2027-09-15..2027-09-15 day']],
    ['a dateline date is not the time of a future event', 'ASTANA, September 15 (Steppe Press) – President Ivo Petrov will visit Hanoi next month.', ['visit upcoming 2027-10-01..2027-10-31 month']],
    ['"City, 15/09/2027" dateline', 'Brussels, 15/09/2027\nPresident Lucia Ferraz held talks with Chancellor Erik Lindqvist on Monday.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"City – This Tuesday," a title-case dateline before an opening time', 'Lisbon – This Tuesday, President Lucia Ferraz and her Chilean counterpart held a telephone conversation.', ['phone_call held 2027-09-14..2027-09-14 day']],
    ['"City, by Name (Agency) – On Monday," a by-line in the dateline', 'Accra, by Kofi Mensah (Coast Press) – On Monday, Prime Minister Amara Nwosu received Chancellor Erik Lindqvist.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"15 September 2027 14:30" dateline', '15 September 2027 14:30\nPrime Minister Amara Nwosu will pay an official visit to Ghana on 4 October.', ['visit upcoming 2027-10-04..2027-10-04 day']],
  ]);
});

describe('a time between a verb and its guest', () => {
  rows([
    ['"received on Monday <office> <name>"', 'President Lucia Ferraz received on Monday Chancellor Erik Lindqvist.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"received, on Monday, <office> <name>"', 'King Tomas Varga received, on Monday, Prime Minister Amara Nwosu.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"received yesterday the visiting <office of state>, <name>"', 'President Ivo Petrov received yesterday the visiting Prime Minister of Ghana, Amara Nwosu.', ['talks held 2027-09-14..2027-09-14 day']],
    ['"will receive on Friday <office> <name>"', 'President Lucia Ferraz will receive on Friday Chancellor Erik Lindqvist.', ['talks upcoming 2027-09-17..2027-09-17 day']],
    ['a state\'s possessive before the office names the guest', 'President Lucia Ferraz received Norway\'s Minister of Foreign Affairs, Ivo Sand, on Monday.', ['talks held 2027-09-13..2027-09-13 day']],
    ['negative: a possessive after the office is a thing of theirs', 'President Lucia Ferraz received Norway\'s Prime Minister\'s letter on Monday.', []],
    ['negative: "received on Monday a letter from" is no meeting', 'President Lucia Ferraz received on Monday a letter from Chancellor Erik Lindqvist.', []],
    ['negative: "welcomed on Monday the decision of" is no meeting', 'President Ivo Petrov welcomed on Monday the decision of Prime Minister Amara Nwosu.', []],
    ['negative: one comma only is no aside', 'President Lucia Ferraz received on Monday, Chancellor Erik Lindqvist said, a warm message.', []],
  ]);
});

describe('departures told in the past', () => {
  rows([
    ['"left for <city> on <weekday>": the last one, not the next', 'President Lucia Ferraz left for Oslo on Tuesday.', ['visit held 2027-09-14..2027-09-14 day']],
    ['"left for <city> on <weekday> on a two-day visit": one visit, under way', 'Chancellor Erik Lindqvist left for Rabat on Tuesday on a two-day working visit.', ['visit held 2027-09-14..2027-09-15 days']],
    ['"departed for <city> on <weekday>", reworded', 'Prime Minister Amara Nwosu departed for Lima on Monday.', ['visit held 2027-09-13..2027-09-13 day']],
    ['negative: "will leave for" is to come', 'President Ivo Petrov will leave for Hanoi on Tuesday.', ['visit upcoming 2027-09-21..2027-09-21 day']],
  ]);
});

describe('a stay to come, "is expected in <place>"', () => {
  rows([
    ['"is expected in <city> next week"', 'President Lucia Ferraz is expected in Oslo next week.', ['visit upcoming 2027-09-20..2027-09-26 days tentative']],
    ['"are expected in <city> on <weekday>", reworded', 'King Tomas Varga and Queen Ana Varga are expected in Lima on Friday.', ['visit upcoming 2027-09-17..2027-09-17 day tentative']],
    ['negative: a thing expected in a state is no visit', 'Growth is expected in Norway next year.', []],
    ['negative: undated, no visit is told', 'Chancellor Erik Lindqvist is expected in Rabat.', []],
  ]);
});

describe('hedged times', () => {
  rows([
    ['"is expected in early July"', 'A visit by President Lucia Ferraz to Kenya is expected in early July.', ['visit upcoming 2028-07-01..2028-07-10 days tentative']],
    ['"are expected next week", reworded', 'Talks between Chancellor Erik Lindqvist and King Tomas Varga are expected next week in Madrid.', ['talks upcoming 2027-09-20..2027-09-26 days tentative']],
    ['"the expected outcome" is no hedge', 'President Ivo Petrov held talks with Prime Minister Amara Nwosu on Monday on the expected outcome of the vote.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"tentatively scheduled for" a day', 'The talks between Chancellor Erik Lindqvist and Prime Minister Amara Nwosu are tentatively scheduled for 4 October.', ['talks upcoming 2027-10-04..2027-10-04 day tentative']],
    ['"is planned for" a month', 'A state visit by President Ivo Petrov to Brazil is planned for November.', ['visit upcoming 2027-11-01..2027-11-30 month tentative']],
    ['"scheduled for" a day is no hedge', 'The talks between President Lucia Ferraz and Chancellor Erik Lindqvist are scheduled for 4 October.', ['talks upcoming 2027-10-04..2027-10-04 day']],
  ]);
});

describe('near misses: no date where none is meant', () => {
  rows([
    ['"may" the verb', 'President Lucia Ferraz may meet Chancellor Erik Lindqvist in the near future.', ['talks upcoming 2027-09-15..2027-10-15 relative tentative']],
    ['"might visit", reworded', 'President Lucia Ferraz might visit Peru in October.', ['visit upcoming 2027-10-01..2027-10-31 month tentative']],
    ['"may not" is no hedge of a time', 'Chancellor Erik Lindqvist will visit Peru in October, which may not please the opposition.', ['visit upcoming 2027-10-01..2027-10-31 month']],
    ['a count is no day', 'President Ivo Petrov held talks with Prime Minister Amara Nwosu on Monday on 15 projects worth 12 billion dollars.', ['talks held 2027-09-13..2027-09-13 day']],
    ['a law\'s date with no event', 'The leaders discussed the law of 12 June 2020 on foreign investment.', []],
    ['a law\'s date beside a dated event', 'President Lucia Ferraz met Chancellor Erik Lindqvist on Monday to discuss the agreement of 12 June 2020.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"on the 30th anniversary" is no day', 'President Ivo Petrov met Prime Minister Amara Nwosu on Monday on the 30th anniversary of relations.', ['talks held 2027-09-13..2027-09-13 day']],
    ['"the weekend" without a preposition is no time', 'Chancellor Erik Lindqvist will attend the weekend festival in Oslo.', ['other upcoming -..- unknown']],
    ['a decree\'s number is no date', 'Prime Minister Amara Nwosu signed Decree No. 12/2027 on Monday.', []],
  ]);
});
