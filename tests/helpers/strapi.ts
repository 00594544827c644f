/**
 * Boots a real Strapi (compiled by global-setup) on a fresh database for one test file, and
 * gives the tests HTTP access to it plus a few helpers to act as API clients and admins.
 */
import path from 'node:path';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './database';

const ROOT = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: any;
  db: TestDatabase;
  http: () => request.Agent;
  /** A full-access API token, as a publishing site or integration would use. */
  apiToken: (type?: 'full-access' | 'read-only') => Promise<string>;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Boot on this database instead of a fresh one, and leave it in place on stop. */
  database?: TestDatabase;
}

export async function startStrapi(extraEnv: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase());
  const dropOnStop = !options.database;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SERVE_ADMIN_PANEL: 'false',
    HOST: '127.0.0.1',
    PORT: '0',
    // Tests that need the scheduler turn it on and drive it with an injected clock.
    CALENDAR_SCHEDULER_ENABLED: 'false',
    // Mail tests turn notifications on with their own SMTP server.
    CALENDAR_NOTIFICATIONS_ENABLED: 'false',
    // Chat tests turn chat on with their own receiver (tests/helpers/chat-receiver.ts).
    CALENDAR_CHAT_ENABLED: 'false',
    ...db.env,
    ...extraEnv,
  });
  const { createStrapi } = require('@strapi/strapi');
  const previous = process.cwd();
  process.chdir(ROOT);
  let strapi: any;
  try {
    strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
    strapi.server.mount();
  } catch (error) {
    if (dropOnStop) await db.drop();
    throw error;
  } finally {
    process.chdir(previous);
  }
  const tokens = new Map<string, string>();
  return {
    strapi,
    db,
    http: () => request.agent(strapi.server.httpServer),
    async apiToken(type = 'full-access') {
      if (!tokens.has(type)) {
        const token = await strapi.service('admin::api-token').create({
          name: `test-${type}-${Date.now()}`,
          type,
          lifespan: null,
        });
        tokens.set(type, token.accessKey);
      }
      return tokens.get(type)!;
    },
    async stop() {
      try {
        // Strapi emits document events (and their webhooks) without awaiting them; let those
        // queries finish before the pool goes away, or they fail after the test has ended.
        const pool = strapi.db?.connection?.client?.pool;
        const deadline = Date.now() + 5000;
        while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
        }
        await new Promise((r) => setTimeout(r, 50));
        await strapi.destroy();
      } finally {
        if (dropOnStop) await db.drop();
      }
    },
  };
}
