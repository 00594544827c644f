/** GET /api/calendar/occurrences (publishing sites) and GET /calendar/occurrences (admin views). */
import { createAdmin } from '../helpers/admin';
import { channel, persona, piece, theme } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let adminToken: string;
let adminId: number;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startStrapi();
  const admin = await createAdmin(app);
  adminToken = admin.token;
  adminId = admin.user.id;
  const linkedin = await channel(app, 'LinkedIn', { kind: 'shared' });
  const blog = await channel(app, 'Blogi');
  const yrjo = await persona(app, 'Yritysostaja Yrjö');
  const spring = await theme(app, 'Kevät', '2026-03-01', '2026-05-31');

  ids.weekly = (
    await piece(app, {
      title: 'Tiistain LinkedIn-vinkki',
      publishAt: '2026-03-03T07:00:00.000Z', // 09:00 Helsinki
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      recurrenceExceptions: ['2026-03-17T09:00'],
      channels: [linkedin.documentId],
      personas: [yrjo.documentId],
      theme: spring.documentId,
      funnelStage: 'reach',
      contentGoal: 'speak',
      format: 'social-post',
      notes: 'salainen',
    })
  ).documentId;
  ids.oneOff = (
    await piece(app, {
      title: 'Kevään blogiartikkeli',
      publishAt: '2026-03-25T08:00:00.000Z',
      channels: [blog.documentId],
      funnelStage: 'act',
      contentGoal: 'serve',
    })
  ).documentId;
  ids.draft = (
    await piece(
      app,
      {
        title: 'Luonnos maaliskuulle',
        publishAt: '2026-03-26T08:00:00.000Z',
        channels: [blog.documentId],
        editorialStatus: 'in-review',
        assignee: adminId,
      },
      false
    )
  ).documentId;
  ids.backlog = (await piece(app, { title: 'Idea ilman päivää', editorialStatus: 'idea' }, false)).documentId;
  ids.ny = (
    await piece(app, {
      title: 'New York launch',
      publishAt: '2026-03-10T13:00:00.000Z',
      timeZone: 'America/New_York',
      funnelStage: 'convert',
    })
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

const get = (query: string) => app.http().get(`/api/calendar/occurrences?${query}`);

describe('GET /api/calendar/occurrences', () => {
  it('keeps a weekly 09:00 Helsinki piece at 09:00 local across DST: +02:00 on 24 March, +03:00 on 31 March', async () => {
    const res = await get('from=2026-03-20&to=2026-04-05&stage=reach');
    expect(res.status).toBe(200);
    expect(res.body.data.map((o: any) => o.start)).toEqual(['2026-03-24T09:00:00+02:00', '2026-03-31T09:00:00+03:00']);
    expect(res.body.data[0]).toEqual({
      documentId: ids.weekly,
      locale: 'fi',
      locales: [],
      title: 'Tiistain LinkedIn-vinkki',
      slug: 'tiistain-linkedin-vinkki',
      summary: null,
      start: '2026-03-24T09:00:00+02:00',
      timeZone: 'Europe/Helsinki',
      funnelStage: 'reach',
      contentGoal: 'speak',
      format: 'social-post',
      channels: ['linkedin'],
      personas: ['yritysostaja-yrjo'],
      theme: 'kevat',
      recurring: true,
    });
    expect(res.body.meta).toEqual({
      from: '2026-03-20T00:00:00+02:00',
      to: '2026-04-06T00:00:00+03:00',
      timeZone: 'Europe/Helsinki',
      count: 2,
      nextCursor: null,
    });
  });

  it('answers published pieces only, sorted by start, skipping exceptions, each start in its own zone', async () => {
    const res = await get('from=2026-03-01&to=2026-03-31');
    expect(res.status).toBe(200);
    const rows = res.body.data.map((o: any) => `${o.start} ${o.title}`);
    expect(rows).toEqual([
      '2026-03-03T09:00:00+02:00 Tiistain LinkedIn-vinkki',
      '2026-03-10T09:00:00+02:00 Tiistain LinkedIn-vinkki',
      '2026-03-10T09:00:00-04:00 New York launch',
      '2026-03-24T09:00:00+02:00 Tiistain LinkedIn-vinkki',
      '2026-03-25T10:00:00+02:00 Kevään blogiartikkeli',
      '2026-03-31T09:00:00+03:00 Tiistain LinkedIn-vinkki',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/Luonnos|Idea ilman|salainen|editorialStatus|assignee/);
  });

  it('filters by channel, persona, theme, stage, goal and format, repeated or comma-separated', async () => {
    const titles = async (q: string) => [...new Set((await get(`from=2026-03-01&to=2026-03-31&${q}`)).body.data.map((o: any) => o.title))];
    expect(await titles('channel=blogi')).toEqual(['Kevään blogiartikkeli']);
    expect(await titles('channel=blogi&channel=linkedin')).toEqual(['Tiistain LinkedIn-vinkki', 'Kevään blogiartikkeli']);
    expect(await titles('channel=blogi,linkedin&stage=act')).toEqual(['Kevään blogiartikkeli']);
    expect(await titles('persona=yritysostaja-yrjo')).toEqual(['Tiistain LinkedIn-vinkki']);
    expect(await titles('theme=kevat&goal=speak&format=social-post')).toEqual(['Tiistain LinkedIn-vinkki']);
    expect(await titles('goal=sizzle')).toEqual([]);
  });

  it('reads date-only ranges in the tz asked for', async () => {
    const res = await get('from=2026-03-10&to=2026-03-10&tz=America/New_York');
    expect(res.body.data.map((o: any) => o.title)).toEqual(['Tiistain LinkedIn-vinkki', 'New York launch']);
    expect(res.body.meta.timeZone).toBe('America/New_York');
    expect(res.body.meta.from).toBe('2026-03-10T00:00:00-04:00');
  });

  it.each([
    ['to=2026-03-31', 'from', /from is required/],
    ['from=2026-03-01', 'to', /to is required/],
    ['from=2026-13-01&to=2026-03-31', 'from', /from must be a date/],
    ['from=2026-03-01&to=2027-06-01', 'to', /at most 400 days/],
    ['from=2026-03-01&to=2026-03-31&tz=Mars/Base', 'tz', /tz must be an IANA time zone/],
    ['from=2026-03-01&to=2026-03-31&channel=tiktok', 'channel', /no channel with slug tiktok/],
    ['from=2026-03-01&to=2026-03-31&persona=nobody', 'persona', /no persona with slug nobody/],
    ['from=2026-03-01&to=2026-03-31&stage=awareness', 'stage', /stage must be one of/],
    ['from=2026-03-01&to=2026-03-31&chanel=blogi', 'chanel', /unknown parameter/],
    ['from=2026-03-01&to=2026-03-31&editorialStatus=approved', 'editorialStatus', /unknown parameter/],
    ['from=2026-03-01&to=2026-03-31&limit=0', 'limit', /limit must be a whole number from 1 to 5000/],
    ['from=2026-03-01&to=2026-03-31&limit=1e3', 'limit', /limit must be a whole number/],
    ['from=2026-03-01&to=2026-03-31&cursor=WzEsIngiXQ', 'cursor', /cursor must be a meta.nextCursor value/],
    ['from=2026-03-01&to=2026-03-31&cursor=%22%3E%3Cscript%3E', 'cursor', /cursor must be/],
  ])('answers 400 naming the field for %s', async (query, field, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });

  it('pages with limit and cursor through exactly the occurrences of the whole answer, in order', async () => {
    const range = 'from=2026-03-01&to=2026-04-30';
    const whole = await get(range);
    expect(whole.body.meta.nextCursor).toBeNull();
    expect(whole.body.data.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 50; page += 1) {
      const res = await get(`${range}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      expect(res.body.meta.count).toBe(res.body.data.length);
      seen.push(...res.body.data.map((o: any) => `${o.documentId}|${o.locale}|${o.start}`));
      if (!res.body.meta.nextCursor) break;
      expect(res.body.meta.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      cursor = res.body.meta.nextCursor;
    }
    expect(seen).toEqual(whole.body.data.map((o: any) => `${o.documentId}|${o.locale}|${o.start}`));
    // Each page is its own answer: its own ETag.
    const [first, second] = [await get(`${range}&limit=2`), await get(`${range}&limit=3`)];
    expect(first.headers.etag).not.toBe(second.headers.etag);
  });

  it('sends Cache-Control and an ETag, and 304 for a matching If-None-Match', async () => {
    const first = await get('from=2026-03-01&to=2026-03-31');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.http().get('/api/calendar/occurrences?from=2026-03-01&to=2026-03-31').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const other = await get('from=2026-03-01&to=2026-03-30');
    expect(other.headers.etag).not.toBe(etag);
  });

  it('is forbidden to the Public role when its permission is revoked', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .delete({ where: { role: role.id, action: 'plugin::calendar.occurrences.find' } });
    try {
      expect((await get('from=2026-03-01&to=2026-03-31')).status).toBe(403);
      const token = await app.apiToken('read-only');
      const withToken = await app
        .http()
        .get('/api/calendar/occurrences?from=2026-03-01&to=2026-03-31')
        .set('Authorization', `Bearer ${token}`);
      expect(withToken.status).toBe(200);
    } finally {
      await app.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { role: role.id, action: 'plugin::calendar.occurrences.find' } });
    }
  });
});

describe('GET /calendar/occurrences (admin)', () => {
  const adminGet = (query: string) => app.http().get(`/calendar/occurrences?${query}`).set('Authorization', `Bearer ${adminToken}`);

  it('needs an admin with plugin::calendar.read', async () => {
    expect((await app.http().get('/calendar/occurrences?from=2026-03-01&to=2026-03-31')).status).toBe(401);
    const editor = await createAdmin(app, 'strapi-editor');
    const res = await app.http().get('/calendar/occurrences?from=2026-03-01&to=2026-03-31').set('Authorization', `Bearer ${editor.token}`);
    expect(res.status).toBe(403);
  });

  it('includes drafts with editorial fields, and the backlog', async () => {
    const res = await adminGet('from=2026-03-01&to=2026-03-31');
    expect(res.status).toBe(200);
    const draft = res.body.data.find((o: any) => o.documentId === ids.draft);
    expect(draft).toMatchObject({
      title: 'Luonnos maaliskuulle',
      start: '2026-03-26T10:00:00+02:00',
      status: 'draft',
      editorialStatus: 'in-review',
      assignee: { id: adminId, firstname: 'Testi' },
    });
    const published = res.body.data.find((o: any) => o.documentId === ids.oneOff);
    expect(published.status).toBe('published');
    expect(res.body.backlog.map((p: any) => p.title)).toEqual(['Idea ilman päivää']);
    expect(res.body.meta.backlogCount).toBe(1);
  });

  it('filters by editorial status and assignee (me, none)', async () => {
    const mine = await adminGet('from=2026-03-01&to=2026-03-31&assignee=me');
    expect([...new Set(mine.body.data.map((o: any) => o.title))]).toEqual(['Luonnos maaliskuulle']);
    const unassigned = await adminGet('from=2026-03-01&to=2026-03-31&assignee=none&editorialStatus=idea');
    expect(unassigned.body.data.map((o: any) => o.title)).not.toContain('Luonnos maaliskuulle');
    expect(unassigned.body.backlog.map((p: any) => p.title)).toEqual(['Idea ilman päivää']);
  });

  it('marks a published piece with unpublished changes as modified', async () => {
    await app.strapi.documents('api::content-piece.content-piece').update({ documentId: ids.oneOff, data: { summary: 'Muokattu' } });
    const res = await adminGet('from=2026-03-25&to=2026-03-25');
    expect(res.body.data.find((o: any) => o.documentId === ids.oneOff).status).toBe('modified');
  });
});

describe('the public feed cache', () => {
  it('serves the cached feed gzipped to clients that accept it, with its own ETag', async () => {
    const q = '/api/calendar/occurrences?from=2026-03-01&to=2026-03-31';
    await app.http().get(q); // fills the cache
    const plain = await app.http().get(q).set('Accept-Encoding', 'identity');
    const zipped = await app.http().get(q).set('Accept-Encoding', 'gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body).toEqual(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const revalidated = await app.http().get(q).set('Accept-Encoding', 'gzip').set('If-None-Match', zipped.headers.etag);
    expect(revalidated.status).toBe(304);
  });

  it('streams a feed it does not keep (the cache off, or the feed larger than it): the same body, no ETag, no length', async () => {
    const q = '/api/calendar/occurrences?from=2026-01-01&to=2026-12-31';
    const kept = await app.http().get(q).set('Accept-Encoding', 'identity').expect(200);
    expect(kept.headers.etag).toBeDefined();
    for (const megabytes of [0, 0.001]) {
      app.strapi.config.set('plugin::calendar.feedCacheMegabytes', megabytes);
      app.strapi.plugin('calendar').service('feed-cache').forget(); // not the body kept above
      try {
        const streamed = await app.http().get(q).set('Accept-Encoding', 'gzip').expect(200);
        expect(streamed.headers.etag).toBeUndefined();
        expect(streamed.headers['content-encoding']).toBeUndefined();
        expect(streamed.headers['transfer-encoding']).toBe('chunked');
        expect(streamed.body).toEqual(kept.body);
      } finally {
        app.strapi.config.set('plugin::calendar.feedCacheMegabytes', 64);
      }
    }
    expect(kept.body.data.length).toBeGreaterThan(3);
  });

  it('serves a changed channel slug, a deleted piece and a new piece at once', async () => {
    const q = 'from=2026-03-25&to=2026-03-25';
    const first = await get(q);
    expect(first.body.data.map((o: any) => o.channels)).toEqual([['blogi']]);

    const blog = await app.strapi.db.query('api::channel.channel').findOne({ where: { slug: 'blogi' } });
    await app.strapi.documents('api::channel.channel').update({ documentId: blog.documentId, data: { slug: 'yritysblogi' } });
    const renamed = await get(q);
    expect(renamed.body.data.map((o: any) => o.channels)).toEqual([['yritysblogi']]);
    expect(renamed.headers.etag).not.toBe(first.headers.etag);

    const extra = await piece(app, { title: 'Lisätty myöhemmin', publishAt: '2026-03-25T12:00:00.000Z' });
    expect((await get(q)).body.data.map((o: any) => o.title)).toContain('Lisätty myöhemmin');
    await app.strapi.documents('api::content-piece.content-piece').unpublish({ documentId: extra.documentId });
    expect((await get(q)).body.data.map((o: any) => o.title)).not.toContain('Lisätty myöhemmin');

    await app.strapi.documents('api::channel.channel').update({ documentId: blog.documentId, data: { slug: 'blogi' } });
  });
});
