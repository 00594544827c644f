/** Scheduling moves from the admin views: reschedule with 409 on stale writes, detach one occurrence, quick create. */
import { createAdmin } from '../helpers/admin';
import { channel, piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let planner: Awaited<ReturnType<typeof createAdmin>>;
const PIECE = 'api::content-piece.content-piece';

beforeAll(async () => {
  app = await startStrapi();
  planner = await createAdmin(app);
  await channel(app, 'Instagram', { kind: 'shared' });
});

afterAll(async () => {
  await app?.stop();
});

const as = (req: any) => req.set('Authorization', `Bearer ${planner.token}`);
const draftOf = (documentId: string) =>
  app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null }, populate: ['channels'] });

describe('PUT /calendar/pieces/:documentId/schedule', () => {
  it('schedules a backlog piece onto a day, and the admin feed shows it there', async () => {
    const doc = await piece(app, { title: 'Backlogista kalenteriin' }, false);
    const draft = await draftOf(doc.documentId);
    const res = await as(app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: '2026-06-10T06:00:00.000Z',
      expectedUpdatedAt: new Date(draft.updatedAt).toISOString(),
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: doc.documentId, publishAt: '2026-06-10T06:00:00.000Z', timeZone: 'Europe/Helsinki' });
    const feed = await as(app.http().get('/calendar/occurrences?from=2026-06-10&to=2026-06-10'));
    expect(feed.body.data.map((o: any) => [o.title, o.start])).toEqual([['Backlogista kalenteriin', '2026-06-10T09:00:00+03:00']]);
  });

  it('answers 409 with the current version when the piece changed since it was loaded, and changes nothing', async () => {
    const doc = await piece(app, { title: 'Kilpaileva muokkaus', publishAt: '2026-06-11T06:00:00.000Z' }, false);
    const loaded = await draftOf(doc.documentId);
    await new Promise((r) => setTimeout(r, 5));
    await app.strapi.documents(PIECE).update({ documentId: doc.documentId, data: { summary: 'Joku muu muokkasi' } });
    const res = await as(app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: '2026-06-20T06:00:00.000Z',
      expectedUpdatedAt: new Date(loaded.updatedAt).toISOString(),
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ status: 409, name: 'ConflictError', message: expect.stringMatching(/changed by someone else/) });
    expect(res.body.error.details.current.publishAt).toBe('2026-06-11T06:00:00.000Z');
    expect(new Date((await draftOf(doc.documentId)).publishAt).toISOString()).toBe('2026-06-11T06:00:00.000Z');
  });

  it('moves a piece back to the backlog with publishAt null', async () => {
    const doc = await piece(app, { title: 'Takaisin backlogiin', publishAt: '2026-06-12T06:00:00.000Z' }, false);
    const draft = await draftOf(doc.documentId);
    const res = await as(app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: null,
      expectedUpdatedAt: new Date(draft.updatedAt).toISOString(),
    });
    expect(res.status).toBe(200);
    expect(res.body.data.publishAt).toBeNull();
  });

  it('moves a whole series with its new rule, and refuses a bad rule naming recurrence', async () => {
    const doc = await piece(app, { title: 'Koko sarja', publishAt: '2027-03-02T07:00:00.000Z', recurrence: 'FREQ=WEEKLY;BYDAY=TU' }, false);
    const draft = await draftOf(doc.documentId);
    const bad = await as(app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: '2027-03-03T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=XX',
      expectedUpdatedAt: new Date(draft.updatedAt).toISOString(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['recurrence']);
    const ok = await as(app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: '2027-03-03T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
      expectedUpdatedAt: new Date(draft.updatedAt).toISOString(),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=WE', publishAt: '2027-03-03T07:00:00.000Z' });
  });

  it.each([
    [{ publishAt: 'huomenna', expectedUpdatedAt: '2026-01-01T00:00:00Z' }, 'publishAt'],
    [{ publishAt: '2026-06-10T06:00:00Z' }, 'expectedUpdatedAt'],
    [{ publishAt: '2026-06-10T06:00:00Z', expectedUpdatedAt: '2026-01-01T00:00:00Z', timeZone: 'Mars/Base' }, 'timeZone'],
    [{ publishAt: '2026-06-10T06:00:00Z', expectedUpdatedAt: '2026-01-01T00:00:00Z', title: 'x' }, 'title'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const doc = await piece(app, { title: `Virheellinen siirto ${field}` }, false);
    const res = await as(app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });

  it('needs plugin::calendar.plan', async () => {
    const editor = await createAdmin(app, 'strapi-editor');
    const doc = await piece(app, { title: 'Ei suunnitteluoikeutta' }, false);
    const res = await app
      .http()
      .put(`/calendar/pieces/${doc.documentId}/schedule`)
      .set('Authorization', `Bearer ${editor.token}`)
      .send({ publishAt: null, expectedUpdatedAt: '2026-01-01T00:00:00Z' });
    expect(res.status).toBe(403);
  });
});

describe('POST /calendar/pieces/:documentId/detach-occurrence', () => {
  it('skips the occurrence in the series and creates a one-off copy at the new time', async () => {
    const series = await piece(
      app,
      {
        title: 'Tiistain postaus',
        publishAt: '2026-03-03T07:00:00.000Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU',
        channels: [(await app.strapi.db.query('api::channel.channel').findOne({ where: { slug: 'instagram' } })).documentId],
      },
      false
    );
    const draft = await draftOf(series.documentId);
    const res = await as(app.http().post(`/calendar/pieces/${series.documentId}/detach-occurrence`)).send({
      occurrence: '2026-03-17T09:00',
      publishAt: '2026-03-18T08:00:00.000Z',
      expectedUpdatedAt: new Date(draft.updatedAt).toISOString(),
    });
    expect(res.status).toBe(200);
    expect(res.body.data.series.recurrenceExceptions).toEqual(['2026-03-17T09:00']);
    const copy = await draftOf(res.body.data.occurrence.documentId);
    expect(copy).toMatchObject({ title: 'Tiistain postaus', recurrence: null });
    expect(copy.channels.map((c: any) => c.slug)).toEqual(['instagram']);
    const feed = await as(app.http().get('/calendar/occurrences?from=2026-03-16&to=2026-03-19'));
    expect(feed.body.data.map((o: any) => [o.title, o.start, o.recurring])).toEqual([
      ['Tiistain postaus', '2026-03-18T10:00:00+02:00', false],
    ]);
  });
});

describe('POST /calendar/pieces (quick create)', () => {
  it('creates a draft at the day and time given', async () => {
    const res = await as(app.http().post('/calendar/pieces')).send({
      title: 'Pikaluonti',
      funnelStage: 'act',
      contentGoal: 'serve',
      channels: ['instagram'],
      publishAt: '2026-07-01T06:00:00.000Z',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ title: 'Pikaluonti', local: '2026-07-01T09:00' });
    const draft = await draftOf(res.body.data.documentId);
    expect(draft).toMatchObject({ funnelStage: 'act', contentGoal: 'serve', editorialStatus: 'idea', slug: 'pikaluonti' });
    expect(draft.channels.map((c: any) => c.slug)).toEqual(['instagram']);
    const published = await app.strapi.db
      .query(PIECE)
      .count({ where: { documentId: res.body.data.documentId, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });

  it.each([
    [{ funnelStage: 'act', contentGoal: 'serve' }, 'title'],
    [{ title: 'x', funnelStage: 'awareness', contentGoal: 'serve' }, 'funnelStage'],
    [{ title: 'x', funnelStage: 'act', contentGoal: 'money' }, 'contentGoal'],
    [{ title: 'x', funnelStage: 'act', contentGoal: 'serve', channels: ['tiktok'] }, 'channels'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const res = await as(app.http().post('/calendar/pieces')).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });
});
