/** The calendar plugin inside the admin: RBAC actions, guarded routes, Content Manager validation. */
import { createAdmin } from '../helpers/admin';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

const CM = '/content-manager/collection-types/api::content-piece.content-piece';

describe('calendar plugin in the admin', () => {
  it('registers its five RBAC actions with the admin', async () => {
    const { token } = await createAdmin(app);
    const res = await app.http().get('/admin/permissions').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const actions = JSON.stringify(res.body.data);
    for (const action of ['read', 'plan', 'publish', 'community', 'settings']) {
      expect(actions).toContain(`plugin::calendar.${action}`);
    }
  });

  it('answers its settings route only to admins holding plugin::calendar.read', async () => {
    const anonymous = await app.http().get('/calendar/settings');
    expect(anonymous.status).toBe(401);

    const editor = await createAdmin(app, 'strapi-editor');
    const forbidden = await app.http().get('/calendar/settings').set('Authorization', `Bearer ${editor.token}`);
    expect(forbidden.status).toBe(403);

    const admin = await createAdmin(app);
    const ok = await app.http().get('/calendar/settings').set('Authorization', `Bearer ${admin.token}`);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({
      defaultTimeZone: 'Europe/Helsinki',
      publicRead: true,
      languages: [
        { code: 'fi', name: 'Finnish (fi)' },
        { code: 'sv', name: 'Swedish (sv)' },
        { code: 'en', name: 'English (en)' },
      ],
      defaultLocale: 'fi',
      requiredLocales: ['fi', 'sv'],
    });
  });

  it('refuses bad input in the Content Manager with the same 400 as REST, and saves nothing', async () => {
    const { token } = await createAdmin(app);
    const bad = await app
      .http()
      .post(CM)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Sisällönhallinnan testi', funnelStage: 'act', contentGoal: 'serve', recurrence: 'FREQ=WEEKLY;BYDAY=MO;BYDAY=TU' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/recurrence BYDAY is given twice/);
    expect(bad.body.error.details.errors[0].path).toEqual(['recurrence']);
    expect(await app.strapi.db.query('api::content-piece.content-piece').count({ where: { title: 'Sisällönhallinnan testi' } })).toBe(0);

    const good = await app
      .http()
      .post(CM)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Sisällönhallinnan testi', funnelStage: 'act', contentGoal: 'serve', timeZone: 'America/New_York' });
    expect(good.status).toBe(201);
    expect(good.body.data).toMatchObject({ slug: 'sisallonhallinnan-testi', timeZone: 'America/New_York', editorialStatus: 'idea' });
  });

  it('sets up the Content Manager list of content pieces for planners, once', async () => {
    const { token } = await createAdmin(app);
    const res = await app
      .http()
      .get('/content-manager/content-types/api::content-piece.content-piece/configuration')
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data.contentType.layouts.list).toEqual(['title', 'funnelStage', 'contentGoal', 'publishAt', 'editorialStatus']);
    expect(res.body.data.contentType.settings).toMatchObject({ defaultSortBy: 'publishAt', defaultSortOrder: 'ASC' });
    expect(await app.strapi.plugin('calendar').service('content-manager-layout').applyOnce()).toBe(false);
  });

  it('labels and describes every field of a content piece in the team words, keeping what an admin changed', async () => {
    const { token } = await createAdmin(app);
    const configuration = async () =>
      (
        await app
          .http()
          .get('/content-manager/content-types/api::content-piece.content-piece/configuration')
          .set('Authorization', `Bearer ${token}`)
      ).body.data.contentType;
    const metadatas = (await configuration()).metadatas;
    expect(metadatas.funnelStage.edit).toMatchObject({
      label: 'Funnel stage (RACE)',
      description: expect.stringContaining('Reach, act, convert or engage'),
    });
    expect(metadatas.contentGoal.edit.label).toBe('Content goal (5S)');
    expect(metadatas.publishAt.edit.label).toBe('First publication');
    expect(metadatas.funnelStage.list.label).toBe('Funnel stage (RACE)');
    // No field label is left as a camelCase key.
    for (const [field, meta] of Object.entries<any>(metadatas)) {
      if (
        ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(field)
      )
        continue;
      expect([field, meta.edit.label]).not.toEqual([field, field]);
    }

    // An admin renames one label by hand; another boot keeps it and restores nothing else.
    const cm = app.strapi.plugin('content-manager').service('content-types');
    const uid = 'api::content-piece.content-piece';
    const current = await cm.findConfiguration({ uid });
    await cm.updateConfiguration(
      { uid },
      {
        ...current,
        metadatas: {
          ...current.metadatas,
          notes: { ...current.metadatas.notes, edit: { ...current.metadatas.notes.edit, label: 'Sisäiset huomiot' } },
        },
      }
    );
    expect(await app.strapi.plugin('calendar').service('field-labels').apply()).toBe(0);
    const after = (await configuration()).metadatas;
    expect(after.notes.edit.label).toBe('Sisäiset huomiot');
    expect(after.funnelStage.edit.label).toBe('Funnel stage (RACE)');
  });

  it('generates Finnish-friendly slugs in the Content Manager uid service too', async () => {
    const { token } = await createAdmin(app);
    const res = await app
      .http()
      .post('/content-manager/uid/generate')
      .set('Authorization', `Bearer ${token}`)
      .send({ contentTypeUID: 'api::content-piece.content-piece', field: 'slug', data: { title: 'Äitienpäivän kampanja' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toBe('aitienpaivan-kampanja');
  });
});
