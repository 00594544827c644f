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
 *   alarm.ts        when the next pass runs: the next due time, a write's signal, or the interval
 *   next-due.ts     the next due time by the database's clock
 *   wake-signal.ts  "due at T" between instances (PostgreSQL LISTEN/NOTIFY)
 *   write-watch.ts  every write that schedules an approved draft sends that signal after commit
 *   writer.ts       marks the scheduler's own publish for Document Service middlewares
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../../utils';
import { schedulerAlarm, type SchedulerAlarm } from './alarm';
import { dbClock } from './db-clock';
import { publishFence } from './fence';
import { manualPublishing } from './manual';
import { publishLog, type LogQuery, type Trigger } from './publish-log';
import { jobQueue } from './queue';
import { nextDueQuery } from './next-due';
import { schedulerRunner } from './runner';
import { wakeSignal } from './wake-signal';
import { watchScheduleWrites } from './write-watch';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const clock = dbClock(strapi);
  const queue = jobQueue(strapi, clock, instanceId);
  const log = publishLog(strapi, instanceId);
  const fence = publishFence(strapi, clock, queue, log);
  const runner = schedulerRunner(strapi, { clock, queue, fence, log, instanceId });
  const manual = manualPublishing(strapi, { clock, queue, runner, log });
  const nextDue = nextDueQuery(strapi, clock);
  const signal = wakeSignal(strapi);
  let timer: NodeJS.Timeout | undefined;
  let alarm: SchedulerAlarm | undefined;
  /** The database's clock minus this process's, as last measured: turns a signalled instant into a delay. */
  let skewMs = 0;

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

    /** Announce schedule changes to the cluster's schedulers (every instance, enabled or not). */
    watchWrites: () => watchScheduleWrites(strapi, signal),

    start() {
      const { enabled, intervalSeconds } = getConfig(strapi, 'scheduler');
      if (!enabled) {
        strapi.log.info('[calendar] scheduler is disabled (calendar.config.scheduler.enabled = false)');
        return;
      }
      const onError = (error: unknown) => strapi.log.error(`[calendar] scheduler tick failed: ${(error as Error).stack ?? error}`);
      const armed = schedulerAlarm({
        intervalMs: intervalSeconds * 1000,
        pass: async (first) => {
          // Joining a pass someone else started (publish now, a test): its discovery may predate
          // the write that woke us, so look again right after it.
          const joined = runner.busy();
          const counts = await runner.tick(first ? 'boot' : 'schedule');
          return joined || counts.published + counts.failed > 0;
        },
        nextDueInMs: async () => {
          const { inMs, now } = await nextDue.nextDueInMs();
          skewMs = now.getTime() - Date.now();
          return inMs;
        },
        onError,
      });
      alarm = armed;
      // Publish only once Strapi has finished loading: it registers the stored webhooks after the
      // plugins' bootstrap, and a publish before that would send no `entry.publish` webhook.
      timer = setInterval(() => {
        if (!(strapi as unknown as { isLoaded?: boolean }).isLoaded) return;
        clearInterval(timer);
        timer = undefined;
        armed.start();
        void signal
          .listen({
            onHear: (dueAt) => armed.hint(dueAt.getTime() - (Date.now() + skewMs)),
            // Whatever was announced while this instance was not listening: one look now.
            onListening: () => armed.hint(0),
          })
          .catch((error: unknown) => onError(error));
      }, 50);
      timer.unref();
      strapi.log.info(`[calendar] scheduler started on ${instanceId}: on time, and at least every ${intervalSeconds} s`);
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await signal.stop();
      await alarm?.stop();
      await runner.idle();
    },

    publishNow: (documentId: string, locale: string, userId: number) => manual.publishNow(documentId, locale, userId),
    unschedule: (documentId: string, locale: string, userId: number) => manual.unschedule(documentId, locale, userId),

    /** The publish log, newest first. */
    history: (query: LogQuery) => log.history(query),
  };
};
