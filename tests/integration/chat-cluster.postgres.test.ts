/**
 * The chat outbox on a cluster: two real Strapi processes on one PostgreSQL database post 400
 * queued messages to one receiver, each exactly once, sharing the work. PostgreSQL only
 * (jest.config.js runs `*.postgres.test.ts` only when TEST_DATABASE=postgres).
 */
import { startInstance, sleep, type Instance } from '../helpers/cluster';
import { startChatReceiver, type ChatReceiver } from '../helpers/chat-receiver';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

if (testDatabaseKind() !== 'postgres')
  throw new Error('This file needs several processes on PostgreSQL: run it with TEST_DATABASE=postgres');

jest.setTimeout(300_000);

const MESSAGES = 400;
let db: TestDatabase;
let app: TestApp;
let receiver: ChatReceiver;
const instances: Instance[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  // This process only creates the hook and queues; the instances post.
  app = await startStrapi({ CALENDAR_CHAT_ENABLED: 'false' }, { database: db });
  receiver = await startChatReceiver();
  const instanceEnv = {
    NODE_ENV: 'test',
    ...db.env,
    CALENDAR_CHAT_ENABLED: 'true',
    CALENDAR_CHAT_INTERVAL_SECONDS: '0.2',
    CALENDAR_CHAT_BATCH_SIZE: '10',
  };
  instances.push(...(await Promise.all([startInstance(instanceEnv), startInstance(instanceEnv)])));
});

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await app?.stop();
  await receiver?.close();
  await db?.drop();
});

describe('two Strapi instances posting one outbox', () => {
  it('post every queued message exactly once, and both take part', async () => {
    const admin = await app.strapi.db
      .query('admin::user')
      .create({ data: { email: 'chat@example.com', firstname: 'Chat', isActive: true } });
    const hook = await app.strapi
      .plugin('calendar')
      .service('chat-hooks')
      .create({ name: 'Klusteri', format: 'slack', url: receiver.url('/cluster'), events: ['assignment'] }, admin.id);
    const knex = app.strapi.db.connection;
    const now = new Date();
    await knex.transaction(async (trx: any) => {
      for (let i = 0; i < MESSAGES; i += 100) {
        await trx('calendar_chat_deliveries').insert(
          Array.from({ length: 100 }, (_, k) => ({
            document_id: `clusterdelivery${String(i + k).padStart(9, '0')}`,
            hook_id: hook.id,
            event: 'assignment',
            dedupe_key: `cluster:${i + k}`,
            payload: JSON.stringify({ text: `message ${i + k}`, blocks: [] }),
            state: 'pending',
            attempts: 0,
            next_attempt_at: now,
            created_at: now,
            updated_at: now,
          }))
        );
      }
    });

    const deadline = Date.now() + 120_000;
    while (receiver.received('/cluster').length < MESSAGES && Date.now() < deadline) await sleep(200);
    // Both instances tick on for a few seconds: a duplicate would arrive now.
    for (const until = Date.now() + 3000; Date.now() < until; await sleep(100)) {
      expect(receiver.received('/cluster').length).toBe(MESSAGES);
    }
    const texts = receiver.received('/cluster').map((p) => p.body.text as string);
    expect(texts).toHaveLength(MESSAGES);
    expect(new Set(texts).size).toBe(MESSAGES);

    const rows: Array<{ state: string; attempts: number; claimed_by: string }> = await knex('calendar_chat_deliveries')
      .where('hook_id', hook.id)
      .select('state', 'attempts', 'claimed_by');
    expect(rows.every((r) => r.state === 'sent' && Number(r.attempts) === 1)).toBe(true);
    const byInstance = new Map<string, number>();
    for (const r of rows) byInstance.set(r.claimed_by, (byInstance.get(r.claimed_by) ?? 0) + 1);
    expect(byInstance.size).toBe(2);
    // Sent rows cannot be claimed again, and every row took one attempt: no post can follow.
    expect(receiver.posts).toHaveLength(MESSAGES);
  });
});
