/**
 * The budget over HTTP: budget lines and spend entries are created (typed amounts or cents),
 * listed, updated (409 when stale) and deleted; bad input is a 400 naming the field; reading
 * needs budget.read and writing budget.edit; the report sums planned against spent per month,
 * quarter and year, and its CSV adds up to the same totals; theme-use serves the year wheel.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { channel, theme } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
type Admin = Awaited<ReturnType<typeof createAdmin>>;
let superAdmin: Admin;
let reader: Admin;
let calendarOnly: Admin;
let editOnly: Admin;
let instagram: { documentId: string };
let newsletter: { documentId: string };
let spring: { documentId: string };

const as = (admin: Admin, req: any) => req.set('Authorization', `Bearer ${admin.token}`);

async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role;
}

const errorPaths = (res: { body: any }) => (res.body.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));

async function line(body: Record<string, unknown>) {
  const res = await as(superAdmin, app.http().post('/calendar/budget/lines')).send(body);
  expect(res.status).toBe(201);
  return res.body.data;
}
async function entry(body: Record<string, unknown>) {
  const res = await as(superAdmin, app.http().post('/calendar/budget/spend')).send(body);
  expect(res.status).toBe(201);
  return res.body.data;
}

beforeAll(async () => {
  app = await startStrapi({ CALENDAR_BUDGET_CURRENCY: 'EUR' });
  superAdmin = await createAdmin(app);
  reader = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.budget.read'])).code);
  calendarOnly = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.plan'])).code);
  editOnly = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.budget.edit'])).code);
  instagram = await channel(app, 'Instagram', { kind: 'shared' });
  newsletter = await channel(app, 'Uutiskirje', { kind: 'owned' });
  spring = await theme(app, 'Kevätkampanja', '2026-03-01', '2026-05-31');
});

afterAll(async () => {
  await app?.stop();
});

describe('budget lines and spend entries', () => {
  it('creates a line from a typed amount and one from cents, with the configured currency', async () => {
    const typed = await line({
      year: 2026,
      month: 3,
      category: 'media',
      channelDocumentId: instagram.documentId,
      themeDocumentId: spring.documentId,
      amount: '1 234,50',
      note: 'Somemainonta',
    });
    expect(typed).toMatchObject({ year: 2026, month: 3, category: 'media', amountCents: 123450, currency: 'EUR', note: 'Somemainonta' });
    expect(typed.themeDocumentId).toBe(spring.documentId);
    const big = await line({
      year: 2026,
      month: 4,
      category: 'production',
      channelDocumentId: newsletter.documentId,
      amountCents: 5_000_000_000_00,
    });
    // Beyond a 32-bit integer: stored as biginteger, answered as a number on every database.
    expect(big.amountCents).toBe(500_000_000_000);
    expect(typeof big.amountCents).toBe('number');
    const list = await as(superAdmin, app.http().get('/calendar/budget?year=2026'));
    expect(list.status).toBe(200);
    expect(list.body.data.currency).toBe('EUR');
    expect(list.body.data.lines.map((l: { amountCents: number }) => l.amountCents).sort()).toEqual([123450, 500_000_000_000].sort());
    await as(superAdmin, app.http().delete(`/calendar/budget/lines/${big.documentId}`)).expect(200);
  });

  it('answers 400s naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ year: 2026, month: 13, category: 'media', channelDocumentId: instagram.documentId, amountCents: 1 }, 'month'],
      [{ year: 2026, month: 1, category: 'food', channelDocumentId: instagram.documentId, amountCents: 1 }, 'category'],
      [{ year: 2026, month: 1, category: 'media', channelDocumentId: instagram.documentId, amount: '12.345' }, 'amount'],
      [{ year: 2026, month: 1, category: 'media', channelDocumentId: instagram.documentId, amountCents: -1 }, 'amountCents'],
      [{ year: 2026, month: 1, category: 'media', amountCents: 1 }, 'themeDocumentId'],
      [{ year: 2026, month: 1, category: 'media', channelDocumentId: 'eioleolemassa1', amountCents: 1 }, 'channelDocumentId'],
      [{ year: 2026, month: 1, category: 'media', channelDocumentId: instagram.documentId, amountCents: 1, currency: 'EURO' }, 'currency'],
      [{ year: 2026, month: 1, category: 'media', channelDocumentId: instagram.documentId, amountCents: 1, hacked: true }, 'hacked'],
    ];
    for (const [body, field] of cases) {
      const res = await as(superAdmin, app.http().post('/calendar/budget/lines')).send(body);
      expect([res.status, errorPaths(res)]).toEqual([400, expect.arrayContaining([field])]);
      expect(res.body.error.name).toBe('ValidationError');
    }
    const bad = await as(superAdmin, app.http().post('/calendar/budget/spend')).send({
      date: '2026-02-30',
      category: 'media',
      channelDocumentId: instagram.documentId,
      amount: '5',
    });
    expect([bad.status, errorPaths(bad)]).toEqual([400, ['date']]);
    const query = await as(superAdmin, app.http().get('/calendar/budget/report?year=1999&by=persona'));
    expect([query.status, errorPaths(query).sort()]).toEqual([400, ['by', 'year']]);
    const id = await as(superAdmin, app.http().put('/calendar/budget/lines/NOT-AN-ID')).send({
      expectedUpdatedAt: new Date().toISOString(),
    });
    expect([id.status, errorPaths(id)]).toEqual([400, ['documentId']]);
    const missing = await as(superAdmin, app.http().delete('/calendar/budget/spend/abcdefghijklmnop'));
    expect(missing.status).toBe(404);
  });

  it('updates with expectedUpdatedAt and answers 409 with the current version when stale', async () => {
    const created = await entry({
      date: '2026-03-05',
      category: 'production',
      themeDocumentId: spring.documentId,
      amount: '800',
      supplier: 'Mainostoimisto Oy',
    });
    expect(created).toMatchObject({ date: '2026-03-05', amountCents: 80000, supplier: 'Mainostoimisto Oy', channelDocumentId: null });
    const ok = await as(superAdmin, app.http().put(`/calendar/budget/spend/${created.documentId}`)).send({
      amount: '850,25',
      expectedUpdatedAt: created.updatedAt,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.amountCents).toBe(85025);
    const stale = await as(superAdmin, app.http().put(`/calendar/budget/spend/${created.documentId}`)).send({
      amountCents: 1,
      expectedUpdatedAt: created.updatedAt,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.name).toBe('ConflictError');
    expect(stale.body.error.details.current).toMatchObject({ documentId: created.documentId, amountCents: 85025 });
    const list = await as(superAdmin, app.http().get('/calendar/budget?year=2026&month=3'));
    expect(list.body.data.entries.find((e: { documentId: string }) => e.documentId === created.documentId).amountCents).toBe(85025);
    const noExpected = await as(superAdmin, app.http().put(`/calendar/budget/spend/${created.documentId}`)).send({ amountCents: 1 });
    expect([noExpected.status, errorPaths(noExpected)]).toEqual([400, ['expectedUpdatedAt']]);
    await as(superAdmin, app.http().delete(`/calendar/budget/spend/${created.documentId}`)).expect(200);
    const after = await as(superAdmin, app.http().get('/calendar/budget?year=2026&month=3'));
    expect(after.body.data.entries.some((e: { documentId: string }) => e.documentId === created.documentId)).toBe(false);
  });

  it('needs budget.read to read and budget.edit to write', async () => {
    const body = { year: 2026, month: 1, category: 'media', channelDocumentId: instagram.documentId, amountCents: 100 };
    for (const path of [
      '/calendar/budget?year=2026',
      '/calendar/budget/report?year=2026',
      '/calendar/budget/report/export?year=2026',
      '/calendar/budget/theme-use?year=2026',
    ]) {
      expect((await as(calendarOnly, app.http().get(path))).status).toBe(403);
      expect((await as(reader, app.http().get(path))).status).toBe(200);
    }
    expect((await as(reader, app.http().post('/calendar/budget/lines')).send(body)).status).toBe(403);
    expect((await as(reader, app.http().post('/calendar/budget/spend')).send({ ...body, date: '2026-01-01' })).status).toBe(403);
    const own = await line(body);
    expect(
      (
        await as(reader, app.http().put(`/calendar/budget/lines/${own.documentId}`)).send({
          amountCents: 1,
          expectedUpdatedAt: own.updatedAt,
        })
      ).status
    ).toBe(403);
    expect((await as(reader, app.http().delete(`/calendar/budget/lines/${own.documentId}`))).status).toBe(403);
    expect((await app.http().get('/calendar/budget?year=2026')).status).toBe(401);
    // A write answers the amounts it saved: editing needs the right to read them too.
    expect((await as(editOnly, app.http().post('/calendar/budget/lines')).send(body)).status).toBe(403);
    await as(superAdmin, app.http().delete(`/calendar/budget/lines/${own.documentId}`)).expect(200);
  });

  it('two saves from the same version at once: one is saved, the other is a 409', async () => {
    const created = await line({ year: 2026, month: 2, category: 'tools', channelDocumentId: newsletter.documentId, amountCents: 1000 });
    const save = (cents: number) =>
      as(superAdmin, app.http().put(`/calendar/budget/lines/${created.documentId}`)).send({
        amountCents: cents,
        expectedUpdatedAt: created.updatedAt,
      });
    const answers = await Promise.all([save(2000), save(3000)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const won = answers.find((a) => a.status === 200)!.body.data.amountCents;
    const list = await as(superAdmin, app.http().get('/calendar/budget?year=2026&month=2'));
    expect(list.body.data.lines.find((l: { documentId: string }) => l.documentId === created.documentId).amountCents).toBe(won);
    await as(superAdmin, app.http().delete(`/calendar/budget/lines/${created.documentId}`)).expect(200);
  });

  it('refuses an amount that would make the year too large to sum, so the report never breaks', async () => {
    const body = { year: 2031, month: 1, category: 'media', channelDocumentId: instagram.documentId };
    await line({ ...body, amountCents: 90_000_000_000_000 });
    const over = await as(superAdmin, app.http().post('/calendar/budget/lines')).send({ ...body, amountCents: 20_000_000_000_000 });
    expect([over.status, errorPaths(over)]).toEqual([400, ['amountCents']]);
    expect((await as(superAdmin, app.http().get('/calendar/budget/report?year=2031'))).status).toBe(200);
  });
});

describe('the report', () => {
  beforeAll(async () => {
    // Year 2027: apart from the other tests' rows.
    await line({
      year: 2027,
      month: 1,
      category: 'media',
      channelDocumentId: instagram.documentId,
      themeDocumentId: spring.documentId,
      amount: '1000',
    });
    await line({ year: 2027, month: 2, category: 'production', channelDocumentId: newsletter.documentId, amount: '500,50' });
    await line({ year: 2027, month: 5, category: 'media', themeDocumentId: spring.documentId, amountCents: 30000, currency: 'SEK' });
    await entry({
      date: '2027-01-10',
      category: 'media',
      channelDocumentId: instagram.documentId,
      themeDocumentId: spring.documentId,
      amount: '600',
    });
    await entry({
      date: '2027-01-31',
      category: 'media',
      channelDocumentId: instagram.documentId,
      themeDocumentId: spring.documentId,
      amount: '500,01',
    });
    await entry({ date: '2027-04-02', category: 'campaign', channelDocumentId: newsletter.documentId, amountCents: 12345 });
    await entry({ date: '2028-01-01', category: 'media', channelDocumentId: newsletter.documentId, amountCents: 99999 });
  });

  it('sums planned against spent per month, quarter and year, with overspend and the other currency skipped', async () => {
    const res = await as(reader, app.http().get('/calendar/budget/report?year=2027&by=channel'));
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report).toMatchObject({ year: 2027, by: 'channel', currency: 'EUR', skipped: [{ currency: 'SEK', lines: 1, entries: 0 }] });
    expect(report.totals.year).toMatchObject({ plannedCents: 150050, spentCents: 122346, remainingCents: 27704, overspent: false });
    expect(report.totals.months[0]).toMatchObject({ plannedCents: 100000, spentCents: 110001, overspent: true });
    expect(report.totals.months[3]).toMatchObject({ plannedCents: 0, spentCents: 12345, use: null, overspent: true });
    expect(report.totals.quarters.map((q: { plannedCents: number }) => q.plannedCents)).toEqual([150050, 0, 0, 0]);
    const insta = report.groups.find((g: { key: string }) => g.key === instagram.documentId);
    expect(insta.year).toMatchObject({ plannedCents: 100000, spentCents: 110001, overspent: true });
    expect(report.labels[instagram.documentId]).toBe('Instagram');
    expect(report.labels[spring.documentId]).toBe('Kevätkampanja');
    const byCategory = await as(reader, app.http().get('/calendar/budget/report?year=2027&by=category'));
    expect(byCategory.body.data.groups.map((g: { key: string }) => g.key)).toEqual(['media', 'production', 'campaign', 'tools', 'other']);
    expect(byCategory.body.data.totals).toEqual(report.totals);
  });

  it('writes a CSV whose rows add up to the report totals', async () => {
    const [res, json] = await Promise.all([
      as(reader, app.http().get('/calendar/budget/report/export?year=2027&by=theme'))
        .buffer(true)
        .parse((r: any, cb: any) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (text += c));
          r.on('end', () => cb(null, text));
        }),
      as(reader, app.http().get('/calendar/budget/report?year=2027&by=theme')),
    ]);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows = (res.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0]).toEqual(['group', 'period', 'planned', 'spent', 'remaining', 'overspent', 'currency']);
    const cents = (s: string) => Math.round(Number(s) * 100);
    const monthRows = rows.slice(1).filter((r) => r[0] !== 'Total' && r[1].startsWith('M'));
    expect(monthRows.reduce((s, r) => s + cents(r[2]), 0)).toBe(json.body.data.totals.year.plannedCents);
    expect(monthRows.reduce((s, r) => s + cents(r[3]), 0)).toBe(json.body.data.totals.year.spentCents);
    expect(rows.find((r) => r[0] === 'Total' && r[1] === 'year')).toEqual(['Total', 'year', '1500.5', '1223.46', '277.04', 'false', 'EUR']);
    expect(rows.find((r) => r[0] === 'Kevätkampanja' && r[1] === 'M01')).toEqual([
      'Kevätkampanja',
      'M01',
      '1000',
      '1100.01',
      '-100.01',
      'true',
      'EUR',
    ]);
  });

  it('gives each theme its use for the year wheel', async () => {
    const res = await as(reader, app.http().get('/calendar/budget/theme-use?year=2027'));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      year: 2027,
      currency: 'EUR',
      themes: [{ themeDocumentId: spring.documentId, plannedCents: 100000, spentCents: 110001, use: 1.10001, overspent: true }],
    });
  });
});
