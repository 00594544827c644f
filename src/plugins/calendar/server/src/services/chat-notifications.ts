/**
 * The `chat-notifications` service: the team's Slack and Teams channels hear of assignments,
 * mentions, publish failures and the daily digest. An event is rendered once per hook (its
 * format and language) into the outbox (services/chat/outbox.ts) and posted by the delivery
 * worker (services/chat/worker.ts), retried with back-off, once across a cluster.
 *
 * Nothing here may fail the action that caused the message: every entry point catches and logs
 * (hooks are named by id and name; their address never reaches the log).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { chatMessage, type ChatEvent, type ChatEventData } from '../../../core/notifications/chat-message';
import { instantToLocal } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers, isUniqueViolation, newDocumentId } from '../db';
import { getConfig } from '../utils';
import {
  adminLink,
  assignmentEvent,
  digestEvent,
  mentionEvent,
  publishFailureEvent,
  type PublishFailure,
  type QueuedEvent,
} from './chat/events';
import { hookStore, openUrl, type StoredHook } from './chat/hooks';
import { chatOutbox } from './chat/outbox';
import { postChatMessage, type PostResult } from './chat/post';
import { chatWorker } from './chat/worker';
import { dbClock } from './scheduler/db-clock';

const RUN = CONTENT_TYPES.notificationRun;

export type { PublishFailure };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const config = () => getConfig(strapi, 'chat');
  const clock = dbClock(strapi);
  const outbox = chatOutbox(strapi, clock, instanceId);
  const hooks = hookStore(strapi);
  const worker = chatWorker(strapi, outbox, (id) => hooks.one(id));
  const db = dbHelpers(strapi);
  const timers: NodeJS.Timeout[] = [];
  let digestRun: Promise<unknown> | undefined;

  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  /** Posting starts now rather than at the next tick; a worker that is off (tests, disabled) is not woken. */
  const kick = () => {
    if (timers.length) setImmediate(() => void worker.tick().catch(() => {}));
  };

  /** Queues `data` for every enabled hook that posts `event`; returns how many. Never throws. */
  async function enqueue(event: ChatEvent, queued: QueuedEvent | null): Promise<number> {
    if (!queued) return 0;
    const subscribed = await hooks.subscribed(event);
    if (!subscribed.length) return 0;
    await outbox.add(
      subscribed.map((hook) => ({
        hookId: hook.id,
        event,
        dedupeKey: queued.dedupeKey,
        payload: chatMessage(hook.format, hook.language, queued.data),
      }))
    );
    kick();
    return subscribed.length;
  }

  /** Runs `gather` and queues what it finds, unless chat is off; a failure is logged, never thrown. */
  async function safely(event: ChatEvent, gather: () => Promise<QueuedEvent | null>): Promise<number> {
    if (!config().enabled) return 0;
    try {
      return await enqueue(event, await gather());
    } catch (error) {
      strapi.log.error(`[calendar] chat ${event} message could not be queued: ${describe(error)}`);
      return 0;
    }
  }

  return {
    instanceId,

    /** Queues an event's message for the hooks that post it (the entry points below gather the facts). */
    enqueue: (event: ChatEvent, dedupeKey: string, data: ChatEventData) => safely(event, async () => ({ dedupeKey, data })),

    assigned: (documentId: string, locale: string, assigneeId: number, actorId: number | null) =>
      safely('assignment', () => assignmentEvent(strapi, documentId, locale, assigneeId, actorId)),

    mentioned: (documentId: string, comment: { id: number; body: string; authorId: number | null }, userIds: number[]) =>
      safely('mention', () => mentionEvent(strapi, documentId, comment, userIds)),

    /**
     * A failed publish by the scheduler: the first failed attempt of a job (the team learns at
     * once, and when the retry is) and the one it gives up on; the attempts between would only
     * repeat it. A publish started by hand fails in front of the person who started it.
     */
    publishFailed(failure: PublishFailure & { trigger: string }) {
      if (failure.trigger === 'manual' || (failure.attempt !== 1 && !failure.gaveUp)) return Promise.resolve(0);
      return safely('publishFailure', () => publishFailureEvent(strapi, failure));
    },

    /**
     * The team's digest for today if it is due (after the digest hour, default zone) and no
     * instance has queued it: the day's `notification-run` row, `chat-digest:<date>`, is the claim.
     */
    async runDigest(now: Date) {
      const zone = getConfig(strapi, 'defaultTimeZone');
      const local = instantToLocal(now, zone);
      const day = local.slice(0, 10);
      if (!config().enabled) return { queued: 0, day, reason: 'disabled' as const };
      if (Number(local.slice(11, 13)) < getConfig(strapi, 'notifications').digestHour)
        return { queued: 0, day, reason: 'before-digest-hour' as const };
      // Without a hook for it nothing is claimed: a hook added later today still gets today's digest.
      if (!(await hooks.subscribed('digest')).length) return { queued: 0, day, reason: 'no-hooks' as const };
      const key = `chat-digest:${day}`;
      try {
        await db
          .knex()(db.table(RUN))
          .insert({
            document_id: newDocumentId(),
            [db.col(RUN, 'runKey')]: key,
            [db.col(RUN, 'instanceId')]: instanceId,
            [db.col(RUN, 'createdAt')]: db.dbTime(now),
            [db.col(RUN, 'updatedAt')]: db.dbTime(now),
          });
      } catch (error) {
        if (isUniqueViolation(error)) return { queued: 0, day, reason: 'already-sent' as const };
        throw error;
      }
      const dayRow = () => db.knex()(db.table(RUN)).where(db.col(RUN, 'runKey'), key);
      try {
        const queued = await enqueue('digest', await digestEvent(strapi, day, now));
        await dayRow().update({ [db.col(RUN, 'recipients')]: queued });
        return { queued, day, reason: queued ? ('queued' as const) : ('nothing-due' as const) };
      } catch (error) {
        // Nothing was queued: give the day back for the next check.
        await dayRow().del();
        throw error;
      }
    },

    /** Posts what is due now (the timer calls this; tests too). */
    tick: () => worker.tick(),

    /** Posts a test message to `hook` now, outside the outbox, and lists it with the deliveries. */
    async sendTest(hook: StoredHook): Promise<PostResult> {
      const payload = chatMessage(hook.format, hook.language, {
        event: 'test',
        hookName: hook.name,
        link: adminLink(strapi, '/plugins/calendar'),
      });
      const target = openUrl(strapi, hook);
      const result: PostResult =
        'error' in target
          ? { status: null, ok: false, retryAfterMs: null, error: target.error }
          : await postChatMessage(target.url, payload, config().timeoutSeconds * 1000);
      const delivery = { hookId: hook.id, event: 'test' as const, dedupeKey: `test:${crypto.randomUUID()}`, payload };
      await outbox.record(delivery, { status: result.status, error: result.error }, result.ok);
      return result;
    },

    /** A hook turned off, or moved to another chat's format (its queued bodies are the old one's): its queue goes. */
    abandonPending: (hookId: number, reason = 'The hook was turned off before this was posted') => outbox.abandonPending(hookId, reason),
    removeDeliveries: (hookId: number) => outbox.removeForHook(hookId),

    /** The outbox's "now": the database's clock. */
    now: () => clock.read(),

    /** Tests only (NODE_ENV=test): the outbox's database clock reads `at` from now on (null: the real clock). */
    async setTestClock(at: Date | null) {
      clock.setTestOffset(0);
      clock.setTestOffset(at ? at.getTime() - (await clock.read()).getTime() : 0);
    },

    start() {
      const { enabled, intervalSeconds } = config();
      if (!enabled) {
        strapi.log.info('[calendar] chat notifications are disabled (calendar.config.chat.enabled = false)');
        return;
      }
      const tick = () =>
        void worker.tick().catch((error: unknown) => strapi.log.error(`[calendar] chat delivery tick failed: ${describe(error)}`));
      const digest = () => {
        digestRun = this.runDigest(new Date()).catch((error: unknown) =>
          strapi.log.error(`[calendar] chat daily digest failed: ${describe(error)}`)
        );
      };
      timers.push(
        setInterval(tick, intervalSeconds * 1000),
        setInterval(digest, getConfig(strapi, 'notifications').checkIntervalSeconds * 1000)
      );
      for (const timer of timers) timer.unref();
    },

    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await Promise.all([worker.idle(), digestRun]);
    },
  };
};
