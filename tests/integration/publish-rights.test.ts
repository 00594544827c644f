/**
 * The workflow holds for every writer: real Editor and Author role users in the Content Manager,
 * planners on the plugin's routes, and REST with custom and full-access API tokens. Approving,
 * un-approving, publishing and changing what an approved piece publishes need the publish right.
 */
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PIECE = 'api::content-piece.content-piece';
const CM = `/content-manager/collection-types/${PIECE}`;
const PAST = '2026-01-05T07:00:00.000Z';
const FUTURE = '2099-03-03T07:00:00.000Z';

type Admin = Awaited<ReturnType<typeof createAdmin>>;
let app: TestApp;
let editor: Admin;
let author: Admin;
let planner: Admin;
let publisher: Admin;
let superAdmin: Admin;

/** A role with the Editor's Content Manager rights plus the given calendar actions. */
async function editorPlus(name: string, actions: string[]) {
  const editorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const base = await app.strapi.db.query('admin::permission').findMany({ where: { role: { id: editorRole.id } } });
  const role = await app.strapi.service('admin::role').create({ name: `${name} ${Date.now()}`, description: name });
  await app.strapi
    .service('admin::role')
    .assignPermissions(role.id, [
      ...base.map((p: any) => ({ action: p.action, subject: p.subject, properties: p.properties ?? {}, conditions: p.conditions ?? [] })),
      ...actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ]);
  return createAdmin(app, role.code);
}

beforeAll(async () => {
  app = await startStrapi();
  editor = await createAdmin(app, 'strapi-editor');
  author = await createAdmin(app, 'strapi-author');
  planner = await editorPlus('Planner', ['plugin::calendar.read', 'plugin::calendar.plan']);
  publisher = await editorPlus('Publisher', ['plugin::calendar.read', 'plugin::calendar.plan', 'plugin::calendar.publish']);
  superAdmin = await createAdmin(app);
});

afterAll(async () => {
  await app?.stop();
});

const as = (who: { token: string }, req: any) => req.set('Authorization', `Bearer ${who.token}`);
const draft = (documentId: string) => app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null } });
const publishedCount = (documentId: string) => app.strapi.db.query(PIECE).count({ where: { documentId, publishedAt: { $notNull: true } } });
const tick = () => app.strapi.plugin('calendar').service('scheduler').tick();
const expectRefused = (res: any, pattern = /Publish and unschedule/) => {
  expect(res.status).toBe(403);
  expect(res.body.error.name).toBe('ForbiddenError');
  expect(res.body.error.message).toMatch(pattern);
};

describe('a Strapi Editor without the publish right, in the Content Manager', () => {
  it('cannot approve an in-progress piece, and the scheduler then publishes nothing', async () => {
    const doc = await piece(app, { title: 'Editorin pala', editorialStatus: 'in-progress', publishAt: PAST }, false);
    const res = await as(editor, app.http().put(`${CM}/${doc.documentId}`)).send({ editorialStatus: 'approved' });
    expectRefused(res, /Approving a piece schedules its publication/);
    expect(res.body.error.details.errors[0].path).toEqual(['editorialStatus']);
    expect((await draft(doc.documentId)).editorialStatus).toBe('in-progress');
    await tick();
    expect(await publishedCount(doc.documentId)).toBe(0);
  });

  it('can still move work along up to in-review', async () => {
    const doc = await piece(app, { title: 'Katselmointiin', editorialStatus: 'in-progress', publishAt: FUTURE }, false);
    const res = await as(editor, app.http().put(`${CM}/${doc.documentId}`)).send({ editorialStatus: 'in-review' });
    expect(res.status).toBe(200);
    expect((await draft(doc.documentId)).editorialStatus).toBe('in-review');
  });

  it('cannot publish, bulk publish or unpublish a piece directly', async () => {
    const doc = await piece(app, { title: 'Suora julkaisu', editorialStatus: 'in-review', publishAt: FUTURE }, false);
    expectRefused(
      await as(editor, app.http().post(`${CM}/${doc.documentId}/actions/publish`)).send({}),
      /Publishing a content piece needs/
    );
    const bulk = await as(editor, app.http().post(`${CM}/actions/bulkPublish`)).send({ documentIds: [doc.documentId] });
    expect(bulk.status).toBe(403);
    expect(await publishedCount(doc.documentId)).toBe(0);

    const live = await piece(app, { title: 'Jo julkaistu', editorialStatus: 'approved', publishAt: PAST });
    expectRefused(await as(editor, app.http().post(`${CM}/${live.documentId}/actions/unpublish`)).send({}), /Unpublishing/);
    expect(await publishedCount(live.documentId)).toBe(1);
  });

  it('cannot move an approved piece into the past, change its content or take the approval back', async () => {
    const doc = await piece(app, { title: 'Hyväksytty joulupala', editorialStatus: 'approved', publishAt: FUTURE }, false);
    const past = await as(editor, app.http().put(`${CM}/${doc.documentId}`)).send({ publishAt: PAST });
    expectRefused(past, /changing publishAt/);
    expect(past.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['publishAt']);
    expectRefused(await as(editor, app.http().put(`${CM}/${doc.documentId}`)).send({ title: 'Muutettu otsikko' }), /changing title/);
    expectRefused(
      await as(editor, app.http().put(`${CM}/${doc.documentId}`)).send({ editorialStatus: 'in-progress' }),
      /Taking back an approval/
    );
    const stored = await draft(doc.documentId);
    expect(stored).toMatchObject({ title: 'Hyväksytty joulupala', editorialStatus: 'approved' });
    expect(new Date(stored.publishAt).toISOString()).toBe(FUTURE);
    await tick();
    expect(await publishedCount(doc.documentId)).toBe(0);
  });

  it('can edit the notes of an approved piece, sending the whole form back as the Content Manager does', async () => {
    const doc = await piece(
      app,
      { title: 'Muistiinpanot', editorialStatus: 'approved', publishAt: FUTURE, recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
      false
    );
    const loaded = await as(editor, app.http().get(`${CM}/${doc.documentId}`));
    expect(loaded.status).toBe(200);
    const {
      id,
      documentId,
      createdAt,
      updatedAt,
      publishedAt,
      createdBy,
      updatedBy,
      localizations,
      channels,
      personas,
      theme,
      assignee,
      ...form
    } = loaded.body.data;
    const res = await as(editor, app.http().put(`${CM}/${doc.documentId}`)).send({ ...form, notes: 'Tarkista hinnat ennen julkaisua' });
    expect(res.status).toBe(200);
    expect((await draft(doc.documentId)).notes).toBe('Tarkista hinnat ennen julkaisua');
  });
});

describe('a Strapi Author', () => {
  it('cannot create an approved piece, nor approve their own', async () => {
    const created = await as(author, app.http().post(CM)).send({
      title: 'Kirjoittajan hyväksytty',
      funnelStage: 'reach',
      contentGoal: 'sell',
      publishAt: FUTURE,
      editorialStatus: 'approved',
    });
    expectRefused(created, /Approving/);
    const own = await as(author, app.http().post(CM)).send({
      title: 'Kirjoittajan oma',
      funnelStage: 'reach',
      contentGoal: 'sell',
      publishAt: FUTURE,
      editorialStatus: 'in-review',
    });
    expect(own.status).toBe(201);
    expectRefused(await as(author, app.http().put(`${CM}/${own.body.data.documentId}`)).send({ editorialStatus: 'approved' }), /Approving/);
    expect((await draft(own.body.data.documentId)).editorialStatus).toBe('in-review');
  });
});

describe('a planner without the publish right, on the plugin routes', () => {
  const updatedAt = async (documentId: string) => new Date((await draft(documentId)).updatedAt).toISOString();

  it('cannot reschedule an approved piece or detach one of its occurrences', async () => {
    const doc = await piece(
      app,
      { title: 'Viikkovinkki', editorialStatus: 'approved', publishAt: FUTURE, recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
      false
    );
    const schedule = await as(planner, app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: PAST,
      expectedUpdatedAt: await updatedAt(doc.documentId),
    });
    expectRefused(schedule, /changing publishAt/);
    const detach = await as(planner, app.http().post(`/calendar/pieces/${doc.documentId}/detach-occurrence`)).send({
      occurrence: '2099-03-10T09:00',
      publishAt: '2099-03-11T07:00:00.000Z',
      expectedUpdatedAt: await updatedAt(doc.documentId),
    });
    expectRefused(detach, /recurrenceExceptions/);
    expect((await draft(doc.documentId)).recurrenceExceptions ?? []).toEqual([]);
    const move = await as(planner, app.http().put(`/calendar/pieces/${doc.documentId}/workflow`)).send({
      editorialStatus: 'in-review',
      expectedUpdatedAt: await updatedAt(doc.documentId),
    });
    expect(move.status).toBe(403);
  });

  it('quick-creates ideas only', async () => {
    const res = await as(planner, app.http().post('/calendar/pieces')).send({
      title: 'Pikaidea',
      funnelStage: 'act',
      contentGoal: 'serve',
      publishAt: PAST,
    });
    expect(res.status).toBe(201);
    expect((await draft(res.body.data.documentId)).editorialStatus).toBe('idea');
  });
});

describe('a publisher', () => {
  it('approves from in-review in the Content Manager, and the scheduler publishes the piece once', async () => {
    const doc = await piece(app, { title: 'Julkaisijan pala', editorialStatus: 'in-review', publishAt: PAST }, false);
    const res = await as(publisher, app.http().put(`${CM}/${doc.documentId}`)).send({ editorialStatus: 'approved' });
    expect(res.status).toBe(200);
    await tick();
    await tick();
    expect(await publishedCount(doc.documentId)).toBe(1);
  });

  it('gets a detached occurrence of an approved series back in review', async () => {
    const doc = await piece(
      app,
      { title: 'Sarja', editorialStatus: 'approved', publishAt: FUTURE, recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
      false
    );
    const res = await as(publisher, app.http().post(`/calendar/pieces/${doc.documentId}/detach-occurrence`)).send({
      occurrence: '2099-03-10T09:00',
      publishAt: '2099-03-11T07:00:00.000Z',
      expectedUpdatedAt: new Date((await draft(doc.documentId)).updatedAt).toISOString(),
    });
    expect(res.status).toBe(200);
    expect((await draft(res.body.data.occurrence.documentId)).editorialStatus).toBe('in-review');
    expect((await draft(doc.documentId)).editorialStatus).toBe('approved');
  });
});

describe('a clone of an approved piece', () => {
  it('is in review, whoever clones it, and is not published by the scheduler', async () => {
    const doc = await piece(app, { title: 'Kloonattava', editorialStatus: 'approved', publishAt: PAST });
    const res = await as(superAdmin, app.http().post(`${CM}/clone/${doc.documentId}`)).send({
      title: 'Kloonattava kopio',
      slug: 'kloonattava-kopio',
    });
    expect(res.status).toBe(200);
    const copy = res.body.data.documentId;
    expect(copy).not.toBe(doc.documentId);
    expect((await draft(copy)).editorialStatus).toBe('in-review');
    await tick();
    expect(await publishedCount(copy)).toBe(0);
  });
});

describe('REST writers', () => {
  async function customToken() {
    const token = await app.strapi.service('admin::api-token').create({
      name: `custom-${Date.now()}`,
      type: 'custom',
      lifespan: null,
      permissions: [`${PIECE}.create`, `${PIECE}.update`, `${PIECE}.find`],
    });
    return token.accessKey as string;
  }
  const body = (extra: Record<string, unknown>) => ({
    data: { title: `REST ${Math.random()}`, funnelStage: 'reach', contentGoal: 'sell', publishAt: FUTURE, ...extra },
  });

  it('a custom token writes drafts but cannot publish or approve', async () => {
    const token = await customToken();
    const post = (path: string, data: Record<string, unknown>) =>
      app.http().post(path).set('Authorization', `Bearer ${token}`).send(body(data));
    expectRefused(await post('/api/content-pieces', {}), /Publishing a content piece needs/);
    expectRefused(await post('/api/content-pieces?status=draft', { editorialStatus: 'approved' }), /Approving/);
    const ok = await post('/api/content-pieces?status=draft', { editorialStatus: 'in-review' });
    expect(ok.status).toBe(201);
    expect(await publishedCount(ok.body.data.documentId)).toBe(0);
  });

  it('a signed-in site user with the create permission writes drafts but cannot publish', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: `${PIECE}.create`, role: role.id } });
    const password = 'Sivusto-salasana-123';
    const email = `site-${Date.now()}@example.com`;
    await app.strapi
      .plugin('users-permissions')
      .service('user')
      .add({ username: email, email, password, confirmed: true, blocked: false, role: role.id, provider: 'local' });
    const login = await app.http().post('/api/auth/local').send({ identifier: email, password });
    expect(login.status).toBe(200);
    const post = (path: string, data: Record<string, unknown>) =>
      app.http().post(path).set('Authorization', `Bearer ${login.body.jwt}`).send(body(data));
    expectRefused(await post('/api/content-pieces', {}), /Publishing a content piece needs/);
    expectRefused(await post('/api/content-pieces?status=draft', { editorialStatus: 'approved' }), /Approving/);
    expect((await post('/api/content-pieces?status=draft', { editorialStatus: 'idea' })).status).toBe(201);
  });

  it('a full-access token may publish and approve', async () => {
    const token = await app.apiToken('full-access');
    const res = await app
      .http()
      .post('/api/content-pieces')
      .set('Authorization', `Bearer ${token}`)
      .send(body({ editorialStatus: 'approved' }));
    expect(res.status).toBe(201);
    expect(await publishedCount(res.body.data.documentId)).toBe(1);
  });
});
