/**
 * The chat outbox in the database: one row per message to one hook, queued once (a unique key
 * per hook and event), claimed one at a time with a lease by the database's clock, and settled
 * only by the instance that still holds it. On PostgreSQL the claim picks its row with
 * `FOR UPDATE SKIP LOCKED`, as the publish queue does, so two instances never take the same
 * delivery; SQLite serialises writers, which gives the same result with the same statements.
 */
import type { Core } from '@strapi/strapi';
import type { ChatSettlement } from '../../../../core/notifications/chat-backoff';
import type { ChatDeliveryEvent } from '../../../../core/notifications/chat-message';
import { CONTENT_TYPES } from '../../constants';
import { dbHelpers, newDocumentId } from '../../db';
import type { DbClock, QueryBuilder } from '../scheduler/db-clock';

const DELIVERY = CONTENT_TYPES.chatDelivery;
const HOOK = CONTENT_TYPES.chatHook;
/** An error text is for people: a few lines, not a receiver's whole error page. */
const ERROR_MAX = 500;

export interface NewDelivery {
  hookId: number;
  event: ChatDeliveryEvent;
  dedupeKey: string;
  payload: unknown;
}

export interface ClaimedDelivery {
  id: number;
  hookId: number;
  event: ChatDeliveryEvent;
  payload: unknown;
  /** Attempts so far, this one included. */
  attempts: number;
}

export interface AttemptRecord {
  status: number | null;
  error: string | null;
}

export type ChatOutbox = ReturnType<typeof chatOutbox>;

export function chatOutbox(strapi: Core.Strapi, clock: DbClock, instanceId: string) {
  const { knex, table, col, sqlite } = dbHelpers(strapi);
  const d = (f: string) => col(DELIVERY, f);
  const rows = () => knex()(table(DELIVERY));
  const skipLocked = (q: QueryBuilder) => (sqlite() ? q : q.forUpdate().skipLocked());
  /** PostgreSQL hands json back parsed, SQLite as text. */
  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  const clip = (text: string | null) => (text && text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text);

  return {
    /** Queues each message once: a second insert with the same hook and key is a no-op. */
    async add(deliveries: NewDelivery[]) {
      for (let i = 0; i < deliveries.length; i += 50) {
        const batch = deliveries.slice(i, i + 50).map((n) => ({
          document_id: newDocumentId(),
          [d('hookId')]: n.hookId,
          [d('event')]: n.event,
          [d('dedupeKey')]: n.dedupeKey,
          [d('payload')]: JSON.stringify(n.payload),
          [d('state')]: 'pending',
          [d('attempts')]: 0,
          [d('nextAttemptAt')]: clock.sql(),
          [d('createdAt')]: clock.sql(),
          [d('updatedAt')]: clock.sql(),
        }));
        await rows()
          .insert(batch)
          .onConflict([d('hookId'), d('dedupeKey')])
          .ignore();
      }
    },

    /**
     * The oldest due delivery of an enabled hook: pending and past its back-off, or sending by an
     * instance whose lease ran out. One statement claims it; `leaseMs` covers one post.
     */
    async claimNext(leaseMs: number): Promise<ClaimedDelivery | null> {
      const enabledHooks = knex()(table(HOOK)).select('id').where(col(HOOK, 'enabled'), true);
      const pick = rows()
        .select('id')
        .whereIn(d('hookId'), enabledHooks)
        .where((w) =>
          w
            .where((a) => a.where(d('state'), 'pending').where(d('nextAttemptAt'), '<=', clock.sql()))
            .orWhere((b) => b.where(d('state'), 'sending').where(d('leaseUntil'), '<', clock.sql()))
        )
        .orderBy([d('nextAttemptAt'), 'id'])
        .limit(1);
      const claimed: Array<Record<string, unknown>> = await rows()
        .whereIn('id', skipLocked(pick))
        .update(
          {
            [d('state')]: 'sending',
            [d('claimedBy')]: instanceId,
            [d('leaseUntil')]: clock.sql(leaseMs),
            [d('attempts')]: knex().raw('?? + 1', [d('attempts')]),
            [d('updatedAt')]: clock.sql(),
          },
          ['id', d('hookId'), d('event'), d('payload'), d('attempts')]
        );
      if (!claimed.length) return null;
      const row = claimed[0];
      return {
        id: Number(row.id),
        hookId: Number(row[d('hookId')]),
        event: row[d('event')] as ChatDeliveryEvent,
        payload: json(row[d('payload')]),
        attempts: Number(row[d('attempts')]),
      };
    },

    /** After an attempt: sent, failed, or pending again after its pause; only while this instance holds it. */
    async settle(delivery: ClaimedDelivery, settlement: ChatSettlement, attempt: AttemptRecord) {
      const changed = await rows()
        .where('id', delivery.id)
        .where(d('claimedBy'), instanceId)
        .where(d('state'), 'sending')
        .update({
          [d('state')]: settlement.state,
          [d('lastStatus')]: attempt.status,
          [d('lastError')]: settlement.state === 'sent' ? null : clip(attempt.error),
          [d('nextAttemptAt')]: settlement.state === 'pending' ? clock.sql(settlement.delayMs) : null,
          [d('leaseUntil')]: null,
          [d('sentAt')]: settlement.state === 'sent' ? clock.sql() : null,
          [d('updatedAt')]: clock.sql(),
        });
      return changed === 1;
    },

    /** A message already posted (the test message): kept in the list of recent deliveries. */
    async record(n: NewDelivery, attempt: AttemptRecord, sent: boolean) {
      await rows().insert({
        document_id: newDocumentId(),
        [d('hookId')]: n.hookId,
        [d('event')]: n.event,
        [d('dedupeKey')]: n.dedupeKey,
        [d('payload')]: JSON.stringify(n.payload),
        [d('state')]: sent ? 'sent' : 'failed',
        [d('attempts')]: 1,
        [d('claimedBy')]: instanceId,
        [d('lastStatus')]: attempt.status,
        [d('lastError')]: sent ? null : clip(attempt.error),
        [d('sentAt')]: sent ? clock.sql() : null,
        [d('createdAt')]: clock.sql(),
        [d('updatedAt')]: clock.sql(),
      });
    },

    /** A hook turned off: what it had not posted yet is not posted later, stale, in a flood. */
    async abandonPending(hookId: number, reason: string) {
      return rows()
        .where(d('hookId'), hookId)
        .where(d('state'), 'pending')
        .update({ [d('state')]: 'failed', [d('lastError')]: reason, [d('nextAttemptAt')]: null, [d('updatedAt')]: clock.sql() });
    },

    async removeForHook(hookId: number) {
      return rows().where(d('hookId'), hookId).del();
    },
  };
}
