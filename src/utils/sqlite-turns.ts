/**
 * Lets Node's event loop turn between SQLite statements.
 *
 * better-sqlite3 runs each statement synchronously, and knex's pool (one connection for SQLite)
 * hands that connection from one waiting query to the next through promise callbacks. Under load
 * the whole queue of waiting queries therefore runs inside one event-loop turn, and a turn lasts
 * hundreds of milliseconds. Node (libuv ≥ 1.45) accepts one new connection per turn, so clients
 * that connect while the queue is long wait in the kernel's accept queue for seconds — starved
 * while the connections already accepted keep being served. Deferring each statement to the next
 * turn (setImmediate) keeps turns short, so every connection is accepted promptly and served in
 * arrival order. Statements on one connection still run in the order they were issued
 * (setImmediate callbacks run first in, first out).
 */

/** The part of a better-sqlite3 database and statement this touches. */
interface Statement {
  all(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
}
export interface Database {
  prepare(sql: string): Statement;
}

// What knex calls (and awaits); other statement methods keep their synchronous contract.
const DEFERRED = new Set<PropertyKey>(['all', 'run']);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Makes `all` and `run` of every statement `db` prepares run on the next turn and return a promise. */
export function deferStatements<T extends Database>(db: T): T {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    const statement = prepare(sql) as Statement & Record<PropertyKey, unknown>;
    return new Proxy(statement, {
      get(target, property) {
        const value = target[property];
        if (typeof value !== 'function') return value;
        if (DEFERRED.has(property)) return (...args: unknown[]) => nextTurn().then(() => value.apply(target, args));
        return value.bind(target);
      },
    });
  };
  return db;
}
