import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, sideBySide, splitLines, type LineOp } from './line-diff.ts';

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = dp[i] as number[];
      row[j] = a[i] === b[j] ? (dp[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(dp[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return dp[0]?.[0] ?? 0;
}

const left = (ops: readonly LineOp[]): string[] => ops.filter((o) => o.kind !== 'insert').map((o) => o.text);
const right = (ops: readonly LineOp[]): string[] => ops.filter((o) => o.kind !== 'delete').map((o) => o.text);

describe('diffLines', () => {
  it('finds the changed line of a programme', () => {
    const from = splitLines('Programme\n1. Machine tools\n2. Microelectronics\n3. Pharmaceuticals\n');
    const to = splitLines('Programme\n1. Machine tools\n2. Microelectronics and components\n3. Pharmaceuticals\n4. Aircraft\n');
    const ops = diffLines(from, to);
    expect(ops.filter((o) => o.kind !== 'equal')).toEqual([
      { kind: 'delete', fromLine: 3, text: '2. Microelectronics' },
      { kind: 'insert', toLine: 3, text: '2. Microelectronics and components' },
      { kind: 'insert', toLine: 5, text: '4. Aircraft' },
    ]);
    expect(sideBySide(ops).map((r) => r.kind)).toEqual(['same', 'same', 'changed', 'same', 'added']);
  });

  it('handles empty texts and line endings', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(diffLines([], ['x'])).toEqual([{ kind: 'insert', toLine: 1, text: 'x' }]);
    expect(diffLines(['x'], [])).toEqual([{ kind: 'delete', fromLine: 1, text: 'x' }]);
    expect(diffLines([], [])).toEqual([]);
  });

  it('reconstructs both sides and is minimal (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = diffLines(a, b);
        expect(left(ops)).toEqual(a);
        expect(right(ops)).toEqual(b);
        expect(ops.filter((o) => o.kind === 'equal').length).toBe(lcsLength(a, b));
        for (const o of ops) {
          if (o.kind !== 'insert') expect(a[o.fromLine - 1]).toBe(o.text);
          if (o.kind !== 'delete') expect(b[o.toLine - 1]).toBe(o.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to removing and adding the whole middle when the texts are unrelated', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 5000 }, (_, i) => `b${i}`);
    const started = performance.now();
    const ops = diffLines(['head', ...a, 'tail'], ['head', ...b, 'tail']);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(ops.filter((o) => o.kind === 'delete')).toHaveLength(5000);
    expect(ops.filter((o) => o.kind === 'insert')).toHaveLength(5000);
    expect(ops[0]).toEqual({ kind: 'equal', fromLine: 1, toLine: 1, text: 'head' });
    expect(ops.at(-1)).toEqual({ kind: 'equal', fromLine: 5002, toLine: 5002, text: 'tail' });
  });
});
