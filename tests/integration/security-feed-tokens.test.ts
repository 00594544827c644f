/**
 * Calendar feed tokens as credentials: never in the log, and only as good as their owner —
 * deactivated, blocked, deleted or without `plugin::calendar.read`, the feed is refused — and
 * their optional expiry.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { captureLog } from '../helpers/log-capture';
import { startStrapi, type TestApp } from '../helpers/strapi';

const TOKEN_UID = 'plugin::calendar.feed-token';
let app: TestApp;
let superAdmin: Awaited<ReturnType<typeof createAdmin>>;

beforeAll(async () => {
  app = await startStrapi({ LOG_LEVEL: 'http' });
  superAdmin = await createAdmin(app);
  await piece(app, { title: 'Syötteen pala', publishAt: '2026-05-05T06:00:00.000Z' });
});

afterAll(async () => {
  await app?.stop();
});

type Admin = Awaited<ReturnType<typeof createAdmin>>;
const as = (admin: Admin, req: any) => req.set('Authorization', `Bearer ${admin.token}`);
const feed = (token: string) => app.http().get(`/api/calendar/ics?token=${token}`);

async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role;
}

async function tokenOf(admin: Admin, body: Record<string, unknown> = {}) {
  const res = await as(admin, app.http().post('/calendar/feed-tokens')).send({ name: 'Kalenteri', ...body });
  expect(res.status).toBe(201);
  return res.body.data as { id: number; token: string; url: string; expiresAt: string | null };
}

describe('the request log', () => {
  it('redacts the token on success, client errors and server errors alike', async () => {
    const { token } = await tokenOf(superAdmin);
    const unknown = crypto.randomBytes(32).toString('base64url');
    const log = captureLog(app.strapi);
    const build = jest.spyOn(app.strapi.plugin('calendar').service('ics-feed'), 'build');
    try {
      expect((await feed(token)).status).toBe(200);
      expect((await app.http().get(`/api/calendar/ics?token=${token}&channel=ei-ole`)).status).toBe(400);
      expect((await feed(unknown)).status).toBe(401);
      // The query parser reads a percent-encoded name as `token` too: so must the log.
      expect((await app.http().get(`/api/calendar/ics?%74oken=${token}`)).status).toBe(200);
      build.mockRejectedValueOnce(new Error('rendering failed'));
      expect((await app.http().get(`/api/calendar/ics?token=${token}&stage=act`)).status).toBe(500);
    } finally {
      build.mockRestore();
      log.stop();
    }
    const text = log.text();
    expect(text).not.toContain(token);
    expect(text).not.toContain(unknown);
    for (const status of [200, 400, 401, 500]) {
      expect(text).toMatch(new RegExp(`GET /api/calendar/ics\\?(token|%74oken)=\\[redacted\\][^\\n]*\\) ${status}`));
    }
    expect(text).toContain('rendering failed');
    // The hash at rest is not logged either.
    const stored = await app.strapi.db.query(TOKEN_UID).findOne({ where: { tokenHint: token.slice(-4) } });
    expect(text).not.toContain(stored.tokenHash);
  });
});

describe("the token's owner", () => {
  it('a reader may create a token; it stops when the role loses read and works again when it is back', async () => {
    const role = await roleWith(['plugin::calendar.read']);
    const reader = await createAdmin(app, role.code);
    const { token } = await tokenOf(reader);
    expect((await feed(token)).status).toBe(200);

    await app.strapi.service('admin::role').assignPermissions(role.id, []);
    const refused = await feed(token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/may no longer read the calendar/);
    expect(refused.body.error.details.errors[0].path).toEqual(['token']);

    await app.strapi
      .service('admin::role')
      .assignPermissions(role.id, [{ action: 'plugin::calendar.read', subject: null, properties: {}, conditions: [] }]);
    expect((await feed(token)).status).toBe(200);
  });

  it('stops when the owner is moved to a role without read', async () => {
    const reader = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
    const { token } = await tokenOf(reader);
    const other = await roleWith(['admin::marketplace.read']);
    await app.strapi.service('admin::user').updateById(reader.user.id, { roles: [other.id] });
    expect((await feed(token)).status).toBe(403);
  });

  it.each([
    ['deactivated', { isActive: false }],
    ['blocked', { blocked: true }],
  ])('stops when the owner is %s, and works again when that is undone', async (_label, change) => {
    const owner = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
    const { token } = await tokenOf(owner);
    await app.strapi.db.query('admin::user').update({ where: { id: owner.user.id }, data: change });
    const refused = await feed(token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/deactivated, blocked or deleted/);
    await app.strapi.db.query('admin::user').update({ where: { id: owner.user.id }, data: { isActive: true, blocked: false } });
    expect((await feed(token)).status).toBe(200);
  });

  it('stops when the owner is deleted', async () => {
    const owner = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
    const { token } = await tokenOf(owner);
    await app.strapi.service('admin::user').deleteById(owner.user.id);
    const refused = await feed(token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/deleted/);
  });
});

describe('expiry', () => {
  it('keeps a token with a future expiry working, and refuses it with a clear message once it has passed', async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const created = await tokenOf(superAdmin, { expiresAt: `${nextYear}-01-31` });
    // A date is valid through that whole day in the planner's zone (Europe/Helsinki).
    expect(created.expiresAt).toBe(`${nextYear}-01-31T22:00:00.000Z`);
    expect((await feed(created.token)).status).toBe(200);

    await app.strapi.db.query(TOKEN_UID).update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const refused = await feed(created.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/expired at \d{4}-\d{2}-\d{2}T/);

    const list = await as(superAdmin, app.http().get('/calendar/feed-tokens'));
    expect(list.body.data.find((t: any) => t.id === created.id)).toMatchObject({ expired: true });
  });

  it.each([['2020-01-01'], ['ensi vuonna'], [12]])('refuses expiresAt %j with a 400 naming it', async (expiresAt) => {
    const res = await as(superAdmin, app.http().post('/calendar/feed-tokens')).send({ name: 'Vanhenee', expiresAt });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path)).toContainEqual(['expiresAt']);
  });
});

describe('who manages tokens', () => {
  it("a reader lists and revokes only their own; settings lists and revokes everyone's", async () => {
    const reader = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
    const manager = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.settings'])).code);
    const own = await tokenOf(reader);
    const others = await tokenOf(manager);

    const readerList = await as(reader, app.http().get('/calendar/feed-tokens'));
    expect(readerList.body.data.map((t: any) => t.id)).toEqual([own.id]);
    expect((await as(reader, app.http().delete(`/calendar/feed-tokens/${others.id}`))).status).toBe(404);

    const managerList = await as(manager, app.http().get('/calendar/feed-tokens'));
    expect(managerList.body.data.map((t: any) => t.id)).toEqual(expect.arrayContaining([own.id, others.id]));
    expect((await as(manager, app.http().delete(`/calendar/feed-tokens/${own.id}`))).status).toBe(204);
    expect((await feed(own.token)).status).toBe(401);
  });
});
