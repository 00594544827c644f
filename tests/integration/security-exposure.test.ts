/**
 * What leaves the server by default: calendar routes name people without their e-mail
 * addresses, only listed origins get CORS headers, and persona internals (needs, pains, value
 * proposition) stay out of the public REST API while the Content Manager still edits them.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { channel, persona, piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

const SITE = 'https://www.example.fi';
const OWN = 'https://cms.example.fi';
const FOREIGN = 'https://evil.example.com';
const PERSONA = 'api::persona.persona';
let app: TestApp;
let superAdmin: Awaited<ReturnType<typeof createAdmin>>;
let reader: Awaited<ReturnType<typeof createAdmin>>;
let pieceId: string;

beforeAll(async () => {
  app = await startStrapi({ CORS_ORIGINS: `${SITE}, http://localhost:3000`, PUBLIC_URL: `${OWN}/` });
  superAdmin = await createAdmin(app);
  const role = await app.strapi.service('admin::role').create({ name: `Lukija ${crypto.randomUUID()}`, description: 'read only' });
  await app.strapi
    .service('admin::role')
    .assignPermissions(role.id, [{ action: 'plugin::calendar.read', subject: null, properties: {}, conditions: [] }]);
  reader = await createAdmin(app, role.code);
  const blog = await channel(app, 'Blogi');
  const buyer = await persona(app, 'Ostaja Olli', {
    segment: 'pk-yritykset',
    needs: 'SALAINEN-TARVE',
    pains: 'SALAINEN-KIPU',
    valueProposition: 'SALAINEN-LUPAUS',
  });
  pieceId = (
    await piece(app, {
      title: 'Henkilöiden pala',
      publishAt: '2026-05-05T06:00:00.000Z',
      channels: [blog.documentId],
      personas: [buyer.documentId],
      assignee: superAdmin.user.id,
    })
  ).documentId;
  // An assignment change writes the activity history (with a person on both sides).
  await app.strapi.documents('api::content-piece.content-piece').update({ documentId: pieceId, data: { assignee: reader.user.id } as any });
  await app.strapi.documents('plugin::calendar.community-task').create({
    data: {
      title: 'Seuranta',
      kind: 'monitor',
      channel: blog.documentId,
      startsAt: '2026-05-04T06:00:00.000Z',
      recurrence: 'FREQ=DAILY;COUNT=3',
      assignee: superAdmin.user.id,
    } as any,
  });
});

afterAll(async () => {
  await app?.stop();
});

const as = (admin: { token: string }, path: string) => app.http().get(path).set('Authorization', `Bearer ${admin.token}`);

describe('people in calendar routes', () => {
  it.each([
    ['/calendar/assignees'],
    ['/calendar/team-board'],
    ['/calendar/my-work'],
    ['/calendar/occurrences?from=2026-05-01&to=2026-05-31'],
    ['/calendar/feed-tokens'],
    ['ACTIVITY'],
  ])('%s answers a reader with names and ids, no e-mail addresses', async (route) => {
    const path = route === 'ACTIVITY' ? `/calendar/pieces/${pieceId}/activity` : route;
    const res = await as(reader, path);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(superAdmin.email);
    expect(text).not.toContain(reader.email);
    expect(text).not.toMatch(/"email"/);
  });

  it('still names the people', async () => {
    const people = (await as(reader, '/calendar/assignees')).body.data;
    expect(people).toContainEqual({ id: superAdmin.user.id, name: `Testi ${superAdmin.user.lastname}` });
    const history = (await as(reader, `/calendar/pieces/${pieceId}/activity`)).body.data;
    expect(history.find((h: any) => h.kind === 'assignee')).toMatchObject({
      from: `Testi ${superAdmin.user.lastname}`,
      to: `Testi ${reader.user.lastname}`,
    });
  });

  it('community routes carry no e-mail addresses either', async () => {
    for (const path of ['/calendar/community/tasks', '/calendar/community/agenda?from=2026-05-01&to=2026-05-10']) {
      const res = await as(superAdmin, path);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(superAdmin.email);
    }
  });
});

describe('CORS', () => {
  it.each([[SITE], ['http://localhost:3000'], [OWN]])('allows the configured origin %s', async (origin) => {
    const res = await app.http().get('/api/channels').set('Origin', origin);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    const preflight = await app.http().options('/api/content-pieces').set('Origin', origin).set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
  });

  it('gives a foreign origin no Access-Control-Allow-Origin', async () => {
    const res = await app.http().get('/api/channels').set('Origin', FOREIGN);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.http().options('/api/content-pieces').set('Origin', FOREIGN).set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('persona details (publicPersonaDetails off, the default)', () => {
  const SECRETS = /SALAINEN/;

  it('are not returned by /api/personas nor through populate', async () => {
    const list = await app.http().get('/api/personas');
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ name: 'Ostaja Olli', segment: 'pk-yritykset' });
    for (const field of ['needs', 'pains', 'valueProposition']) expect(list.body.data[0]).not.toHaveProperty(field);
    for (const path of [
      '/api/content-pieces?populate=personas',
      '/api/content-pieces?populate=*',
      '/api/content-pieces?populate[personas][populate]=*',
    ]) {
      const res = await app.http().get(path);
      expect(res.status).toBe(200);
      expect(res.body.data[0].personas[0].name).toBe('Ostaja Olli');
      expect(JSON.stringify(res.body)).not.toMatch(SECRETS);
    }
  });

  it.each([
    ['/api/personas?filters[needs][$contains]=SALAINEN', 'needs'],
    ['/api/personas?sort=pains:asc', 'pains'],
    ['/api/personas?fields[0]=valueProposition', 'valueProposition'],
    ['/api/content-pieces?filters[personas][needs][$contains]=SALAINEN', 'needs'],
    ['/api/content-pieces?populate[personas][fields][0]=needs', 'needs'],
  ])('%s is refused with a 400 naming %s', async (path, key) => {
    const res = await app.http().get(path);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'ValidationError', details: { key } });
    expect(res.body.error.message).toContain(`Invalid key ${key}`);
  });

  it('are still edited in the Content Manager', async () => {
    const doc = (await app.strapi.db.query(PERSONA).findOne({ where: { name: 'Ostaja Olli' } })).documentId;
    const url = `/content-manager/collection-types/${PERSONA}/${doc}`;
    const put = await app.http().put(url).set('Authorization', `Bearer ${superAdmin.token}`).send({ needs: 'SALAINEN-TARVE-2' });
    expect(put.status).toBe(200);
    const got = await as(superAdmin, url);
    expect(got.body.data).toMatchObject({ needs: 'SALAINEN-TARVE-2', pains: 'SALAINEN-KIPU', valueProposition: 'SALAINEN-LUPAUS' });
  });
});
