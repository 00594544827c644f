/**
 * The occurrence index: after writes of every kind (and, on PostgreSQL, a random storm of them
 * from two Strapi processes at once) it holds exactly what a full re-expansion of every piece
 * version gives; the feeds answer the same from it as without it; a row written around Strapi
 * is expanded on demand, not served stale; and an edit invalidates only the cached feeds whose
 * range it touches.
 */
import { indexEntry, scheduleKey } from '../../src/plugins/calendar/core/occurrence-index/entries';
import { unpackEntry } from '../../src/plugins/calendar/core/occurrence-index/entry-bytes';
import { RULES_VERSION } from '../../src/plugins/calendar/server/src/services/occurrence-index/tables';
import { startInstance, type Instance } from '../helpers/cluster';
import { channel, piece } from '../helpers/content';
import { testDatabaseKind } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

jest.setTimeout(240_000);

const PIECE = 'api::content-piece.content-piece';
let app: TestApp;
let blog: string;

beforeAll(async () => {
  app = await startStrapi();
  blog = (await channel(app, 'Blogi')).documentId;
});

afterAll(async () => {
  await app?.stop();
});

const index = () => app.strapi.plugin('calendar').service('occurrence-index');
const docs = () => app.strapi.documents(PIECE);
const toMs = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | number).getTime());
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : (v ?? []));

/** Every difference between the index and a full re-expansion of every piece version (none: []). */
async function differences(): Promise<string[]> {
  const knex = app.strapi.db.connection;
  const state = await index().state();
  const zone = app.strapi.config.get('plugin::calendar.defaultTimeZone');
  const rows = await knex('content_pieces').select(
    'id',
    'document_id',
    'published_at',
    'publish_at',
    'time_zone',
    'recurrence',
    'recurrence_exceptions'
  );
  const sources = new Map<number, any>((await knex('calendar_occurrence_sources').select('*')).map((s: any) => [Number(s.piece_id), s]));
  const starts = new Map<number, number[]>();
  for (const o of await knex('calendar_occurrences').select('piece_id', 'start_ms')) {
    const list = starts.get(Number(o.piece_id)) ?? [];
    list.push(Number(o.start_ms));
    starts.set(Number(o.piece_id), list);
  }
  const out: string[] = [];
  for (const row of rows) {
    const source = sources.get(row.id);
    sources.delete(row.id);
    const at = toMs(row.publish_at);
    const schedule =
      at === null
        ? null
        : {
            publishAt: new Date(at),
            timeZone: row.time_zone || zone,
            recurrence: row.recurrence,
            recurrenceExceptions: json(row.recurrence_exceptions),
          };
    const expected = schedule ? indexEntry(schedule, state.window) : { status: 'ok', starts: [] as number[] };
    if (!source) {
      out.push(`${row.id}: no source`);
      continue;
    }
    if (source.status !== expected.status) out.push(`${row.id}: status ${source.status}, expected ${expected.status}`);
    if ((source.schedule_key ?? null) !== (schedule ? scheduleKey(schedule) : null))
      out.push(`${row.id}: stale schedule key ${source.schedule_key} ≠ ${schedule ? scheduleKey(schedule) : null}`);
    if (Boolean(Number(source.published) || source.published === true) !== (row.published_at !== null))
      out.push(`${row.id}: published flag`);
    const got = (starts.get(row.id) ?? []).sort((a, b) => a - b);
    starts.delete(row.id);
    if (JSON.stringify(got) !== JSON.stringify(expected.starts))
      out.push(`${row.id}: ${got.length} occurrences, expected ${expected.starts.length}`);
  }
  for (const id of sources.keys()) out.push(`${id}: source of a deleted version`);
  for (const id of starts.keys()) out.push(`${id}: occurrences of a deleted version`);
  return [...out, ...(await entryDifferences())];
}

/**
 * Every published version the index holds has a fresh feed entry, whose starts are the version's
 * occurrences in the index and whose JSON is also kept as text; no other version has one.
 */
async function entryDifferences(): Promise<string[]> {
  const knex = app.strapi.db.connection;
  const entries = index().feedEntries;
  const zone = app.strapi.config.get('plugin::calendar.defaultTimeZone');
  const held: any[] = await knex('calendar_occurrence_sources')
    .where({ published: true, status: 'ok' })
    .whereNotNull('schedule_key')
    .select('piece_id');
  const rows: any[] = await knex('calendar_occurrence_feed_entries as f')
    .leftJoin('content_pieces as p', 'p.id', 'f.piece_id')
    .select(
      'f.piece_id',
      'f.entry',
      'f.start_count',
      'f.before_json',
      'f.after_json',
      knex.raw(`CASE WHEN ${entries.freshSql()} THEN 1 ELSE 0 END AS fresh`, entries.freshBindings(zone))
    );
  const occurrences: any[] = await knex('calendar_occurrences').where('published', true).orderBy('start_ms').select('piece_id', 'start_ms');
  const startsOf = new Map<number, number[]>();
  for (const o of occurrences) startsOf.set(Number(o.piece_id), [...(startsOf.get(Number(o.piece_id)) ?? []), Number(o.start_ms)]);
  const out: string[] = [];
  for (const row of rows) {
    const parts = unpackEntry(row.entry, row.start_count === null ? null : Number(row.start_count));
    if (!parts) continue; // not fresh: reported below when the version is held
    const id = Number(row.piece_id);
    if (JSON.stringify([...parts.starts]) !== JSON.stringify(startsOf.get(id) ?? []))
      out.push(`${id}: feed entry starts ${parts.starts.length}, index ${startsOf.get(id)?.length ?? 0}`);
    if (Buffer.from(parts.before).toString('utf8') !== row.before_json || Buffer.from(parts.after).toString('utf8') !== row.after_json)
      out.push(`${id}: feed entry JSON differs from its text`);
  }
  const entryOf = new Map(rows.map((r) => [Number(r.piece_id), Number(r.fresh) === 1 || r.fresh === true]));
  for (const { piece_id } of held) {
    if (!entryOf.has(Number(piece_id))) out.push(`${piece_id}: no feed entry`);
    else if (!entryOf.get(Number(piece_id))) out.push(`${piece_id}: stale feed entry`);
    entryOf.delete(Number(piece_id));
  }
  for (const id of entryOf.keys()) out.push(`${id}: feed entry of a version the index does not hold`);
  return out;
}

/** The public feed with the feed cache off: from the index and its entries, or expanded from the rows. */
async function uncachedFeed(path: string, fromIndex: boolean) {
  app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 0);
  app.strapi.config.set('plugin::calendar.occurrenceIndex.enabled', fromIndex);
  try {
    return (await app.http().get(path).expect(200)).body;
  } finally {
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 64);
    app.strapi.config.set('plugin::calendar.occurrenceIndex.enabled', true);
  }
}

/** Until no feed entry is older than the last slug change (the background refresh is done). */
async function entriesRefreshed() {
  const knex = app.strapi.db.connection;
  for (let tries = 0; tries < 200; tries += 1) {
    const epoch = await index().feedEntries.epoch();
    const [{ n }] = await knex('calendar_occurrence_feed_entries').where('epoch', '<', epoch).count({ n: '*' });
    if (Number(n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('feed entries not refreshed');
}

describe('the occurrence index', () => {
  it('holds what a full re-expansion gives after writes of every kind', async () => {
    const weekly = await piece(app, {
      title: 'Viikkovinkki',
      publishAt: '2026-01-06T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      channels: [blog],
    });
    const once = await piece(app, { title: 'Kerran', publishAt: '2026-03-10T08:00:00.000Z' });
    const draft = await piece(app, { title: 'Luonnos', publishAt: '2026-04-01T08:00:00.000Z' }, false);
    await piece(app, { title: 'Idea ilman aikaa' }, false);
    expect(await differences()).toEqual([]);

    await docs().update({ documentId: once.documentId, data: { publishAt: '2026-05-12T08:00:00.000Z' } as any });
    await docs().publish({ documentId: once.documentId });
    await docs().update({
      documentId: weekly.documentId,
      data: { recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH', recurrenceExceptions: ['2026-01-08T09:00'] } as any,
    });
    await docs().update({
      documentId: draft.documentId,
      locale: 'sv',
      data: { title: 'Utkast', publishAt: '2026-04-02T08:00:00.000Z' } as any,
    });
    await docs().publish({ documentId: draft.documentId, locale: 'sv' });
    await docs().unpublish({ documentId: weekly.documentId });
    await docs().discardDraft({ documentId: once.documentId });
    await docs().delete({ documentId: draft.documentId, locale: 'sv' });
    expect(await differences()).toEqual([]);

    const rows = await app.strapi.db.connection('calendar_occurrences').count({ n: '*' });
    expect(Number(rows[0].n)).toBeGreaterThan(50); // the weekly series' years are in it
  });

  it('is rebuilt from scratch to the same rows', async () => {
    const knex = app.strapi.db.connection;
    const before = (await knex('calendar_occurrences').orderBy(['piece_id', 'start_ms']).select('piece_id', 'start_ms')).map(
      (r: any) => `${r.piece_id}:${r.start_ms}`
    );
    await knex('calendar_occurrences').del();
    await index().rebuild();
    const after = (await knex('calendar_occurrences').orderBy(['piece_id', 'start_ms']).select('piece_id', 'start_ms')).map(
      (r: any) => `${r.piece_id}:${r.start_ms}`
    );
    expect(after).toEqual(before);
    expect((await index().state()).ready).toBe(true);
  });

  it('upgrades an index of the previous rules at its check, and leaves one of newer rules alone', async () => {
    const knex = app.strapi.db.connection;
    await piece(app, { title: 'Joka kuun eka', publishAt: '2026-01-01T08:00:00.000Z', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' });
    const feed = '/api/calendar/occurrences?from=2026-01-01&to=2026-12-31';
    const expanded = await uncachedFeed(feed, false);
    const setRules = (rules: number) => knex('calendar_occurrence_state').where('id', 1).update({ rules });
    // As the previous rules left it: entries without their bytes and starts.
    await knex.schema.alterTable('calendar_occurrence_feed_entries', (t: any) => {
      t.dropColumn('entry');
      t.dropColumn('start_count');
    });
    await setRules(RULES_VERSION - 1);
    await index().setUp(); // the boot's first step adds the columns
    expect(await knex.schema.hasColumn('calendar_occurrence_feed_entries', 'entry')).toBe(true);
    expect(await uncachedFeed(feed, true)).toEqual(expanded); // expanded on demand meanwhile
    expect(await index().check()).toBe('rebuilding');
    await index().rebuild(); // waits for the rebuild the check started
    expect((await index().state()).rules).toBe(RULES_VERSION);
    expect(await differences()).toEqual([]);
    expect(await uncachedFeed(feed, true)).toEqual(expanded);

    // Built by a newer instance during a rolling deploy: not rebuilt back, and not used here.
    await setRules(RULES_VERSION + 1);
    try {
      expect(await index().check()).toBe('newer');
      expect(await uncachedFeed(feed, true)).toEqual(expanded);
      expect((await index().state()).rules).toBe(RULES_VERSION + 1);
    } finally {
      await setRules(RULES_VERSION);
    }
  });

  it('gives the feeds the same answer as expanding on demand', async () => {
    await piece(app, { title: 'Tiistaisin', publishAt: '2026-01-06T07:00:00.000Z', recurrence: 'FREQ=WEEKLY;BYDAY=TU', channels: [blog] });
    const feed = '/api/calendar/occurrences?from=2026-01-01&to=2026-12-31&locale=all';
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 0);
    try {
      const fromIndex = (await app.http().get(feed).expect(200)).body;
      app.strapi.config.set('plugin::calendar.occurrenceIndex.enabled', false);
      const expanded = (await app.http().get(feed).expect(200)).body;
      app.strapi.config.set('plugin::calendar.occurrenceIndex.enabled', true);
      expect(fromIndex.data.length).toBeGreaterThan(40);
      expect(fromIndex).toEqual(expanded);
    } finally {
      app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 64);
      app.strapi.config.set('plugin::calendar.occurrenceIndex.enabled', true);
    }
  });

  it("expands on demand a version whose entry it cannot read (an older instance's row, damaged bytes), never failing the feed", async () => {
    const weekly = await piece(app, {
      title: 'Keskiviikkoisin',
      publishAt: '2026-04-01T06:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    });
    const once = await piece(app, { title: 'Kerran huhtikuussa', publishAt: '2026-04-09T06:00:00.000Z' });
    const feed = '/api/calendar/occurrences?from=2026-04-01&to=2026-04-30';
    const expanded = await uncachedFeed(feed, false);
    const starts = (body: any, documentId: string) => body.data.filter((o: any) => o.documentId === documentId).map((o: any) => o.start);
    expect(starts(expanded, weekly.documentId)).toEqual([
      '2026-04-01T09:00:00+03:00',
      '2026-04-08T09:00:00+03:00',
      '2026-04-15T09:00:00+03:00',
      '2026-04-22T09:00:00+03:00',
      '2026-04-29T09:00:00+03:00',
    ]);
    const knex = app.strapi.db.connection;
    const idOf = async (documentId: string) =>
      (await knex('content_pieces').where({ document_id: documentId }).whereNotNull('published_at').first('id')).id;
    const entries = () => knex('calendar_occurrence_feed_entries');
    // As an instance of an older version writes it (no entry bytes), and with a count its bytes cannot hold.
    await entries()
      .where('piece_id', await idOf(weekly.documentId))
      .update({ entry: null, start_count: null });
    await entries()
      .where('piece_id', await idOf(once.documentId))
      .update({ start_count: 1_000_000 });
    expect(await uncachedFeed(feed, true)).toEqual(expanded);
    expect(await entryDifferences()).toEqual([expect.stringContaining('stale feed entry')]);
    await index().rebuild();
    expect(await entryDifferences()).toEqual([]);
    expect(await uncachedFeed(feed, true)).toEqual(expanded);
  });

  it('expands on demand a version written around Strapi, instead of serving its old times', async () => {
    const moved = await piece(app, { title: 'Siirretty SQL:llä', publishAt: '2026-02-03T08:00:00.000Z' });
    const knex = app.strapi.db.connection;
    const at = new Date('2026-02-17T08:00:00.000Z');
    await knex('content_pieces')
      .where({ document_id: moved.documentId })
      .whereNotNull('published_at')
      .update({ publish_at: testDatabaseKind() === 'sqlite' ? at.getTime() : at });
    app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 0);
    try {
      const body = (await app.http().get('/api/calendar/occurrences?from=2026-02-01&to=2026-02-28').expect(200)).body;
      expect(body.data.filter((o: any) => o.documentId === moved.documentId).map((o: any) => o.start)).toEqual([
        '2026-02-17T10:00:00+02:00',
      ]);
      expect((await differences()).some((d) => d.includes('stale schedule key'))).toBe(true);
      await index().rebuild(); // what `npm run reindex` does
      expect(await differences()).toEqual([]);
    } finally {
      app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 64);
    }
  });

  it("serves a feed entry only while it shows what its version would: a channel's new slug, a row written around Strapi", async () => {
    const knex = app.strapi.db.connection;
    const news = await channel(app, 'Uutiset');
    const shown = await piece(app, { title: 'Kanavan juttu', publishAt: '2026-06-02T07:00:00.000Z', channels: [news.documentId] });
    const feed = '/api/calendar/occurrences?from=2026-06-01&to=2026-06-30';
    const mine = (body: any) => body.data.filter((o: any) => o.documentId === shown.documentId);
    expect(mine(await uncachedFeed(feed, true))[0].channels).toEqual(['uutiset']);

    await app.strapi.documents('api::channel.channel').update({ documentId: news.documentId, data: { slug: 'tiedotteet' } as any });
    // At once, before any entry is made again: the stale entry is not served.
    expect(mine(await uncachedFeed(feed, true))[0].channels).toEqual(['tiedotteet']);
    await entriesRefreshed();
    expect(await entryDifferences()).toEqual([]);
    expect(await uncachedFeed(feed, true)).toEqual(await uncachedFeed(feed, false));

    // A rename without a slug change leaves the entries fresh (nothing to make again).
    const epoch = await index().feedEntries.epoch();
    await app.strapi.documents('api::channel.channel').update({ documentId: news.documentId, data: { name: 'Tiedotteet' } as any });
    expect(await index().feedEntries.epoch()).toBe(epoch);

    // Written around Strapi (a title and its updatedAt): the version is read as it is now.
    const now = new Date('2026-06-03T00:00:00.000Z');
    await knex('content_pieces')
      .where({ document_id: shown.documentId })
      .whereNotNull('published_at')
      .update({ title: 'Muutettu SQL:llä', updated_at: testDatabaseKind() === 'sqlite' ? now.getTime() : now });
    expect(mine(await uncachedFeed(feed, true))[0].title).toBe('Muutettu SQL:llä');
    expect(await entryDifferences()).toEqual([expect.stringContaining('stale feed entry')]);
    await index().rebuild();
    expect(await entryDifferences()).toEqual([]);
    expect(mine(await uncachedFeed(feed, true))[0].title).toBe('Muutettu SQL:llä');
  });

  it('keeps the entries fresh when a second language is published, and lists a deleted language nowhere', async () => {
    const both = await piece(app, { title: 'Kaksikielinen', publishAt: '2026-07-07T07:00:00.000Z' });
    // A shared field (the funnel stage) changed in sv is copied into fi's rows by i18n.
    await docs().update({
      documentId: both.documentId,
      locale: 'sv',
      data: { title: 'Tvåspråkig', publishAt: '2026-07-07T07:00:00.000Z', funnelStage: 'convert' } as any,
    });
    await docs().publish({ documentId: both.documentId, locale: 'sv' });
    // Publishing sv puts back the fi version's own date; its entry is still fresh.
    expect(await entryDifferences()).toEqual([]);
    const feed = '/api/calendar/occurrences?from=2026-07-01&to=2026-07-31&locale=all';
    const mine = (body: any) => body.data.filter((o: any) => o.documentId === both.documentId);
    expect(mine(await uncachedFeed(feed, true)).map((o: any) => [o.locale, o.locales])).toEqual([
      ['fi', ['sv']],
      ['sv', ['fi']],
    ]);

    // A language deleted in the settings takes its versions with a bulk delete; the index is rebuilt.
    const locales = app.strapi.plugin('i18n').service('locales');
    await locales.create({ code: 'de', name: 'Deutsch' });
    await docs().update({
      documentId: both.documentId,
      locale: 'de',
      data: { title: 'Zweisprachig', publishAt: '2026-07-07T07:00:00.000Z' } as any,
    });
    await docs().publish({ documentId: both.documentId, locale: 'de' });
    expect(mine(await uncachedFeed(feed, true)).find((o: any) => o.locale === 'fi').locales).toEqual(['de', 'sv']);
    await locales.delete({ id: (await locales.findByCode('de')).id });
    // No reindex by hand: the deletion starts the rebuild (the feeds expand on demand meanwhile).
    let shown: string[] = [];
    for (let tries = 0; tries < 200; tries += 1) {
      shown = mine(await uncachedFeed(feed, true)).find((o: any) => o.locale === 'fi').locales;
      if ((await index().state()).ready && shown.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(shown).toEqual(['sv']);
    expect((await index().state()).ready).toBe(true);
    expect(await entryDifferences()).toEqual([]);
  });

  it('invalidates only the cached feeds whose range an edit touches', async () => {
    const march = await piece(app, { title: 'Maaliskuun juttu', publishAt: '2026-03-17T08:00:00.000Z' });
    const marchFeed = '/api/calendar/occurrences?from=2026-03-01&to=2026-03-31';
    const juneFeed = '/api/calendar/occurrences?from=2026-06-01&to=2026-06-30';
    await app.http().get(marchFeed).expect(200);
    await app.http().get(juneFeed).expect(200);
    const occurrences = app.strapi.plugin('calendar').service('occurrences');
    const build = jest.spyOn(occurrences, 'publicFeed');
    try {
      await docs().update({ documentId: march.documentId, data: { title: 'Maaliskuun juttu, korjattu' } as any });
      await docs().publish({ documentId: march.documentId });
      await app.http().get(juneFeed).expect(200);
      expect(build).toHaveBeenCalledTimes(0); // June's feed was not touched: served from the cache
      const body = (await app.http().get(marchFeed).expect(200)).body;
      expect(build).toHaveBeenCalledTimes(1);
      expect(body.data.find((o: any) => o.documentId === march.documentId).title).toBe('Maaliskuun juttu, korjattu');
      // Draft work leaves the public feeds alone.
      await docs().update({ documentId: march.documentId, data: { title: 'Keskeneräinen' } as any });
      await app.http().get(marchFeed).expect(200);
      expect(build).toHaveBeenCalledTimes(1);
      // A renamed channel is in every feed.
      await app.strapi.documents('api::channel.channel').update({ documentId: blog, data: { name: 'Blogi 2' } as any });
      await app.http().get(juneFeed).expect(200);
      expect(build).toHaveBeenCalledTimes(2);
    } finally {
      build.mockRestore();
    }
  });

  it('never fails a committed write when the change log cannot be written: the feed is fresh here, the log is retried', async () => {
    const feed = '/api/calendar/occurrences?from=2026-09-01&to=2026-09-30';
    const written = await piece(app, { title: 'Syyskuun juttu', publishAt: '2026-09-08T07:00:00.000Z' });
    const titles = async () =>
      (await app.http().get(feed).expect(200)).body.data.filter((o: any) => o.documentId === written.documentId).map((o: any) => o.title);
    expect(await titles()).toEqual(['Syyskuun juttu']);
    const before = await index().version();
    const real = index().recordChanges.bind(index());
    const log = jest.spyOn(index(), 'recordChanges').mockRejectedValueOnce(new Error('Connection terminated unexpectedly'));
    try {
      // The write and its publication commit; only the log after them fails.
      const result = await docs().update({
        documentId: written.documentId,
        data: { title: 'Syyskuun juttu, korjattu' } as any,
        status: 'published',
      });
      expect(result.title).toBe('Syyskuun juttu, korjattu');
      expect(await index().version()).toBe(before);
      // This instance no longer serves the feed it had cached.
      expect(await titles()).toEqual(['Syyskuun juttu, korjattu']);
      // The retry (after a second) writes the log, so every instance's cache learns of it.
      log.mockImplementation(real);
      const deadline = Date.now() + 10_000;
      while ((await index().version()) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await index().version()).toBeGreaterThan(before);
    } finally {
      log.mockRestore();
    }
  });

  it('stays exact under a random storm of writes (from two instances on PostgreSQL)', async () => {
    let second: Instance | null = null;
    const token = await app.apiToken('full-access');
    if (testDatabaseKind() === 'postgres')
      second = await startInstance({ NODE_ENV: 'test', ...app.db.env, CALENDAR_SCHEDULER_ENABLED: 'false' });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 12; i += 1)
        ids.push((await piece(app, { title: `Myrsky ${i}`, publishAt: '2026-06-01T07:00:00.000Z' }, i % 2 === 0)).documentId);
      let seed = 42;
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % n;
      };
      const rules = [null, 'FREQ=WEEKLY;BYDAY=MO', 'FREQ=DAILY;COUNT=30', 'FREQ=MONTHLY;BYMONTHDAY=15'];
      const write = async (viaSecond: boolean) => {
        const id = ids[random(ids.length)];
        const action = random(5);
        const data = {
          publishAt: new Date(Date.UTC(2026, random(12), 1 + random(27), 6 + random(10))).toISOString(),
          recurrence: rules[random(rules.length)],
        };
        if (viaSecond && second) {
          const base = `http://127.0.0.1:${second.port}/api/content-pieces/${id}`;
          const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
          const status = action === 0 ? '?status=published' : '';
          await fetch(base + status, { method: 'PUT', headers, body: JSON.stringify({ data }) });
          return;
        }
        try {
          if (action === 0) await docs().publish({ documentId: id });
          else if (action === 1) await docs().unpublish({ documentId: id });
          else await docs().update({ documentId: id, data: data as any });
        } catch {
          // A write the workflow refuses (or a version gone) is part of a storm too.
        }
      };
      // The cached year feed is patched after each write (only the documents written are read
      // again): after the storm it must be what a build from nothing gives.
      const year = '/api/calendar/occurrences?from=2026-01-01&to=2026-12-31&locale=all';
      const cache = app.strapi.plugin('calendar').service('feed-cache');
      const patches = jest.spyOn(app.strapi.plugin('calendar').service('occurrence-index'), 'changedDocuments');
      await app.http().get(year).expect(200);
      await Promise.all([
        ...Array.from({ length: 4 }, async (_, worker) => {
          for (let i = 0; i < 15; i += 1) await write(worker % 2 === 1);
        }),
        (async () => {
          for (let i = 0; i < 15; i += 1) await app.http().get(year).expect(200);
        })(),
      ]);
      expect(await differences()).toEqual([]);
      const patched = (await app.http().get(year).expect(200)).text;
      expect(patches).toHaveBeenCalled();
      patches.mockRestore();
      cache.forget();
      expect(JSON.parse(patched)).toEqual((await app.http().get(year).expect(200)).body);
    } finally {
      await second?.stop();
    }
  });
});
