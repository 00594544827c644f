/**
 * An install from before content pieces had languages, upgraded: every existing piece becomes its
 * Finnish version (not English, Strapi's first locale), nothing is lost, queued publish jobs keep
 * their place, and the roles that could edit pieces can edit every language.
 */
import { piece } from '../helpers/content';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PIECE = 'api::content-piece.content-piece';
let db: TestDatabase;
let app: TestApp | undefined;

afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

/** Puts the database back the way an install without languages left it. */
async function asBeforeLanguages(running: TestApp) {
  const { strapi } = running;
  const knex = strapi.db.connection;
  const store = 'strapi_core_store_settings';
  await knex('content_pieces').update({ locale: null });
  await knex('calendar_publish_jobs').update({ locale: null });
  await knex('i18n_locale').whereNot('code', 'en').delete();
  await knex(store)
    .where('key', 'plugin_i18n_default_locale')
    .update({ value: JSON.stringify('en') });
  await knex(store).where('key', 'plugin_calendar_locales-initialised').delete();
  const schemaRow = await knex(store).where('key', 'strapi_content_types_schema').first();
  const schemas = JSON.parse(schemaRow.value);
  delete schemas[PIECE].pluginOptions.i18n;
  await knex(store)
    .where('key', 'strapi_content_types_schema')
    .update({ value: JSON.stringify(schemas) });
  const permissions = await strapi.db.query('admin::permission').findMany({ where: { subject: PIECE } });
  for (const p of permissions) {
    const { locales: _locales, ...rest } = p.properties ?? {};
    await strapi.db.query('admin::permission').update({ where: { id: p.id }, data: { properties: rest } });
  }
}

it('keeps every piece as its Finnish version, with its job, and lets the editors at every language', async () => {
  db = await createTestDatabase();
  app = await startStrapi({}, { database: db });
  const live = await piece(app, { title: 'Julkaistu ennen kieliä', publishAt: '2026-02-01T08:00:00.000Z' });
  const queued = await piece(app, { title: 'Jonossa', publishAt: '2030-02-01T08:00:00.000Z', editorialStatus: 'approved' }, false);
  await app.strapi.db.query('plugin::calendar.publish-job').create({
    data: { pieceDocumentId: queued.documentId, locale: 'fi', versionKey: '1', dueAt: new Date('2030-02-01T08:00:00Z'), state: 'due' },
  });
  await asBeforeLanguages(app);
  await app.stop();

  app = await startStrapi({}, { database: db });
  const { strapi } = app;
  expect(await strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('fi');
  expect((await strapi.plugin('i18n').service('locales').find()).map((l: any) => l.code).sort()).toEqual(['en', 'fi', 'sv']);

  const rows = await strapi.db.query(PIECE).findMany({ select: ['documentId', 'locale', 'title', 'publishedAt'] });
  expect(rows).toHaveLength(3); // the draft and published rows of one, the draft of the other
  expect(rows.every((r: any) => r.locale === 'fi')).toBe(true);
  const jobs = await strapi.db.query('plugin::calendar.publish-job').findMany({ where: { pieceDocumentId: queued.documentId } });
  expect(jobs.map((j: any) => j.locale)).toEqual(['fi']);

  // Publishing sites asking without a locale get the default one, as before.
  const rest = await app.http().get('/api/content-pieces');
  expect(rest.body.data.map((p: any) => [p.title, p.locale])).toEqual([['Julkaistu ennen kieliä', 'fi']]);
  expect(rest.body.data[0].documentId).toBe(live.documentId);

  const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  const permissions = await strapi.db.query('admin::permission').findMany({ where: { subject: PIECE, role: { id: editor.id } } });
  expect(permissions.length).toBeGreaterThan(0);
  for (const p of permissions) expect([...p.properties.locales].sort()).toEqual(['en', 'fi', 'sv']);
});
