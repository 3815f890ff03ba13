// A word naming one day keeps it when a temporal clause follows ("during a call yesterday after they exchanged
// greetings"); "soon after the elections" is still relative to the elections, not to the readout.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const windows = (published: string, body: string): string[] => extractReadout(published, body).events.map((e) => `${e.kind} ${e.when.from ?? '-'} ${e.when.text ?? '-'}`);

describe('"yesterday after …"', () => {
  it('dates the call yesterday', () => {
    expect(windows('2023-04-25', 'Prime Minister Mark Rutte said the support was conveyed to President Volodymyr Zelensky during a telephone call yesterday after they exchanged greetings.')).toEqual(['phone_call 2023-04-24 yesterday']);
    expect(windows('2023-04-25', 'President Klaus Iohannis said the offer was made to Chancellor Olaf Scholz in a phone call yesterday after the two exchanged greetings.')).toEqual(['phone_call 2023-04-24 yesterday']);
    expect(windows('2023-04-25', 'President Emmanuel Macron will meet Chancellor Olaf Scholz tomorrow before the summit opens.')[0]).toBe('talks 2023-04-26 tomorrow');
  });

  it('"soon after the elections" is not the near future', () => {
    expect(windows('2023-04-25', 'The ministers will meet soon after the elections.')).toEqual(['talks - -']);
  });
});
