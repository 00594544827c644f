/** Feed tokens (admin) and the live ICS feed, parsed with an independent parser (ical.js). */
import ICAL from 'ical.js';
import { createAdmin } from '../helpers/admin';
import { channel, piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: Awaited<ReturnType<typeof createAdmin>>;
let weeklyId: string;

beforeAll(async () => {
  app = await startStrapi();
  admin = await createAdmin(app);
  const linkedin = await channel(app, 'LinkedIn', { kind: 'shared' });
  const blog = await channel(app, 'Blogi');
  weeklyId = (
    await piece(app, {
      title: 'Tiistain LinkedIn-vinkki; ääkköset, pilkut',
      publishAt: '2026-03-03T07:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      recurrenceExceptions: ['2026-03-17T09:00'],
      channels: [linkedin.documentId],
      notes: 'salainen muistiinpano',
    })
  ).documentId;
  await piece(app, {
    title: 'Blogiartikkeli New Yorkiin',
    publishAt: '2026-04-02T13:00:00.000Z',
    timeZone: 'America/New_York',
    channels: [blog.documentId],
    funnelStage: 'act',
  });
  await piece(app, { title: 'Luonnos ei näy', publishAt: '2026-04-03T08:00:00.000Z' }, false);
});

afterAll(async () => {
  await app?.stop();
});

const asAdmin = (req: any) => req.set('Authorization', `Bearer ${admin.token}`);

async function createToken(body: unknown) {
  return asAdmin(app.http().post('/calendar/feed-tokens')).send(body);
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root;
}

describe('feed tokens', () => {
  it('creates a token, shows its secret once, and lists it without the secret', async () => {
    const res = await createToken({ name: 'Oma kalenteri' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: 'Oma kalenteri', filters: {} });
    expect(res.body.data.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.body.data.url).toMatch(new RegExp(`/api/calendar/ics\\?token=${res.body.data.token}$`));

    const list = await asAdmin(app.http().get('/calendar/feed-tokens'));
    expect(list.status).toBe(200);
    const listed = list.body.data.find((t: any) => t.id === res.body.data.id);
    expect(listed.name).toBe('Oma kalenteri');
    expect(listed.tokenHint).toBe(res.body.data.token.slice(-4));
    expect(JSON.stringify(list.body)).not.toContain(res.body.data.token);

    const stored = await app.strapi.db.query('plugin::calendar.feed-token').findOne({ where: { id: res.body.data.id } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(res.body.data.token);
  });

  it.each([
    [{}, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ name: 'Suodatettu', filters: { channel: 'tiktok' } }, 'channel'],
    [{ name: 'Suodatettu', filters: { stage: 'awareness' } }, 'filters'],
    [{ name: 'Suodatettu', filters: 'instagram' }, 'filters'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const res = await createToken(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details.errors.map((e: any) => e.path))).toContain(field);
  });

  it('needs an admin with plugin::calendar.read', async () => {
    expect((await app.http().post('/calendar/feed-tokens').send({ name: 'x' })).status).toBe(401);
    const editor = await createAdmin(app, 'strapi-editor');
    const res = await app.http().post('/calendar/feed-tokens').set('Authorization', `Bearer ${editor.token}`).send({ name: 'x' });
    expect(res.status).toBe(403);
  });

  it('revokes a token: its feed then answers 401', async () => {
    const { body } = await createToken({ name: 'Poistettava' });
    expect((await app.http().get(`/api/calendar/ics?token=${body.data.token}`)).status).toBe(200);
    const revoked = await asAdmin(app.http().delete(`/calendar/feed-tokens/${body.data.id}`));
    expect(revoked.status).toBe(204);
    expect((await app.http().get(`/api/calendar/ics?token=${body.data.token}`)).status).toBe(401);
    expect((await asAdmin(app.http().delete(`/calendar/feed-tokens/${body.data.id}`))).status).toBe(404);
  });
});

describe('GET /api/calendar/ics', () => {
  it('answers 401 without a token or with a wrong one', async () => {
    expect((await app.http().get('/api/calendar/ics')).status).toBe(401);
    expect((await app.http().get('/api/calendar/ics?token=not-a-real-token-but-long-enough')).status).toBe(401);
  });

  it('is valid iCalendar: DTSTART with TZID, RRULE and EXDATE not exploded, VTIMEZONE per zone', async () => {
    const { body } = await createToken({ name: 'Kaikki' });
    const res = await app.http().get(`/api/calendar/ics?token=${body.data.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    const text = res.text;
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260303T090000\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Helsinki:20260317T090000\r\n');
    expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n/);
    expect(text).toMatch(/X-PUBLISHED-TTL:PT60M\r\n/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);

    const root = parse(text);
    expect(
      root
        .getAllSubcomponents('vtimezone')
        .map((z: any) => z.getFirstPropertyValue('tzid'))
        .sort()
    ).toEqual(['America/New_York', 'Europe/Helsinki']);
    const events = root.getAllSubcomponents('vevent').map((v: any) => new ICAL.Event(v));
    expect(events.map((e: any) => e.summary).sort()).toEqual(['Blogiartikkeli New Yorkiin', 'Tiistain LinkedIn-vinkki; ääkköset, pilkut']);
    const weekly = events.find((e: any) => e.uid === `${weeklyId}@127.0.0.1`)!;
    expect(weekly).toBeDefined();
    expect(weekly.isRecurring()).toBe(true);
    // The independent parser expands it to 09:00 Helsinki on both sides of the DST change.
    const it = weekly.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < 6; next = it.next()) starts.push(next.toJSDate().toISOString());
    expect(starts).toContain('2026-03-24T07:00:00.000Z');
    expect(starts).toContain('2026-03-31T06:00:00.000Z');
    expect(text).not.toMatch(/Luonnos ei näy|salainen/);
  });

  it('keeps the UID and bumps SEQUENCE when a piece changes', async () => {
    const { body } = await createToken({ name: 'Muutokset' });
    const sequence = async () => {
      const root = parse((await app.http().get(`/api/calendar/ics?token=${body.data.token}`)).text);
      const event = root
        .getAllSubcomponents('vevent')
        .map((v: any) => new ICAL.Event(v))
        .find((e: any) => e.uid.startsWith(weeklyId))!;
      return event.sequence as number;
    };
    const before = await sequence();
    await new Promise((r) => setTimeout(r, 1100));
    await app.strapi.documents('api::content-piece.content-piece').update({ documentId: weeklyId, data: { summary: 'Päivitetty' } });
    await app.strapi.documents('api::content-piece.content-piece').publish({ documentId: weeklyId });
    expect(await sequence()).toBeGreaterThan(before);
  });

  it('applies the token filters, and query filters only narrow them', async () => {
    const { body } = await createToken({ name: 'Vain LinkedIn', filters: { channel: ['linkedin'] } });
    const feed = parse((await app.http().get(`/api/calendar/ics?token=${body.data.token}`)).text);
    expect(feed.getAllSubcomponents('vevent')).toHaveLength(1);
    const widened = parse((await app.http().get(`/api/calendar/ics?token=${body.data.token}&channel=blogi`)).text);
    expect(widened.getAllSubcomponents('vevent')).toHaveLength(0);
    const bad = await app.http().get(`/api/calendar/ics?token=${body.data.token}&stage=awareness`);
    expect(bad.status).toBe(400);
  });

  it('supports conditional requests', async () => {
    const { body } = await createToken({ name: 'Välimuisti' });
    const first = await app.http().get(`/api/calendar/ics?token=${body.data.token}`);
    const second = await app.http().get(`/api/calendar/ics?token=${body.data.token}`).set('If-None-Match', first.headers.etag);
    expect(second.status).toBe(304);
  });
});
