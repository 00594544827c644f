/**
 * Exactly-once publishing with two real Strapi processes on one PostgreSQL database: 1,000
 * approved pieces due within the same minute are each published once, also when one instance is
 * killed with SIGKILL halfway. PostgreSQL only (jest.config.js runs `*.postgres.test.ts` only
 * when TEST_DATABASE=postgres).
 */
import { startClusterFixture, startInstance, sleep, type Instance, type WebhookReceiver } from '../helpers/cluster';
import { testDatabaseKind, type TestDatabase } from '../helpers/database';
import type { TestApp } from '../helpers/strapi';

const PIECES = Number(process.env.CLUSTER_PIECES ?? 1000);
if (testDatabaseKind() !== 'postgres')
  throw new Error('This file needs several processes on PostgreSQL: run it with TEST_DATABASE=postgres');

jest.setTimeout(600_000);

let db: TestDatabase;
let app: TestApp;
let hooks: WebhookReceiver;
let channelId: string;
let fixture: Awaited<ReturnType<typeof startClusterFixture>>;
const instances: Instance[] = [];

const instanceEnv = () => ({
  NODE_ENV: 'test',
  ...db.env,
  CALENDAR_SCHEDULER_ENABLED: 'true',
  CALENDAR_SCHEDULER_INTERVAL_SECONDS: '1',
  CALENDAR_SCHEDULER_LEASE_SECONDS: '5',
  CALENDAR_SCHEDULER_BATCH_SIZE: '20',
});

async function createDuePieces(prefix: string, dueAt: Date) {
  const { strapi } = app;
  for (let offset = 0; offset < PIECES; offset += 100) {
    await strapi.db.transaction(async () => {
      for (let i = offset; i < Math.min(offset + 100, PIECES); i += 1) {
        await strapi.documents('api::content-piece.content-piece').create({
          data: {
            title: `${prefix} ${i}`,
            funnelStage: 'reach',
            contentGoal: 'sell',
            // Due within the same ten seconds, so both instances race for the same jobs.
            publishAt: new Date(dueAt.getTime() + (i % 20) * 500).toISOString(),
            editorialStatus: 'approved',
            channels: [channelId],
          } as any,
        });
      }
    });
  }
}

async function publishedCounts(prefix: string) {
  const knex = app.strapi.db.connection;
  const rows: Array<{ document_id: string; n: string }> = await knex('content_pieces')
    .whereNotNull('published_at')
    .where('title', 'like', `${prefix} %`)
    .groupBy('document_id')
    .select('document_id', knex.raw('count(*) as n'));
  return { documents: rows.length, duplicates: rows.filter((r) => Number(r.n) > 1).length };
}

async function waitForAll(prefix: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await publishedCounts(prefix);
    if (counts.documents >= PIECES || Date.now() > deadline) return counts;
    await sleep(1000);
  }
}

async function publishLog(prefix: string) {
  const knex = app.strapi.db.connection;
  return knex('calendar_publish_logs as l')
    .where('l.title', 'like', `${prefix} %`)
    .select('l.piece_document_id as documentId', 'l.outcome', 'l.instance_id as instanceId', 'l.occurrence', 'l.created_at as at');
}

describe('two Strapi instances on one PostgreSQL', () => {
  beforeAll(async () => {
    fixture = await startClusterFixture('Klusterikanava');
    ({ db, app, hooks, channelId } = fixture);
  });

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await fixture?.stop();
  });

  it(`publishes ${PIECES} pieces due in the same minute exactly once, with one entry.publish webhook each`, async () => {
    // Started after the webhook exists: instances load webhooks at boot.
    instances.push(await startInstance(instanceEnv()));
    instances.push(await startInstance(instanceEnv()));
    const dueAt = new Date(Date.now() + 30_000);
    await createDuePieces('Klusteri', dueAt);

    const counts = await waitForAll('Klusteri', 180_000);
    expect(counts).toEqual({ documents: PIECES, duplicates: 0 });

    const log = await publishLog('Klusteri');
    const published = log.filter((l: any) => l.outcome === 'published');
    expect(published).toHaveLength(PIECES);
    expect(new Set(published.map((l: any) => l.documentId)).size).toBe(PIECES);
    const byInstance = new Set(published.map((l: any) => l.instanceId));
    expect([...byInstance].every((id) => instances.some((i) => i.instanceId === id))).toBe(true);
    if (PIECES >= 500) expect(byInstance.size).toBe(2); // both raced for the work
    const lateness = published
      .map((l: any) => new Date(l.at).getTime() - new Date(l.occurrence).getTime())
      .sort((a: number, b: number) => a - b);
    expect(lateness[lateness.length - 1]).toBeLessThan(60_000);

    // Relations survive publishing.
    const linked = await app.strapi.db
      .connection('content_pieces as p')
      .join('content_pieces_channels_lnk as l', 'l.content_piece_id', 'p.id')
      .whereNotNull('p.published_at')
      .where('p.title', 'like', 'Klusteri %')
      .count({ n: '*' });
    expect(Number(linked[0].n)).toBe(PIECES);

    // Webhooks are sent asynchronously after the publish: give them a moment.
    const deadline = Date.now() + 60_000;
    const ours = () => hooks.events.filter((e) => e.event === 'entry.publish' && String(e.entry?.title ?? '').startsWith('Klusteri '));
    while (ours().length < PIECES && Date.now() < deadline) await sleep(500);
    const events = ours();
    expect(events).toHaveLength(PIECES);
    expect(new Set(events.map((e) => e.entry.documentId)).size).toBe(PIECES);
    expect(events.every((e) => e.model === 'content-piece' && e.entry.publishedAt)).toBe(true);
  });

  it(`still publishes all ${PIECES} exactly once when one instance is killed with SIGKILL halfway`, async () => {
    await Promise.all(instances.splice(0).map((i) => i.stop()));
    instances.push(await startInstance(instanceEnv()));
    instances.push(await startInstance(instanceEnv()));
    const dueAt = new Date(Date.now() + 30_000);
    await createDuePieces('Kaatuminen', dueAt);

    // Kill one instance while the work is in progress.
    const deadline = Date.now() + 120_000;
    while ((await publishedCounts('Kaatuminen')).documents < PIECES / 5 && Date.now() < deadline) await sleep(200);
    const victim = instances[0];
    victim.kill();
    const before = (await publishedCounts('Kaatuminen')).documents;
    expect(before).toBeLessThan(PIECES); // it really was halfway

    const counts = await waitForAll('Kaatuminen', 180_000);
    expect(counts).toEqual({ documents: PIECES, duplicates: 0 });
    const log = await publishLog('Kaatuminen');
    const perDocument = new Map<string, number>();
    for (const l of log.filter((x: any) => x.outcome === 'published'))
      perDocument.set(l.documentId, (perDocument.get(l.documentId) ?? 0) + 1);
    expect([...perDocument.values()].every((n) => n === 1)).toBe(true);
  });

  it('publishes the Finnish and Swedish versions of one document at their own times, once each', async () => {
    await Promise.all(instances.splice(0).map((i) => i.stop()));
    instances.push(await startInstance(instanceEnv()));
    instances.push(await startInstance(instanceEnv()));
    const DOCUMENTS = 100;
    const fiAt = new Date(Date.now() + 20_000);
    const svAt = new Date(fiAt.getTime() + 10_000);
    const pieces = app.strapi.documents('api::content-piece.content-piece');
    const ids: string[] = [];
    for (let i = 0; i < DOCUMENTS; i += 1) {
      const fi = await pieces.create({
        data: {
          title: `Kielet ${i}`,
          funnelStage: 'reach',
          contentGoal: 'sell',
          publishAt: fiAt.toISOString(),
          editorialStatus: 'approved',
        } as any,
      });
      await pieces.update({
        documentId: fi.documentId,
        locale: 'sv',
        data: { title: `Språk ${i}`, publishAt: svAt.toISOString(), editorialStatus: 'approved' } as any,
      });
      ids.push(fi.documentId);
    }
    const knex = app.strapi.db.connection;
    const publishedRows = () =>
      knex('content_pieces').whereIn('document_id', ids).whereNotNull('published_at').select('document_id', 'locale', 'published_at');
    const deadline = Date.now() + 120_000;
    while ((await publishedRows()).length < 2 * DOCUMENTS && Date.now() < deadline) await sleep(500);

    const rows = await publishedRows();
    const versions = new Set(rows.map((r: any) => `${r.document_id}|${r.locale}`));
    expect(rows).toHaveLength(2 * DOCUMENTS);
    expect(versions.size).toBe(2 * DOCUMENTS); // no version twice
    // Each at its own time by the database's clock: no Swedish version before its time.
    for (const r of rows) expect(new Date(r.published_at).getTime()).toBeGreaterThanOrEqual((r.locale === 'sv' ? svAt : fiAt).getTime());

    const log = await knex('calendar_publish_logs')
      .whereIn('piece_document_id', ids)
      .where('outcome', 'published')
      .select('piece_document_id', 'locale');
    expect(log).toHaveLength(2 * DOCUMENTS);
    expect(new Set(log.map((l: any) => `${l.piece_document_id}|${l.locale}`)).size).toBe(2 * DOCUMENTS);

    const hookDeadline = Date.now() + 60_000;
    const ours = () => hooks.events.filter((e) => e.event === 'entry.publish' && ids.includes(e.entry?.documentId));
    while (ours().length < 2 * DOCUMENTS && Date.now() < hookDeadline) await sleep(500);
    const events = ours();
    expect(events).toHaveLength(2 * DOCUMENTS);
    expect(new Set(events.map((e) => `${e.entry.documentId}|${e.entry.locale}`)).size).toBe(2 * DOCUMENTS);
    expect(events.filter((e) => e.entry.locale === 'sv').every((e) => String(e.entry.title).startsWith('Språk '))).toBe(true);
  });
});
