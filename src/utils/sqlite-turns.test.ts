// better-sqlite3 ships no types; the test needs only a constructor and exec/prepare.
const Database: new (file: string) => any = require('better-sqlite3');
import { deferStatements } from './sqlite-turns';

describe('deferStatements', () => {
  const open = () => {
    const db = deferStatements(new Database(':memory:'));
    db.exec('CREATE TABLE t (n INTEGER)');
    return db;
  };

  it('runs a statement on a later event-loop turn, not in the caller’s turn', async () => {
    const db = open();
    const order: string[] = [];
    setImmediate(() => order.push('next turn'));
    const running = (db.prepare('INSERT INTO t (n) VALUES (1)').run() as Promise<unknown>).then(() => order.push('statement'));
    order.push('caller');
    await running;
    // Undeferred, the statement would have run before the turn already scheduled.
    expect(order).toEqual(['caller', 'next turn', 'statement']);
  });

  it('keeps the results and the order of statements issued on one connection', async () => {
    const db = open();
    const writes = [1, 2, 3].map((n) => db.prepare('INSERT INTO t (n) VALUES (?)').run(n));
    const rows = db.prepare('SELECT n FROM t ORDER BY rowid').all();
    await Promise.all(writes);
    expect(await rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const statement = db.prepare('SELECT n FROM t');
    expect(statement.reader).toBe(true);
    expect(((await db.prepare('INSERT INTO t (n) VALUES (4)').run()) as { changes: number }).changes).toBe(1);
  });

  it('passes statement errors to the caller as rejections', async () => {
    const db = open();
    await expect(db.prepare('INSERT INTO t (n) VALUES (?)').run({ nope: 1 } as any)).rejects.toThrow();
  });
});
