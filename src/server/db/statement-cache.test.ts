// The prepared-statement cache under Kysely's SQLite driver (database.ts): same text, same statement;
// bounded, least recently used out first; a busy statement is never handed out again.
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './database.ts';

describe('withStatementCache', () => {
  it('hands out the statement it prepared for the same text, and prepares other texts afresh', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const db = withStatementCache(sqlite);
    const a = db.prepare('select 1 as x');
    expect(db.prepare('select 1 as x')).toBe(a);
    expect(db.prepare('select 2 as x')).not.toBe(a);
    expect(a.all([])).toEqual([{ x: 1 }]);
    db.close();
    expect(sqlite.open).toBe(false);
  });

  it('keeps at most `capacity` statements and drops the least recently used first', () => {
    const db = withStatementCache(new SqliteDatabase(':memory:'), 2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(one); // now 'select 2' is the least recently used
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(one);
    expect(db.prepare('select 2')).not.toBe(two);
    db.close();
  });

  it('keeps readers and writers apart and answers writes with their changes', () => {
    const db = withStatementCache(new SqliteDatabase(':memory:'));
    db.prepare('create table t (v integer)').run([]);
    const insert = db.prepare('insert into t (v) values (?)');
    expect(insert.reader).toBe(false);
    expect(insert.run([1]).changes).toBe(1);
    expect(db.prepare('insert into t (v) values (?)').run([2]).changes).toBe(1);
    const select = db.prepare('select v from t order by v');
    expect(select.reader).toBe(true);
    expect(db.prepare('select v from t order by v').all([])).toEqual([{ v: 1 }, { v: 2 }]);
    db.close();
  });

  it('prepares a fresh statement while the cached one is still iterating', () => {
    const db = withStatementCache(new SqliteDatabase(':memory:'));
    const text = 'select value from json_each(?)';
    const iterating = db.prepare(text).iterate(['[1,2,3]']);
    expect(iterating.next().value).toEqual({ value: 1 });
    expect(db.prepare(text).all(['[4]'])).toEqual([{ value: 4 }]);
    expect([...iterating]).toEqual([{ value: 2 }, { value: 3 }]);
    db.close();
  });
});
