/**
 * The tick loop: discover due versions, then claim and publish jobs until nothing claimable is
 * left (at most MAX_JOBS_PER_TICK), with a few workers on PostgreSQL. Each job is its own claim,
 * lease and fenced transaction; a failure of one job — in the publish, or in recording its
 * outcome when the database goes away — is logged and the loop goes on with the next.
 */
import type { Core } from '@strapi/strapi';
import { retryDelayMs } from '../../../../core/scheduling/due';
import { getService } from '../../utils';
import type { DbClock } from './db-clock';
import { pieceVersions, type PublishFence, type PublishOptions } from './fence';
import type { PublishLog, Trigger } from './publish-log';
import { DISCOVERY_ROUNDS, type Job, type JobQueue } from './queue';

export type RunOutcome = 'published' | 'failed' | 'skipped';
export type TickCounts = Record<RunOutcome, number>;

const MAX_JOBS_PER_TICK = 10_000;
/** Jobs one instance publishes at the same time on PostgreSQL, each with its own claim, lease and transaction. */
const PUBLISH_WORKERS = 4;

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

interface Parts {
  clock: DbClock;
  queue: JobQueue;
  fence: PublishFence;
  log: PublishLog;
  instanceId: string;
}

export function schedulerRunner(strapi: Core.Strapi, { clock, queue, fence, log, instanceId }: Parts) {
  let running: Promise<TickCounts> | undefined;

  /** The team's chat hears of the failure (it decides which attempts are worth a message); never in the publish's way. */
  const tellTheTeam = (
    job: Job,
    trigger: Trigger,
    f: { logId: number; title: string | null; occurrence: Date | null; gaveUp: boolean; error: string; at: Date }
  ) =>
    getService(strapi, 'chat-notifications')
      .publishFailed({ ...f, documentId: job.pieceDocumentId, locale: job.locale, attempt: job.attempts, trigger })
      .catch(() => 0);

  /** One attempt at one claimed job. Throws only when even recording the failure failed. */
  async function attempt(job: Job, trigger: Trigger, options: PublishOptions = {}): Promise<RunOutcome> {
    const started = Date.now();
    try {
      const outcome = await fence.publish(job, trigger, options);
      return outcome === 'lost' ? 'skipped' : outcome;
    } catch (error) {
      const message = describe(error);
      const { giveUp } = await queue.release(job, message);
      const piece = await pieceVersions(strapi, strapi.db.connection, job.pieceDocumentId, job.locale);
      const at = await clock.read();
      const logId = await log.write({
        documentId: job.pieceDocumentId,
        locale: job.locale,
        versionKey: job.versionKey,
        title: piece?.title,
        occurrence: piece?.publishAt ?? job.dueAt,
        trigger,
        outcome: 'failed',
        attempt: job.attempts,
        error: message,
        durationMs: Date.now() - started,
        userId: options.userId,
        at,
      });
      void tellTheTeam(job, trigger, {
        logId,
        title: piece?.title ?? null,
        occurrence: piece?.publishAt ?? job.dueAt,
        gaveUp: giveUp,
        error: message,
        at,
      });
      strapi.log.error(
        `[calendar] publishing ${job.pieceDocumentId} (${job.locale}, attempt ${job.attempts}) failed: ${message}` +
          (giveUp ? ' — giving up; see the publish log' : ` — retrying in ${Math.round(retryDelayMs(job.attempts) / 1000)} s`)
      );
      return 'failed';
    }
  }

  /** Jobs whose owner vanished on their last attempt: failed, with the reason in the log. */
  async function giveUpAbandoned(trigger: Trigger) {
    const jobs = await queue.giveUpAbandoned();
    for (const job of jobs) {
      const reason = `Gave up after ${job.attempts} attempts: the instance that claimed it last (${job.claimedBy}) stopped before finishing.`;
      strapi.log.error(`[calendar] publishing ${job.pieceDocumentId} (${job.locale}): ${reason}`);
      const at = await clock.read();
      const logId = await log.write({
        documentId: job.pieceDocumentId,
        locale: job.locale,
        versionKey: job.versionKey,
        occurrence: job.dueAt,
        trigger,
        outcome: 'failed',
        attempt: job.attempts,
        error: reason,
        at,
      });
      void tellTheTeam(job, trigger, { logId, title: null, occurrence: job.dueAt, gaveUp: true, error: reason, at });
    }
    return jobs.length;
  }

  async function discover(trigger: Trigger) {
    let found = 0;
    for (let round = 0; round < DISCOVERY_ROUNDS; round += 1) {
      const due = await queue.discover();
      found += due.length;
      if (!(await queue.ensureJobs(due))) break;
    }
    if (trigger === 'boot' && found > 0) {
      strapi.log.info(`[calendar] scheduler: ${found} piece(s) fell due while the server was down; publishing them now`);
    }
  }

  async function pass(trigger: Trigger): Promise<TickCounts> {
    const counts: TickCounts = { published: 0, failed: 0, skipped: 0 };
    await discover(trigger);
    try {
      counts.failed += await giveUpAbandoned(trigger);
    } catch (error) {
      // Bookkeeping of abandoned jobs never holds up publishing the due ones.
      strapi.log.error(`[calendar] scheduler: could not give up abandoned jobs: ${describe(error)}`);
    }
    let budget = MAX_JOBS_PER_TICK;
    const worker = async () => {
      while (budget > 0) {
        budget -= 1;
        const job = await queue.claimNext(); // the database being away ends this pass; the next tick retries
        if (!job) return;
        try {
          counts[await attempt(job, trigger)] += 1;
        } catch (error) {
          // Not even the failure could be recorded: the job's lease runs out and it is retried.
          counts.failed += 1;
          strapi.log.error(
            `[calendar] publishing ${job.pieceDocumentId} (attempt ${job.attempts}): could not record the outcome: ${describe(error)}`
          );
        }
      }
    };
    // Each worker claims and publishes one job at a time; SQLite has one connection, so one worker.
    const workers = strapi.db.dialect.client === 'sqlite' ? 1 : PUBLISH_WORKERS;
    const settled = await Promise.allSettled(Array.from({ length: workers }, worker));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (counts.published || counts.failed) {
      strapi.log.info(
        `[calendar] scheduler (${instanceId}): published ${counts.published}, failed ${counts.failed}, skipped ${counts.skipped}`
      );
    }
    return counts;
  }

  return {
    attempt,

    /** One pass; a pass already in progress on this instance is joined, not doubled. */
    async tick(trigger: Trigger = 'schedule'): Promise<TickCounts> {
      if (running) return running;
      running = pass(trigger);
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },

    /** Whether a pass is in progress (a tick now would join it, with its discovery already done). */
    busy: () => running !== undefined,

    /** Waits for a pass in progress (shutdown). */
    async idle() {
      await running?.catch(() => {});
    },
  };
}

export type SchedulerRunner = ReturnType<typeof schedulerRunner>;
