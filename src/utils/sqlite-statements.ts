/**
 * Prepared SQLite statements kept per SQL text, and the pool hook that sets a connection up.
 *
 * knex prepares every query it runs afresh on better-sqlite3, and a busy server runs the same
 * few statements (the Public role's permissions, the feed cache's version read) thousands of
 * times a second: preparing was about 5 % of the server's CPU under `npm run bench:load`. A
 * prepared statement can run again with other bindings, and SQLite prepares it again by itself
 * when the schema changes, so the last `max` statements are kept (least recently used out).
 * knex only calls `all` and `run` on them, which finish before the next statement starts; code
 * that set a mode on one (`raw`, `pluck`, `expand`, `safeIntegers`, `bind`) or iterated it would
 * hand that to knex's next use of the same SQL, so nothing here does.
 */
import { deferStatements, type Database } from './sqlite-turns';

/** Makes `db.prepare` return the statement it prepared for the same SQL before, of the last `max`. */
export function cacheStatements<T extends Database>(db: T, max: number): T {
  if (max <= 0) return db;
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, ReturnType<T['prepare']>>();
  db.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement === undefined) {
      statement = prepare(sql) as ReturnType<T['prepare']>;
      if (kept.size >= max) kept.delete(kept.keys().next().value!);
    } else kept.delete(sql); // re-inserted below: the Map's order is the use order
    kept.set(sql, statement);
    return statement;
  };
  return db;
}

export interface SqliteSetup {
  /** A turn of the event loop per statement (`sqlite-turns.ts`). */
  deferStatements: boolean;
  /** Prepared statements kept (0: none). */
  statementCache: number;
}

/** A knex `pool.afterCreate` hook: each new SQLite connection with the setup asked for. */
export function sqliteAfterCreate(setup: SqliteSetup) {
  if (!Number.isInteger(setup.statementCache) || setup.statementCache < 0)
    throw new Error(`DATABASE_SQLITE_STATEMENT_CACHE must be a whole number of statements (0 for none), got ${setup.statementCache}`);
  return <C extends Database>(connection: C, done: (error: Error | null, connection: C) => void) =>
    done(null, cacheStatements(setup.deferStatements ? deferStatements(connection) : connection, setup.statementCache));
}
