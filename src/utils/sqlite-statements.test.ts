// better-sqlite3 ships no types; the test needs only a constructor and exec/prepare.
const Database: new (file: string) => any = require('better-sqlite3');
import { cacheStatements, sqliteAfterCreate } from './sqlite-statements';

describe('cacheStatements', () => {
  const open = (max: number) => {
    const db = cacheStatements(new Database(':memory:'), max);
    db.exec('CREATE TABLE t (n INTEGER)');
    return db;
  };

  it('hands back the statement prepared before for the same SQL, which runs again with other bindings', () => {
    const db = open(10);
    const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
    expect(db.prepare('INSERT INTO t (n) VALUES (?)')).toBe(insert);
    for (const n of [1, 2, 3]) db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
    expect(db.prepare('SELECT n FROM t WHERE n >= ? ORDER BY n').all(2)).toEqual([{ n: 2 }, { n: 3 }]);
    expect(db.prepare('SELECT n FROM t WHERE n >= ? ORDER BY n').all(3)).toEqual([{ n: 3 }]);
  });

  it('keeps only the last statements used, the least recently used one out first', () => {
    const db = open(2);
    const a = db.prepare('SELECT 1');
    const b = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(a); // a is now the most recently used
    db.prepare('SELECT 3'); // b goes
    expect(db.prepare('SELECT 1')).toBe(a);
    expect(db.prepare('SELECT 2')).not.toBe(b);
  });

  it('gives a kept statement the schema as it is now (SQLite prepares it again after a change)', () => {
    const db = open(10);
    db.prepare('INSERT INTO t (n) VALUES (?)').run(5);
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ n: 5 }]);
    db.exec('ALTER TABLE t ADD COLUMN label TEXT');
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ n: 5, label: null }]);
  });

  it('keeps nothing with a size of 0', () => {
    const db = open(0);
    expect(db.prepare('SELECT 1')).not.toBe(db.prepare('SELECT 1'));
  });
});

describe('sqliteAfterCreate', () => {
  it('sets a connection up with deferred, kept statements', async () => {
    const raw = new Database(':memory:');
    const connection = await new Promise<any>((resolve, reject) =>
      sqliteAfterCreate({ deferStatements: true, statementCache: 10 })(raw, (error, c) => (error ? reject(error) : resolve(c)))
    );
    const statement = connection.prepare('SELECT 1 AS one');
    expect(connection.prepare('SELECT 1 AS one')).toBe(statement);
    const rows = statement.all();
    expect(rows).toBeInstanceOf(Promise); // deferred to the next turn
    expect(await rows).toEqual([{ one: 1 }]);
  });
});

describe('the statement cache setting', () => {
  it.each([Number.NaN, -1, 2.5])('refuses %p at boot, naming the variable', (size) => {
    expect(() => sqliteAfterCreate({ deferStatements: true, statementCache: size })).toThrow(/DATABASE_SQLITE_STATEMENT_CACHE/);
  });
});
