/**
 * What an editor does by hand: publish now (through the same claim and fence as the scheduler)
 * and unschedule.
 *
 * Unschedule racing a publish in progress: unschedule locks the piece's job rows first (the
 * publishing transaction holds the one it publishes), so the two are serialised and whichever
 * commits first wins. If the publish committed first, unschedule answers 409 "already
 * published" and changes nothing; if unschedule committed first, the job is cancelled and the
 * piece is `planned`, and the publish finds it no longer owns an approved, due version.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { versionKey } from '../../../../core/scheduling/due';
import { ConflictError } from '../../conflict';
import type { Db, DbClock } from './db-clock';
import { pieceVersions, type PieceVersions } from './fence';
import type { PublishLog } from './publish-log';
import { PIECE, type JobQueue } from './queue';
import type { SchedulerRunner } from './runner';

interface Parts {
  clock: DbClock;
  queue: JobQueue;
  runner: SchedulerRunner;
  log: PublishLog;
}

const isPublished = (piece: PieceVersions) => Boolean(piece.publishedUpdatedAt && piece.draftUpdatedAt <= piece.publishedUpdatedAt);

export function manualPublishing(strapi: Core.Strapi, { clock, queue, runner, log }: Parts) {
  const knex = () => strapi.db.connection;

  async function existing(db: Db, documentId: string, locale: string, lock = false) {
    const piece = await pieceVersions(strapi, db, documentId, locale, lock);
    if (!piece) throw new errors.NotFoundError(`No content piece ${documentId} in locale ${locale}`);
    return piece;
  }

  return {
    /** Publishes the current version at once; a piece without approval or date gets both (date = now). */
    async publishNow(documentId: string, locale: string, userId: number) {
      let piece = await existing(knex(), documentId, locale);
      if (piece.editorialStatus !== 'approved' || !piece.publishAt) {
        const now = await clock.read();
        await strapi.documents(PIECE).update({
          documentId,
          locale,
          data: { editorialStatus: 'approved', ...(piece.publishAt ? {} : { publishAt: now.toISOString() }) },
        });
        piece = await existing(knex(), documentId, locale);
      }
      if (isPublished(piece)) {
        return { documentId, locale, outcome: 'skipped' as const, message: 'This version is already published.' };
      }
      const job = await queue.jobForNow(documentId, locale, versionKey(piece.draftUpdatedAt));
      const claimed = await queue.claimNext(job.id);
      if (!claimed) {
        throw new ConflictError('This piece is being published right now by the scheduler; reload in a moment.', { documentId });
      }
      const outcome = await runner.attempt(claimed, 'manual', { ignoreTime: true, userId });
      if (outcome === 'failed') throw new errors.ApplicationError(`Publishing failed: ${await queue.lastError(job.id)}`);
      return { documentId, locale, outcome };
    },

    /** No automatic publishing until approved again; the date is kept. 409 when the version is already published. */
    async unschedule(documentId: string, locale: string, userId: number) {
      return strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        const jobIds = await queue.lockPiece(trx, documentId, locale); // waits for a publish of this version in progress
        const piece = await existing(trx, documentId, locale, true);
        if (isPublished(piece)) {
          throw new ConflictError(
            'This version is already published; nothing is left to unschedule (unpublish it in the Content Manager).',
            {
              documentId,
              publishedAt: piece.publishedAt?.toISOString() ?? null,
            }
          );
        }
        let editorialStatus = piece.editorialStatus;
        if (editorialStatus === 'approved') {
          await strapi.documents(PIECE).update({ documentId, locale, data: { editorialStatus: 'planned' } });
          editorialStatus = 'planned';
        }
        await queue.cancelPending(trx, jobIds);
        const at = await clock.read(trx);
        await log.write({
          documentId,
          locale,
          title: piece.title,
          occurrence: piece.publishAt,
          trigger: 'manual',
          outcome: 'unscheduled',
          userId,
          at,
        });
        return { documentId, locale, editorialStatus, publishAt: piece.publishAt?.toISOString() ?? null };
      });
    },
  };
}
