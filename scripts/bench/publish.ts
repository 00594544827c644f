/**
 * npm run bench:publish — time from due to published for 1,000 approved pieces with two Strapi
 * instances on one PostgreSQL database (scheduler every 30 s by default, as in production).
 * Prints p50, p99 and max lateness and the number of duplicate publications. Target: p99 ≤ 2 s,
 * max ≤ 5 s, 0 duplicates. Needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
 */
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const PIECES = Number(process.env.BENCH_PIECES ?? 1000);
const INTERVAL = process.env.BENCH_INTERVAL_SECONDS ?? '30';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

(async () => {
  process.env.LOG_LEVEL = 'error';
  process.env.TEST_DATABASE = 'postgres';
  process.env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/test';
  process.chdir(ROOT);
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  const { createTestDatabase } = await import(path.join(ROOT, 'tests/helpers/database'));
  const { startStrapi } = await import(path.join(ROOT, 'tests/helpers/strapi'));
  const { startInstance, sleep } = await import(path.join(ROOT, 'tests/helpers/cluster'));

  const db = await createTestDatabase();
  const app = await startStrapi({ LOG_LEVEL: 'error' }, { database: db });
  const env = {
    NODE_ENV: 'test',
    ...db.env,
    LOG_LEVEL: 'error',
    CALENDAR_SCHEDULER_ENABLED: 'true',
    CALENDAR_SCHEDULER_INTERVAL_SECONDS: INTERVAL,
  };
  const instances = [await startInstance(env), await startInstance(env)];
  try {
    const channel = await app.strapi.documents('api::channel.channel').create({ data: { name: 'Bench', kind: 'owned' } });
    // Create them all first (due in the future), then make them all due within one minute.
    const dueAt = new Date(Date.now() + 3_600_000);
    for (let offset = 0; offset < PIECES; offset += 100) {
      await app.strapi.db.transaction(async () => {
        for (let i = offset; i < Math.min(offset + 100, PIECES); i += 1) {
          await app.strapi.documents('api::content-piece.content-piece').create({
            data: {
              title: `Bench ${i}`,
              funnelStage: 'reach',
              contentGoal: 'sell',
              publishAt: dueAt.toISOString(),
              editorialStatus: 'approved',
              channels: [channel.documentId],
            } as any,
          });
        }
      });
    }
    const knex = app.strapi.db.connection;
    const start = Date.now() + 5_000;
    // Spread over one minute: piece i is due at start + (i mod 60) s. Only publish_at changes, so
    // the draft's version (updated_at) is the one just created.
    await knex.raw(
      `UPDATE content_pieces SET publish_at = to_timestamp(? / 1000.0) + ((substring(title from 7)::int % 60) * interval '1 second')
        WHERE title LIKE 'Bench %' AND published_at IS NULL`,
      [start]
    );
    // The bulk UPDATE bypasses Strapi, so it announces itself as a write through Strapi would
    // (write-watch.ts): one signal for its earliest due time; the passes chain from there.
    await knex.raw('SELECT pg_notify(?, ?)', ['vuosikello_schedule', new Date(start).toISOString()]);
    console.log(`${PIECES} pieces due between ${new Date(start).toISOString()} and +59 s; two instances, scheduler every ${INTERVAL} s`);

    const deadline = start + 60_000 + Number(INTERVAL) * 1000 * 3 + 120_000;
    for (;;) {
      const [{ n }] = await knex('content_pieces')
        .whereNotNull('published_at')
        .where('title', 'like', 'Bench %')
        .countDistinct({ n: 'document_id' });
      process.stdout.write(`\r  published ${n}/${PIECES}`);
      if (Number(n) >= PIECES || Date.now() > deadline) break;
      await sleep(1000);
    }
    console.log('');
    const published = await knex('content_pieces')
      .whereNotNull('published_at')
      .where('title', 'like', 'Bench %')
      .groupBy('document_id')
      .select('document_id', knex.raw('count(*) as n'));
    const duplicates = published.filter((r: any) => Number(r.n) > 1).length;
    const log = await knex('calendar_publish_logs')
      .where('title', 'like', 'Bench %')
      .where('outcome', 'published')
      .select('occurrence', 'created_at', 'instance_id');
    const lateness = log
      .map((l: any) => (new Date(l.created_at).getTime() - new Date(l.occurrence).getTime()) / 1000)
      .sort((a: number, b: number) => a - b);
    const perInstance = new Map<string, number>();
    for (const l of log) perInstance.set(l.instance_id, (perInstance.get(l.instance_id) ?? 0) + 1);
    console.log(`published documents: ${published.length}/${PIECES}, missing ${PIECES - published.length}, duplicates ${duplicates}`);
    console.log(
      `due → published: p50 ${percentile(lateness, 50).toFixed(1)} s, p99 ${percentile(lateness, 99).toFixed(1)} s, max ${lateness[lateness.length - 1].toFixed(1)} s`
    );
    console.log(`per instance: ${[...perInstance.values()].join(' + ')}`);
    const ok = published.length === PIECES && duplicates === 0 && percentile(lateness, 99) <= 2 && lateness[lateness.length - 1] <= 5;
    console.log(`target (p99 ≤ 2 s, max ≤ 5 s, 0 duplicates): ${ok ? 'OK' : 'MISSED'}`);
  } finally {
    await Promise.all(instances.map((i: any) => i.stop()));
    await app.stop();
    await db.drop();
  }
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
