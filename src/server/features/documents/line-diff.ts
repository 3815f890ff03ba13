// A line diff of two texts (Myers' O(ND) algorithm) and its side-by-side form. Pure; no I/O.
//
// Common leading and trailing lines are taken off first, so a small edit in a long programme costs
// little. When the two middles differ in more than MAX_EDITS lines the middle is reported as removed
// and added whole instead: such texts are not versions of each other, and the exact diff would cost
// quadratic memory.

export type LineOp =
  | { kind: 'equal'; fromLine: number; toLine: number; text: string }
  | { kind: 'delete'; fromLine: number; text: string }
  | { kind: 'insert'; toLine: number; text: string };

export interface SideBySideRow {
  kind: 'same' | 'changed' | 'removed' | 'added';
  /** 1-based line number in the older text, with its text; null where the line was added. */
  left: { line: number; text: string } | null;
  right: { line: number; text: string } | null;
}

export const MAX_EDITS = 2000;

/** Splits a text into lines; a final line break does not make an empty last line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The edit script turning `from` into `to`, line by line, with 1-based line numbers. */
export function diffLines(from: readonly string[], to: readonly string[]): LineOp[] {
  // Intern lines as integers so the inner loop compares numbers.
  const ids = new Map<string, number>();
  const intern = (line: string): number => {
    let id = ids.get(line);
    if (id === undefined) {
      id = ids.size;
      ids.set(line, id);
    }
    return id;
  };
  const a = from.map(intern);
  const b = to.map(intern);

  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;

  const ops: LineOp[] = [];
  for (let i = 0; i < prefix; i += 1) ops.push({ kind: 'equal', fromLine: i + 1, toLine: i + 1, text: from[i] ?? '' });
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  for (const step of middle) {
    if (step.kind === 'equal') ops.push({ kind: 'equal', fromLine: prefix + step.x + 1, toLine: prefix + step.y + 1, text: from[prefix + step.x] ?? '' });
    else if (step.kind === 'delete') ops.push({ kind: 'delete', fromLine: prefix + step.x + 1, text: from[prefix + step.x] ?? '' });
    else ops.push({ kind: 'insert', toLine: prefix + step.y + 1, text: to[prefix + step.y] ?? '' });
  }
  for (let i = suffix; i > 0; i -= 1) {
    ops.push({ kind: 'equal', fromLine: a.length - i + 1, toLine: b.length - i + 1, text: from[a.length - i] ?? '' });
  }
  return ops;
}

interface Step {
  kind: 'equal' | 'delete' | 'insert';
  x: number;
  y: number;
}

function myers(a: readonly number[], b: readonly number[]): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return wholesale(n, m);
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d..d] as it was before round d: what the backtrack needs, O(D²) in all.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    if (d > MAX_EDITS) return wholesale(n, m);
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return wholesale(n, m);
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): Step[] {
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const row = trace[d] ?? new Int32Array(0);
    const at = (k: number): number => row[k + d] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      steps.push({ kind: 'equal', x, y });
    }
    if (d > 0) {
      if (x === prevX) steps.push({ kind: 'insert', x: prevX, y: prevY });
      else steps.push({ kind: 'delete', x: prevX, y: prevY });
    }
    x = prevX;
    y = prevY;
  }
  return steps.reverse();
}

function wholesale(n: number, m: number): Step[] {
  const steps: Step[] = [];
  for (let x = 0; x < n; x += 1) steps.push({ kind: 'delete', x, y: 0 });
  for (let y = 0; y < m; y += 1) steps.push({ kind: 'insert', x: n, y });
  return steps;
}

/** Pairs removed and added lines of one change block into rows, as a side-by-side view shows them. */
export function sideBySide(ops: readonly LineOp[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let removed: { line: number; text: string }[] = [];
  let added: { line: number; text: string }[] = [];
  const flush = (): void => {
    const pairs = Math.max(removed.length, added.length);
    for (let i = 0; i < pairs; i += 1) {
      const left = removed[i] ?? null;
      const right = added[i] ?? null;
      rows.push({ kind: left && right ? 'changed' : left ? 'removed' : 'added', left, right });
    }
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      flush();
      rows.push({ kind: 'same', left: { line: op.fromLine, text: op.text }, right: { line: op.toLine, text: op.text } });
    } else if (op.kind === 'delete') {
      removed.push({ line: op.fromLine, text: op.text });
    } else {
      added.push({ line: op.toLine, text: op.text });
    }
  }
  flush();
  return rows;
}
