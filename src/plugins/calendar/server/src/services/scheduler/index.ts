/**
 * The `scheduler` service: publishes approved content pieces on time, exactly once across every
 * Strapi instance that shares the database. All decisions rest on the database — its clock for
 * "due" and leases, its row locks for ownership, its transactions for the publish — never on an
 * instance's clock or memory. SQLite runs the same statements (writers are serialised there).
 *
 *   queue.ts        discovery, one-job claim with its own lease, bookkeeping after an attempt
 *   fence.ts        the publish of one job inside one transaction, with the ownership re-check
 *   runner.ts       the tick loop; a failure of one job never stops the others
 *   manual.ts       publish now, unschedule (and its race with a publish in progress)
 *   publish-log.ts  the log of every attempt and its read model
 *   db-clock.ts     the database's clock in SQL
 *   writer.ts       marks the scheduler's own publish for Document Service middlewares
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../../utils';
import { dbClock } from './db-clock';
import { publishFence } from './fence';
import { manualPublishing } from './manual';
import { publishLog, type LogQuery, type Trigger } from './publish-log';
import { jobQueue } from './queue';
import { schedulerRunner } from './runner';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const clock = dbClock(strapi);
  const queue = jobQueue(strapi, clock, instanceId);
  const log = publishLog(strapi, instanceId);
  const fence = publishFence(strapi, clock, queue, log);
  const runner = schedulerRunner(strapi, { clock, queue, fence, log, instanceId });
  const manual = manualPublishing(strapi, { clock, queue, runner, log });
  let timer: NodeJS.Timeout | undefined;

  return {
    instanceId,

    /**
     * Tests only (NODE_ENV=test): let the scheduler's database clock read `at` from now on
     * (null: the real database clock). It still advances in real time.
     */
    async setTestClock(at: Date | null) {
      clock.setTestOffset(0);
      clock.setTestOffset(at ? at.getTime() - (await clock.read()).getTime() : 0);
    },

    /** The scheduler's "now": the database's clock. */
    now: () => clock.read(),

    /** One pass: discover due pieces, then claim and publish one job at a time until none is left. */
    tick: (trigger: Trigger = 'schedule') => runner.tick(trigger),

    /** Jobs from before pieces had locales are the default locale's (run once at boot, before the first tick). */
    adoptUnlocalisedJobs: (defaultLocale: string) => queue.adoptUnlocalised(defaultLocale),

    start() {
      const { enabled, intervalSeconds } = getConfig(strapi, 'scheduler');
      if (!enabled) {
        strapi.log.info('[calendar] scheduler is disabled (calendar.config.scheduler.enabled = false)');
        return;
      }
      const safeTick = (trigger: Trigger) =>
        runner
          .tick(trigger)
          .catch((error: unknown) => strapi.log.error(`[calendar] scheduler tick failed: ${(error as Error).stack ?? error}`));
      // Publish only once Strapi has finished loading: it registers the stored webhooks after the
      // plugins' bootstrap, and a publish before that would send no `entry.publish` webhook.
      timer = setInterval(() => {
        if (!(strapi as unknown as { isLoaded?: boolean }).isLoaded) return;
        clearInterval(timer);
        void safeTick('boot');
        timer = setInterval(() => void safeTick('schedule'), intervalSeconds * 1000);
        timer.unref();
      }, 50);
      timer.unref();
      strapi.log.info(`[calendar] scheduler started on ${instanceId}, every ${intervalSeconds} s`);
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await runner.idle();
    },

    publishNow: (documentId: string, locale: string, userId: number) => manual.publishNow(documentId, locale, userId),
    unschedule: (documentId: string, locale: string, userId: number) => manual.unschedule(documentId, locale, userId),

    /** The publish log, newest first. */
    history: (query: LogQuery) => log.history(query),
  };
};
