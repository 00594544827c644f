/**
 * With CALENDAR_PUBLIC_PERSONA_DETAILS=true persona details are public (returned and
 * filterable); with no CORS_ORIGINS and no PUBLIC_URL no browser origin gets CORS headers.
 */
import { channel, persona, piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  delete process.env.CORS_ORIGINS;
  delete process.env.PUBLIC_URL;
  app = await startStrapi({ CALENDAR_PUBLIC_PERSONA_DETAILS: 'true' });
  const blog = await channel(app, 'Blogi');
  const buyer = await persona(app, 'Ostaja Olli', { needs: 'Nopea vastaus', pains: 'Hidas tarjous', valueProposition: 'Tarjous päivässä' });
  await persona(app, 'Päättäjä Päivi', { needs: 'Luotettavuus' });
  await piece(app, {
    title: 'Julkinen pala',
    publishAt: '2026-05-05T06:00:00.000Z',
    channels: [blog.documentId],
    personas: [buyer.documentId],
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('persona details (publicPersonaDetails on)', () => {
  it('are returned by /api/personas and through populate', async () => {
    const list = await app.http().get('/api/personas?filters[name][$eq]=Ostaja Olli');
    expect(list.body.data[0]).toMatchObject({ needs: 'Nopea vastaus', pains: 'Hidas tarjous', valueProposition: 'Tarjous päivässä' });
    const pieces = await app.http().get('/api/content-pieces?populate=personas');
    expect(pieces.body.data[0].personas[0]).toMatchObject({ needs: 'Nopea vastaus' });
  });

  it('can be filtered and sorted on', async () => {
    const res = await app.http().get('/api/personas?filters[needs][$contains]=Luotettav&sort=pains:asc');
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: any) => p.name)).toEqual(['Päättäjä Päivi']);
  });
});

describe('CORS by default', () => {
  it('gives no browser origin an Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://www.example.fi', 'http://localhost:3000']) {
      const res = await app.http().get('/api/channels').set('Origin', origin);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('still answers server-to-server reads, which send no Origin', async () => {
    const res = await app.http().get('/api/channels');
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: any) => c.name)).toEqual(['Blogi']);
  });
});
