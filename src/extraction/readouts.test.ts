// Readouts in other agencies' styles with hand-written expectations: guards against fitting the dev fixtures.
import { describe, expect, it } from 'vitest';
import { loadStyle } from '../../test/fixtures/intake/load.ts';
import { scoreExtractions } from './eval.ts';
import { extract } from './extract.ts';
import type { EventKind, EventStatus, ExtractionDocument } from './types.ts';

type Expected = [EventKind, EventStatus, string | null, string | null, string | null, string[]];

function gold(events: Expected[]): ExtractionDocument {
  return {
    schema: 'accord.extraction/v1',
    source: { title: null, published: null, agencies: [] },
    events: events.map(([kind, status, from, to, where, people]) => ({
      kind, status, where,
      when: { from, to, precision: from === null ? 'unknown' : 'day', tentative: false, text: null },
      participants: people.map((name) => ({ name, role: null, country: null })),
      bodies: [], topics: [], evidence: [],
    })),
    commitments: [],
    quotes: [],
  };
}

const CASES: Record<string, Expected[]> = {
  wh: [
    ['talks', 'held', '2023-11-15', '2023-11-15', 'Woodside', ['Joe Biden', 'Xi Jinping']],
    ['talks', 'upcoming', '2023-11-15', '2024-02-13', null, ['Joe Biden', 'Xi Jinping']],
  ],
  cn: [['talks', 'held', '2024-05-16', '2024-05-16', 'Beijing', ['Xi Jinping', 'Vladimir Putin']]],
  jp: [
    ['talks', 'held', '2024-03-20', '2024-03-20', 'Kyiv', ['Kamikawa Yoko', 'Dmytro Kuleba']],
    ['other', 'upcoming', '2025-01-01', '2025-12-31', null, ['Kamikawa Yoko', 'Dmytro Kuleba']],
  ],
  kremlin: [
    ['phone_call', 'held', '2024-01-10', '2024-01-10', null, ['Vladimir Putin', 'Kassym-Jomart Tokayev']],
    ['session', 'upcoming', '2024-11-01', '2024-11-30', 'Moscow', []],
  ],
  belta: [['talks', 'upcoming', '2023-02-28', '2023-03-02', 'China', ['Alexander Lukashenko', 'Xi Jinping']]],
  eu: [
    ['summit', 'held', '2023-07-17', '2023-07-18', 'Brussels', ['Charles Michel', 'Ralph Gonsalves']],
    ['summit', 'upcoming', '2025-01-01', '2025-12-31', 'Colombia', []],
  ],
  tass: [
    ['talks', 'upcoming', '2023-12-04', '2023-12-10', 'Sochi', ['Vladimir Putin', 'Recep Tayyip Erdogan']],
    ['phone_call', 'held', '2023-11-27', '2023-11-27', null, ['Vladimir Putin', 'Ebrahim Raisi']],
  ],
  reuters: [['talks', 'upcoming', '2024-04-08', '2024-04-30', 'China', ['Antony Blinken']]],
  akorda: [
    ['talks', 'held', '2024-06-22', '2024-06-22', 'Kazakhstan', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']],
    ['session', 'upcoming', '2024-07-03', '2024-07-04', 'Astana', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']],
  ],
};

describe('readouts in other styles', () => {
  const results = Object.entries(CASES).map(([name, events]) => ({ name, gold: gold(events), output: extract(loadStyle(name)) }));

  it.each(results.map((r) => [r.name, r] as const))('%s matches the hand-written events', (_name, r) => {
    const report = scoreExtractions([r]);
    const f = report.overall;
    expect({ events: f.events.f1, when: f.whenExact, people: f.participants, status: f.status, where: f.where }).toEqual({ events: 1, when: 1, people: 1, status: 1, where: 1 });
  });

  it('scores a headline of at least 0.9 over all of them', () => {
    expect(scoreExtractions(results).overall.headline).toBeGreaterThanOrEqual(0.9);
  });

  it('attributes quotes to their speakers, with offsets inside the marks', () => {
    const tass = extract(loadStyle('tass'));
    expect(tass.quotes).toHaveLength(1);
    expect(tass.quotes[0]?.speaker).toBe('Dmitry Peskov');
    const body = loadStyle('tass').split('---\n')[1] ?? '';
    expect(body.slice(tass.quotes[0]?.start, tass.quotes[0]?.end)).toBe(tass.quotes[0]?.text);
    expect(tass.quotes[0]?.text.startsWith('The presidents will discuss')).toBe(true);
  });

  it('web page chrome (menus, share buttons, cookie banners) yields no events', () => {
    const chrome = [
      'Skip to content', 'Home > Press > Press releases', 'Share this page', 'Facebook  Twitter  LinkedIn', 'Subscribe to our newsletter',
      'We use cookies to ensure you get the best experience on our website. Accept all cookies', 'Print version', 'Font size:',
      'Site colours:', 'Official website of the President of Russia', 'View settings', 'Contact us | Sitemap | Privacy policy',
    ].join('\n');
    expect(extract(`published: 2024-01-01\n---\n${chrome}\n`).events).toEqual([]);
  });
});
