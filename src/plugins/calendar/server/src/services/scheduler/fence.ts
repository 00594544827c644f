/**
 * The fenced publish of one claimed job: one database transaction that
 *  1. locks the job row and re-checks that this instance still owns it and that its lease holds
 *     by the database's clock (PostgreSQL: `FOR UPDATE SKIP LOCKED`; a job being unscheduled or
 *     published elsewhere is left alone);
 *  2. locks the piece's rows and re-checks that the draft is still that version, approved and due
 *     by the database's clock;
 *  3. publishes through the Document Service, which joins this transaction (Strapi's transaction
 *     context), so `entry.publish` webhooks fire only after the commit;
 *  4. stamps the published row's `publishedAt` with the database's clock, marks the job done and
 *     writes the publish log — all committed together, or not at all.
 * While the transaction holds the job row, no other instance can claim the job, even after the
 * lease ran out; on PostgreSQL the transaction may not sit idle or run a statement for longer
 * than the lease, so a hung instance cannot hold the row for ever.
 */
import type { Core } from '@strapi/strapi';
import { isDue, versionKey } from '../../../../core/scheduling/due';
import { dbHelpers } from '../../db';
import { getConfig } from '../../utils';
import type { Db, DbClock } from './db-clock';
import type { PublishLog, Trigger } from './publish-log';
import { PIECE, type Job, type JobQueue } from './queue';
import { runAsScheduler } from './writer';

export type FenceOutcome = 'published' | 'skipped' | 'lost';

export interface PieceVersions {
  title: string;
  editorialStatus: string | null;
  publishAt: Date | null;
  draftUpdatedAt: Date;
  publishedUpdatedAt: Date | null;
  publishedAt: Date | null;
}

export interface PublishOptions {
  /** Publish now: due whatever `publishAt` says. */
  ignoreTime?: boolean;
  userId?: number;
}

/** The draft and published rows of one language version of a piece, locked for this transaction when `lock` (PostgreSQL). */
export async function pieceVersions(
  strapi: Core.Strapi,
  db: Db,
  documentId: string,
  locale: string,
  lock = false
): Promise<PieceVersions | null> {
  const { table, col, toDate, sqlite } = dbHelpers(strapi);
  const c = (f: string) => col(PIECE, f);
  const q = db(table(PIECE))
    .where(c('documentId'), documentId)
    .where(c('locale'), locale)
    .select({
      title: c('title'),
      editorialStatus: c('editorialStatus'),
      publishAt: c('publishAt'),
      updatedAt: c('updatedAt'),
      publishedAt: c('publishedAt'),
    });
  const rows: Array<{ title: string; editorialStatus: string | null; publishAt: unknown; updatedAt: unknown; publishedAt: unknown }> =
    await (lock && !sqlite() ? q.forUpdate() : q);
  const draft = rows.find((r) => r.publishedAt === null || r.publishedAt === undefined);
  if (!draft) return null;
  const published = rows.find((r) => r.publishedAt !== null && r.publishedAt !== undefined);
  return {
    title: draft.title,
    editorialStatus: draft.editorialStatus,
    publishAt: toDate(draft.publishAt),
    draftUpdatedAt: toDate(draft.updatedAt)!,
    publishedUpdatedAt: published ? toDate(published.updatedAt) : null,
    publishedAt: published ? toDate(published.publishedAt) : null,
  };
}

export function publishFence(strapi: Core.Strapi, clock: DbClock, queue: JobQueue, log: PublishLog) {
  const { table, col, sqlite } = dbHelpers(strapi);
  const c = (f: string) => col(PIECE, f);

  /** PostgreSQL ends a transaction that idles or runs one statement longer than the lease. */
  async function boundByLease(trx: Db) {
    if (sqlite()) return;
    const ms = String(Math.round(getConfig(strapi, 'scheduler').leaseSeconds * 1000));
    // set_config(…, true) is SET LOCAL: for this transaction only.
    await trx.raw("SELECT set_config('idle_in_transaction_session_timeout', ?, true), set_config('statement_timeout', ?, true)", [ms, ms]);
  }

  return {
    /** Throws when the publish or the database fails; the caller records the failure. */
    async publish(job: Job, trigger: Trigger, options: PublishOptions = {}): Promise<FenceOutcome> {
      const started = Date.now();
      return strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        await boundByLease(trx);
        const now = await queue.lockOwned(trx, job);
        if (!now) return 'lost';
        const piece = await pieceVersions(strapi, trx, job.pieceDocumentId, job.locale, true);
        const base = {
          documentId: job.pieceDocumentId,
          locale: job.locale,
          versionKey: job.versionKey,
          title: piece?.title,
          occurrence: piece?.publishAt ?? job.dueAt,
          trigger,
          attempt: job.attempts,
          userId: options.userId,
          at: now,
        };
        if (!piece) {
          await queue.finish(trx, job, 'cancelled');
          await log.write({ ...base, outcome: 'skipped', error: 'The piece (in this language) no longer exists.' });
          return 'skipped';
        }
        if (versionKey(piece.draftUpdatedAt) !== job.versionKey) {
          // Edited since: the new version has (or will get) a job of its own.
          await queue.finish(trx, job, 'cancelled');
          return 'skipped';
        }
        const state = options.ignoreTime && (!piece.publishAt || piece.publishAt > now) ? { ...piece, publishAt: now } : piece;
        if (!isDue(state, now)) {
          await queue.finish(trx, job, 'done');
          await log.write({ ...base, outcome: 'skipped', error: 'Not due any more (already published, or no longer approved).' });
          return 'skipped';
        }
        // This locale only: publishing one language never publishes or unpublishes another.
        await runAsScheduler(() => strapi.documents(PIECE).publish({ documentId: job.pieceDocumentId, locale: job.locale }));
        // Strapi dates the publication with this instance's clock; the cluster's record uses the database's.
        await trx(table(PIECE))
          .where(c('documentId'), job.pieceDocumentId)
          .where(c('locale'), job.locale)
          .whereNotNull(c('publishedAt'))
          .update({ [c('publishedAt')]: clock.sql() });
        await queue.finish(trx, job, 'done');
        await log.write({ ...base, outcome: 'published', durationMs: Date.now() - started });
        return 'published';
      });
    },
  };
}

export type PublishFence = ReturnType<typeof publishFence>;
