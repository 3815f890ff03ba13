// The publisher's state, read from the source line: the site's top-level domain first ("dirco.gov.za" is South
// Africa's, not the US' because it contains ".gov"), then publishers known by name, then a state the line names.
// It decides who "the President" of a headline is. Invented sources and readouts.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { hostState } from './source.ts';

const known = (code: string): boolean => ['US', 'GB', 'ZA', 'ME', 'TV', 'CO', 'IQ', 'BY'].includes(code);

describe('the state of a site by its domain', () => {
  it.each([
    ['dirco.gov.za', 'ZA'], ['www.state.gov', 'US'], ['news.example.co.uk', 'GB'], ['www.gov.me', 'ME'],
    ['pmo.iq', 'IQ'], ['president.gov.by', 'BY'], ['army.mil', 'US'], ['EXAMPLE.GOV.ZA.', 'ZA'],
  ])('%s is %s', (host, code) => expect(hostState(host, known)).toBe(code));

  it.each([
    ['www.example.com'], ['example.org'], ['news.tv'], ['example.co'], ['example.me'], ['example.int'], ['example.xy'],
    ['localhost'],
  ])('%s tells no state', (host) => expect(hostState(host, known)).toBeNull());
});

const headlineLeaders = (source: string): string[][] =>
  extract(`source: ${source}\npublished: 2019-07-03\n---\nPresident to make working visit to Kingdom of Eswatini\n\n` +
    'President Lindiwe Mokoena is to pay the Kingdom of Eswatini a working visit on Thursday.\n')
    .events.map((e) => e.participants.map((p) => p.name));

describe('"the President" of a headline belongs to the publisher', () => {
  it('a government site of South Africa is no US publisher', () => {
    const names = headlineLeaders('https://www.example.gov.za/?p=1 (Department of Foreign Affairs)').flat();
    expect(names).not.toContain('Donald Trump');
    expect(names).toContain('Cyril Ramaphosa');
  });

  it('the words after the address name the state when the domain does not', () => {
    expect(headlineLeaders('https://www.example.com/a (Office of the President of South Africa)').flat()).toContain('Cyril Ramaphosa');
  });

  it('a US government site still is one', () => {
    expect(headlineLeaders('https://www.example.gov/a').flat()).toContain('Donald Trump');
  });
});

describe('a source line without an address', () => {
  it('a bare host is read as a host, a name as a name', () => {
    expect(headlineLeaders('example.gov.za').flat()).toContain('Cyril Ramaphosa');
    expect(headlineLeaders('Press service of the President of South Africa').flat()).toContain('Cyril Ramaphosa');
    expect(headlineLeaders('Reuters').flat()).not.toContain('Cyril Ramaphosa');
  });
});
