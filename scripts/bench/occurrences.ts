/**
 * npm run bench:occurrences — seeds 10,000 published pieces (500 weekly-recurring; BENCH_PIECES,
 * BENCH_RECURRING) over 8 channels and 4 personas, then times, in one run and per database:
 *   (a) our one-year occurrences request,
 *   (b) the same pieces through Strapi REST /api/content-pieces, page by page (pageSize 100, same relations),
 *   (c) a raw SQL select of the same rows (pieces plus their channel, persona and theme slugs),
 *   (d) the ICS feed of all 10,000 pieces,
 * and prints the median of 7 runs of each and the ratios a/b and a/c (targets ≤ 0.25 and ≤ 2) and d (≤ 1 s).
 * (a) and (d) are measured twice: with the feed cache off (every request expands and serialises)
 * and on (the normal setting: the cached body is revalidated against the database each time).
 * PostgreSQL is used when one answers at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
 * BENCH_REST=false skips (b); BENCH_FEED_CACHE_MB sets the feed cache's size (see below).
 * HTTP times run over a real loopback socket up to the last byte of the uncompressed body, from a
 * client in a process of its own (as a publishing site is); decoding and parsing the JSON is the
 * client's work, the same whichever server sent it, and is left out of (a), (b) and (d) alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startClient } from './bench-client';
import { bulkSeed } from './bulk-seed';
import { postgresReachable } from './postgres';

const ROOT = path.resolve(__dirname, '..', '..');
const PIECES = Number(process.env.BENCH_PIECES ?? 10_000);
const RECURRING = Number(process.env.BENCH_RECURRING ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_REST=false skips (b): paging 100,000 pieces through REST takes many minutes and no target needs it there. */
const WITH_REST = process.env.BENCH_REST !== 'false';
/**
 * BENCH_FEED_CACHE_MB sets `feedCacheMegabytes`: at 100,000 pieces a year's feed is about 150 MB,
 * more than the default 64 MB the cache keeps, so it would be built for every request.
 */
const FEED_CACHE_MB = process.env.BENCH_FEED_CACHE_MB ? Number(process.env.BENCH_FEED_CACHE_MB) : null;
const YEAR = 2026;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median of RUNS timings of `fn`, after a warm-up; `before` runs untimed ahead of each. */
async function time(label: string, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  await before?.();
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    await before?.();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  const m = median(samples);
  console.log(
    `  ${label.padEnd(58)} median ${m.toFixed(1).padStart(8)} ms  (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)})`
  );
  return m;
}

async function seed(app: any) {
  const { strapi } = app;
  const started = performance.now();
  const channels: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    channels.push(
      (
        await strapi
          .documents('api::channel.channel')
          .create({ data: { name: `Kanava ${i}`, kind: ['owned', 'paid', 'earned', 'shared'][i % 4] } })
      ).documentId
    );
  }
  const personas: string[] = [];
  for (let i = 0; i < 4; i += 1)
    personas.push((await strapi.documents('api::persona.persona').create({ data: { name: `Persona ${i}` } })).documentId);
  const themes: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const month = String(i + 1).padStart(2, '0');
    themes.push(
      (
        await strapi
          .documents('api::theme.theme')
          .create({ data: { name: `Teema ${i}`, startDate: `${YEAR}-${month}-01`, endDate: `${YEAR}-${month}-20` } })
      ).documentId
    );
  }
  const stages = ['reach', 'act', 'convert', 'engage'];
  const goals = ['sell', 'serve', 'speak', 'save', 'sizzle'];
  const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
  const batch = 250;
  for (let offset = 0; offset < PIECES; offset += batch) {
    await strapi.db.transaction(async () => {
      for (let i = offset; i < Math.min(offset + batch, PIECES); i += 1) {
        const recurring = i < RECURRING;
        const day = 1 + ((i * 7919) % 364);
        const at = new Date(Date.UTC(YEAR, 0, day, 5 + (i % 10), (i % 4) * 15));
        await strapi.documents('api::content-piece.content-piece').create({
          data: {
            title: `Sisältö ${i}`,
            summary: `Tiivistelmä sisällöstä ${i}, jossa on hieman tekstiä kuten oikeassakin.`,
            funnelStage: stages[i % 4],
            contentGoal: goals[i % 5],
            format: 'article',
            publishAt: recurring ? new Date(Date.UTC(YEAR, 0, 5 + (i % 7), 7)).toISOString() : at.toISOString(),
            timeZone: 'Europe/Helsinki',
            recurrence: recurring ? `FREQ=WEEKLY;BYDAY=${days[i % 5]}` : null,
            channels: [channels[i % 8], channels[(i + 3) % 8]],
            personas: [personas[i % 4]],
            theme: themes[i % 12],
            editorialStatus: 'approved',
          },
          status: 'published',
        });
      }
    });
    process.stdout.write(`\r  seeding ${Math.min(offset + batch, PIECES)}/${PIECES}`);
  }
  console.log(`\r  seeded ${PIECES} pieces (${RECURRING} weekly) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The rows (a) reads, hand-written: pieces in range with their relation slugs aggregated. */
function rawSql(app: any, from: Date, to: Date) {
  const knex = app.strapi.db.connection;
  const pg = app.db.kind === 'postgres';
  const agg = (col: string) => (pg ? `string_agg(${col}, ',')` : `group_concat(${col})`);
  return knex.raw(
    `SELECT p.id, p.document_id, p.title, p.slug, p.summary, p.format, p.funnel_stage, p.content_goal, p.publish_at,
            p.time_zone, p.recurrence, p.recurrence_exceptions,
            (SELECT ${agg('c.slug')} FROM content_pieces_channels_lnk l JOIN channels c ON c.id = l.channel_id WHERE l.content_piece_id = p.id) AS channels,
            (SELECT ${agg('pe.slug')} FROM content_pieces_personas_lnk l JOIN personas pe ON pe.id = l.persona_id WHERE l.content_piece_id = p.id) AS personas,
            (SELECT t.slug FROM content_pieces_theme_lnk l JOIN themes t ON t.id = l.theme_id WHERE l.content_piece_id = p.id) AS theme
       FROM content_pieces p
      WHERE p.published_at IS NOT NULL AND p.publish_at IS NOT NULL AND p.publish_at < ?
        AND (p.recurrence IS NOT NULL OR p.publish_at >= ?)
      ORDER BY p.publish_at, p.document_id`,
    pg ? [to, from] : [to.getTime(), from.getTime()]
  );
}

/** The peak resident memory of this process (Strapi runs in it), sampled every 100 ms. */
let peakRss = 0;
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100).unref();

async function benchDatabase(kind: 'sqlite' | 'postgres') {
  process.env.TEST_DATABASE = kind;
  const { startStrapi } = await import(path.join(ROOT, 'tests/helpers/strapi'));
  const app = await startStrapi({ LOG_LEVEL: 'error' });
  const client = startClient();
  peakRss = 0;
  try {
    console.log(`\n${kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}`);
    // BENCH_SEED=documents seeds through the Document Service, as an editor would (minutes per
    // 10,000 pieces); the default writes the same rows in bulk and rebuilds the index.
    if (process.env.BENCH_SEED === 'documents') await seed(app);
    else await bulkSeed(app.strapi, { pieces: PIECES, recurring: RECURRING, year: YEAR });
    // Publishing sites read as the Public role (the default); an API token adds Strapi's own
    // token check and its lastUsedAt write to every request, the same for (a) and (b).
    const token = process.env.BENCH_API_TOKEN === 'true' ? await app.apiToken('read-only') : null;
    const server = app.strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    /**
     * GET to the last byte, uncompressed (Strapi's REST API does not compress, and over loopback
     * inflating would only add client work), from the client process: decoding and parsing the
     * body are the client's business, not the server's.
     */
    const fetchText = async (pathAndQuery: string, auth = true) => {
      const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
      if (auth && token) headers.Authorization = `Bearer ${token}`;
      const res = await client.get(`${base}${pathAndQuery}`, headers);
      return { status: res.status, length: res.length, tail: (n: number) => res.tail.slice(-n) };
    };
    const from = `${YEAR}-01-01`;
    const to = `${YEAR}-12-31`;

    let occurrences = 0;
    const occurrencesRequest = async () => {
      const res = await fetchText(`/api/calendar/occurrences?from=${from}&to=${to}`);
      if (res.status !== 200) throw new Error(`occurrences: ${res.status} ${res.tail(300)}`);
      occurrences = Number(/"count":(\d+)/.exec(res.tail(200))?.[1]);
    };
    if (FEED_CACHE_MB !== null) app.strapi.config.set('plugin::calendar.feedCacheMegabytes', FEED_CACHE_MB);
    // Cold: every request expands and serialises from the database (the feed cache is off).
    const cacheSize = app.strapi.config.get('plugin::calendar.feedCacheMegabytes');
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 0);
    const aCold = await time('(a) occurrences API, one year, no feed cache', occurrencesRequest);
    const aPage = await time('(a) the first page of 1,000 (limit=1000), no feed cache', async () => {
      const res = await fetchText(`/api/calendar/occurrences?from=${from}&to=${to}&limit=1000`);
      if (res.status !== 200) throw new Error(`occurrences page: ${res.status} ${res.tail(300)}`);
    });
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', cacheSize);
    // Warm: as publishing sites poll it — validated against the database on every request.
    const a = await time('(a) occurrences API, one year, feed cache on', occurrencesRequest);
    // After an edit: one piece changed (and published) just before each request, as a team works all day.
    const edited = await app.strapi
      .documents('api::content-piece.content-piece')
      .findFirst({ filters: { title: `Sisältö ${Math.min(1234, PIECES - 1)}` } });
    let edits = 0;
    // The edit (its write and publication) runs before each timing; the request after it is timed.
    const aEdit = await time('(a) occurrences API, first request after editing one piece', occurrencesRequest, async () => {
      edits += 1;
      await app.strapi.documents('api::content-piece.content-piece').update({
        documentId: edited.documentId,
        data: { summary: `Muokattu ${edits}` },
        status: 'published',
      });
    });
    let restPieces = 0;
    const rest = async () => {
      restPieces = 0;
      for (let page = 1; ; page += 1) {
        const res = await fetchText(
          `/api/content-pieces?pagination[page]=${page}&pagination[pageSize]=100&sort=publishAt:asc` +
            `&populate[channels][fields][0]=slug&populate[personas][fields][0]=slug&populate[theme][fields][0]=slug`
        );
        if (res.status !== 200) throw new Error(`REST: ${res.status}`);
        // Only the small trailer is read to paginate (the body is not parsed, as for (a)).
        const pagination = JSON.parse(/"meta":(\{.*\})\}$/.exec(res.tail(300))![1]).pagination;
        restPieces += Math.min(pagination.pageSize, pagination.total - (page - 1) * pagination.pageSize);
        if (page >= pagination.pageCount) break;
      }
    };
    const b = WITH_REST ? await time('(b) REST /api/content-pieces, pages of 100, relations', rest) : NaN;
    const helsinkiFrom = new Date(`${YEAR}-01-01T00:00:00+02:00`);
    const helsinkiTo = new Date(`${YEAR + 1}-01-01T00:00:00+02:00`);
    let rawRows = 0;
    const c = await time('(c) raw SQL select of the same rows', async () => {
      const result = await rawSql(app, helsinkiFrom, helsinkiTo);
      rawRows = (Array.isArray(result) ? result : result.rows).length;
    });
    const { createAdmin } = await import(path.join(ROOT, 'tests/helpers/admin'));
    const admin = await createAdmin(app);
    const feed = await app.strapi.plugin('calendar').service('feed-tokens').create({ name: 'bench' }, admin.user.id, 'http://localhost');
    let icsBytes = 0;
    const icsRequest = async () => {
      const res = await fetchText(`/api/calendar/ics?token=${feed.token}`, false);
      if (res.status !== 200) throw new Error(`ICS: ${res.status}`);
      icsBytes = res.length;
    };
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 0);
    const d = await time('(d) ICS feed of every piece, no feed cache', icsRequest);
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', cacheSize);
    const dWarm = await time('(d) ICS feed of every piece, feed cache on', icsRequest);
    console.log(
      `  (a) returned ${occurrences} occurrences; (b) ${restPieces} pieces; (c) ${rawRows} rows; (d) ${(icsBytes / 1e6).toFixed(1)} MB`
    );
    const ab = a / b;
    const ac = a / c;
    if (WITH_REST)
      console.log(`  a/b = ${ab.toFixed(3)} (target ≤ 0.25) ${ab <= 0.25 ? 'OK' : 'MISSED'}   without cache ${(aCold / b).toFixed(3)}`);
    else console.log('  (b) skipped (BENCH_REST=false)');
    console.log(`  a/c = ${ac.toFixed(2)} (target ≤ 2) ${ac <= 2 ? 'OK' : 'MISSED'}   without cache ${(aCold / c).toFixed(2)}`);
    console.log(`  ICS = ${d.toFixed(0)} ms without cache (target ≤ 1000) ${d <= 1000 ? 'OK' : 'MISSED'}; ${dWarm.toFixed(0)} ms with it`);
    console.log(`  after one edit a/c = ${(aEdit / c).toFixed(2)} (target ≤ 2) ${aEdit / c <= 2 ? 'OK' : 'MISSED'}`);
    return { kind, a, aCold, aPage, aEdit, b, c, d, dWarm, ab, ac, occurrences, rss: peakRss };
  } finally {
    client.stop();
    await app.stop();
  }
}

(async () => {
  process.env.LOG_LEVEL = 'error';
  const { compileStrapi } = require('@strapi/strapi');
  process.chdir(ROOT);
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  console.log(`Occurrences benchmark: ${PIECES} published pieces (${RECURRING} weekly), median of ${RUNS} runs`);
  const results = [await benchDatabase('sqlite')];
  if (await postgresReachable()) results.push(await benchDatabase('postgres'));
  else console.log('\nPostgreSQL: SKIPPED (none reachable at DATABASE_URL)');
  console.log('\nsummary');
  for (const r of results) {
    console.log(
      `  ${r.kind.padEnd(8)} pieces=${PIECES} occurrences=${r.occurrences} a/c warm=${r.ac.toFixed(2)} cold=${(r.aCold / r.c).toFixed(2)} ` +
        `after-edit=${(r.aEdit / r.c).toFixed(2)} | a=${r.a.toFixed(0)} ms cold=${r.aCold.toFixed(0)} ms page=${r.aPage.toFixed(0)} ms ` +
        `after-edit=${r.aEdit.toFixed(0)} ms ` +
        `b=${r.b.toFixed(0)} ms c=${r.c.toFixed(0)} ms a/b=${r.ab.toFixed(3)} ics=${r.d.toFixed(0)} ms (cached ${r.dWarm.toFixed(0)}) ` +
        `peak RSS=${(r.rss / 1024 / 1024).toFixed(0)} MB`
    );
  }
  // BENCH_JSON=file adds this run's figures to a list there (docs/performance/occurrences-scale.json feeds the chart).
  if (process.env.BENCH_JSON) {
    const file = path.resolve(process.env.BENCH_JSON);
    const runs = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
    const date = new Date().toISOString().slice(0, 10);
    for (const r of results) {
      runs.push({
        date,
        database: r.kind,
        pieces: PIECES,
        recurring: RECURRING,
        occurrences: r.occurrences,
        ms: { c: r.c, warm: r.a, cold: r.aCold, afterEdit: r.aEdit, page: r.aPage },
        peakRssMb: Math.round(r.rss / 1024 / 1024),
      });
    }
    fs.writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
  }
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
