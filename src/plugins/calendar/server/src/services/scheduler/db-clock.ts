/**
 * The database's clock, the one clock every instance of a cluster shares. Due checks, leases and
 * back-off are computed in SQL against it, never against an instance's own `new Date()`, so an
 * instance whose clock runs ahead cannot publish early or steal a lease.
 *
 * Stored datetimes: SQLite holds epoch milliseconds; PostgreSQL holds `timestamp without time
 * zone` written by node-postgres as this process's wall-clock time, so "now" is compared as the
 * database's instant seen in this process's zone.
 *
 * Tests shift this clock with an offset (`setTestOffset`), only when NODE_ENV=test.
 */
import type { Core } from '@strapi/strapi';

/** A knex instance or transaction (knex's types, through Strapi's, as the plugin does not depend on knex). */
export type Db = Core.Strapi['db']['connection'];
export type Raw = ReturnType<Db['raw']>;
export type QueryBuilder = ReturnType<Db['queryBuilder']>;

export interface DbClock {
  /** SQL for the database's "now" (+ `plusMs`), comparable with and writable to a datetime column. */
  sql(plusMs?: number): Raw;
  /** The database's "now" as a Date. */
  read(db?: Db): Promise<Date>;
  /** SQL for a datetime column as epoch milliseconds in text: the job's `versionKey` of a draft. */
  epochMsText(column: string): Raw;
  /** Tests only: move the clock by `ms` (0 = the real database clock). */
  setTestOffset(ms: number): void;
}

const PROCESS_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function dbClock(strapi: Core.Strapi): DbClock {
  let offsetMs = 0;
  const knex = () => strapi.db.connection;
  const sqlite = () => strapi.db.dialect.client === 'sqlite';
  // Integers only: the value is inlined into SQL.
  const shift = (plusMs: number) => Math.round(offsetMs + plusMs);

  return {
    sql(plusMs = 0) {
      if (sqlite()) {
        // julianday('now') has millisecond precision; 2440587.5 is the Julian day of 1970-01-01.
        return knex().raw(`(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) + ${shift(plusMs)})`);
      }
      // clock_timestamp(), not now(): the time of this statement, not of the transaction's start.
      return knex().raw(`((clock_timestamp() + ${shift(plusMs)} * interval '1 millisecond') AT TIME ZONE ?)`, [PROCESS_ZONE]);
    },

    async read(db: Db = knex()) {
      if (sqlite()) {
        const rows = await db.raw(`SELECT ${this.sql().toQuery()} AS now`);
        return new Date(Number((rows as Array<{ now: number }>)[0].now));
      }
      // timestamptz: node-postgres turns it into the right instant whatever the zones.
      const result = await db.raw(`SELECT clock_timestamp() + ${shift(0)} * interval '1 millisecond' AS now`);
      return new Date(result.rows[0].now);
    },

    epochMsText(column: string) {
      if (sqlite()) return knex().raw('CAST(?? AS TEXT)', [column]);
      // ROUND, not FLOOR: values are written from JavaScript Dates, so they are whole milliseconds.
      return knex().raw('CAST(CAST(ROUND(EXTRACT(EPOCH FROM (?? AT TIME ZONE ?)) * 1000) AS BIGINT) AS TEXT)', [column, PROCESS_ZONE]);
    },

    setTestOffset(ms: number) {
      if (process.env.NODE_ENV !== 'test') throw new Error('The scheduler clock can only be shifted in tests (NODE_ENV=test)');
      if (!Number.isFinite(ms)) throw new Error('offset must be a finite number of milliseconds');
      offsetMs = ms;
    },
  };
}
