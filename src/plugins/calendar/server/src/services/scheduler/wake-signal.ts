/**
 * How the instances of a cluster tell each other "something falls due at T": on PostgreSQL a
 * NOTIFY on one channel, sent after the write committed and heard by every instance LISTENing
 * (this one included) on a connection of its own; on SQLite there is one instance, which hears
 * itself directly. A lost signal costs only time: the interval poll still finds the piece.
 */
import type { Core } from '@strapi/strapi';

export const WAKE_CHANNEL = 'vuosikello_schedule';
/** Reconnect the listening connection after it broke, at most this often. */
const RECONNECT_MS = 5_000;

interface PgClient {
  query(sql: string, values?: unknown[]): Promise<unknown>;
  on(event: 'notification', cb: (msg: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', cb: (error?: Error) => void): void;
  end(): Promise<void>;
}

type Hear = (dueAt: Date) => void;

export function wakeSignal(strapi: Core.Strapi) {
  const postgres = () => strapi.db.dialect.client === 'postgres';
  let listener: PgClient | undefined;
  let hear: Hear | undefined;
  let stopped = true;
  let retry: NodeJS.Timeout | undefined;

  const onPayload = (payload: string | undefined) => {
    const dueAt = new Date(payload ?? '');
    if (!Number.isNaN(dueAt.getTime())) hear?.(dueAt);
  };

  async function connect() {
    if (stopped) return;
    try {
      // A connection of its own, outside the pool: LISTEN holds it for the instance's lifetime.
      const client = (await (
        strapi.db.connection.client as unknown as { acquireRawConnection(): Promise<PgClient> }
      ).acquireRawConnection()) as PgClient;
      const broke = () => {
        if (listener !== client) return;
        listener = undefined;
        if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS).unref();
      };
      client.on('error', broke);
      client.on('end', broke);
      client.on('notification', (msg) => msg.channel === WAKE_CHANNEL && onPayload(msg.payload));
      await client.query(`LISTEN ${WAKE_CHANNEL}`);
      listener = client;
      if (stopped) await close();
    } catch (error) {
      strapi.log.warn(`[calendar] scheduler: cannot listen for schedule changes (${(error as Error).message}); polling only`);
      if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS).unref();
    }
  }

  async function close() {
    const client = listener;
    listener = undefined;
    await client?.end().catch(() => {});
  }

  return {
    /** Starts hearing signals (on PostgreSQL: LISTEN). */
    async listen(onHear: Hear) {
      hear = onHear;
      stopped = false;
      if (postgres()) await connect();
    },

    /** Tells every instance (on SQLite: this one) that something falls due at `dueAt`. Never throws. */
    async send(dueAt: Date) {
      if (!postgres()) return onPayload(dueAt.toISOString());
      await strapi.db.connection
        .raw('SELECT pg_notify(?, ?)', [WAKE_CHANNEL, dueAt.toISOString()])
        .catch((error: unknown) =>
          strapi.log.warn(`[calendar] scheduler: could not signal a schedule change: ${(error as Error).message}`)
        );
    },

    async stop() {
      stopped = true;
      hear = undefined;
      if (retry) clearTimeout(retry);
      await close();
    },
  };
}

export type WakeSignal = ReturnType<typeof wakeSignal>;
