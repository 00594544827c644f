/**
 * Content in several languages: Finnish (default), Swedish and English versions of one piece,
 * each scheduled, approved and published on its own time, exactly once; the feeds, REST and the
 * admin routes per locale. Runs on SQLite and on PostgreSQL.
 */
import ICAL from 'ical.js';
import { createAdmin } from '../helpers/admin';
import { channel, persona, piece } from '../helpers/content';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PIECE = 'api::content-piece.content-piece';
let db: TestDatabase;
let app: TestApp;
let admin: Awaited<ReturnType<typeof createAdmin>>;
let blog: string;
let newsletter: string;
let family: string;

const scheduler = () => app.strapi.plugin('calendar').service('scheduler');
const tick = () => scheduler().tick();
const clockAt = (iso: string) => scheduler().setTestClock(new Date(iso));
const asAdmin = (req: any) => req.set('Authorization', `Bearer ${admin.token}`);
const documents = () => app.strapi.documents(PIECE as any);

/** A new language version of an existing document, as the Content Manager's locale switch writes it. */
const version = (documentId: string, locale: string, data: Record<string, unknown>, published = false) =>
  documents().update({ documentId, locale, data, ...(published ? { status: 'published' } : {}) } as any);

const rows = (documentId: string) =>
  app.strapi.db.query(PIECE).findMany({ where: { documentId }, select: ['locale', 'publishedAt', 'title'], orderBy: { id: 'asc' } });
const published = async (documentId: string) =>
  (await rows(documentId))
    .filter((r: any) => r.publishedAt)
    .map((r: any) => r.locale)
    .sort();
const logOf = (documentId: string) =>
  app.strapi.db
    .query('plugin::calendar.publish-log')
    .findMany({ where: { pieceDocumentId: documentId }, orderBy: { id: 'asc' } })
    .then((list: any[]) => list.map((l) => [l.locale, l.outcome]));

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startStrapi({}, { database: db });
  admin = await createAdmin(app);
  blog = (await channel(app, 'Blogi')).documentId;
  newsletter = (await channel(app, 'Uutiskirje')).documentId;
  family = (await persona(app, 'Perheellinen Petra')).documentId;
});

afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

describe('locales', () => {
  it('are created on first boot: Finnish is the default, Swedish and English are there', async () => {
    const locales = await app.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: any) => l.code).sort()).toEqual(['en', 'fi', 'sv']);
    expect(await app.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('fi');
  });
});

describe('the scheduler, per locale', () => {
  it('publishes fi at 09:00 and sv at 12:00, each exactly once, and the other stays as it was', async () => {
    await clockAt('2026-05-04T05:00:00Z');
    const fi = await piece(
      app,
      { title: 'Kevään puutarhaopas', publishAt: '2026-05-04T06:00:00.000Z', editorialStatus: 'approved' },
      false
    );
    await version(fi.documentId, 'sv', {
      title: 'Vårens trädgårdsguide',
      publishAt: '2026-05-04T09:00:00.000Z',
      editorialStatus: 'approved',
    });

    await clockAt('2026-05-04T06:00:05Z'); // 09:00:05 Helsinki
    await tick();
    await tick();
    expect(await published(fi.documentId)).toEqual(['fi']);

    await clockAt('2026-05-04T09:00:05Z'); // 12:00:05 Helsinki
    const fiPublishedAt = (await rows(fi.documentId)).find((r: any) => r.locale === 'fi' && r.publishedAt).publishedAt;
    await tick();
    await tick();
    expect(await published(fi.documentId)).toEqual(['fi', 'sv']);
    // Publishing sv did not republish fi.
    expect((await rows(fi.documentId)).find((r: any) => r.locale === 'fi' && r.publishedAt).publishedAt).toEqual(fiPublishedAt);
    expect(await logOf(fi.documentId)).toEqual([
      ['fi', 'published'],
      ['sv', 'published'],
    ]);
  });

  it('never skips a non-default locale: a piece written only in Swedish goes out on time', async () => {
    await clockAt('2026-05-05T05:00:00Z');
    const sv = await documents().create({
      locale: 'sv',
      data: {
        title: 'Bara på svenska',
        funnelStage: 'reach',
        contentGoal: 'sell',
        publishAt: '2026-05-05T06:00:00.000Z',
        editorialStatus: 'approved',
      },
    } as any);
    await clockAt('2026-05-05T06:00:01Z');
    await tick();
    expect(await published(sv.documentId)).toEqual(['sv']);
    expect(await logOf(sv.documentId)).toEqual([['sv', 'published']]);
  });

  it('unschedules one locale and leaves the other scheduled', async () => {
    await clockAt('2026-05-06T05:00:00Z');
    const fi = await piece(app, { title: 'Kaksi aikataulua', publishAt: '2026-05-06T06:00:00.000Z', editorialStatus: 'approved' }, false);
    await version(fi.documentId, 'sv', { title: 'Två tidtabeller', publishAt: '2026-05-06T06:00:00.000Z', editorialStatus: 'approved' });
    const res = await asAdmin(app.http().post(`/calendar/pieces/${fi.documentId}/unschedule`)).send({ locale: 'sv' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: fi.documentId, locale: 'sv', editorialStatus: 'planned' });
    await clockAt('2026-05-06T06:00:05Z');
    await tick();
    expect(await published(fi.documentId)).toEqual(['fi']);
  });
});

describe('feeds per locale', () => {
  let documentId: string;
  beforeAll(async () => {
    const fi = await piece(app, {
      title: 'Syysopas',
      publishAt: '2026-09-01T06:00:00.000Z',
      channels: [blog],
      personas: [family],
      notes: 'salainen',
    });
    documentId = fi.documentId;
    await version(documentId, 'sv', { title: 'Höstguide', publishAt: '2026-09-02T06:00:00.000Z', notes: 'hemlig' }, true);
    await version(documentId, 'en', { title: 'Autumn guide draft', publishAt: '2026-09-03T06:00:00.000Z' });
  });
  const feed = (query: string) => app.http().get(`/api/calendar/occurrences?from=2026-09-01&to=2026-09-30&${query}`);

  it('serves one locale, several, or all; each occurrence carries its locale and the other published ones', async () => {
    const sv = await feed('locale=sv');
    expect(sv.status).toBe(200);
    expect(sv.body.data.map((o: any) => [o.title, o.locale, o.locales])).toEqual([['Höstguide', 'sv', ['fi']]]);
    expect(sv.body.data[0].start).toBe('2026-09-02T09:00:00+03:00');

    const both = await feed('locale=fi,sv');
    expect(both.body.data.map((o: any) => o.locale)).toEqual(['fi', 'sv']);
    const all = await feed('locale=all');
    // The en version is a draft: never in the public feed.
    expect(all.body.data.map((o: any) => o.locale)).toEqual(['fi', 'sv']);
    const byDefault = await feed('');
    expect(byDefault.body.data.map((o: any) => o.locale)).toEqual(['fi']);
  });

  it('answers 400 naming locale for an unknown or malformed locale', async () => {
    for (const bad of ['de', 'x!', '']) {
      const res = await feed(`locale=${encodeURIComponent(bad)}`);
      if (bad === '') continue; // an empty list is no filter
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['locale']);
    }
    const rest = await app.http().get('/api/content-pieces?locale=de');
    expect(rest.status).toBe(400);
    expect(rest.body.error.details.errors[0].path).toEqual(['locale']);
  });

  it('REST ?locale=sv serves Public only the published Swedish version, private fields private', async () => {
    const res = await app.http().get(`/api/content-pieces?locale=sv&filters[documentId]=${documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((p: any) => [p.title, p.locale])).toEqual([['Höstguide', 'sv']]);
    expect(JSON.stringify(res.body)).not.toMatch(/hemlig|notes|editorialStatus|assignee/);
    const drafts = await app.http().get(`/api/content-pieces?locale=en&status=draft&filters[documentId]=${documentId}`);
    expect(drafts.body.data).toEqual([]);
  });

  it('gives the ICS feed one event per language version, with a UID stable per locale', async () => {
    const token = await asAdmin(app.http().post('/calendar/feed-tokens')).send({ name: 'Kaikki kielet', filters: { locale: ['all'] } });
    expect(token.status).toBe(201);
    const read = async () => {
      const res = await app.http().get(`/api/calendar/ics?token=${token.body.data.token}`);
      expect(res.status).toBe(200);
      const root = new ICAL.Component(ICAL.parse(res.text));
      return root
        .getAllSubcomponents('vevent')
        .map((v: any) => new ICAL.Event(v))
        .filter((e: any) => e.uid.startsWith(documentId));
    };
    const events = await read();
    // The default language keeps the UID events had before pieces had languages.
    expect(events.map((e: any) => e.uid.split('@')[0]).sort()).toEqual([documentId, `${documentId}.sv`]);
    const svOnly = await app.http().get(`/api/calendar/ics?token=${token.body.data.token}&locale=sv`);
    expect(svOnly.text).toContain(`UID:${documentId}.sv@`);
    expect(svOnly.text).not.toContain(`UID:${documentId}@`);
  });
});

describe('shared fields and the publish right', () => {
  const CM = `/content-manager/collection-types/${PIECE}`;

  it('refuses a writer without the publish right a shared change that an approved version would publish', async () => {
    const editor = await createAdmin(app, 'strapi-editor');
    const fi = await piece(
      app,
      { title: 'Hyväksytty suomeksi', publishAt: '2099-05-01T06:00:00.000Z', editorialStatus: 'approved' },
      false
    );
    await version(fi.documentId, 'sv', { title: 'Utkast på svenska', editorialStatus: 'idea' });
    const as = (req: any) => req.set('Authorization', `Bearer ${editor.token}`);
    const stage = await as(app.http().put(`${CM}/${fi.documentId}?locale=sv`)).send({ funnelStage: 'engage' });
    expect(stage.status).toBe(403);
    expect(stage.body.error.message).toMatch(/fi version of this piece is approved/);
    expect(stage.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['funnelStage']);
    const links = await as(app.http().put(`${CM}/${fi.documentId}?locale=sv`)).send({
      channels: { connect: [{ documentId: newsletter }] },
    });
    expect(links.status).toBe(403);
    // Its own text is the translator's to change.
    const own = await as(app.http().put(`${CM}/${fi.documentId}?locale=sv`)).send({ title: 'Översatt rubrik' });
    expect(own.status).toBe(200);
    const stored = await documents().findOne({ documentId: fi.documentId, locale: 'fi' } as any);
    expect(stored.funnelStage).toBe('reach');
  });

  it("publishes a version created and published in one call with the document's links, and leaves it published", async () => {
    const fi = await piece(app, { title: 'Linkit mukana', publishAt: '2026-02-01T08:00:00.000Z', channels: [blog], personas: [family] });
    await version(fi.documentId, 'sv', { title: 'Länkar med', publishAt: '2026-02-01T08:00:00.000Z' }, true);
    const sv = await documents().findOne({
      documentId: fi.documentId,
      locale: 'sv',
      status: 'published',
      populate: ['channels', 'personas'],
    } as any);
    expect(sv.channels.map((c: any) => c.documentId)).toEqual([blog]);
    expect(sv.personas.map((p: any) => p.documentId)).toEqual([family]);
    const panel = await asAdmin(app.http().get(`/calendar/pieces/${fi.documentId}/panel?locale=sv`));
    expect(panel.body.data.status).toBe('published'); // no unpublished change left behind
  });

  it('keeps a changed, approved version due at its own time when another language publishes', async () => {
    await clockAt('2026-06-01T05:00:00Z');
    const fi = await piece(app, { title: 'Kaksi julkaisua', publishAt: '2026-06-01T06:00:00.000Z', editorialStatus: 'approved' }, false);
    await version(
      fi.documentId,
      'sv',
      { title: 'Två publiceringar', publishAt: '2026-06-01T05:30:00.000Z', editorialStatus: 'approved' },
      true
    );
    // The Swedish text changes after its publication, approved again for 10:00 Helsinki.
    await documents().update({
      documentId: fi.documentId,
      locale: 'sv',
      data: { title: 'Två publiceringar, rättad', publishAt: '2026-06-01T07:00:00.000Z' },
    } as any);
    // A shared field changes too: Strapi copies it into the Swedish draft at once.
    await documents().update({ documentId: fi.documentId, locale: 'fi', data: { funnelStage: 'convert' } } as any);
    await clockAt('2026-06-01T06:00:05Z');
    await tick(); // fi goes out; Strapi copies its shared fields into the Swedish published row
    await clockAt('2026-06-01T07:00:05Z');
    await tick();
    const svPublished = await documents().findOne({ documentId: fi.documentId, locale: 'sv', status: 'published' } as any);
    expect(svPublished.title).toBe('Två publiceringar, rättad');
    expect(svPublished.funnelStage).toBe('convert');
  });

  it('keeps channels and personas the same in every version; a new version takes them from the document', async () => {
    const fi = await piece(app, { title: 'Jaetut kanavat', channels: [blog], personas: [family], funnelStage: 'act' }, false);
    // A translation started with empty relations does not wipe the original's.
    await version(fi.documentId, 'sv', { title: 'Delade kanaler', channels: [], personas: [] });
    const sv = await documents().findOne({ documentId: fi.documentId, locale: 'sv', populate: ['channels', 'personas'] } as any);
    expect(sv.channels.map((c: any) => c.documentId)).toEqual([blog]);
    expect(sv.personas.map((p: any) => p.documentId)).toEqual([family]);
    expect(sv.funnelStage).toBe('act');

    await documents().update({ documentId: fi.documentId, locale: 'fi', data: { channels: [newsletter] } } as any);
    const after = await documents().findOne({ documentId: fi.documentId, locale: 'sv', populate: ['channels'] } as any);
    expect(after.channels.map((c: any) => c.documentId)).toEqual([newsletter]);
  });
});

describe('translations missing', () => {
  it('lists an approved fi piece with no sv version, and creates the translation from it once', async () => {
    const fi = await piece(
      app,
      {
        title: 'Käännös puuttuu',
        publishAt: '2027-01-10T08:00:00.000Z',
        editorialStatus: 'approved',
        channels: [blog],
        funnelStage: 'convert',
      },
      false
    );
    const list = await asAdmin(app.http().get('/calendar/translations/missing'));
    expect(list.status).toBe(200);
    expect(list.body.data.required).toEqual(['fi', 'sv']);
    const item = list.body.data.items.find((i: any) => i.documentId === fi.documentId);
    expect(item).toMatchObject({ title: 'Käännös puuttuu', locale: 'fi', locales: ['fi'], missing: ['sv'], published: false });

    const created = await asAdmin(app.http().post(`/calendar/pieces/${fi.documentId}/translations`)).send({ locale: 'sv' });
    expect(created.status).toBe(201);
    expect(created.body.data.editPath).toBe(
      `/content-manager/collection-types/api::content-piece.content-piece/${fi.documentId}?plugins%5Bi18n%5D%5Blocale%5D=sv`
    );
    const sv = await documents().findOne({ documentId: fi.documentId, locale: 'sv', populate: ['channels'] } as any);
    expect(sv).toMatchObject({ title: 'Käännös puuttuu', funnelStage: 'convert', editorialStatus: 'planned', timeZone: 'Europe/Helsinki' });
    expect(new Date(sv.publishAt).toISOString()).toBe('2027-01-10T08:00:00.000Z');
    expect(sv.channels.map((c: any) => c.documentId)).toEqual([blog]);

    const again = await asAdmin(app.http().post(`/calendar/pieces/${fi.documentId}/translations`)).send({ locale: 'sv' });
    expect(again.status).toBe(409);
    const listAfter = await asAdmin(app.http().get('/calendar/translations/missing'));
    expect(listAfter.body.data.items.some((i: any) => i.documentId === fi.documentId)).toBe(false);
    const bad = await asAdmin(app.http().post(`/calendar/pieces/${fi.documentId}/translations`)).send({ locale: 'de' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['locale']);
  });
});

describe('the admin feed and the panel', () => {
  it('filters the month by locale and shows each version on the piece panel', async () => {
    const fi = await piece(app, { title: 'Paneelin pala', publishAt: '2027-10-05T06:00:00.000Z', editorialStatus: 'planned' }, false);
    await version(fi.documentId, 'sv', { title: 'Panelens bit', publishAt: '2027-10-06T06:00:00.000Z', editorialStatus: 'planned' });
    const month = await asAdmin(app.http().get('/calendar/occurrences?from=2027-10-01&to=2027-10-31&locale=sv'));
    expect(month.status).toBe(200);
    expect(month.body.data.every((o: any) => o.locale === 'sv')).toBe(true);
    expect(month.body.data.find((o: any) => o.documentId === fi.documentId)).toMatchObject({ title: 'Panelens bit', locales: ['fi'] });

    const panel = await asAdmin(app.http().get(`/calendar/pieces/${fi.documentId}/panel?locale=sv`));
    expect(panel.status).toBe(200);
    expect(panel.body.data).toMatchObject({ locale: 'sv', title: 'Panelens bit' });
    expect(panel.body.data.versions.map((v: any) => [v.locale, v.next[0]?.start])).toEqual([
      ['fi', '2027-10-05T09:00:00+03:00'],
      ['sv', '2027-10-06T09:00:00+03:00'],
    ]);
  });
});

describe('deleting one locale', () => {
  it('keeps the other versions, published and draft', async () => {
    const fi = await piece(app, { title: 'Poistettava käännös', publishAt: '2026-11-01T08:00:00.000Z' });
    await version(fi.documentId, 'sv', { title: 'Borttagen översättning', publishAt: '2026-11-01T08:00:00.000Z' }, true);
    await documents().delete({ documentId: fi.documentId, locale: 'sv' } as any);
    const left = await rows(fi.documentId);
    expect(left.map((r: any) => [r.locale, Boolean(r.publishedAt)]).sort()).toEqual([
      ['fi', false],
      ['fi', true],
    ]);
  });
});
