/**
 * Competitors (kilpailijat) and the observation log (havainnot) over HTTP: every route, its 400s
 * naming the field (a `javascript:` link included), 409 on a stale edit and on deleting a
 * competitor that still has observations, the read/plan permissions, the month listing's
 * boundaries, the wheel ring's data, and that none of it is in the public REST API or GraphQL.
 */
import crypto from 'node:crypto';
import { COMPETITOR_PALETTE, observationRingMarks } from '../../src/plugins/calendar/core/competitors/ring-marks';
import { createAdmin } from '../helpers/admin';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Admin = Awaited<ReturnType<typeof createAdmin>>;
let app: TestApp;
let reader: Admin;
let planner: Admin;

const as = (admin: Admin, req: any) => req.set('Authorization', `Bearer ${admin.token}`);
const get = (admin: Admin, url: string) => as(admin, app.http().get(url));
const post = (admin: Admin, url: string, body: unknown) => as(admin, app.http().post(url)).send(body);
const put = (admin: Admin, url: string, body: unknown) => as(admin, app.http().put(url)).send(body);
const del = (admin: Admin, url: string) => as(admin, app.http().delete(url));
const paths = (res: any) => (res.body.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));

async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role;
}

async function competitor(body: Record<string, unknown>) {
  const res = await post(planner, '/calendar/competitors', body);
  expect(res.status).toBe(201);
  return res.body.data;
}
async function observation(body: Record<string, unknown>) {
  const res = await post(planner, '/calendar/competitor-observations', body);
  expect(res.status).toBe(201);
  return res.body.data;
}

beforeAll(async () => {
  app = await startStrapi();
  reader = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
  planner = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.plan'])).code);
});
afterAll(() => app?.stop());

describe('competitors', () => {
  it('creates one with its site and channels, and lists it with its colour and the plan’s advice', async () => {
    const created = await competitor({
      name: ' Paahtimo  Pohjoinen ',
      siteUrl: 'https://paahtimopohjoinen.fi',
      channels: [
        { platform: 'instagram', url: 'https://www.instagram.com/paahtimopohjoinen' },
        { platform: 'linkedin', url: 'https://www.linkedin.com/company/paahtimo-pohjoinen' },
      ],
      description: 'Kilpailee samoista kahvilaasiakkaista',
    });
    expect(created).toMatchObject({
      name: 'Paahtimo Pohjoinen',
      siteUrl: 'https://paahtimopohjoinen.fi/',
      channels: [
        { platform: 'instagram', url: 'https://www.instagram.com/paahtimopohjoinen' },
        { platform: 'linkedin', url: 'https://www.linkedin.com/company/paahtimo-pohjoinen' },
      ],
      description: 'Kilpailee samoista kahvilaasiakkaista',
      active: true,
      observationCount: 0,
    });
    const list = await get(reader, '/calendar/competitors').expect(200);
    const found = list.body.data.competitors.find((c: { id: number }) => c.id === created.id);
    expect(found.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(COMPETITOR_PALETTE).toContain(found.color);
    expect(list.body.data.advice).toBe(list.body.data.activeCount < 2 ? 'tooFew' : list.body.data.activeCount > 5 ? 'tooMany' : null);
  });

  it('refuses bad input with a 400 naming each field, javascript: addresses included, and saves nothing', async () => {
    const before = await app.strapi.db.query('plugin::calendar.competitor').count();
    const res = await post(planner, '/calendar/competitors', {
      name: '',
      siteUrl: 'javascript:alert(1)',
      channels: [{ platform: 'myspace', url: 'data:text/html,<b>x</b>' }],
      active: 'yes',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(paths(res)).toEqual(expect.arrayContaining(['name', 'siteUrl', 'channels.0.platform', 'channels.0.url', 'active']));
    expect(res.body.error.message).toMatch(/siteUrl must be a web address starting with http:\/\/ or https:\/\//);
    const unknown = await post(planner, '/calendar/competitors', { name: 'X', colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(['colour']);
    const tooMany = await post(planner, '/calendar/competitors', {
      name: 'Y',
      channels: Array.from({ length: 13 }, () => ({ platform: 'x', url: 'https://x.com/y' })),
    });
    expect(paths(tooMany)).toEqual(['channels']);
    expect(await app.strapi.db.query('plugin::calendar.competitor').count()).toBe(before);
  });

  it('keeps names unique, whatever the case and spacing', async () => {
    await competitor({ name: 'Kahvila Aalto' });
    const res = await post(planner, '/calendar/competitors', { name: '  kahvila   AALTO' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      { path: ['name'], message: 'name must be unique: there is already a competitor named Kahvila Aalto', name: 'ValidationError' },
    ]);
  });

  it('updates with the version it was based on, and answers 409 with the current one when stale', async () => {
    const c = await competitor({ name: 'Mokkamestarit', siteUrl: 'https://mokkamestarit.fi' });
    const first = await put(planner, `/calendar/competitors/${c.id}`, { description: 'Uusi kuvaus', expectedUpdatedAt: c.updatedAt });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ description: 'Uusi kuvaus', siteUrl: 'https://mokkamestarit.fi/' });
    const stale = await put(planner, `/calendar/competitors/${c.id}`, { name: 'Vanha', expectedUpdatedAt: c.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.error.name).toBe('ConflictError');
    expect(stale.body.error.details.current).toMatchObject({ id: c.id, name: 'Mokkamestarit', description: 'Uusi kuvaus' });
    const bad = await put(planner, `/calendar/competitors/${c.id}`, {
      siteUrl: 'javascript:alert(1)',
      expectedUpdatedAt: first.body.data.updatedAt,
    });
    expect(paths(bad)).toEqual(['siteUrl']);
    const noVersion = await put(planner, `/calendar/competitors/${c.id}`, { name: 'X' });
    expect(paths(noVersion)).toEqual(['expectedUpdatedAt']);
    const cleared = await put(planner, `/calendar/competitors/${c.id}`, {
      siteUrl: '',
      active: false,
      expectedUpdatedAt: first.body.data.updatedAt,
    });
    expect(cleared.body.data).toMatchObject({ siteUrl: null, active: false });
    const missing = await put(planner, '/calendar/competitors/999999', { name: 'X', expectedUpdatedAt: c.updatedAt });
    expect(missing.status).toBe(404);
  });

  it('refuses to delete a competitor with observations unless that is confirmed, then deletes both', async () => {
    const c = await competitor({ name: 'Poistuva Paahtimo' });
    await observation({ date: '2026-06-01', competitor: c.id, action: 'Kesäkampanja' });
    await observation({ date: '2026-06-02', competitor: c.id, action: 'Uutiskirje' });
    const refused = await del(planner, `/calendar/competitors/${c.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/has 2 observation\(s\)/);
    expect(refused.body.error.details.current).toMatchObject({ id: c.id, observationCount: 2 });
    expect(await app.strapi.db.query('plugin::calendar.competitor-observation').count({ where: { competitorId: c.id } })).toBe(2);
    expect(paths(await del(planner, `/calendar/competitors/${c.id}?withObservations=yes`))).toEqual(['withObservations']);
    const done = await del(planner, `/calendar/competitors/${c.id}?withObservations=true`);
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual({ observationsDeleted: 2 });
    expect(await app.strapi.db.query('plugin::calendar.competitor-observation').count({ where: { competitorId: c.id } })).toBe(0);
    expect(await app.strapi.db.query('plugin::calendar.competitor').findOne({ where: { id: c.id } })).toBeNull();
    const empty = await competitor({ name: 'Tyhjä' });
    expect((await del(planner, `/calendar/competitors/${empty.id}`)).body.data).toEqual({ observationsDeleted: 0 });
    expect((await del(planner, '/calendar/competitors/abc')).status).toBe(400);
  });
});

describe('observations', () => {
  let c: { id: number; name: string; color: string };
  let other: { id: number };

  beforeAll(async () => {
    c = await competitor({ name: 'Rajapaahtimo', channels: [{ platform: 'facebook', url: 'https://facebook.com/rajapaahtimo' }] });
    other = await competitor({ name: 'Toinen Kahvila' });
  });

  it('creates one and refuses bad input naming the fields, a javascript: link and an unknown competitor included', async () => {
    const created = await observation({
      date: '2026-03-15',
      competitor: c.id,
      channel: 'facebook',
      action: ' Pääsiäiskampanja alkoi ',
      note: 'Alennus 20 %',
      link: 'https://facebook.com/rajapaahtimo/posts/1',
    });
    expect(created).toMatchObject({
      date: '2026-03-15',
      competitor: { id: c.id, name: 'Rajapaahtimo' },
      channel: 'facebook',
      action: 'Pääsiäiskampanja alkoi',
      note: 'Alennus 20 %',
      link: 'https://facebook.com/rajapaahtimo/posts/1',
    });
    const bad = await post(planner, '/calendar/competitor-observations', {
      date: '2026-02-30',
      competitor: 'Rajapaahtimo',
      action: '',
      link: 'javascript:alert(document.cookie)',
    });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(['date', 'competitor', 'action', 'link']);
    const noLink = await post(planner, '/calendar/competitor-observations', {
      date: '2026-03-15',
      competitor: c.id,
      action: 'x',
      link: ' JAVASCRIPT:alert(1)',
    });
    expect(noLink.body.error.details.errors).toEqual([
      { path: ['link'], message: expect.stringMatching(/^link must be a web address starting with http/), name: 'ValidationError' },
    ]);
    const ghost = await post(planner, '/calendar/competitor-observations', { date: '2026-03-15', competitor: 999999, action: 'x' });
    expect(ghost.status).toBe(400);
    expect(ghost.body.error.details.errors[0]).toMatchObject({ path: ['competitor'], message: 'competitor 999999 does not exist' });
  });

  it('lists a month by its dates: the first and last day in, the neighbours out', async () => {
    for (const date of ['2026-04-30', '2026-05-01', '2026-05-31', '2026-06-01'])
      await observation({ date, competitor: other.id, action: `Havainto ${date}` });
    const may = await get(reader, `/calendar/competitor-observations?year=2026&month=5&competitor=${other.id}`).expect(200);
    expect(may.body.data.map((o: { date: string }) => o.date)).toEqual(['2026-05-01', '2026-05-31']);
    expect(may.body.meta).toEqual({ from: '2026-05-01', to: '2026-05-31', total: 2, truncated: false });
    const range = await get(reader, `/calendar/competitor-observations?from=2026-04-30&to=2026-05-01&competitor=${other.id}`).expect(200);
    expect(range.body.data.map((o: { action: string }) => o.action)).toEqual(['Havainto 2026-04-30', 'Havainto 2026-05-01']);
    const march = await get(reader, '/calendar/competitor-observations?year=2026&month=3').expect(200);
    expect(march.body.data.map((o: { action: string }) => o.action)).toEqual(['Pääsiäiskampanja alkoi']);
  });

  it('refuses a period that is missing, mixed, reversed or longer than a year, naming the parameter', async () => {
    const cases: Array<[string, string[]]> = [
      ['', ['year']],
      ['year=2026', ['month']],
      ['year=2026&month=0', ['month']],
      ['year=2026&month=5&from=2026-01-01&to=2026-01-02', ['from']],
      ['from=2026-01-01', ['to']],
      ['from=2026-02-01&to=2026-01-01', ['to']],
      ['from=2026-01-01&to=2027-01-02', ['to']],
      ['year=2026&month=5&competitor=abc', ['competitor']],
      ['year=2026&month=5&competitor=999999', ['competitor']],
      ['year=2026&month=5&sort=date', ['sort']],
    ];
    for (const [q, expected] of cases) {
      const res = await get(reader, `/calendar/competitor-observations?${q}`);
      expect([q, res.status, paths(res)]).toEqual([q, 400, expected]);
    }
  });

  it('updates with 409 when stale, and deletes', async () => {
    const o = await observation({ date: '2026-07-01', competitor: c.id, action: 'Heinäkuun tarjous' });
    const moved = await put(planner, `/calendar/competitor-observations/${o.id}`, { date: '2026-07-02', expectedUpdatedAt: o.updatedAt });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ date: '2026-07-02', action: 'Heinäkuun tarjous' });
    const stale = await put(planner, `/calendar/competitor-observations/${o.id}`, { action: 'Vanha', expectedUpdatedAt: o.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ id: o.id, date: '2026-07-02', action: 'Heinäkuun tarjous' });
    const bad = await put(planner, `/calendar/competitor-observations/${o.id}`, {
      link: 'javascript:alert(1)',
      competitor: 999999,
      expectedUpdatedAt: moved.body.data.updatedAt,
    });
    expect(paths(bad)).toEqual(['link']);
    const ghost = await put(planner, `/calendar/competitor-observations/${o.id}`, {
      competitor: 999999,
      expectedUpdatedAt: moved.body.data.updatedAt,
    });
    expect(paths(ghost)).toEqual(['competitor']);
    expect((await del(planner, `/calendar/competitor-observations/${o.id}`)).status).toBe(204);
    expect((await del(planner, `/calendar/competitor-observations/${o.id}`)).status).toBe(404);
  });

  it('answers the wheel ring’s data for a year, which the core turns into marks in the competitor’s colour', async () => {
    await observation({ date: '2025-12-31', competitor: c.id, action: 'Edellinen vuosi' });
    const res = await get(reader, '/calendar/competitors/wheel?year=2026').expect(200);
    const wheel = res.body.data;
    expect(wheel.year).toBe(2026);
    expect(wheel.observations.every((o: { date: string }) => o.date.startsWith('2026-'))).toBe(true);
    const marks = observationRingMarks(wheel.observations, wheel.competitors);
    const color = wheel.competitors.find((x: { id: number }) => x.id === c.id).color;
    expect(marks).toContainEqual({ date: '2026-03-15', label: 'Rajapaahtimo: Pääsiäiskampanja alkoi', color });
    expect(paths(await get(reader, '/calendar/competitors/wheel'))).toEqual(['year']);
    expect(paths(await get(reader, '/calendar/competitors/wheel?year=2026.0'))).toEqual(['year']);
  });
});

describe('permissions', () => {
  it('lets a reader read but not write, and refuses anyone not signed in', async () => {
    await get(reader, '/calendar/competitors').expect(200);
    await get(reader, '/calendar/competitor-observations?year=2026&month=3').expect(200);
    expect((await post(reader, '/calendar/competitors', { name: 'Lukija' })).status).toBe(403);
    expect((await post(reader, '/calendar/competitor-observations', { date: '2026-01-01', competitor: 1, action: 'x' })).status).toBe(403);
    expect((await put(reader, '/calendar/competitors/1', { name: 'x', expectedUpdatedAt: '2026-01-01T00:00:00Z' })).status).toBe(403);
    expect((await del(reader, '/calendar/competitors/1')).status).toBe(403);
    expect((await del(reader, '/calendar/competitor-observations/1')).status).toBe(403);
    const nobody = await createAdmin(app, (await roleWith([])).code);
    expect((await get(nobody, '/calendar/competitors')).status).toBe(403);
    expect((await app.http().get('/calendar/competitors')).status).toBe(401);
  });
});

describe('not public', () => {
  it('is in no public REST route, even with a full-access API token', async () => {
    const token = await app.apiToken();
    for (const url of [
      '/api/competitors',
      '/api/competitor-observations',
      '/api/calendar/competitors',
      '/api/calendar/competitor-observations',
    ]) {
      expect([url, (await app.http().get(url)).status]).toEqual([url, 404]);
      expect([url, (await app.http().get(url).set('Authorization', `Bearer ${token}`)).status]).toEqual([url, 404]);
    }
    // An API token is not an admin: the admin routes refuse it.
    expect((await app.http().get('/calendar/competitors').set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('is not in the GraphQL schema', async () => {
    const res = await app
      .http()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ __schema { queryType { fields { name } } types { name } } }' })
      .expect(200);
    const names = res.body.data.__schema.types.map((t: { name: string }) => t.name);
    expect(names.filter((n: string) => /competitor/i.test(n))).toEqual([]);
    expect(
      res.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name).filter((n: string) => /competitor/i.test(n))
    ).toEqual([]);
  });
});
