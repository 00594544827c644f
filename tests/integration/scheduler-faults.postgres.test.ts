/**
 * Exactly-once publishing when things go wrong, with real Strapi processes on one PostgreSQL
 * database: one instance's clock runs 150 s ahead (libfaketime), a publish lifecycle is slower
 * than the lease, and the database drops every connection mid-run (what a restart looks like to
 * its clients; the server itself keeps running for the other test files). Each time: every
 * version published once, none before its time by the database's clock, one webhook each.
 */
import { startClusterFixture, startInstance, type Instance, type WebhookReceiver } from '../helpers/cluster';
import { testDatabaseKind, type TestDatabase } from '../helpers/database';
import { createDuePieces, dbNow, publications, waitFor, webhooksBeforeTime, webhooksPerPiece } from '../helpers/publications';
import type { TestApp } from '../helpers/strapi';

if (testDatabaseKind() !== 'postgres')
  throw new Error('This file needs several processes on PostgreSQL: run it with TEST_DATABASE=postgres');
jest.setTimeout(600_000);

let db: TestDatabase;
let app: TestApp;
let hooks: WebhookReceiver;
let channelId: string;
let fixture: Awaited<ReturnType<typeof startClusterFixture>>;
const instances: Instance[] = [];

const env = (extra: Record<string, string> = {}) => ({
  NODE_ENV: 'test',
  ...db.env,
  CALENDAR_SCHEDULER_ENABLED: 'true',
  CALENDAR_SCHEDULER_INTERVAL_SECONDS: '1',
  CALENDAR_SCHEDULER_LEASE_SECONDS: '5',
  ...extra,
});
const stopAll = () => Promise.all(instances.splice(0).map((i) => i.stop()));
const later = async (ms: number) => new Date((await dbNow(app)).getTime() + ms);

/** Every piece of `prefix` published exactly once, by row, by log (per version) and by webhook; none early. */
async function expectExactlyOnce(
  prefix: string,
  count: number,
  timeoutMs: number,
  options: { whilePolling?: () => Promise<void>; webhooksAtMostOnce?: boolean } = {}
) {
  await waitFor(async () => {
    await options.whilePolling?.();
    return (await publications(app, prefix)).documents >= count;
  }, timeoutMs);
  const report = await publications(app, prefix);
  expect({ documents: report.documents, duplicates: report.duplicates, early: report.early, earlyLog: report.earlyLog }).toEqual({
    documents: count,
    duplicates: 0,
    early: 0,
    earlyLog: 0,
  });
  expect(report.publishedPerVersion.size).toBe(count);
  expect([...report.publishedPerVersion.values()].every((n) => n === 1)).toBe(true);
  // Webhooks go out after the commit, asynchronously: give them a moment.
  await waitFor(() => webhooksPerPiece(hooks, prefix).size >= count, 30_000);
  const hooksPer = webhooksPerPiece(hooks, prefix);
  // A process that dies right after a commit takes its webhooks with it (Strapi sends them from memory).
  if (options.webhooksAtMostOnce) expect(hooksPer.size).toBeLessThanOrEqual(count);
  else expect(hooksPer.size).toBe(count);
  expect([...hooksPer.values()].every((n) => n === 1)).toBe(true);
  // Seen from outside (this process's clock, the same host as the database): nothing went out early.
  expect(webhooksBeforeTime(hooks, prefix)).toBe(0);
  return report;
}

beforeAll(async () => {
  fixture = await startClusterFixture('Vikakanava');
  ({ db, app, hooks, channelId } = fixture);
});

afterAll(async () => {
  await stopAll();
  await fixture?.stop();
});

it('an instance whose clock runs 150 s ahead publishes nothing before its time, and each piece once', async () => {
  const ahead = await startInstance(env(), { clockOffset: '+150s' });
  expect(ahead.clockAtStart - Date.now()).toBeGreaterThan(140_000); // the skew is real
  instances.push(ahead, await startInstance(env()));
  const start = await later(15_000);
  await createDuePieces(app, 'Edellä', 40, (i) => new Date(start.getTime() + (i % 10) * 1000), channelId);

  // By its own clock every piece was overdue from the start: an instance deciding by its own
  // clock would have published them at once (all 40 early, by row and by webhook arrival).
  await expectExactlyOnce('Edellä', 40, 120_000);
});

it('a publish slower than the lease is not done twice: the database ends it and another instance publishes once', async () => {
  await stopAll();
  // Every publish on this instance takes 8 s inside its transaction; the lease is 3 s.
  const slow = await startInstance(env({ CALENDAR_SCHEDULER_LEASE_SECONDS: '3', TEST_PUBLISH_DELAY_MS: '8000' }));
  instances.push(slow);
  const due = await later(2_000);
  await createDuePieces(app, 'Hidas', 6, () => due, channelId);
  expect(await waitFor(() => slow.output.join('').includes('SLOW PUBLISH'), 60_000)).toBe(true);
  instances.push(await startInstance(env({ CALENDAR_SCHEDULER_LEASE_SECONDS: '3' })));

  const report = await expectExactlyOnce('Hidas', 6, 180_000);
  expect(report.byInstance.get(slow.instanceId) ?? 0).toBe(0); // none of its transactions committed
  // The slow instance learns that its transactions were ended when its publishes return.
  const slowFailures = async () =>
    (await publications(app, 'Hidas')).outcomes.filter((o) => o.outcome === 'failed' && o.instanceId === slow.instanceId);
  expect(await waitFor(async () => (await slowFailures()).length > 0, 60_000)).toBe(true);
  const failures = await slowFailures();
  expect(failures[0].error).toMatch(/idle-in-transaction|terminat|Connection/i);
});

it('publishes each piece once when the database drops every connection twice mid-run', async () => {
  await stopAll();
  instances.push(await startInstance(env()), await startInstance(env()));
  // Strapi 5.54 may die of an unhandled rejection inside the Document Service when its connection
  // is cut mid-publish; like a process manager, restart whatever exited.
  let restarts = 0;
  const supervise = async () => {
    for (let i = 0; i < instances.length; i += 1) {
      const { child } = instances[i];
      if (child.exitCode === null && !child.signalCode) continue;
      restarts += 1;
      instances[i] = await startInstance(env());
    }
  };
  const start = await later(10_000);
  await createDuePieces(app, 'Katko', 150, (i) => new Date(start.getTime() + (i % 10) * 1000), channelId);

  const terminated: number[] = [];
  for (const share of [0.2, 0.5]) {
    const reached = await waitFor(
      async () => {
        await supervise();
        return (await publications(app, 'Katko')).documents >= 150 * share;
      },
      120_000,
      100
    );
    expect(reached).toBe(true);
    terminated.push(await terminateBackends(db));
  }
  expect(terminated.every((n) => n >= 2)).toBe(true); // both instances were connected
  await expectExactlyOnce('Katko', 150, 180_000, { whilePolling: supervise, webhooksAtMostOnce: restarts > 0 });
  if (restarts > 0) console.warn(`database restart test: ${restarts} instance(s) died of the dropped connections and were restarted`);
});

/** Ends every backend of the test database, from a separate connection. */
async function terminateBackends(database: TestDatabase): Promise<number> {
  const name = new URL(database.env.DATABASE_URL).pathname.slice(1);
  const { Client } = require('pg');
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name]
    );
    return result.rows[0].n;
  } finally {
    await client.end();
  }
}
