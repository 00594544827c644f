/**
 * The KPI integration's content-API action was renamed from `plan.recordFromIntegration` to
 * `kpis.recordFromIntegration`. A role or a custom API token granted the old one keeps its right
 * across the upgrade: the plugin renames the rows at boot.
 */
import { piece } from '../helpers/content';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

const OLD = 'plugin::calendar.plan.recordFromIntegration';
const NEW = 'plugin::calendar.kpis.recordFromIntegration';
const TOKEN_PERMISSION = 'admin::api-token-permission';
const ROLE_PERMISSION = 'plugin::users-permissions.permission';

let db: TestDatabase;
let app: TestApp | undefined;

afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

/** A custom API token allowed only to read the occurrence feed, and its access key. */
async function customToken(running: TestApp, name: string) {
  const token = await running.strapi
    .service('admin::api-token')
    .create({ name, type: 'custom', lifespan: null, permissions: ['plugin::calendar.occurrences.find'] });
  return { id: token.id as number, accessKey: token.accessKey as string };
}

it('keeps a role’s and a custom token’s right to post KPI results across the rename, without duplicates', async () => {
  db = await createTestDatabase();
  app = await startStrapi({}, { database: db });
  const target = await piece(app, {
    title: 'Kevätkampanja',
    publishAt: '2026-03-03T07:00:00.000Z',
    funnelStage: 'reach',
    contentGoal: 'sizzle',
  });
  // Given rows granted before the upgrade (written as an older version stored them).
  const integration = await customToken(app, 'crm-integration');
  const both = await customToken(app, 'granted-twice');
  const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await app.strapi.db.query(TOKEN_PERMISSION).create({ data: { action: OLD, token: integration.id } });
  await app.strapi.db.query(TOKEN_PERMISSION).create({ data: { action: OLD, token: both.id } });
  await app.strapi.db.query(TOKEN_PERMISSION).create({ data: { action: NEW, token: both.id } });
  await app.strapi.db.query(ROLE_PERMISSION).create({ data: { action: OLD, role: authenticated.id } });
  await app.stop();

  // When the plugin boots again on the same database.
  app = await startStrapi({}, { database: db });

  // Then the old action is gone and each holder has the new one once.
  const running = app;
  const tokenRows = async (id: number) =>
    (await running.strapi.db.query(TOKEN_PERMISSION).findMany({ where: { token: { id }, action: { $in: [OLD, NEW] } } })).map(
      (r: any) => r.action
    );
  expect(await tokenRows(integration.id)).toEqual([NEW]);
  expect(await tokenRows(both.id)).toEqual([NEW]);
  const roleRows = await running.strapi.db
    .query(ROLE_PERMISSION)
    .findMany({ where: { role: { id: authenticated.id }, action: { $in: [OLD, NEW] } } });
  expect(roleRows.map((r: any) => r.action)).toEqual([NEW]);

  // And the integration's token still posts results.
  const res = await running
    .http()
    .post('/api/calendar/kpi-results')
    .set('Authorization', `Bearer ${integration.accessKey}`)
    .send({ piece: target.documentId, metric: 'site-visits', period: '2026-03', value: 700 });
  expect(res.status).toBe(201);
  expect(res.body.data).toEqual([
    expect.objectContaining({ metric: 'site-visits', value: 700, created: true, source: 'api-token:crm-integration' }),
  ]);
  // A token without the action is still refused.
  const plain = await customToken(running, 'feed-only');
  expect((await running.http().post('/api/calendar/kpi-results').set('Authorization', `Bearer ${plain.accessKey}`).send({})).status).toBe(
    403
  );
});
