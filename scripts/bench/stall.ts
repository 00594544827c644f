/**
 * npm run bench:stall — no stored rule can stall a server. Seeds a plan (300 published pieces,
 * 30 weekly) and plants rules that never produce an occurrence straight into the database (as a
 * rule saved before validation existed would be), then measures, per database:
 *   (1) far-away ranges (`from=9000-01-01`, `from=9999-12-01`): the 400's latency (target ≤ 50 ms);
 *   (2) `/_health` while a public and an admin feed of a whole year are computed afresh (feed
 *       cache off), before and after planting: the probe's max (target ≤ 100 ms) and the feeds'
 *       own time, which the planted rules must not change.
 * PostgreSQL is used when one answers at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { postgresReachable } from './postgres';

const ROOT = path.resolve(__dirname, '..', '..');
const PIECE = 'api::content-piece.content-piece';
const PLANTED = [
  // publishAt at an even hour: every 2 hours never reaches 09:00.
  'FREQ=HOURLY;INTERVAL=2;BYHOUR=9',
  'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=MONTHLY;INTERVAL=12;BYMONTH=6',
  'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31',
  'FREQ=WEEKLY;INTERVAL=99999;BYDAY=MO',
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function seed(app: any) {
  const { strapi } = app;
  const channel = await strapi.documents('api::channel.channel').create({ data: { name: 'Blogi', kind: 'owned' } });
  for (let i = 0; i < 300; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    await strapi.documents(PIECE).create({
      data: {
        title: `Pala ${i}`,
        funnelStage: ['reach', 'act', 'convert', 'engage'][i % 4],
        contentGoal: ['sell', 'serve', 'speak', 'save', 'sizzle'][i % 5],
        publishAt: `2026-${month}-${day}T06:00:00.000Z`,
        timeZone: 'Europe/Helsinki',
        recurrence: i % 10 === 0 ? 'FREQ=WEEKLY;BYDAY=TU' : null,
        editorialStatus: 'approved',
        channels: [channel.id],
      },
      status: 'published',
    });
  }
  return channel;
}

async function plant(app: any) {
  const { strapi } = app;
  const { knex, table, col } = {
    knex: strapi.db.connection,
    table: strapi.db.metadata.get(PIECE).tableName,
    col: (f: string) => strapi.db.metadata.get(PIECE).attributes[f].columnName ?? f,
  };
  const rows: Array<{ document_id: string }> = await knex(table)
    .select({ document_id: col('documentId') })
    .whereNotNull(col('recurrence'))
    .limit(PLANTED.length * 2);
  const ids = [...new Set(rows.map((r) => r.document_id))].slice(0, PLANTED.length);
  for (const [i, documentId] of ids.entries()) {
    await knex(table)
      .where(col('documentId'), documentId)
      .update({ [col('recurrence')]: PLANTED[i] });
  }
  return ids.length;
}

async function benchDatabase(kind: 'sqlite' | 'postgres') {
  process.env.TEST_DATABASE = kind;
  const { startStrapi } = await import(path.join(ROOT, 'tests/helpers/strapi'));
  const { createAdmin } = await import(path.join(ROOT, 'tests/helpers/admin'));
  const app = await startStrapi({ LOG_LEVEL: 'error' });
  try {
    console.log(`\n${kind}`);
    await seed(app);
    const admin = await createAdmin(app);
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 0);
    const http = () => app.http();

    const far: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const query = i % 2 ? 'from=9999-12-01&to=9999-12-31' : 'from=9000-01-01&to=9000-01-31';
      const started = performance.now();
      const res = await http().get(`/api/calendar/occurrences?${query}`);
      far.push(performance.now() - started);
      if (res.status !== 400) throw new Error(`far range answered ${res.status}`);
    }
    console.log(
      `  (1) far-away range → 400: p50 ${percentile(far, 50).toFixed(1)} ms, max ${Math.max(...far).toFixed(1)} ms (target ≤ 50) ${Math.max(...far) <= 50 ? 'OK' : 'MISSED'}`
    );

    const year = 'from=2026-01-01&to=2026-12-31';
    /** A public and an admin year feed at once, computed afresh, 10 times, with /_health probed every 10 ms. */
    const measure = async () => {
      const feeds: number[] = [];
      const health: number[] = [];
      let computing = true;
      let reported = 0;
      const probe = (async () => {
        while (computing) {
          const started = performance.now();
          const res = await http().get('/_health');
          health.push(performance.now() - started);
          if (res.status !== 204) throw new Error(`/_health answered ${res.status}`);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      for (let round = 0; round < 10; round += 1) {
        await Promise.all(
          [0, 1].map(async (i) => {
            const started = performance.now();
            const res = i
              ? await http().get(`/calendar/occurrences?${year}`).set('Authorization', `Bearer ${admin.token}`)
              : await http().get(`/api/calendar/occurrences?${year}`);
            feeds.push(performance.now() - started);
            if (res.status !== 200) throw new Error(`feed answered ${res.status}`);
            if (i) reported = res.body.meta.problems.length;
          })
        );
      }
      computing = false;
      await probe;
      return { feeds, health, reported };
    };
    const before = await measure();
    const planted = await plant(app);
    const after = await measure();
    const { health, reported } = after;
    const max = Math.max(...health);
    const line = (label: string, m: { feeds: number[]; health: number[] }) =>
      console.log(
        `      ${label}: feeds p50 ${percentile(m.feeds, 50).toFixed(0)} ms, max ${Math.max(...m.feeds).toFixed(0)} ms; /_health p50 ${percentile(m.health, 50).toFixed(1)} ms, max ${Math.max(...m.health).toFixed(1)} ms`
      );
    console.log(
      `  (2) /_health while year feeds are computed afresh (${planted} planted rules, ${reported} cannot be expanded in 2026): max ${max.toFixed(1)} ms (target ≤ 100) ${max <= 100 ? 'OK' : 'MISSED'}`
    );
    line('before planting', before);
    line('after planting ', after);
    if (reported === 0) throw new Error('the admin feed reported no piece that cannot be expanded');
    return { kind, farMax: Math.max(...far), healthMax: max, healthP99: percentile(health, 99) };
  } finally {
    await app.stop();
  }
}

(async () => {
  process.env.LOG_LEVEL = 'error';
  const { compileStrapi } = require('@strapi/strapi');
  process.chdir(ROOT);
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  console.log('Stall benchmark: rules that never produce an occurrence, planted in the database');
  const results = [await benchDatabase('sqlite')];
  if (await postgresReachable()) results.push(await benchDatabase('postgres'));
  else console.log('\nPostgreSQL: SKIPPED (none reachable at DATABASE_URL)');
  console.log('\nsummary');
  for (const r of results) {
    console.log(
      `  ${r.kind.padEnd(8)} far-range max ${r.farMax.toFixed(1)} ms · /_health p99 ${r.healthP99.toFixed(1)} ms, max ${r.healthMax.toFixed(1)} ms`
    );
  }
  process.exit(results.every((r) => r.farMax <= 50 && r.healthMax <= 100) ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
