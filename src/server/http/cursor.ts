// Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded JSON.
import { invalid } from '../errors.ts';

export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === arity && value.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) {
      return value as (string | number | null)[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalid('query.cursor', 'cursor is not one this server gave out');
}
