/**
 * Share links: an admin who may plan makes a secret URL; anyone with it sees a read-only year
 * wheel and month view (HTML, no login) of what the link's filters select — published pieces,
 * and planned ones only when the link says so — and never a private field. Revoked and expired
 * links are gone (410), unknown ones 404; every parameter is checked; the page may be framed by
 * the configured origins only, and the token never reaches the log.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { channel, piece } from '../helpers/content';
import { captureLog } from '../helpers/log-capture';
import { startStrapi, type TestApp } from '../helpers/strapi';

const LINK = 'plugin::calendar.share-link';
const PIECE = 'api::content-piece.content-piece';
const EMBEDDER = 'https://intra.example.fi';
/** Planted in private fields: none may ever reach the page. */
const SECRET_NOTE = 'SALAINEN-MUISTIINPANO-42';
const SECRET_DRAFT_NOTE = 'LUONNOKSEN-MUISTIINPANO-17';

let app: TestApp;
let superAdmin: Awaited<ReturnType<typeof createAdmin>>;
let reader: Awaited<ReturnType<typeof createAdmin>>;
let planner: Awaited<ReturnType<typeof createAdmin>>;

type Admin = Awaited<ReturnType<typeof createAdmin>>;
const as = (admin: Admin, req: any) => req.set('Authorization', `Bearer ${admin.token}`);
const page = (query: string, accept = 'text/html') => app.http().get(`/api/calendar/share?${query}`).set('Accept', accept);

async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role;
}

async function linkOf(body: Record<string, unknown> = {}, admin: Admin = planner) {
  const res = await as(admin, app.http().post('/calendar/share-links')).send({ name: 'Hallitus', ...body });
  expect(res.status).toBe(201);
  return res.body.data as { id: number; token: string; url: string; embed: string; state: string };
}

beforeAll(async () => {
  app = await startStrapi({ LOG_LEVEL: 'http', CALENDAR_SHARE_FRAME_ANCESTORS: EMBEDDER });
  superAdmin = await createAdmin(app);
  reader = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
  planner = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.plan'])).code);
  const linkedin = await channel(app, 'LinkedIn', { kind: 'shared', color: '#0A66C2' });
  const instagram = await channel(app, 'Instagram', { kind: 'shared' });
  await app.strapi
    .documents('api::theme.theme')
    .create({ data: { name: 'Kevät', startDate: '2026-03-01', endDate: '2026-05-31', color: '#7BC67B' } });
  await piece(app, {
    title: 'Julkaistu kevätkampanja',
    publishAt: '2026-03-10T07:00:00.000Z',
    channels: [linkedin.documentId],
    editorialStatus: 'approved',
    assignee: superAdmin.user.id,
    notes: SECRET_NOTE,
    dueAt: '2026-03-05T07:00:00.000Z',
  });
  await piece(app, {
    title: 'Instagram-postaus',
    publishAt: '2026-04-02T09:30:00.000Z',
    channels: [instagram.documentId],
    funnelStage: 'engage',
  });
  await piece(
    app,
    { title: 'Luonnos kesän kampanjasta', publishAt: '2026-06-15T06:00:00.000Z', editorialStatus: 'in-progress', notes: SECRET_DRAFT_NOTE },
    false
  );
  // Published, then edited: the page shows the published title, never the unpublished edit.
  const edited = await piece(app, { title: 'Julkaistu otsikko', publishAt: '2026-05-20T06:00:00.000Z' });
  await app.strapi.documents(PIECE).update({ documentId: edited.documentId, data: { title: 'Julkaisematon muokkaus' } });
  await app.strapi.documents(PIECE).create({
    locale: 'sv',
    data: {
      title: 'Svensk vårartikel',
      publishAt: '2026-05-05T06:00:00.000Z',
      funnelStage: 'act',
      contentGoal: 'serve',
      format: 'article',
    },
    status: 'published',
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('creating and listing links', () => {
  it('answers 201 with the token once; only its SHA-256 is stored, and the list never shows it', async () => {
    const created = await linkOf({ filters: { stage: ['reach'] }, showPlanned: true, expiresAt: '2027-06-30' });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.url).toMatch(new RegExp(`/api/calendar/share\\?token=${created.token}&view=wheel$`));
    expect(created.embed).toContain(`<iframe src="${created.url.replace('&', '&amp;')}"`);
    expect(created).toMatchObject({
      state: 'active',
      showPlanned: true,
      filters: { stage: ['reach'] },
      expiresAt: '2027-06-30T21:00:00.000Z',
    });

    const row = await app.strapi.db.query(LINK).findOne({ where: { id: created.id } });
    expect(row.tokenHash).toBe(crypto.createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.tokenHint).toBe(created.token.slice(-4));

    const list = await as(reader, app.http().get('/calendar/share-links'));
    expect(list.status).toBe(200);
    const listed = list.body.data.find((l: any) => l.id === created.id);
    expect(listed).toMatchObject({ name: 'Hallitus', state: 'active', createdBy: { id: planner.user.id } });
    expect(JSON.stringify(list.body)).not.toContain(created.token);
    expect(JSON.stringify(list.body)).not.toContain(row.tokenHash);
    expect(listed).not.toHaveProperty('token');
    // People by name, never by e-mail.
    expect(JSON.stringify(list.body)).not.toMatch(/"email"|@example\.com/);
  });

  it('are not in the public API: no REST route, and GraphQL gives Public nothing', async () => {
    await linkOf({ name: 'Näkymätön linkki' });
    expect((await app.http().get('/api/share-links')).status).toBe(404);
    expect((await app.http().get('/api/calendar/share-links')).status).toBe(404);
    const gql = await app.http().post('/graphql').send({ query: '{ calendarShareLinks { name } }' });
    expect(gql.body.data?.calendarShareLinks ?? null).toBeNull();
    expect(JSON.stringify(gql.body)).not.toContain('Näkymätön linkki');
  });

  it('refuses a reader without plan: 403 on create, revoke and delete', async () => {
    const { id } = await linkOf();
    const create = await as(reader, app.http().post('/calendar/share-links')).send({ name: 'Lukijan linkki' });
    expect(create.status).toBe(403);
    expect((await as(reader, app.http().post(`/calendar/share-links/${id}/revoke`))).status).toBe(403);
    expect((await as(reader, app.http().delete(`/calendar/share-links/${id}`))).status).toBe(403);
    expect(await app.strapi.db.query(LINK).count({ where: { name: 'Lukijan linkki' } })).toBe(0);
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(101) }],
    ['expiresAt', { expiresAt: '2020-01-01' }],
    ['expiresAt', { expiresAt: `${new Date().getUTCFullYear() + 3}-01-01` }],
    ['filters', { filters: { editorialStatus: ['idea'] } }],
    ['channel', { filters: { channel: ['ei-ole-kanavaa'] } }],
    ['locale', { filters: { locale: ['de'] } }],
    ['showPlanned', { showPlanned: 'yes' }],
    ['zzz', { zzz: 1 }],
  ])('refuses a bad %s with a 400 naming it, and saves nothing', async (field, body) => {
    const before = await app.strapi.db.query(LINK).count();
    const res = await as(planner, app.http().post('/calendar/share-links')).send({ name: 'Virheellinen', ...body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.flatMap((e: any) => e.path)).toContain(field);
    expect(await app.strapi.db.query(LINK).count()).toBe(before);
  });
});

describe('the page', () => {
  it('opens without a login: the wheel with the published title and the theme, no draft, no private field', async () => {
    const { token } = await linkOf();
    const res = await app.http().get(`/api/calendar/share?token=${token}&year=2026`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.text;
    expect(html).toContain('data-testid="year-wheel"');
    expect(html).toContain('Julkaistu kevätkampanja');
    expect(html).toContain('data-theme="kevat"');
    expect(html).toContain('Julkaistu otsikko');
    for (const hidden of [
      'Luonnos kesän kampanjasta',
      'Julkaisematon muokkaus',
      SECRET_NOTE,
      SECRET_DRAFT_NOTE,
      superAdmin.email,
      'Käyttäjä 1',
      'approved',
      'in-progress',
      '/admin',
      'content-manager',
    ]) {
      expect(html).not.toContain(hidden);
    }
    // Finnish by default, the default language's content only.
    expect(html).toContain('<html lang="fi">');
    expect(html).not.toContain('Svensk vårartikel');
  });

  it('shows planned titles, drawn as planned, only when the link says so; unpublished edits never', async () => {
    const { token } = await linkOf({ showPlanned: true });
    const html = (await page(`token=${token}&year=2026`)).text;
    expect(html).toContain('Luonnos kesän kampanjasta (suunniteltu)');
    expect(html).toMatch(/<circle[^>]*data-mark="reach"[^>]*data-planned="true"/);
    expect(html).toContain('Julkaistu otsikko');
    for (const hidden of ['Julkaisematon muokkaus', SECRET_NOTE, SECRET_DRAFT_NOTE, 'in-progress']) expect(html).not.toContain(hidden);

    const month = (await page(`token=${token}&view=month&month=2026-06&lang=en`)).text;
    expect(month).toMatch(/<td data-date="2026-06-15">.*data-planned="true".*09:00.*Luonnos kesän kampanjasta.*planned/s);
  });

  it('shows the month grid with each time in the piece’s zone, and links between views and months', async () => {
    const { token } = await linkOf();
    const html = (await page(`token=${token}&view=month&month=2026-03`)).text;
    expect(html).toContain('data-testid="month-grid"');
    expect(html).toMatch(
      /<td data-date="2026-03-10">.*<time datetime="2026-03-10T09:00:00\+02:00">09:00<\/time> <span[^>]*>Julkaistu kevätkampanja/s
    );
    expect(html).toContain('data-theme-band="kevat"');
    expect(html).toContain('maaliskuu 2026');
    expect(html).toContain(`href="/api/calendar/share?token=${token}&amp;view=month&amp;month=2026-04&amp;lang=fi"`);
    expect(html).toContain(`href="/api/calendar/share?token=${token}&amp;view=wheel&amp;year=2026&amp;lang=fi"`);
    // The print layout: A3 landscape, the navigation hidden.
    expect(html).toContain('@page{size:A3 landscape');
    expect(html).toMatch(/@media print\{nav,\.no-print\{display:none/);
  });

  it('applies the saved filters: a channel, a language', async () => {
    const linkedinOnly = (await page(`token=${(await linkOf({ filters: { channel: ['linkedin'] } })).token}&year=2026`)).text;
    expect(linkedinOnly).toContain('Julkaistu kevätkampanja');
    expect(linkedinOnly).not.toContain('Instagram-postaus');
    expect(linkedinOnly).toContain('data-occurrences="1"');

    const swedish = (await page(`token=${(await linkOf({ filters: { locale: ['sv'] } })).token}&year=2026`)).text;
    expect(swedish).toContain('Svensk vårartikel');
    expect(swedish).not.toContain('Julkaistu kevätkampanja');
  });

  it('speaks English with lang=en', async () => {
    const { token } = await linkOf();
    const html = (await page(`token=${token}&year=2026&lang=en`)).text;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Year wheel 2026');
    expect(html).toContain('Funnel stages');
  });

  it('leaves out a piece with too many occurrences in the year instead of refusing the page', async () => {
    await piece(app, { title: 'Tunneittainen tilannekatsaus', publishAt: '2031-01-01T08:00:00.000Z', recurrence: 'FREQ=HOURLY' });
    await piece(app, { title: 'Vuoden 2031 avaus', publishAt: '2031-01-02T08:00:00.000Z' });
    const { token } = await linkOf();
    const res = await app.http().get(`/api/calendar/share?token=${token}&year=2031`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Vuoden 2031 avaus');
    expect(res.text).not.toContain('Tunneittainen tilannekatsaus');
  });

  it('records its last use', async () => {
    const { id, token } = await linkOf();
    expect((await app.strapi.db.query(LINK).findOne({ where: { id } })).lastUsedAt).toBeNull();
    await page(`token=${token}`);
    const used = (await app.strapi.db.query(LINK).findOne({ where: { id } })).lastUsedAt;
    expect(Date.now() - new Date(used).getTime()).toBeLessThan(60_000);
  });

  it('may be framed by the configured origin only, is never cached and sets no X-Frame-Options', async () => {
    const { token } = await linkOf();
    // Strapi's security middleware forbids framing everywhere else.
    expect((await app.http().get('/api/channels')).headers['x-frame-options']).toBe('SAMEORIGIN');
    for (const res of [
      await page(`token=${token}`),
      await page('token=tuntematon-linkki-1234567890'),
      await page(`token=${token}&view=x`),
    ]) {
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain(`frame-ancestors 'self' ${EMBEDDER}`);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(res.headers['x-frame-options']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('links that no longer open', () => {
  it('revoked: 410 with a page saying so, listed as revoked; deleted: 404', async () => {
    const { id, token } = await linkOf();
    expect((await page(`token=${token}`)).status).toBe(200);
    const revoked = await as(superAdmin, app.http().post(`/calendar/share-links/${id}/revoke`));
    expect(revoked.status).toBe(200);
    expect(revoked.body.data).toMatchObject({ id, state: 'revoked' });

    const gone = await page(`token=${token}`);
    expect(gone.status).toBe(410);
    expect(gone.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gone.text).toContain('Linkki ei ole enää käytössä');
    expect((await page(`token=${token}&lang=en`)).text).toContain('This link is no longer available');
    const json = await page(`token=${token}`, 'application/json');
    expect(json.status).toBe(410);
    expect(json.body.error.details.errors[0].path).toEqual(['token']);

    const list = await as(reader, app.http().get('/calendar/share-links'));
    expect(list.body.data.find((l: any) => l.id === id)).toMatchObject({ state: 'revoked', revokedAt: expect.any(String) });

    expect((await as(planner, app.http().delete(`/calendar/share-links/${id}`))).status).toBe(204);
    expect((await page(`token=${token}`)).status).toBe(404);
    expect((await as(planner, app.http().delete(`/calendar/share-links/${id}`))).status).toBe(404);
  });

  it('expired: 410', async () => {
    const { id, token } = await linkOf({ expiresAt: `${new Date().getUTCFullYear() + 1}-01-31` });
    expect((await page(`token=${token}`)).status).toBe(200);
    await app.strapi.db.query(LINK).update({ where: { id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const res = await page(`token=${token}`);
    expect(res.status).toBe(410);
    expect(res.text).toContain('data-testid="share-unavailable"');
    const list = await as(reader, app.http().get('/calendar/share-links'));
    expect(list.body.data.find((l: any) => l.id === id)).toMatchObject({ state: 'expired' });
  });

  it('unknown: 404 with a page saying so', async () => {
    const res = await page(`token=${crypto.randomBytes(32).toString('base64url')}`);
    expect(res.status).toBe(404);
    expect(res.text).toContain('Linkkiä ei löydy');
  });
});

describe('parameters', () => {
  it.each([
    ['view', 'view=calendar'],
    ['year', 'year=1999'],
    ['year', 'year=2026.5'],
    ['month', 'view=month&month=2026-13'],
    ['month', 'month=2026-3'],
    ['lang', 'lang=sv'],
    ['zzz', 'zzz=1'],
    ['view', 'view[0]=wheel'],
  ])('a bad %s is a 400 naming it, as JSON and as a page', async (field, query) => {
    const { token } = await linkOf();
    const json = await page(`token=${token}&${query}`, 'application/json');
    expect(json.status).toBe(400);
    expect(json.body.error.details.errors.flatMap((e: any) => e.path)).toContain(field);
    const html = await page(`token=${token}&${query}`);
    expect(html.status).toBe(400);
    expect(html.text).toContain(field);
  });

  it('a missing or repeated token is a 400 naming token', async () => {
    for (const query of ['year=2026', 'token=a&token=b']) {
      const res = await page(query, 'application/json');
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.flatMap((e: any) => e.path)).toContain('token');
    }
  });
});

describe('the request log', () => {
  it('never holds the token, whatever the answer', async () => {
    const { id, token } = await linkOf();
    const log = captureLog(app.strapi);
    try {
      expect((await page(`token=${token}`)).status).toBe(200);
      expect((await page(`token=${token}&view=nope`)).status).toBe(400);
      await as(planner, app.http().post(`/calendar/share-links/${id}/revoke`));
      expect((await page(`token=${token}`)).status).toBe(410);
    } finally {
      log.stop();
    }
    const text = log.text();
    expect(text).not.toContain(token);
    for (const status of [200, 400, 410])
      expect(text).toMatch(new RegExp(`GET /api/calendar/share\\?token=\\[redacted\\][^\\n]*\\) ${status}`));
  });
});
