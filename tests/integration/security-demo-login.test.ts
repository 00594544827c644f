/**
 * The demo's published password in production: a database that holds the demo admin with it
 * (a demo database deployed as it is) boots with a warning naming the account, and the login is
 * refused with a message saying how to set a real password. The demo seed never runs there.
 */
import crypto from 'node:crypto';
import request from 'supertest';
import { startInstance, type Instance } from '../helpers/cluster';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

const DEMO_PASSWORD = 'Vuosikello-2026';
const REAL_PASSWORD = 'Oikea-salasana-2026!';
let db: TestDatabase;
let dev: TestApp | undefined;
let prod: Instance | undefined;

const secret = () => crypto.randomBytes(32).toString('base64');
const productionEnv = () => ({
  ...db.env,
  NODE_ENV: 'production',
  APP_KEYS: [secret(), secret()].join(','),
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  VUOSIKELLO_DEMO_SEED: 'true',
  CALENDAR_SCHEDULER_ENABLED: 'false',
  CALENDAR_NOTIFICATIONS_ENABLED: 'false',
  LOG_LEVEL: 'warn',
});

async function createUser(app: TestApp, email: string, password: string) {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  return app.strapi
    .service('admin::user')
    .create({ email, firstname: 'Demo', lastname: email, password, isActive: true, roles: [role.id] });
}

beforeAll(async () => {
  db = await createTestDatabase();
  dev = await startStrapi({}, { database: db });
  // What `npm run demo` leaves behind: the demo admin with the published password; one team
  // member has already been given a real password.
  await createUser(dev, 'admin@example.com', DEMO_PASSWORD);
  await createUser(dev, 'eeva@example.com', REAL_PASSWORD);
});

afterAll(async () => {
  await prod?.stop();
  await dev?.stop();
  await db?.drop();
});

describe('outside production', () => {
  it('the demo login works as the README says', async () => {
    const res = await dev!.http().post('/admin/login').send({ email: 'admin@example.com', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.data.token).toEqual(expect.any(String));
  });
});

describe('in production', () => {
  beforeAll(async () => {
    await dev!.stop();
    dev = undefined;
    prod = await startInstance(productionEnv());
  });

  const login = (email: string, password: string) =>
    request(`http://127.0.0.1:${prod!.port}`).post('/admin/login').send({ email, password });

  it('warns at boot about the demo account that still has the published password, and seeds nothing', () => {
    const output = prod!.output.join('');
    expect(output).toMatch(/demo account\(s\) admin@example\.com still have the published demo password/);
    expect(output).not.toMatch(/eeva@example\.com still/);
    expect(output).toContain('npx strapi admin:reset-user-password');
    expect(output).toContain('VUOSIKELLO_DEMO_SEED is ignored in production');
  });

  it('refuses the published password with a clear 403 naming the field', async () => {
    const res = await login('admin@example.com', DEMO_PASSWORD);
    expect(res.status).toBe(403);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    expect(res.body.error.message).toMatch(/demo password is published and is refused in production/);
    expect(res.body.error.details.errors[0].path).toEqual(['password']);
  });

  it('lets a real password through to the normal login', async () => {
    const wrong = await login('admin@example.com', 'Vaara-salasana-1');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).not.toMatch(/demo password/);
    const real = await login('eeva@example.com', REAL_PASSWORD);
    expect(real.body.error?.message ?? '').not.toMatch(/demo password/);
    expect(real.status).toBe(200);
  });

  it('has no demo content after a boot with VUOSIKELLO_DEMO_SEED=true', async () => {
    const pieces = await request(`http://127.0.0.1:${prod!.port}`).get('/api/content-pieces');
    expect(pieces.status).toBe(200);
    expect(pieces.body.data).toEqual([]);
  });
});
