/**
 * How long until the scheduler has something to do, by the database's clock, in one statement:
 * the next approved draft to fall due, the next retry after a back-off, and the next lease to run
 * out (another instance's job to take over). Strictly after "now": what is due already is the
 * pass's business, and counting it here would make the alarm spin.
 */
import type { Core } from '@strapi/strapi';
import { dbHelpers } from '../../db';
import { getConfig } from '../../utils';
import type { DbClock } from './db-clock';
import { JOB, PIECE } from './queue';

export function nextDueQuery(strapi: Core.Strapi, clock: DbClock) {
  const { knex, table, col, toDate } = dbHelpers(strapi);
  const c = (f: string) => col(PIECE, f);
  const j = (f: string) => col(JOB, f);

  return {
    /** Milliseconds to the next due time (null: nothing known), and the database's "now" it was measured at. */
    async nextDueInMs(): Promise<{ inMs: number | null; now: Date }> {
      const k = knex();
      const { maxAttempts } = getConfig(strapi, 'scheduler');
      const rows: Array<Record<string, unknown>> = await k.select({
        piece: k(table(PIECE))
          .min(c('publishAt'))
          .whereNull(c('publishedAt'))
          .where(c('editorialStatus'), 'approved')
          .where(c('publishAt'), '>', clock.sql()),
        retry: k(table(JOB))
          .min(j('nextAttemptAt'))
          .where(j('state'), 'due')
          .where(j('attempts'), '<', maxAttempts)
          .where(j('nextAttemptAt'), '>', clock.sql()),
        lease: k(table(JOB)).min(j('leaseUntil')).where(j('state'), 'claimed').where(j('leaseUntil'), '>', clock.sql()),
        now: clock.sql(),
      });
      const row = rows[0] ?? {};
      const now = toDate(row.now)!;
      const times = [row.piece, row.retry, row.lease].map(toDate).filter((d): d is Date => d !== null);
      if (times.length === 0) return { inMs: null, now };
      return { inMs: Math.min(...times.map((d) => d.getTime())) - now.getTime(), now };
    },
  };
}
