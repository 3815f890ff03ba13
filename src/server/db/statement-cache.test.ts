// The prepared-statement cache under Kysely's SQLite driver (database.ts): same text, same statement;
// bounded, least recently used out first; a busy statement is never handed out again. Rows come back
// as the objects the driver makes, also after the schema changed under a cached statement.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('answers with the objects the driver makes: keys in column order, values of every type, repeated names', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const db = withStatementCache(sqlite);
    const texts = [
      "select 1 as a, 2.5 as b, 'x' as c, null as d, x'0102' as e, 9007199254740991 as f",
      "select 1 as a, 2 as b, 3 as a",
      "select 1 as \"__proto__\", 2 as \"constructor\", 3 as \"a b\", 4 as \"\"\"q\"\"\", 5 as \"2\", 6 as \"1\"",
      'select 1 as x where 0',
    ];
    for (const text of texts) {
      const expected = sqlite.prepare(text).all();
      const rows = db.prepare(text).all([]);
      expect(rows).toEqual(expected);
      expect(rows.map((r) => Object.keys(r as object))).toEqual(expected.map((r) => Object.keys(r as object)));
      expect(rows.map((r) => Object.getPrototypeOf(r))).toEqual(expected.map((r) => Object.getPrototypeOf(r)));
      expect(db.prepare(text).all([])).toEqual(expected); // the cached statement, a second time
    }
    db.close();
  });

  it('follows the columns of a cached `select *` when this connection changes the schema', () => {
    const db = withStatementCache(new SqliteDatabase(':memory:'));
    db.prepare('create table t (a integer, b text)').run([]);
    db.prepare("insert into t values (1, 'one')").run([]);
    const text = 'select * from t';
    expect(db.prepare(text).all([])).toEqual([{ a: 1, b: 'one' }]);
    db.prepare('alter table t add column c integer default 7').run([]);
    expect(db.prepare(text).all([])).toEqual([{ a: 1, b: 'one', c: 7 }]);
    // the same number of columns in another order, as a table rebuilt by a migration has them
    db.prepare('create table t2 (b text, a integer, c integer)').run([]);
    db.prepare('insert into t2 select b, a, c from t').run([]);
    db.prepare('drop table t').run([]);
    db.prepare('alter table t2 rename to t').run([]);
    const rows = db.prepare(text).all([]);
    expect(rows).toEqual([{ b: 'one', a: 1, c: 7 }]);
    expect(Object.keys(rows[0] as object)).toEqual(['b', 'a', 'c']);
    db.close();
  });

  it('follows the columns of a cached `select *` when another connection changes the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-statements-'));
    try {
      const file = join(dir, 'db.sqlite');
      const other = new SqliteDatabase(file);
      other.pragma('journal_mode = WAL');
      other.exec("create table t (a integer, b text); insert into t values (1, 'one')");
      const db = withStatementCache(new SqliteDatabase(file));
      const text = 'select * from t';
      expect(db.prepare(text).all([])).toEqual([{ a: 1, b: 'one' }]);
      other.exec('create table t2 (b text, a integer); insert into t2 select b, a from t; drop table t; alter table t2 rename to t');
      expect(db.prepare(text).all([])).toEqual([{ b: 'one', a: 1 }]);
      expect(Object.keys(db.prepare(text).all([])[0] as object)).toEqual(['b', 'a']);
      db.close();
      other.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
