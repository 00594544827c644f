/**
 * Recurrence that always terminates: every writer refuses a rule that cannot reach its next
 * occurrence, a rule planted straight into the database is left out of the feeds (and reported
 * to the admin) without stalling anything, and far-away date ranges are refused at once.
 */
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let apiToken: string;
let admin: { token: string };
let planted: string;
const STUCK = 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9';

beforeAll(async () => {
  app = await startStrapi();
  apiToken = await app.apiToken('full-access');
  admin = await createAdmin(app);
  // Some ordinary pieces for the feeds to compute, and one that will be broken behind the guard's back.
  for (let i = 0; i < 20; i++) {
    await piece(app, {
      title: `Viikkovinkki ${i}`,
      publishAt: '2026-03-02T07:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      recurrence: `FREQ=WEEKLY;BYDAY=${['MO', 'TU', 'WE', 'TH', 'FR'][i % 5]}`,
    });
  }
  await piece(app, { title: 'Kevään blogiartikkeli', publishAt: '2026-03-25T08:00:00.000Z' });
  planted = (
    await piece(app, {
      title: 'Rikottu sääntö',
      publishAt: '2026-03-03T07:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=DAILY',
    })
  ).documentId;
  // 08:00Z is 10:00 in Helsinki: an even hour, which INTERVAL=2 never turns into 09:00.
  const updated = await app.strapi.db
    .connection('content_pieces')
    .where({ document_id: planted })
    .update({ recurrence: STUCK, publish_at: new Date('2026-03-03T08:00:00.000Z'), updated_at: new Date() });
  expect(updated).toBe(2); // the draft and the published version
});

afterAll(async () => {
  await app?.stop();
});

const rest = () => ({ Authorization: `Bearer ${apiToken}` });
const asAdmin = () => ({ Authorization: `Bearer ${admin.token}` });
const fields = (res: any) => (res.body.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));

describe('every writer refuses a rule that never reaches an occurrence', () => {
  it.each([
    [
      'an HOURLY INTERVAL that never reaches BYHOUR',
      STUCK,
      '2026-03-03T08:00:00.000Z',
      /never reaches BYHOUR=9: every 2 hours from publishAt at 10:00/,
    ],
    [
      'BYMONTH and BYMONTHDAY that never meet',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
      '2026-03-03T08:00:00.000Z',
      /BYMONTH=2 and BYMONTHDAY=30 never fall on the same day/,
    ],
    ['April the 31st', 'FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31', '2026-03-03T08:00:00.000Z', /BYMONTH=4 and BYMONTHDAY=31 never/],
    [
      'a MONTHLY INTERVAL that never lands on BYMONTH',
      'FREQ=MONTHLY;INTERVAL=12;BYMONTH=6',
      '2026-01-15T08:00:00.000Z',
      /never reaches BYMONTH=6: every 12 months from publishAt in January/,
    ],
    ['an absurd INTERVAL', 'FREQ=DAILY;INTERVAL=1000000', '2026-03-03T08:00:00.000Z', /INTERVAL=1000000 is too large for FREQ=DAILY/],
    ['an absurd COUNT', 'FREQ=WEEKLY;COUNT=99999999', '2026-03-03T08:00:00.000Z', /COUNT=99999999 is too large/],
    [
      'UNTIL before the start',
      'FREQ=WEEKLY;UNTIL=20260101',
      '2026-03-03T08:00:00.000Z',
      /has no occurrence at all: UNTIL .* is before publishAt/,
    ],
    [
      'UNTIL far beyond the calendar',
      'FREQ=WEEKLY;UNTIL=99991231',
      '2026-03-03T08:00:00.000Z',
      /UNTIL must be between 1970-01-01 … 2100-12-31/,
    ],
    [
      'a position no month has',
      'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6',
      '2026-03-03T08:00:00.000Z',
      /gives no occurrence within the search budget/,
    ],
  ])('POST /api/content-pieces: %s → 400 naming recurrence', async (_, recurrence, publishAt, message) => {
    const res = await app
      .http()
      .post('/api/content-pieces')
      .set(rest())
      .send({
        data: {
          title: `Sääntö ${recurrence}`,
          funnelStage: 'reach',
          contentGoal: 'sell',
          publishAt,
          timeZone: 'Europe/Helsinki',
          recurrence,
        },
      });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error.name).toBe('ValidationError');
    expect(fields(res)).toEqual(['recurrence']);
    expect(res.body.error.details.errors[0].message).toMatch(message);
  });

  it('PUT changing only publishAt refuses the move that makes the stored rule unreachable', async () => {
    const created = await app
      .http()
      .post('/api/content-pieces')
      .set(rest())
      .send({
        data: {
          title: 'Parittomat tunnit',
          funnelStage: 'reach',
          contentGoal: 'sell',
          publishAt: '2026-03-03T07:00:00.000Z',
          timeZone: 'Europe/Helsinki',
          recurrence: STUCK,
        },
      });
    expect(created.status).toBe(201); // 09:00 Helsinki: odd hours, so 09:00 comes every day
    const id = created.body.data.documentId;
    const moved = await app
      .http()
      .put(`/api/content-pieces/${id}`)
      .set(rest())
      .send({ data: { publishAt: '2026-03-03T08:00:00.000Z' } });
    expect(moved.status).toBe(400);
    expect(fields(moved)).toEqual(['recurrence']);
    expect(moved.body.error.message).toMatch(/recurrence never reaches BYHOUR=9/);
    const fine = await app
      .http()
      .put(`/api/content-pieces/${id}`)
      .set(rest())
      .send({ data: { publishAt: '2026-03-04T09:00:00.000Z' } });
    expect(fine.status).toBe(200); // 11:00: still odd
  });

  it('refuses a publishAt that rolls over or lies outside the window, naming it', async () => {
    for (const publishAt of ['2026-02-30T09:00:00.000Z', '2026-03-01T10:00:99Z', '9999-12-31T09:00:00.000Z']) {
      const res = await app
        .http()
        .post('/api/content-pieces')
        .set(rest())
        .send({ data: { title: 'Väärä päivä', funnelStage: 'reach', contentGoal: 'sell', publishAt } });
      expect([publishAt, res.status, fields(res)]).toEqual([publishAt, 400, ['publishAt']]);
    }
  });
});

describe('the content guard on a clone (the source draft with the changes over it)', () => {
  const guard = () => app.strapi.plugin('calendar').service('content-guard');
  const UID = 'api::content-piece.content-piece';

  it('gives a clone a fresh unique slug unless one is given', async () => {
    const source = await app.strapi.documents(UID).findFirst({ filters: { title: 'Viikkovinkki 0' } });
    const checked = await guard().check(UID, {}, source.documentId, { action: 'clone' });
    expect(checked.slug).toBe('viikkovinkki-0-2');
    expect((await guard().check(UID, { slug: 'oma' }, source.documentId, { action: 'clone' })).slug).toBe('oma');
    expect((await guard().check(UID, { title: 'Uusi nimi' }, source.documentId, { action: 'clone' })).slug).toBe('uusi-nimi');
  });

  it('refuses cloning a source whose stored rule never reaches an occurrence, unless the clone fixes it', async () => {
    const error = await guard()
      .check(UID, {}, planted, { action: 'clone' })
      .catch((e: any) => e);
    expect(error.name).toBe('ValidationError');
    expect(error.details.errors.map((e: any) => e.path[0])).toEqual(['recurrence']);
    await expect(guard().check(UID, { recurrence: 'FREQ=DAILY' }, planted, { action: 'clone' })).resolves.toMatchObject({
      recurrence: 'FREQ=DAILY',
    });
  });
});

describe('a rule planted in the database', () => {
  it('is left out of the public feed, which answers with the other pieces', async () => {
    const res = await app.http().get('/api/calendar/occurrences?from=2026-03-01&to=2026-03-31');
    expect(res.status).toBe(200);
    const titles = new Set(res.body.data.map((o: any) => o.title));
    expect(titles.has('Rikottu sääntö')).toBe(false);
    expect(titles.has('Kevään blogiartikkeli')).toBe(true);
    expect(res.body.data.filter((o: any) => o.title === 'Viikkovinkki 0')).toHaveLength(5); // Mondays 2, 9, 16, 23, 30 March
  });

  it('is reported in the admin feed as one that cannot be expanded', async () => {
    const res = await app.http().get('/calendar/occurrences?from=2026-03-01&to=2026-03-31').set(asAdmin());
    expect(res.status).toBe(200);
    expect(res.body.meta.problems).toEqual([
      {
        documentId: planted,
        locale: 'fi',
        title: 'Rikottu sääntö',
        kind: 'rule',
        message: expect.stringMatching(/^recurrence never reaches BYHOUR=9/),
      },
    ]);
    expect(res.body.data.some((o: any) => o.documentId === planted)).toBe(false);
    expect(res.body.data.length).toBeGreaterThan(80);
  });

  it('leaves the ICS feed answering, without the broken piece', async () => {
    const token = await app.http().post('/calendar/feed-tokens').set(asAdmin()).send({ name: 'Kaikki' });
    expect(token.status).toBe(201);
    const res = await app.http().get(`/api/calendar/ics?token=${token.body.data.token}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('BEGIN:VCALENDAR');
    expect(res.text).toContain('Kevään blogiartikkeli');
    expect(res.text).not.toContain(planted);
  });

  // The figures (health well under 100 ms, a far range under 50 ms) are measured by
  // `npm run bench:stall` on a quiet machine; here a stall (seconds) fails, load noise does not.
  it('never stalls the server: /_health answers while the feeds are computed', async () => {
    const timed = async (req: PromiseLike<any>) => {
      const started = Date.now();
      const res = await req;
      return { res, ms: Date.now() - started };
    };
    const year = 'from=2026-01-01&to=2026-12-31';
    // Warm once (first calls compile code paths); then measure while both feeds compute afresh.
    await Promise.all([
      app.http().get(`/calendar/occurrences?${year}`).set(asAdmin()),
      app.http().get(`/api/calendar/occurrences?${year}`),
      app.http().get('/_health'),
    ]);
    const probe = (afterMs: number) =>
      new Promise<{ res: any; ms: number }>((resolve) => setTimeout(() => resolve(timed(app.http().get('/_health'))), afterMs));
    const [publicFeed, adminFeed, ...health] = await Promise.all([
      timed(app.http().get(`/api/calendar/occurrences?${year}&tz=UTC`)),
      timed(app.http().get(`/calendar/occurrences?${year}&tz=UTC`).set(asAdmin())),
      probe(2),
      probe(15),
      probe(40),
    ]);
    expect(publicFeed.res.status).toBe(200);
    expect(adminFeed.res.status).toBe(200);
    expect(adminFeed.res.body.meta.problems.map((p: any) => p.documentId)).toEqual([planted]);
    expect(health.map((h) => h.res.status)).toEqual([204, 204, 204]);
    expect(Math.max(...health.map((h) => h.ms))).toBeLessThan(1500);
  });
});

describe('far-away ranges', () => {
  it.each([['from=9000-01-01&to=9000-01-31'], ['from=9999-12-01&to=9999-12-31']])('%s answers 400 naming from at once', async (query) => {
    await app.http().get('/api/calendar/occurrences?from=2026-03-01&to=2026-03-02'); // warm
    const started = Date.now();
    const res = await app.http().get(`/api/calendar/occurrences?${query}`);
    const ms = Date.now() - started;
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain('from');
    expect(res.body.error.details.errors.find((e: any) => e.path[0] === 'from').message).toMatch(
      /from must be between 1970-01-01 … 2100-12-31/
    );
    expect(ms).toBeLessThan(1000); // no expansion ran: a walk from DTSTART to year 9000 takes seconds
  });

  it('the admin feed refuses a date-time that rolls over, naming it', async () => {
    const res = await app.http().get('/calendar/occurrences?from=2026-01-01T00:00:00Z&to=2026-01-02T10:00:99Z').set(asAdmin());
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['to']);
  });
});
