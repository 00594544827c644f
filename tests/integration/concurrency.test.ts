/**
 * Many clients at once: the public feed is built once for a crowd of concurrent misses, requests
 * beyond the server's concurrency wait their turn and are answered, and on SQLite a query never
 * runs inside the turn of the event loop that issued it (so a busy server keeps accepting
 * connections). See docs/performance.md, "Load".
 */
import { channel, piece } from '../helpers/content';
import { testDatabaseKind } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
  const blog = await channel(app, 'Blogi');
  await piece(app, {
    title: 'Viikon vinkki',
    publishAt: '2026-01-06T07:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    channels: [blog.documentId],
  });
});

afterAll(async () => {
  await app?.stop();
});

const FEED = '/api/calendar/occurrences?from=2026-01-01&to=2026-12-31';

describe('concurrent requests for the same public feed', () => {
  it('build the feed once after a change and all get the new content', async () => {
    await app.http().get(FEED).expect(200); // cached
    await piece(app, { title: 'Uusi artikkeli', publishAt: '2026-05-05T07:00:00.000Z' });

    // Fewer than the server works on at once (SERVER_MAX_CONCURRENT_REQUESTS, 8 by default), so all are inside together.
    const CLIENTS = 6;
    const cache = app.strapi.plugin('calendar').service('feed-cache');
    const occurrences = app.strapi.plugin('calendar').service('occurrences');
    const version = cache.version.bind(cache);
    const publicFeed = occurrences.publicFeed.bind(occurrences);
    let versionChecks = 0;
    const versionSpy = jest.spyOn(cache, 'version').mockImplementation(async () => {
      const result = await version();
      versionChecks += 1;
      return result;
    });
    // Hold the build until every client has checked the version (bounded), so all of them miss together.
    const buildSpy = jest.spyOn(occurrences, 'publicFeed').mockImplementation(async (query: any) => {
      const deadline = Date.now() + 10_000;
      while (versionChecks < CLIENTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      return publicFeed(query);
    });
    try {
      const responses = await Promise.all(Array.from({ length: CLIENTS }, () => app.http().get(FEED)));
      expect(versionChecks).toBe(CLIENTS);
      expect(buildSpy).toHaveBeenCalledTimes(1);
      for (const res of responses) {
        expect(res.status).toBe(200);
        expect(res.headers.etag).toBe(responses[0].headers.etag);
      }
      const titles = responses[0].body.data.map((o: any) => o.title);
      expect(titles).toContain('Uusi artikkeli');
      expect(titles.filter((t: string) => t === 'Viikon vinkki')).toHaveLength(52);
    } finally {
      versionSpy.mockRestore();
      buildSpy.mockRestore();
    }
  });
});

describe('more concurrent requests than the server works on at once', () => {
  it('are queued and all answered, in full', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => app.http().get('/api/channels')));
    expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(new Set(responses.map((r) => JSON.stringify(r.body.data.map((c: any) => c.slug))))).toEqual(
      new Set([JSON.stringify(['blogi'])])
    );
  });
});

// Only SQLite runs statements synchronously; on PostgreSQL there is nothing to test, and nothing is reported as skipped.
if (testDatabaseKind() === 'sqlite')
  describe('SQLite statements', () => {
    it('run on a later turn of the event loop than the one that issued them', async () => {
      const order: string[] = [];
      setImmediate(() => order.push('turn scheduled before the query'));
      await app.strapi.db.connection.raw('select 1');
      order.push('query answered');
      expect(order).toEqual(['turn scheduled before the query', 'query answered']);
    });
  });
