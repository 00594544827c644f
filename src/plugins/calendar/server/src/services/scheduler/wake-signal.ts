/**
 * How the instances of a cluster tell each other "something falls due at T": on PostgreSQL a
 * NOTIFY on one channel, sent after the write committed and heard by every instance LISTENing
 * (this one included) on a connection of its own; on SQLite there is one instance, which hears
 * itself directly. A lost signal costs only time: the interval poll still finds the piece.
 *
 * The listening connection is checked with a `SELECT 1` every health period (a half-open socket
 * emits no error), replaced when it fails, and each new LISTEN is followed by `onListening`, so
 * the scheduler looks once for whatever was announced while nobody listened.
 */
import type { Core } from '@strapi/strapi';

export const WAKE_CHANNEL = 'vuosikello_schedule';
/** Reconnect a broken listening connection after this long. */
const RECONNECT_MS = 5_000;
/** How often the listening connection proves it is alive, and how long it may take to answer. */
const HEALTH_MS = 15_000;
const HEALTH_TIMEOUT_MS = 5_000;

interface PgClient {
  query(sql: string, values?: unknown[]): Promise<unknown>;
  on(event: 'notification', cb: (msg: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', cb: (error?: Error) => void): void;
  end(): Promise<void>;
}

export interface Listeners {
  onHear(dueAt: Date): void;
  onListening(): void;
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

export function wakeSignal(strapi: Core.Strapi) {
  const postgres = () => strapi.db.dialect.client === 'postgres';
  let listener: PgClient | undefined;
  let listeners: Listeners | undefined;
  let stopped = true;
  let retry: NodeJS.Timeout | undefined;
  let health: NodeJS.Timeout | undefined;
  let connecting: Promise<void> | undefined;

  const onPayload = (payload: string | undefined) => {
    const dueAt = new Date(payload ?? '');
    if (!Number.isNaN(dueAt.getTime())) listeners?.onHear(dueAt);
  };

  const end = (client: PgClient | undefined) => client?.end().catch(() => {});

  const retryLater = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_MS).unref();
  };

  /** Drops the listening connection (when it is still `client`) and tries again later. */
  const drop = (client: PgClient) => {
    if (listener === client) listener = undefined;
    void end(client);
    retryLater();
  };

  async function open() {
    let client: PgClient | undefined;
    try {
      // A connection of its own, outside the pool: LISTEN holds it for the instance's lifetime.
      client = await withTimeout(
        (strapi.db.connection.client as unknown as { acquireRawConnection(): Promise<PgClient> }).acquireRawConnection(),
        HEALTH_TIMEOUT_MS
      );
      const self = client;
      client.on('error', () => drop(self));
      client.on('end', () => drop(self));
      client.on('notification', (msg) => msg.channel === WAKE_CHANNEL && onPayload(msg.payload));
      await withTimeout(client.query(`LISTEN ${WAKE_CHANNEL}`), HEALTH_TIMEOUT_MS);
      if (stopped) return void end(client);
      listener = client;
      listeners?.onListening();
    } catch (error) {
      strapi.log.warn(`[calendar] scheduler: cannot listen for schedule changes (${(error as Error).message}); polling until it can`);
      if (client) drop(client);
      else retryLater();
    }
  }

  function connect() {
    if (stopped || connecting || listener) return connecting;
    connecting = open().finally(() => (connecting = undefined));
    return connecting;
  }

  async function checkHealth() {
    const client = listener;
    if (!client) return void connect();
    try {
      await withTimeout(client.query('SELECT 1'), HEALTH_TIMEOUT_MS);
    } catch {
      drop(client);
    }
  }

  return {
    /** Starts hearing signals (on PostgreSQL: LISTEN, checked every health period). */
    async listen(to: Listeners) {
      listeners = to;
      stopped = false;
      if (!postgres()) return;
      health = setInterval(() => void checkHealth(), HEALTH_MS).unref();
      await connect();
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
      listeners = undefined;
      if (retry) clearTimeout(retry);
      if (health) clearInterval(health);
      retry = undefined;
      health = undefined;
      await connecting?.catch(() => {});
      const client = listener;
      listener = undefined;
      await end(client);
    },
  };
}

export type WakeSignal = ReturnType<typeof wakeSignal>;
