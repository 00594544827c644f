/**
 * The delivery worker: each tick claims due deliveries one at a time (at most `batchSize`),
 * posts each to its hook and settles it by the back-off rules. One post at a time per instance,
 * so a hook's messages go out in the order they were queued; a cluster's instances share the
 * work through the outbox's claims. A failure of one delivery never stops the others.
 */
import type { Core } from '@strapi/strapi';
import { settleChatAttempt } from '../../../../core/notifications/chat-backoff';
import { getConfig } from '../../utils';
import { openUrl, type StoredHook } from './hooks';
import type { ChatOutbox, ClaimedDelivery } from './outbox';
import { postChatMessage } from './post';

/** What a lease covers beyond the post's own timeout: settling it. */
const LEASE_MARGIN_MS = 30_000;

export interface TickCounts {
  sent: number;
  retrying: number;
  failed: number;
}

export function chatWorker(strapi: Core.Strapi, outbox: ChatOutbox, hookOf: (id: number) => Promise<StoredHook | null>) {
  let running: Promise<TickCounts> | undefined;

  async function deliver(delivery: ClaimedDelivery, timeoutMs: number): Promise<keyof TickCounts> {
    const hook = await hookOf(delivery.hookId);
    const target = hook ? openUrl(strapi, hook) : { error: 'The hook was deleted' };
    if ('error' in target) {
      await outbox.settle(delivery, { state: 'failed' }, { status: null, error: target.error });
      return 'failed';
    }
    const result = await postChatMessage(target.url, delivery.payload, timeoutMs);
    const settlement = settleChatAttempt(delivery.attempts, result);
    await outbox.settle(delivery, settlement, { status: result.status, error: result.error });
    if (settlement.state !== 'sent') {
      // The error text has the address scrubbed out; the hook is named by its name and id.
      strapi.log.warn(
        `[calendar] chat ${delivery.event} to hook ${delivery.hookId} (${hook!.name}), attempt ${delivery.attempts}: ${result.error}` +
          (settlement.state === 'pending' ? ` — retrying in ${Math.round(settlement.delayMs / 1000)} s` : ' — giving up')
      );
    }
    return settlement.state === 'pending' ? 'retrying' : settlement.state;
  }

  async function pass(): Promise<TickCounts> {
    const { batchSize, timeoutSeconds } = getConfig(strapi, 'chat');
    const timeoutMs = timeoutSeconds * 1000;
    const counts: TickCounts = { sent: 0, retrying: 0, failed: 0 };
    for (let n = 0; n < batchSize; n += 1) {
      const delivery = await outbox.claimNext(timeoutMs + LEASE_MARGIN_MS); // the database being away ends this pass
      if (!delivery) break;
      try {
        counts[await deliver(delivery, timeoutMs)] += 1;
      } catch (error) {
        // Not even the outcome could be recorded: the lease runs out and the delivery is retried.
        counts.failed += 1;
        strapi.log.error(`[calendar] chat delivery ${delivery.id}: could not record the outcome: ${(error as Error).message}`);
      }
    }
    return counts;
  }

  /** A tick asked for while a pass runs: that pass may have looked before the new delivery was queued. */
  let again = false;
  const RERUNS = 5;

  return {
    /** One pass (and another when asked for meanwhile); a pass in progress on this instance is joined, not doubled. */
    async tick(): Promise<TickCounts> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        const total: TickCounts = { sent: 0, retrying: 0, failed: 0 };
        for (let run = 0; run < RERUNS; run += 1) {
          again = false;
          const counts = await pass();
          total.sent += counts.sent;
          total.retrying += counts.retrying;
          total.failed += counts.failed;
          if (!again) break;
        }
        return total;
      })();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },

    async idle() {
      await running?.catch(() => {});
    },
  };
}

export type ChatWorker = ReturnType<typeof chatWorker>;
