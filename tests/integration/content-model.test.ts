/**
 * The content model over HTTP: created with an API token as an integration would, read back as
 * the Public role as a publishing site would.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';

const PRIVATE_FIELDS = ['editorialStatus', 'assignee', 'dueAt', 'notes'];

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  token = await app.apiToken();
});

afterAll(async () => {
  await app?.stop();
});

const post = (path: string, data: unknown) => app.http().post(path).set('Authorization', `Bearer ${token}`).send({ data });

async function createChannel(name: string, extra: Record<string, unknown> = {}) {
  const res = await post('/api/channels', { name, kind: 'owned', color: '#123abc', ...extra });
  expect(res.status).toBe(201);
  return res.body.data;
}

describe('channels, personas and themes', () => {
  it('creates a channel over REST and the Public role reads it back with a generated slug', async () => {
    const channel = await createChannel('Yrityksen blogi');
    expect(channel.slug).toBe('yrityksen-blogi');

    const res = await app.http().get(`/api/channels/${channel.documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: 'Yrityksen blogi', kind: 'owned', color: '#123abc', active: true });
  });

  it('creates a persona with channels and a theme with dates', async () => {
    const channel = await createChannel('LinkedIn', { kind: 'shared', platform: 'LinkedIn' });
    const persona = await post('/api/personas', {
      name: 'Päivi Päättäjä',
      segment: 'B2B',
      channels: [channel.documentId],
    });
    expect(persona.status).toBe(201);
    expect(persona.body.data.slug).toBe('paivi-paattaja');

    const read = await app.http().get(`/api/personas/${persona.body.data.documentId}?populate=channels`);
    expect(read.body.data.channels.map((c: any) => c.slug)).toEqual(['linkedin']);

    const theme = await post('/api/themes', {
      name: 'Äitienpäivä',
      startDate: '2026-04-20',
      endDate: '2026-05-10',
      color: '#ff88aa',
      contentGoal: 'sell',
    });
    expect(theme.status).toBe(201);
    expect(theme.body.data).toMatchObject({ slug: 'aitienpaiva', startDate: '2026-04-20', endDate: '2026-05-10', repeatsYearly: false });
  });

  it('refuses a theme ending before it starts, naming endDate, and saves nothing', async () => {
    const before = await app.http().get('/api/themes?filters[name][$eq]=Nurinkurinen');
    const res = await post('/api/themes', { name: 'Nurinkurinen', startDate: '2026-06-10', endDate: '2026-06-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/endDate/);
    expect(res.body.error.details.errors[0].path).toEqual(['endDate']);
    const after = await app.http().get('/api/themes?filters[name][$eq]=Nurinkurinen');
    expect(after.body.data).toHaveLength(before.body.data.length);
    expect(after.body.data).toHaveLength(0);
  });

  it('refuses an update that would put endDate before the stored startDate', async () => {
    const theme = await post('/api/themes', { name: 'Kesä', startDate: '2026-06-01', endDate: '2026-08-31' });
    expect(theme.status).toBe(201);
    const res = await app
      .http()
      .put(`/api/themes/${theme.body.data.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { endDate: '2026-05-01' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/endDate/);
    const read = await app.http().get(`/api/themes/${theme.body.data.documentId}`);
    expect(read.body.data.endDate).toBe('2026-08-31');
  });

  it('refuses a colour that is not #RRGGBB, naming color', async () => {
    const res = await post('/api/channels', { name: 'Punainen kanava', kind: 'paid', color: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/color/);
    expect(res.body.error.details.errors[0].path).toEqual(['color']);
    const list = await app.http().get('/api/channels?filters[name][$eq]=Punainen kanava');
    expect(list.body.data).toHaveLength(0);
  });
});

describe('content pieces', () => {
  const piece = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    funnelStage: 'reach',
    contentGoal: 'sizzle',
    format: 'article',
    ...extra,
  });

  it('gives "Äitienpäivän kampanja" the slug aitienpaivan-kampanja, and the second one -2', async () => {
    const first = await post('/api/content-pieces', piece('Äitienpäivän kampanja'));
    const second = await post('/api/content-pieces', piece('Äitienpäivän kampanja'));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.body.data.slug).toBe('aitienpaivan-kampanja');
    expect(second.body.data.slug).toBe('aitienpaivan-kampanja-2');
  });

  it('keeps a slug when the piece is updated and republished', async () => {
    const created = await post('/api/content-pieces', piece('Kevään uutiskirje'));
    const id = created.body.data.documentId;
    const res = await app
      .http()
      .put(`/api/content-pieces/${id}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { summary: 'Uusi tiivistelmä' } });
    expect(res.status).toBe(200);
    expect(res.body.data.slug).toBe('kevaan-uutiskirje');
  });

  it('stores the default time zone when none is given, and accepts an RRULE', async () => {
    const res = await post(
      '/api/content-pieces',
      piece('Tiistain LinkedIn-postaus', { publishAt: '2026-03-03T07:00:00.000Z', recurrence: 'RRULE:freq=weekly;byday=TU' })
    );
    expect(res.status).toBe(201);
    expect(res.body.data.timeZone).toBe('Europe/Helsinki');
    expect(res.body.data.recurrence).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  it.each([
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }, /timeZone/],
    ['timeZone', { timeZone: '+03:00' }, /timeZone/],
    ['recurrence', { recurrence: 'FREQ=WEEKLY;BYDAY=XX' }, /BYDAY must be MO\.\.SU/],
    ['recurrence', { recurrence: 'FREQ=DAILY;COUNT=3;UNTIL=20261231' }, /UNTIL and COUNT cannot both be set/],
    ['recurrence', { recurrence: 'not a rule' }, /recurrence/],
    ['recurrenceExceptions', { recurrenceExceptions: ['2026-02-30T09:00'] }, /recurrenceExceptions/],
    ['publishAt', { publishAt: 'tomorrow' }, /publishAt/],
  ])('refuses an invalid %s with a 400 naming it, and saves nothing', async (field, extra, message) => {
    const title = `Virheellinen ${field} ${Math.random().toString(36).slice(2, 8)}`;
    const res = await post('/api/content-pieces', piece(title, extra));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.details.errors[0].path).toEqual([field]);
    const found = await app.strapi.db.query('api::content-piece.content-piece').count({ where: { title } });
    expect(found).toBe(0);
  });

  it('never shows drafts or editorial fields to the Public role', async () => {
    const published = await post(
      '/api/content-pieces',
      piece('Julkinen artikkeli', {
        notes: 'salainen muistiinpano',
        editorialStatus: 'approved',
        publishAt: '2026-05-02T06:00:00.000Z',
        dueAt: '2026-05-01T10:00:00.000Z',
      })
    );
    expect(published.status).toBe(201);
    const draft = await app
      .http()
      .post('/api/content-pieces?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: piece('Luonnos, ei julkaistu') });
    expect(draft.status).toBe(201);

    const list = await app.http().get('/api/content-pieces?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    const titles = list.body.data.map((p: any) => p.title);
    expect(titles).toContain('Julkinen artikkeli');
    expect(titles).not.toContain('Luonnos, ei julkaistu');
    for (const item of list.body.data) {
      for (const field of PRIVATE_FIELDS) expect(item).not.toHaveProperty(field);
    }
    const asDraft = await app.http().get('/api/content-pieces?status=draft&pagination[pageSize]=100');
    const draftTitles = (asDraft.body.data ?? []).map((p: any) => p.title);
    expect(draftTitles).not.toContain('Luonnos, ei julkaistu');

    const draftOne = await app.http().get(`/api/content-pieces/${draft.body.data.documentId}?status=draft`);
    expect(draftOne.status).toBe(404);

    // Private fields cannot be used as an oracle through filters or sorting either.
    const byNotes = await app.http().get('/api/content-pieces?filters[notes][$contains]=salainen');
    expect(byNotes.status).toBe(400);
    const byStatus = await app.http().get('/api/content-pieces?sort=editorialStatus');
    expect(byStatus.status).toBe(400);

    const one = await app.http().get(`/api/content-pieces/${published.body.data.documentId}?populate=*`);
    expect(one.status).toBe(200);
    for (const field of PRIVATE_FIELDS) expect(one.body.data).not.toHaveProperty(field);
    const stored = await app.strapi.db
      .query('api::content-piece.content-piece')
      .findOne({ where: { documentId: published.body.data.documentId, publishedAt: { $notNull: true } } });
    expect(stored.notes).toBe('salainen muistiinpano');
  });

  it('filters published pieces by funnel stage for publishing sites', async () => {
    await post('/api/content-pieces', piece('Konversiosivu', { funnelStage: 'convert', contentGoal: 'sell' }));
    const res = await app.http().get('/api/content-pieces?filters[funnelStage][$eq]=convert');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((p: any) => p.funnelStage === 'convert')).toBe(true);
  });

  it('keeps relations to channels, personas and theme when a piece is published', async () => {
    const channel = await createChannel('Uutiskirje', { kind: 'owned' });
    const persona = await post('/api/personas', { name: 'Kalle Kuluttaja' });
    const theme = await post('/api/themes', { name: 'Joulu', startDate: '2026-11-20', endDate: '2026-12-24' });
    const draft = await app
      .http()
      .post('/api/content-pieces?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: piece('Joulun lahjaopas', {
          channels: [channel.documentId],
          personas: [persona.body.data.documentId],
          theme: theme.body.data.documentId,
        }),
      });
    expect(draft.status).toBe(201);
    const id = draft.body.data.documentId;
    // Publishing through the Document Service is what the Content Manager and the scheduler do.
    await app.strapi.documents('api::content-piece.content-piece').publish({ documentId: id });

    const read = await app.http().get(`/api/content-pieces/${id}?populate[0]=channels&populate[1]=personas&populate[2]=theme`);
    expect(read.status).toBe(200);
    expect(read.body.data.channels.map((c: any) => c.slug)).toEqual(['uutiskirje']);
    expect(read.body.data.personas.map((p: any) => p.slug)).toEqual(['kalle-kuluttaja']);
    expect(read.body.data.theme.slug).toBe('joulu');
  });

  it('refuses the same bad input through the Document Service (the Content Manager path)', async () => {
    await expect(
      app.strapi.documents('api::content-piece.content-piece').create({
        data: { title: 'CM-polku', funnelStage: 'act', contentGoal: 'serve', timeZone: 'Europe/Nowhere' },
      })
    ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/timeZone/) });
  });
});
