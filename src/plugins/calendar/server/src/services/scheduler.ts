/**
 * Publishes approved content pieces on time, exactly once across every Strapi instance that
 * shares the database.
 *
 * Each tick (every `scheduler.intervalSeconds`, and at boot for pieces that fell due while the
 * server was down):
 *  1. discover: every draft that is approved, due and unpublished (or newer than its published
 *     version) gets a job row for that exact version; a unique index on (piece, version) makes
 *     concurrent discovery by several instances harmless.
 *  2. claim: a conditional UPDATE moves a job from `due` (or from `claimed` with an expired
 *     lease) to `claimed` by this instance; only the instance whose UPDATE changed the row owns
 *     it. No in-memory flag decides anything.
 *  3. publish through the Document Service (so `entry.publish` webhooks and lifecycles fire with
 *     the real entry), after re-checking that the piece is still due and still that version. A
 *     crash between claim and publish leaves a lease that expires, and another instance retries;
 *     the re-check makes the retry a no-op when the publish had in fact happened.
 *  4. record the outcome in the publish log; a failure is retried with exponential back-off and
 *     logged with its error, never swallowed.
 * SQLite runs the same code path (one process, same statements).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDue, retryDelayMs, versionKey } from '../../../core/scheduling/due';
import { CONTENT_TYPES } from '../constants';
import { getConfig } from '../utils';
import { dbHelpers, newDocumentId } from '../db';

const PIECE = CONTENT_TYPES.contentPiece;
const JOB = 'plugin::calendar.publish-job';
const LOG = 'plugin::calendar.publish-log';

type Trigger = 'schedule' | 'boot' | 'manual';

interface JobRow {
  id: number;
  pieceDocumentId: string;
  versionKey: string;
  dueAt: Date;
  attempts: number;
  leaseUntil: Date;
}

interface PieceVersions {
  title: string;
  editorialStatus: string | null;
  publishAt: Date | null;
  draftUpdatedAt: Date;
  publishedUpdatedAt: Date | null;
}

type RunOutcome = 'published' | 'failed' | 'skipped';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  let clock: () => Date = () => new Date();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  const { knex, table, col, dbTime, toDate } = dbHelpers(strapi);
  const config = () => getConfig(strapi, 'scheduler');

  /** Rows that are due now: approved drafts whose time has come and whose version is not published. */
  async function dueDrafts(now: Date) {
    const t = table(PIECE);
    const c = (f: string) => col(PIECE, f);
    const rows: any[] = await knex()(`${t} as d`)
      .leftJoin(`${t} as p`, function join(this: any) {
        this.on(`p.${c('documentId')}`, '=', `d.${c('documentId')}`).andOnNotNull(`p.${c('publishedAt')}`);
      })
      .whereNull(`d.${c('publishedAt')}`)
      .where(`d.${c('editorialStatus')}`, 'approved')
      .whereNotNull(`d.${c('publishAt')}`)
      .where(`d.${c('publishAt')}`, '<=', dbTime(now))
      .where((q: any) => q.whereNull(`p.${c('id')}`).orWhere(`d.${c('updatedAt')}`, '>', knex().ref(`p.${c('updatedAt')}`)))
      .select({ documentId: `d.${c('documentId')}`, updatedAt: `d.${c('updatedAt')}`, publishAt: `d.${c('publishAt')}` });
    return rows.map((r) => ({ documentId: r.documentId as string, updatedAt: toDate(r.updatedAt)!, publishAt: toDate(r.publishAt)! }));
  }

  async function ensureJobs(found: Array<{ documentId: string; updatedAt: Date; publishAt: Date }>, now: Date) {
    const j = (f: string) => col(JOB, f);
    for (let i = 0; i < found.length; i += 50) {
      const rows = found.slice(i, i + 50).map((f) => ({
        document_id: newDocumentId(),
        [j('pieceDocumentId')]: f.documentId,
        [j('versionKey')]: versionKey(f.updatedAt),
        [j('dueAt')]: dbTime(f.publishAt),
        [j('state')]: 'due',
        [j('attempts')]: 0,
        [j('nextAttemptAt')]: dbTime(f.publishAt),
        [j('createdAt')]: dbTime(now),
        [j('updatedAt')]: dbTime(now),
      }));
      await knex()(table(JOB)).insert(rows).onConflict([j('pieceDocumentId'), j('versionKey')]).ignore();
    }
  }

  /** Claims up to `limit` jobs that are due or whose owner's lease ran out. */
  async function claim(now: Date, limit: number, onlyIds?: number[]): Promise<JobRow[]> {
    const j = (f: string) => col(JOB, f);
    const claimable = (q: any) =>
      q.where((w: any) =>
        w
          .where((a: any) => a.where(j('state'), 'due').where(j('nextAttemptAt'), '<=', dbTime(now)))
          .orWhere((b: any) => b.where(j('state'), 'claimed').where(j('leaseUntil'), '<', dbTime(now)))
      );
    let candidates = claimable(knex()(table(JOB)).select('id')).orderBy(j('dueAt')).limit(limit);
    if (onlyIds) candidates = candidates.whereIn('id', onlyIds);
    const ids: Array<{ id: number }> = await candidates;
    const leaseUntil = new Date(now.getTime() + config().leaseSeconds * 1000);
    const claimed: JobRow[] = [];
    for (const { id } of ids) {
      // The conditional UPDATE is the claim: whoever changes the row owns the job.
      const changed = await claimable(knex()(table(JOB)).where('id', id)).update({
        [j('state')]: 'claimed',
        [j('claimedBy')]: instanceId,
        [j('leaseUntil')]: dbTime(leaseUntil),
        [j('attempts')]: knex().raw('?? + 1', [j('attempts')]),
        [j('updatedAt')]: dbTime(now),
      });
      if (changed !== 1) continue;
      const row = await knex()(table(JOB)).where('id', id).first();
      claimed.push({
        id,
        pieceDocumentId: row[j('pieceDocumentId')],
        versionKey: row[j('versionKey')],
        dueAt: toDate(row[j('dueAt')])!,
        attempts: Number(row[j('attempts')]),
        leaseUntil,
      });
    }
    return claimed;
  }

  async function versionsOf(documentId: string): Promise<PieceVersions | null> {
    const c = (f: string) => col(PIECE, f);
    const rows: any[] = await knex()(table(PIECE))
      .where(c('documentId'), documentId)
      .select({
        title: c('title'),
        editorialStatus: c('editorialStatus'),
        publishAt: c('publishAt'),
        updatedAt: c('updatedAt'),
        publishedAt: c('publishedAt'),
      });
    const draft = rows.find((r) => r.publishedAt === null || r.publishedAt === undefined);
    if (!draft) return null;
    const published = rows.find((r) => r.publishedAt !== null && r.publishedAt !== undefined);
    return {
      title: draft.title,
      editorialStatus: draft.editorialStatus,
      publishAt: toDate(draft.publishAt),
      draftUpdatedAt: toDate(draft.updatedAt)!,
      publishedUpdatedAt: published ? toDate(published.updatedAt) : null,
    };
  }

  async function finishJob(job: JobRow, state: 'done' | 'due' | 'failed' | 'cancelled', extra: Record<string, unknown> = {}) {
    const j = (f: string) => col(JOB, f);
    // Only while we still own it: after a lost lease the new owner decides.
    await knex()(table(JOB))
      .where('id', job.id)
      .where(j('claimedBy'), instanceId)
      .where(j('state'), 'claimed')
      .update({ [j('state')]: state, [j('updatedAt')]: dbTime(clock()), ...extra });
  }

  async function log(entry: {
    documentId: string;
    title?: string;
    occurrence?: Date | null;
    trigger: Trigger;
    outcome: 'published' | 'failed' | 'skipped' | 'unscheduled';
    attempt?: number;
    error?: string;
    durationMs?: number;
    userId?: number;
  }) {
    await strapi.db.query(LOG as any).create({
      data: {
        pieceDocumentId: entry.documentId,
        title: entry.title ?? null,
        occurrence: entry.occurrence ?? null,
        instanceId,
        trigger: entry.trigger,
        outcome: entry.outcome,
        attempt: entry.attempt ?? null,
        error: entry.error ?? null,
        durationMs: entry.durationMs ?? null,
        by: entry.userId ?? null,
      },
    });
  }

  async function run(job: JobRow, trigger: Trigger, options: { ignoreTime?: boolean; userId?: number } = {}): Promise<RunOutcome> {
    const j = (f: string) => col(JOB, f);
    const now = clock();
    const piece = await versionsOf(job.pieceDocumentId);
    const base = { documentId: job.pieceDocumentId, title: piece?.title, occurrence: piece?.publishAt ?? job.dueAt, trigger, attempt: job.attempts, userId: options.userId };
    if (!piece) {
      await finishJob(job, 'cancelled');
      await log({ ...base, outcome: 'skipped', error: 'The piece no longer exists.' });
      return 'skipped';
    }
    if (versionKey(piece.draftUpdatedAt) !== job.versionKey) {
      // Edited since: the new version has (or will get) a job of its own.
      await finishJob(job, 'cancelled');
      return 'skipped';
    }
    const state = options.ignoreTime ? { ...piece, publishAt: piece.publishAt && piece.publishAt < now ? piece.publishAt : now } : piece;
    if (!isDue(state, now)) {
      await finishJob(job, 'done');
      await log({ ...base, outcome: 'skipped', error: 'Not due any more (already published, or no longer approved).' });
      return 'skipped';
    }
    if (clock().getTime() > job.leaseUntil.getTime() - 1000) {
      return 'skipped'; // our lease is (nearly) gone: leave the job to whoever claims it next
    }
    const started = Date.now();
    try {
      await strapi.documents(PIECE as any).publish({ documentId: job.pieceDocumentId });
      await finishJob(job, 'done', { [j('lastError')]: null });
      await log({ ...base, outcome: 'published', durationMs: Date.now() - started });
      return 'published';
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const giveUp = job.attempts >= config().maxAttempts;
      await finishJob(job, giveUp ? 'failed' : 'due', {
        [j('lastError')]: message,
        [j('nextAttemptAt')]: dbTime(new Date(now.getTime() + retryDelayMs(job.attempts))),
      });
      await log({ ...base, outcome: 'failed', error: message, durationMs: Date.now() - started });
      strapi.log.error(
        `[calendar] publishing ${job.pieceDocumentId} (attempt ${job.attempts}) failed: ${message}` +
          (giveUp ? ' — giving up; see the publish log' : ` — retrying in ${Math.round(retryDelayMs(job.attempts) / 1000)} s`)
      );
      return 'failed';
    }
  }

  return {
    instanceId,

    /** For tests: an injected clock. */
    setClock(fn: () => Date) {
      clock = fn;
    },

    /** One pass: discover due pieces, then claim and publish until nothing claimable is left. */
    async tick(trigger: Trigger = 'schedule') {
      if (running) return running;
      const pass = (async () => {
        const counts = { published: 0, failed: 0, skipped: 0 };
        const now = clock();
        const due = await dueDrafts(now);
        if (trigger === 'boot' && due.length > 0) {
          strapi.log.info(`[calendar] scheduler: ${due.length} piece(s) fell due while the server was down; publishing them now`);
        }
        await ensureJobs(due, now);
        for (let round = 0; round < 1000; round += 1) {
          const jobs = await claim(clock(), config().batchSize);
          if (jobs.length === 0) break;
          for (const job of jobs) counts[await run(job, trigger)] += 1;
        }
        if (counts.published || counts.failed) {
          strapi.log.info(`[calendar] scheduler (${instanceId}): published ${counts.published}, failed ${counts.failed}, skipped ${counts.skipped}`);
        }
        return counts;
      })();
      running = pass;
      try {
        return await pass;
      } finally {
        running = undefined;
      }
    },

    start() {
      const { enabled, intervalSeconds } = config();
      if (!enabled) {
        strapi.log.info('[calendar] scheduler is disabled (calendar.config.scheduler.enabled = false)');
        return;
      }
      const safeTick = (trigger: Trigger) =>
        this.tick(trigger).catch((error: unknown) => strapi.log.error(`[calendar] scheduler tick failed: ${(error as Error).stack ?? error}`));
      void safeTick('boot');
      timer = setInterval(() => void safeTick('schedule'), intervalSeconds * 1000);
      timer.unref();
      strapi.log.info(`[calendar] scheduler started on ${instanceId}, every ${intervalSeconds} s`);
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => {});
    },

    /** "Publish now": publishes the current version at once, through the same claim. */
    async publishNow(documentId: string, userId: number) {
      let piece = await versionsOf(documentId);
      if (!piece) throw new errors.NotFoundError(`No content piece ${documentId}`);
      const now = clock();
      if (piece.editorialStatus !== 'approved' || !piece.publishAt) {
        await strapi.documents(PIECE as any).update({
          documentId,
          data: { editorialStatus: 'approved', ...(piece.publishAt ? {} : { publishAt: now.toISOString() }) } as any,
        });
        piece = (await versionsOf(documentId))!;
      }
      if (piece.publishedUpdatedAt && piece.draftUpdatedAt <= piece.publishedUpdatedAt) {
        return { documentId, outcome: 'skipped' as const, message: 'This version is already published.' };
      }
      await ensureJobs([{ documentId, updatedAt: piece.draftUpdatedAt, publishAt: now }], now);
      const j = (f: string) => col(JOB, f);
      const job = await knex()(table(JOB)).where(j('pieceDocumentId'), documentId).where(j('versionKey'), versionKey(piece.draftUpdatedAt)).first();
      // Due now even if it was scheduled for later.
      await knex()(table(JOB)).where('id', job.id).where(j('state'), 'due').update({ [j('nextAttemptAt')]: dbTime(now) });
      const [claimed] = await claim(now, 1, [job.id]);
      if (!claimed) throw new errors.ApplicationError('This piece is being published right now by the scheduler; reload in a moment.');
      const outcome = await run(claimed, 'manual', { ignoreTime: true, userId });
      if (outcome === 'failed') {
        const last = await knex()(table(JOB)).where('id', job.id).first();
        throw new errors.ApplicationError(`Publishing failed: ${last[j('lastError')]}`);
      }
      return { documentId, outcome };
    },

    /** "Unschedule": no automatic publishing until approved again; the date is kept. */
    async unschedule(documentId: string, userId: number) {
      const piece = await versionsOf(documentId);
      if (!piece) throw new errors.NotFoundError(`No content piece ${documentId}`);
      if (piece.editorialStatus === 'approved') {
        await strapi.documents(PIECE as any).update({ documentId, data: { editorialStatus: 'planned' } as any });
      }
      const j = (f: string) => col(JOB, f);
      await knex()(table(JOB))
        .where(j('pieceDocumentId'), documentId)
        .where(j('state'), 'due')
        .update({ [j('state')]: 'cancelled', [j('updatedAt')]: dbTime(clock()) });
      await log({ documentId, title: piece.title, occurrence: piece.publishAt, trigger: 'manual', outcome: 'unscheduled', userId });
      return { documentId, editorialStatus: 'planned', publishAt: piece.publishAt?.toISOString() ?? null };
    },

    /** The publish log, newest first. */
    async history(query: { page: number; pageSize: number; documentId?: string; outcome?: string }) {
      const where: Record<string, unknown> = {};
      if (query.documentId) where.pieceDocumentId = query.documentId;
      if (query.outcome) where.outcome = query.outcome;
      const [rows, total] = await Promise.all([
        strapi.db.query(LOG as any).findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
          populate: { by: { select: ['id', 'firstname', 'lastname'] } },
        }),
        strapi.db.query(LOG as any).count({ where }),
      ]);
      return {
        data: rows.map((r: any) => ({
          id: r.id,
          documentId: r.pieceDocumentId,
          title: r.title,
          occurrence: r.occurrence ? new Date(r.occurrence).toISOString() : null,
          at: new Date(r.createdAt).toISOString(),
          instanceId: r.instanceId,
          trigger: r.trigger,
          outcome: r.outcome,
          attempt: r.attempt,
          error: r.error,
          durationMs: r.durationMs,
          by: r.by ? { id: r.by.id, firstname: r.by.firstname, lastname: r.by.lastname } : null,
        })),
        meta: { pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) } },
      };
    },
  };
};
