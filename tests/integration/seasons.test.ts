/**
 * Seasons on the calendar over HTTP: the public holidays of the chosen countries with the Finnish
 * flag and commercial days, in fi/sv/en, every parameter checked (400s naming the field), read
 * permission, an ETag the browser revalidates; and the quiet-season flag on themes, saved,
 * public (it says nothing secret) and named by the coverage report.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: Awaited<ReturnType<typeof createAdmin>>;
let reader: Awaited<ReturnType<typeof createAdmin>>;
let nobody: Awaited<ReturnType<typeof createAdmin>>;

type Admin = Awaited<ReturnType<typeof createAdmin>>;
const seasons = (query: string, who: Admin = admin) =>
  app.http().get(`/calendar/seasons?${query}`).set('Authorization', `Bearer ${who.token}`);

async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role;
}

beforeAll(async () => {
  app = await startStrapi();
  admin = await createAdmin(app);
  reader = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
  nobody = await createAdmin(app, (await roleWith([])).code);
});

afterAll(async () => {
  await app?.stop();
});

describe('GET /calendar/seasons', () => {
  it('answers the Finnish days of June 2026 by default: juhannus on Saturday 20 June, the eve on Friday', async () => {
    const res = await seasons('from=2026-06-01&to=2026-06-30', reader);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      from: '2026-06-01',
      to: '2026-06-30',
      countries: ['FI'],
      lang: 'fi',
      countryNames: { FI: 'Suomi' },
    });
    expect(res.body.data.days).toEqual([
      { date: '2026-06-04', name: 'Puolustusvoimain lippujuhlan päivä', kind: 'flag', country: 'FI' },
      { date: '2026-06-19', name: 'Juhannusaatto', kind: 'dayOff', country: 'FI' },
      { date: '2026-06-20', name: 'Juhannuspäivä', kind: 'public', country: 'FI', flagDay: true },
    ]);
  });

  it('names the days in Swedish and English', async () => {
    const sv = await seasons('from=2026-12-06&to=2026-12-08&lang=sv');
    expect(sv.body.data.days.map((d: any) => d.name)).toEqual(['Självständighetsdagen', 'Jean Sibelius-dagen']);
    const en = await seasons('from=2026-12-06&to=2026-12-08&lang=en');
    expect(en.body.data.days.map((d: any) => `${d.date} ${d.kind} ${d.name}`)).toEqual([
      '2026-12-06 public Independence Day',
      '2026-12-08 flag Jean Sibelius Day',
    ]);
    expect(en.body.data.countryNames).toEqual({ FI: 'Finland' });
  });

  it('combines countries; without Finland there are no Finnish flag days', async () => {
    const res = await seasons('from=2026-06-01&to=2026-06-30&countries=se,EE&lang=en');
    expect(res.status).toBe(200);
    expect(res.body.data.countries).toEqual(['SE', 'EE']);
    const days = res.body.data.days.map((d: any) => `${d.date} ${d.country} ${d.name}`);
    expect(days).toContain('2026-06-20 SE Midsummer Day');
    expect(days).toContain('2026-06-24 EE Midsummer Day');
    expect(res.body.data.days.some((d: any) => d.country === 'FI' || d.kind === 'flag')).toBe(false);
  });

  it('counts Black Friday and Cyber Monday among the commercial days', async () => {
    const res = await seasons('from=2026-11-20&to=2026-11-30&lang=en');
    expect(res.body.data.days.filter((d: any) => d.kind === 'commercial').map((d: any) => `${d.date} ${d.name}`)).toEqual([
      '2026-11-27 Black Friday',
      '2026-11-30 Cyber Monday',
    ]);
  });

  it('is cacheable: an ETag and a 304 when it has not changed', async () => {
    const first = await seasons('from=2026-01-01&to=2026-12-31');
    expect(first.headers['cache-control']).toBe('private, max-age=3600');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await seasons('from=2026-01-01&to=2026-12-31').set('If-None-Match', etag);
    expect(again.status).toBe(304);
    const other = await seasons('from=2026-01-01&to=2026-12-31&lang=en').set('If-None-Match', etag);
    expect(other.status).toBe(200);
  });

  it.each([
    ['to=2026-06-30', 'from', 'from must be a date YYYY-MM-DD from 2000 to 2100'],
    ['from=2026-02-30&to=2026-06-30', 'from', 'from must be a date YYYY-MM-DD from 2000 to 2100'],
    ['from=2026-06-01', 'to', 'to must be a date YYYY-MM-DD from 2000 to 2100'],
    ['from=2026-06-30&to=2026-06-01', 'to', 'to must be on or after from'],
    ['from=2026-01-01&to=2028-01-03', 'to', 'to must be at most 732 days after from'],
    ['from=2026-06-01&to=2026-06-30&countries=XX', 'countries', 'countries: no holiday calendar for XX'],
    ['from=2026-06-01&to=2026-06-30&countries=,', 'countries', 'countries must be up to 10 country codes such as FI,SE'],
    ['from=2026-06-01&to=2026-06-30&lang=de', 'lang', 'lang must be fi, sv or en'],
    ['from=2026-06-01&to=2026-06-30&year=2026', 'year', null],
  ])('refuses %s naming %s', async (query, field, message) => {
    const res = await seasons(query);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toContain(field);
    if (message) expect(res.body.error.details.errors.map((e: any) => e.message)).toContain(message);
  });

  it('refuses a repeated parameter and a two-year window is allowed', async () => {
    expect((await seasons('from=2026-06-01&from=2026-06-02&to=2026-06-30')).status).toBe(400);
    expect((await seasons('from=2026-01-01&to=2027-12-31')).status).toBe(200);
  });

  it('needs the read permission', async () => {
    expect((await seasons('from=2026-06-01&to=2026-06-30', nobody)).status).toBe(403);
    expect((await app.http().get('/calendar/seasons?from=2026-06-01&to=2026-06-30')).status).toBe(401);
  });
});

describe('quiet seasons on themes', () => {
  it('saves the flag, shows it in the public API and the coverage report names the season', async () => {
    const token = await app.apiToken();
    const created = await app
      .http()
      .post('/api/themes')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Heinäkuun suvanto', startDate: '2026-07-06', endDate: '2026-08-09', quietSeason: true } });
    expect(created.status).toBe(201);
    expect(created.body.data.quietSeason).toBe(true);
    await app
      .http()
      .post('/api/themes')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Syyskampanja', startDate: '2026-09-01', endDate: '2026-10-31' } })
      .expect(201);

    const publicList = await app.http().get('/api/themes?sort=startDate');
    expect(publicList.status).toBe(200);
    expect(publicList.body.data.map((t: any) => [t.name, t.quietSeason])).toEqual([
      ['Heinäkuun suvanto', true],
      ['Syyskampanja', false],
    ]);

    const reference = await app.http().get('/calendar/reference').set('Authorization', `Bearer ${admin.token}`);
    expect(reference.status).toBe(200);
    expect(reference.body.data.themes.map((t: any) => [t.name, t.quietSeason])).toEqual([
      ['Heinäkuun suvanto', true],
      ['Syyskampanja', false],
    ]);

    const coverage = await app.http().get('/calendar/coverage?year=2026').set('Authorization', `Bearer ${reader.token}`);
    expect(coverage.status).toBe(200);
    expect(coverage.body.data.quietSeasons).toEqual([
      { slug: 'heinakuun-suvanto', name: 'Heinäkuun suvanto', startDate: '2026-07-06', endDate: '2026-08-09' },
    ]);
    const other = await app.http().get('/calendar/coverage?year=2027').set('Authorization', `Bearer ${reader.token}`);
    expect(other.body.data.quietSeasons).toEqual([]);
  });
});
