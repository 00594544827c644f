/** With `publicRead: false` the API stays closed: publishing sites use API tokens instead. */
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi({ CALENDAR_PUBLIC_READ: 'false' });
});

afterAll(async () => {
  await app?.stop();
});

it('grants the Public role nothing on first boot', async () => {
  for (const path of [
    '/api/content-pieces',
    '/api/channels',
    '/api/personas',
    '/api/themes',
    '/api/calendar/occurrences?from=2026-01-01&to=2026-01-31',
  ]) {
    expect((await app.http().get(path)).status).toBe(403);
  }
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  expect(role.permissions.map((p: any) => p.action).filter((a: string) => /content-piece|calendar/.test(a))).toEqual([]);
});

it('serves a read-only API token', async () => {
  const token = await app.apiToken('read-only');
  const res = await app.http().get('/api/content-pieces').set('Authorization', `Bearer ${token}`);
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual([]);
});
