/**
 * A scheduled publish sends Strapi's `entry.publish` webhook with the published entry: once per
 * language version, `publishedAt` set, relations populated, the locale named, private fields out.
 * A real HTTP receiver on 127.0.0.1 takes the calls.
 */
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/cluster';
import { channel, persona, piece, theme } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let hooks: WebhookReceiver;
const scheduler = () => app.strapi.plugin('calendar').service('scheduler');
const PIECE = 'api::content-piece.content-piece';

async function arrived(count: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  const publishes = () => hooks.events.filter((e) => e.event === 'entry.publish' && e.model === 'content-piece');
  while (publishes().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return publishes();
}

beforeAll(async () => {
  hooks = await startWebhookReceiver();
  app = await startStrapi();
  const webhook = await app.strapi.get('webhookStore').createWebhook({
    name: 'site',
    url: hooks.url,
    headers: { Authorization: 'Bearer site-secret' },
    events: ['entry.publish'],
    enabled: true,
  });
  app.strapi.get('webhookRunner').add(webhook);
});

afterAll(async () => {
  await app?.stop();
  await hooks?.close();
});

it('sends entry.publish once per version, with the published entry, its relations and its locale', async () => {
  const blog = await channel(app, 'Blogi');
  const petra = await persona(app, 'Perheellinen Petra', { needs: 'sisäinen tieto' });
  const autumn = await theme(app, 'Syksy', '2026-09-01', '2026-11-30');
  const draft = await piece(
    app,
    {
      title: 'Syysopas',
      publishAt: '2026-09-07T06:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      channels: [blog.documentId],
      personas: [petra.documentId],
      theme: autumn.documentId,
      editorialStatus: 'approved',
      notes: 'sisäinen muistiinpano',
    },
    false
  );
  await app.strapi.documents(PIECE).update({
    documentId: draft.documentId,
    locale: 'sv',
    data: { title: 'Höstguide', publishAt: '2026-09-07T09:00:00.000Z', timeZone: 'Europe/Helsinki', editorialStatus: 'approved' },
  });

  await scheduler().setTestClock(new Date('2026-09-07T06:00:05Z'));
  await scheduler().tick();
  const [fi] = await arrived(1);
  expect(fi.entry).toMatchObject({ documentId: draft.documentId, title: 'Syysopas', locale: 'fi', timeZone: 'Europe/Helsinki' });
  expect(new Date(fi.entry.publishedAt).getTime()).toBeGreaterThan(0);
  expect(fi.entry.publishAt).toBe('2026-09-07T06:00:00.000Z');
  expect(fi.entry.channels.map((c: { slug: string }) => c.slug)).toEqual(['blogi']);
  expect(fi.entry.personas.map((p: { name: string }) => p.name)).toEqual(['Perheellinen Petra']);
  expect(fi.entry.theme.name).toBe('Syksy');
  for (const secret of ['notes', 'editorialStatus', 'assignee', 'dueAt', 'kpiTargets']) expect(fi.entry).not.toHaveProperty(secret);
  expect(fi.entry.personas[0]).not.toHaveProperty('needs');

  await scheduler().setTestClock(new Date('2026-09-07T09:00:05Z'));
  await scheduler().tick();
  await scheduler().tick();
  const both = await arrived(2);
  await new Promise((r) => setTimeout(r, 500));
  const publishes = hooks.events.filter((e) => e.event === 'entry.publish' && e.model === 'content-piece');
  expect(publishes.map((e) => `${e.entry.locale}:${e.entry.title}`)).toEqual(['fi:Syysopas', 'sv:Höstguide']);
  expect(both[1].entry.channels.map((c: { slug: string }) => c.slug)).toEqual(['blogi']);
  expect(both[1].entry.theme.name).toBe('Syksy');
});
