/**
 * The publish queue in the database: discovery (one job row per due draft version), claim (one
 * job at a time, with its own lease) and the bookkeeping after an attempt. Every time it compares
 * or writes is the database's clock.
 *
 * On PostgreSQL a claim picks its row with `FOR UPDATE SKIP LOCKED`, so instances never wait
 * for each other and never take a job whose publish is in progress (its row is locked by the
 * publishing transaction, see fence.ts). On SQLite each statement is atomic and writers are
 * serialised, which gives the same result with the same statements.
 */
import type { Core } from '@strapi/strapi';
import { retryDelayMs } from '../../../../core/scheduling/due';
import { CONTENT_TYPES } from '../../constants';
import { dbHelpers, newDocumentId } from '../../db';
import { getConfig } from '../../utils';
import type { Db, DbClock, QueryBuilder } from './db-clock';

export const PIECE = CONTENT_TYPES.contentPiece;
export const JOB = CONTENT_TYPES.publishJob;

/** A tick runs at most this many discovery statements of `batchSize` rows each. */
export const DISCOVERY_ROUNDS = 200;
/** Rows of give-up bookkeeping per statement. */
const GIVE_UP_PAGE = 500;

export type { DueVersion, Job } from './job';
import type { DueVersion, Job } from './job';

export type JobQueue = ReturnType<typeof jobQueue>;

export function jobQueue(strapi: Core.Strapi, clock: DbClock, instanceId: string) {
  const { knex, table, col, toDate, sqlite } = dbHelpers(strapi);
  const config = () => getConfig(strapi, 'scheduler');
  const j = (f: string) => col(JOB, f);
  const c = (f: string) => col(PIECE, f);
  const jobs = (db: Db = knex()) => db(table(JOB));
  /** Skip rows another transaction holds: that job is being published right now. */
  const skipLocked = (q: QueryBuilder) => (sqlite() ? q : q.forUpdate().skipLocked());
  const returned = () => ['id', j('pieceDocumentId'), j('locale'), j('versionKey'), j('dueAt'), j('attempts'), j('claimedBy')];

  /** A job row as knex returns it: keyed by column name. */
  const toJob = (row: Record<string, unknown>): Job => ({
    id: Number(row.id),
    pieceDocumentId: row[j('pieceDocumentId')] as string,
    locale: row[j('locale')] as string,
    versionKey: row[j('versionKey')] as string,
    dueAt: toDate(row[j('dueAt')])!,
    attempts: Number(row[j('attempts')]),
    claimedBy: (row[j('claimedBy')] as string | null | undefined) ?? null,
  });

  const claimable = (q: QueryBuilder) =>
    q
      .where((w) =>
        w
          .where((a) => a.where(j('state'), 'due').where(j('nextAttemptAt'), '<=', clock.sql()))
          .orWhere((b) => b.where(j('state'), 'claimed').where(j('leaseUntil'), '<', clock.sql()))
      )
      .where(j('attempts'), '<', config().maxAttempts);

  return {
    /**
     * Approved drafts whose time has come by the database's clock, unpublished or newer than
     * their published version in the same locale, that have no job for this version yet. Every
     * locale is a version of its own: none is skipped, none waits for another. Oldest first, `batchSize` of them.
     */
    async discover(): Promise<DueVersion[]> {
      const t = table(PIECE);
      const key = clock.epochMsText(`d.${c('updatedAt')}`);
      const rows: Array<{ documentId: string; locale: string; publishAt: unknown; versionKey: unknown }> = await knex()(`${t} as d`)
        .leftJoin(`${t} as p`, function join() {
          this.on(`p.${c('documentId')}`, '=', `d.${c('documentId')}`)
            .andOn(`p.${c('locale')}`, '=', `d.${c('locale')}`)
            .andOnNotNull(`p.${c('publishedAt')}`);
        })
        .whereNull(`d.${c('publishedAt')}`)
        .where(`d.${c('editorialStatus')}`, 'approved')
        .whereNotNull(`d.${c('publishAt')}`)
        .where(`d.${c('publishAt')}`, '<=', clock.sql())
        .where((q) => q.whereNull(`p.${c('id')}`).orWhere(`d.${c('updatedAt')}`, '>', knex().ref(`p.${c('updatedAt')}`)))
        .whereNotExists(
          knex()(`${table(JOB)} as j`)
            .select(1)
            .where(`j.${j('pieceDocumentId')}`, knex().ref(`d.${c('documentId')}`))
            .where(`j.${j('locale')}`, knex().ref(`d.${c('locale')}`))
            .where(`j.${j('versionKey')}`, key)
        )
        .orderBy(`d.${c('publishAt')}`)
        .limit(config().batchSize)
        .select({ documentId: `d.${c('documentId')}`, locale: `d.${c('locale')}`, publishAt: `d.${c('publishAt')}`, versionKey: key });
      return rows.map((r) => ({
        documentId: r.documentId,
        locale: r.locale,
        versionKey: String(r.versionKey),
        publishAt: toDate(r.publishAt)!,
      }));
    },

    /** One job per version; concurrent inserts by several instances meet the unique index and are no-ops. */
    async ensureJobs(found: DueVersion[]) {
      for (let i = 0; i < found.length; i += 50) {
        const rows = found.slice(i, i + 50).map((f) => ({
          document_id: newDocumentId(),
          [j('pieceDocumentId')]: f.documentId,
          [j('locale')]: f.locale,
          [j('versionKey')]: f.versionKey,
          [j('dueAt')]: f.publishAt,
          [j('state')]: 'due',
          [j('attempts')]: 0,
          [j('nextAttemptAt')]: f.publishAt,
          [j('createdAt')]: clock.sql(),
          [j('updatedAt')]: clock.sql(),
        }));
        await jobs()
          .insert(rows)
          .onConflict([j('pieceDocumentId'), j('locale'), j('versionKey')])
          .ignore();
      }
      return found.length >= config().batchSize; // more may be waiting
    },

    /**
     * Claims the oldest claimable job (or `onlyId`): due and past its back-off, or claimed by an
     * instance whose lease ran out. One statement decides; the lease is this job's alone.
     */
    async claimNext(onlyId?: number): Promise<Job | null> {
      let pick = claimable(jobs().select('id'))
        .orderBy([j('dueAt'), 'id'])
        .limit(1);
      if (onlyId !== undefined) pick = pick.where('id', onlyId);
      const rows: Array<Record<string, unknown>> = await jobs()
        .whereIn('id', skipLocked(pick))
        .update(
          {
            [j('state')]: 'claimed',
            [j('claimedBy')]: instanceId,
            [j('leaseUntil')]: clock.sql(config().leaseSeconds * 1000),
            [j('attempts')]: knex().raw('?? + 1', [j('attempts')]),
            [j('updatedAt')]: clock.sql(),
          },
          returned()
        );
      return rows.length ? toJob(rows[0]) : null;
    },

    /** Jobs whose last owner vanished (lease ran out) on their last allowed attempt: failed. */
    async giveUpAbandoned(): Promise<Job[]> {
      const { maxAttempts } = config();
      const pick = jobs()
        .select('id')
        .where(j('state'), 'claimed')
        .where(j('leaseUntil'), '<', clock.sql())
        .where(j('attempts'), '>=', maxAttempts)
        .limit(GIVE_UP_PAGE);
      const rows: Array<Record<string, unknown>> = await jobs()
        .whereIn('id', skipLocked(pick))
        .update(
          {
            [j('state')]: 'failed',
            [j('lastError')]:
              `Gave up after ${maxAttempts} attempts: the instance that claimed it last stopped before finishing (it crashed, hung or lost the database).`,
            [j('updatedAt')]: clock.sql(),
          },
          [...returned(), j('lastError')]
        );
      return rows.map(toJob);
    },

    /**
     * After a failed attempt: back to `due` with back-off, or `failed` on the last attempt. Only
     * while this instance still owns the job; after a lost lease the new owner decides.
     */
    async release(job: Job, message: string) {
      const giveUp = job.attempts >= config().maxAttempts;
      const changed = await jobs()
        .where('id', job.id)
        .where(j('claimedBy'), instanceId)
        .where(j('state'), 'claimed')
        .update({
          [j('state')]: giveUp ? 'failed' : 'due',
          [j('lastError')]: message,
          [j('nextAttemptAt')]: clock.sql(retryDelayMs(job.attempts)),
          [j('updatedAt')]: clock.sql(),
        });
      return { giveUp, owned: changed === 1 };
    },

    /**
     * Inside the publishing transaction: locks the job if this instance still owns it and its
     * lease holds, and returns the database's "now" (null: not ours any more).
     */
    async lockOwned(trx: Db, job: Job): Promise<Date | null> {
      // Waits for the lock rather than skipping: another instance's claim may hold this row for
      // the moment of its scan, and skipping would leave our own job stranded until its lease ran
      // out. After the wait PostgreSQL re-checks the conditions on the row as it is then.
      const q = jobs(trx)
        .select({ id: 'id', now: clock.sql() })
        .where('id', job.id)
        .where(j('state'), 'claimed')
        .where(j('claimedBy'), instanceId)
        .where(j('leaseUntil'), '>', clock.sql());
      const row = await (sqlite() ? q : q.forUpdate()).first();
      return row ? toDate(row.now) : null;
    },

    /** Inside the publishing transaction, which holds the row: the job's final state. */
    async finish(trx: Db, job: Job, state: 'done' | 'cancelled') {
      await jobs(trx)
        .where('id', job.id)
        .update({ [j('state')]: state, [j('lastError')]: null, [j('updatedAt')]: clock.sql() });
    },

    /** The job of one version, created due now when missing (publish now). */
    async jobForNow(documentId: string, locale: string, versionKey: string): Promise<Job> {
      await this.ensureJobs([{ documentId, locale, versionKey, publishAt: await clock.read() }]);
      // Due now even if it was scheduled for later, is backing off, or was given up: an editor
      // asking to publish gets a fresh set of attempts (the log keeps the earlier ones).
      const version = () => jobs().where(j('pieceDocumentId'), documentId).where(j('locale'), locale).where(j('versionKey'), versionKey);
      await version()
        .where(j('state'), 'due')
        .update({ [j('nextAttemptAt')]: clock.sql(), [j('updatedAt')]: clock.sql() });
      await version()
        .whereIn(j('state'), ['failed', 'cancelled'])
        .update({ [j('state')]: 'due', [j('attempts')]: 0, [j('nextAttemptAt')]: clock.sql(), [j('updatedAt')]: clock.sql() });
      return toJob(await version().first());
    },

    /**
     * Unschedule: locks the jobs of one language version, waiting for a publish of it in progress. Returns their
     * ids; only those are cancelled later, as a job created meanwhile may be locked by a publish
     * that waits for this transaction (its fence then finds the version gone).
     */
    async lockPiece(trx: Db, documentId: string, locale: string): Promise<number[]> {
      const q = jobs(trx).select('id').where(j('pieceDocumentId'), documentId).where(j('locale'), locale);
      const rows: Array<{ id: number }> = await (sqlite() ? q : q.forUpdate());
      return rows.map((r) => Number(r.id));
    },

    async cancelPending(trx: Db, ids: number[]) {
      if (ids.length === 0) return 0;
      return jobs(trx)
        .whereIn('id', ids)
        .whereIn(j('state'), ['due', 'claimed'])
        .update({ [j('state')]: 'cancelled', [j('updatedAt')]: clock.sql() });
    },

    /** Jobs queued before pieces had locales belong to the default locale's version. */
    async adoptUnlocalised(defaultLocale: string) {
      return jobs()
        .whereNull(j('locale'))
        .update({ [j('locale')]: defaultLocale });
    },

    async lastError(jobId: number): Promise<string | null> {
      const row = await jobs().where('id', jobId).select(j('lastError')).first();
      return row?.[j('lastError')] ?? null;
    },
  };
}
