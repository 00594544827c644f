/**
 * Instances hear of each other's writes: a piece scheduled through an instance whose scheduler is
 * off is published on time by another instance whose poll is an hour apart, because the write
 * sends a PostgreSQL NOTIFY at commit and the other instance LISTENs. PostgreSQL only.
 */
import { startInstance, type Instance } from '../helpers/cluster';
import { testDatabaseKind, createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

if (testDatabaseKind() !== 'postgres')
  throw new Error('This file needs several processes on PostgreSQL: run it with TEST_DATABASE=postgres');

jest.setTimeout(300_000);

const PIECE = 'api::content-piece.content-piece';
const ON_TIME_MS = 8_000;

let db: TestDatabase;
let app: TestApp;
let publisher: Instance;
let channelId: string;

/** Backend pids LISTENing for schedule changes on the test database (the publisher's, here). */
async function listeners(): Promise<number[]> {
  const { rows } = await app.strapi.db.connection.raw(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN vuosikello_schedule'"
  );
  return rows.map((r: { pid: number }) => r.pid);
}

async function waitFor<T>(what: string, probe: () => Promise<T | null>, withinMs = 30_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForPublished(documentId: string, withinMs: number) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const row = await app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
    if (row || Date.now() > deadline) return row ? { at: new Date(row.publishedAt) } : null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  // This process writes (its scheduler is off, as on an editing-only instance) ...
  app = await startStrapi({}, { database: db });
  // ... and the other instance publishes, polling only once an hour.
  publisher = await startInstance({
    NODE_ENV: 'test',
    ...db.env,
    CALENDAR_SCHEDULER_ENABLED: 'true',
    CALENDAR_SCHEDULER_INTERVAL_SECONDS: '3600',
  });
  channelId = (await app.strapi.documents('api::channel.channel').create({ data: { name: 'Uutiskirje', kind: 'owned' } })).documentId;
  // The publisher listens once its boot pass is under way; a write before that would test nothing.
  await waitFor('the publisher to listen', async () => ((await listeners()).length === 1 ? true : null));
});

afterAll(async () => {
  await publisher?.stop();
  await app?.stop();
  await db?.drop();
});

it('a piece approved on one instance is published on time by another', async () => {
  // The publisher's boot pass is over by now (it was ready before this write), so only the signal can wake it in time.
  const due = new Date(Date.now() + 3_000);
  const created = await app.strapi.documents(PIECE).create({
    data: {
      title: 'Toiselta instanssilta',
      funnelStage: 'reach',
      contentGoal: 'sell',
      publishAt: due.toISOString(),
      editorialStatus: 'approved',
      channels: [channelId],
    } as any,
  });
  const published = await waitForPublished(created.documentId, 3_000 + ON_TIME_MS);
  expect(published).not.toBeNull();
  expect(published!.at.getTime() - due.getTime()).toBeLessThan(ON_TIME_MS);
  expect(published!.at.getTime()).toBeGreaterThanOrEqual(due.getTime());
});

it('a listening connection cut by the database is replaced, and the next write is heard again', async () => {
  const [before] = await listeners();
  await app.strapi.db.connection.raw('SELECT pg_terminate_backend(?)', [before]);
  const after = await waitFor('a new listener', async () => {
    const pids = await listeners();
    return pids.length === 1 && pids[0] !== before ? pids[0] : null;
  });
  expect(after).not.toBe(before);
  const due = new Date(Date.now() + 2_000);
  const created = await app.strapi.documents(PIECE).create({
    data: {
      title: 'Yhteyskatkon jälkeen',
      funnelStage: 'reach',
      contentGoal: 'sell',
      publishAt: due.toISOString(),
      editorialStatus: 'approved',
      channels: [channelId],
    } as any,
  });
  const published = await waitForPublished(created.documentId, 2_000 + ON_TIME_MS);
  expect(published).not.toBeNull();
  expect(published!.at.getTime()).toBeGreaterThanOrEqual(due.getTime());
  expect(published!.at.getTime() - due.getTime()).toBeLessThan(ON_TIME_MS);
  // One listening connection, not one more per reconnect.
  expect(await listeners()).toHaveLength(1);
});

it('a burst of 100 pieces due within 5 s, written in one transaction, is published on time, each once', async () => {
  const start = Date.now() + 10_000;
  const ids: string[] = [];
  await app.strapi.db.transaction(async () => {
    for (let i = 0; i < 100; i += 1) {
      const created = await app.strapi.documents(PIECE).create({
        data: {
          title: `Purske ${i}`,
          funnelStage: 'reach',
          contentGoal: 'sell',
          publishAt: new Date(start + (i % 10) * 500).toISOString(),
          editorialStatus: 'approved',
          channels: [channelId],
        } as any,
      });
      ids.push(created.documentId);
    }
  });
  // On a loaded machine the write may outlast the first due times: those are due at the commit.
  const committed = Date.now();
  const deadline = Date.now() + Math.max(0, start + 5_000 - Date.now()) + 30_000;
  const knex = app.strapi.db.connection;
  let rows: Array<{ document_id: string; n: string; last: Date }> = [];
  while (Date.now() < deadline) {
    rows = await knex('content_pieces')
      .whereNotNull('published_at')
      .where('title', 'like', 'Purske %')
      .groupBy('document_id')
      .select('document_id', knex.raw('count(*) as n'));
    if (rows.length >= 100) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(rows).toHaveLength(100);
  expect(rows.filter((r) => Number(r.n) > 1)).toEqual([]);
  // Lateness of each from the publish log: by the poll alone they would wait up to an hour.
  const log = await knex('calendar_publish_logs')
    .where('title', 'like', 'Purske %')
    .where('outcome', 'published')
    .select('occurrence', 'created_at');
  const late = log
    .map((l: any) => new Date(l.created_at).getTime() - Math.max(committed, new Date(l.occurrence).getTime()))
    .sort((a: number, b: number) => a - b);
  expect(log.every((l: any) => new Date(l.created_at).getTime() >= new Date(l.occurrence).getTime())).toBe(true);
  expect(late[late.length - 1]).toBeLessThan(ON_TIME_MS);
});
