/**
 * Fuzzing every public and admin route with malformed requests generated from a table
 * (tests/helpers/fuzz-table.ts): each answers 4xx in Strapi's error shape, never 5xx or a hang;
 * nothing is saved; and the server stays healthy between batches.
 */
import { createAdmin } from '../helpers/admin';
import { channel, persona, piece, theme } from '../helpers/content';
import type { Fixtures } from '../helpers/fuzz-routes';
import { caseCount, fuzzTable, type FuzzBatch, type FuzzCase } from '../helpers/fuzz-table';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * 400s that Strapi's own relation and date parsers raise with a message but no field path (a
 * missing related document, an unreal date on a REST write, a bad sort order): a 4xx in Strapi's
 * shape is all the suite asks of them.
 */
const NAMED_BY_STRAPI_WITHOUT_PATH = [
  /doesnotexist/,
  /^rest sort=id:sideways$/,
  /^(publishAt|dueAt|startDate|endDate): "(2026-02-30|2026-13-01|0000-00-00)/,
];

/** The table is built before the fixtures exist: these stand in for their ids until sent. */
const PLACEHOLDERS: Fixtures = {
  pieceId: 'fxpiecefxpiecefxpiece',
  channelId: 'fxchannelfxchannelfxch',
  personaId: 'fxpersonafxpersonafxpe',
  themeId: 'fxthemefxthemefxtheme',
  taskId: 'fxtaskfxtaskfxtaskfxta',
  feedToken: 'fxfeedtokenfxfeedtokenfxfeedtoken',
  shareToken: 'fxsharetokenfxsharetokenfxsharetoken',
};

const WATCHED_TABLES = [
  'api::content-piece.content-piece',
  'api::channel.channel',
  'api::persona.persona',
  'api::theme.theme',
  ...[
    'budget-line',
    'spend-entry',
    'absence',
    'capacity',
    'chat-delivery',
    'chat-hook',
    'community-task',
    'competitor',
    'competitor-observation',
    'copy-record',
    'feed-token',
    'goal',
    'kpi-result',
    'notification-run',
    'piece-activity',
    'plan-cell',
    'publish-job',
    'publish-log',
    'share-link',
    'work-log',
  ].map((t) => `plugin::calendar.${t}`),
];

const batches = fuzzTable(PLACEHOLDERS);
let app: TestApp;
let adminToken: string;
let apiToken: string;
let fixtures: Fixtures;

const fill = (text: string) =>
  (Object.keys(PLACEHOLDERS) as Array<keyof Fixtures>).reduce((t, key) => t.split(PLACEHOLDERS[key]).join(fixtures[key]), text);

beforeAll(async () => {
  app = await startStrapi();
  adminToken = (await createAdmin(app)).token;
  apiToken = await app.apiToken();
  const linkedin = await channel(app, 'Fuzz LinkedIn', { kind: 'shared' });
  const who = await persona(app, 'Fuzz persona');
  const spring = await theme(app, 'Fuzz spring', '2026-03-01', '2026-05-31');
  const planned = await piece(app, { title: 'Fuzz target', publishAt: '2026-03-10T07:00:00.000Z', channels: [linkedin.documentId] });
  const task = await app.strapi.documents('plugin::calendar.community-task').create({
    data: {
      title: 'Fuzz monitor',
      kind: 'monitor',
      startsAt: '2026-03-02T07:00:00.000Z',
      recurrence: 'FREQ=DAILY',
      channel: linkedin.documentId,
    },
  });
  const feed = await app.http().post('/calendar/feed-tokens').set('Authorization', `Bearer ${adminToken}`).send({ name: 'Fuzz feed' });
  if (feed.status !== 201) throw new Error(`feed token: ${feed.status} ${JSON.stringify(feed.body)}`);
  const share = await app.http().post('/calendar/share-links').set('Authorization', `Bearer ${adminToken}`).send({ name: 'Fuzz share' });
  if (share.status !== 201) throw new Error(`share link: ${share.status} ${JSON.stringify(share.body)}`);
  fixtures = {
    pieceId: planned.documentId,
    channelId: linkedin.documentId,
    personaId: who.documentId,
    themeId: spring.documentId,
    taskId: task.documentId,
    feedToken: feed.body.data.token,
    shareToken: share.body.data.token,
  };
});

afterAll(async () => {
  await app?.stop();
});

function send(c: FuzzCase) {
  const http = app.http();
  const url = fill(c.url);
  let req =
    c.method === 'GET' ? http.get(url) : c.method === 'POST' ? http.post(url) : c.method === 'PUT' ? http.put(url) : http.delete(url);
  if (c.who === 'admin') req = req.set('Authorization', `Bearer ${adminToken}`);
  if (c.who === 'token') req = req.set('Authorization', `Bearer ${apiToken}`);
  if (c.body !== undefined) req = req.set('Content-Type', c.contentType ?? 'application/json').send(fill(c.body));
  return req.timeout({ response: 15_000, deadline: 20_000 }).ok(() => true);
}

/** Why a response is wrong for a malformed request, or null when it is right. */
function problem(c: FuzzCase, res: any, status?: number): string | null {
  const where = `${c.name} → ${res.status}`;
  if (res.status < 400 || res.status >= 500) return `${where} ${JSON.stringify(res.body ?? res.text).slice(0, 300)}`;
  if (status !== undefined && res.status !== status) return `${where}, expected ${status}: ${String(res.text).slice(0, 200)}`;
  const error = res.body?.error;
  const shaped =
    res.body?.data === null &&
    error?.status === res.status &&
    typeof error?.name === 'string' &&
    typeof error?.message === 'string' &&
    error.message.length > 0;
  if (!shaped) return `${where} not in Strapi's error shape: ${String(res.text).slice(0, 200)}`;
  // A 400 about one parameter or field says which (403, 404 and 413 need not).
  if (
    res.status === 400 &&
    c.field &&
    !JSON.stringify(error).includes(c.field) &&
    !NAMED_BY_STRAPI_WITHOUT_PATH.some((r) => r.test(c.name))
  )
    return `${where} does not name ${c.field}: ${error.message.slice(0, 200)}`;
  return null;
}

/** Every row of the watched tables, minus a feed token's or share link's last use (a valid token's read stamps it). */
async function snapshot() {
  const rows: Record<string, unknown[]> = {};
  for (const uid of WATCHED_TABLES) {
    const found = await app.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
    rows[uid] =
      uid.endsWith('feed-token') || uid.endsWith('share-link') ? found.map(({ lastUsedAt: _l, updatedAt: _u, ...row }: any) => row) : found;
  }
  return rows;
}

async function expectHealthy() {
  const res = await app.http().get('/_health').timeout({ response: 2000, deadline: 3000 });
  expect(res.status).toBe(204);
}

describe('the fuzz table', () => {
  it('holds at least 300 malformed requests', () => {
    expect(caseCount(batches)).toBeGreaterThanOrEqual(300);
  });

  it('covers every admin and content-API route the calendar plugin declares', () => {
    const plugin = app.strapi.plugin('calendar');
    const declared = [
      ...plugin.routes.admin.routes.map((r: any) => `${r.method} /calendar${r.path}`),
      ...plugin.routes['content-api'].routes.map((r: any) => `${r.method} /api/calendar${r.path}`),
    ];
    const fuzzed = new Set(batches.map((b) => `${b.spec.method} ${b.spec.route}`));
    expect(declared.filter((r) => !fuzzed.has(r))).toEqual([]);
  });

  it('covers find, findOne, create, update and delete of every content type, with an API token and as Public', () => {
    const labels = new Set(batches.map((b) => b.label));
    for (const plural of ['content-pieces', 'channels', 'personas', 'themes']) {
      for (const who of ['token', 'public']) {
        for (const [method, path] of [
          ['GET', ''],
          ['GET', '/:id'],
          ['POST', ''],
          ['PUT', '/:id'],
          ['DELETE', '/:id'],
        ]) {
          expect(labels).toContain(`${method} /api/${plural}${path} as ${who}`);
        }
      }
    }
  });
});

describe('the Public role', () => {
  // Core routes must each check their own permission: a config object shared between routes once
  // let every route check `find`, so Public could create, update and delete.
  it.each([
    ['content-pieces', 'pieceId', { title: 'Public piece', funnelStage: 'reach', contentGoal: 'sell' }],
    ['channels', 'channelId', { name: 'Public channel', kind: 'owned' }],
    ['personas', 'personaId', { name: 'Public persona' }],
    ['themes', 'themeId', { name: 'Public theme', startDate: '2026-05-01', endDate: '2026-05-31' }],
  ] as const)('may not create, update or delete %s: 403, nothing saved', async (plural, key, data) => {
    const before = await snapshot();
    const id = fixtures[key];
    const answers = [
      await app.http().post(`/api/${plural}`).send({ data }),
      await app.http().put(`/api/${plural}/${id}`).send({ data }),
      await app.http().delete(`/api/${plural}/${id}`),
    ];
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(answers.map((r) => r.body.error?.name)).toEqual(['ForbiddenError', 'ForbiddenError', 'ForbiddenError']);
    expect(await snapshot()).toEqual(before);
  });
});

describe.each(batches.map((b) => [b.label, b] as [string, FuzzBatch]))('%s', (_label, batch) => {
  it(`answers ${batch.cases.length} malformed requests with 4xx in Strapi's error shape, saves nothing and stays healthy`, async () => {
    const before = await snapshot();
    const failures: string[] = [];
    for (const c of batch.cases) {
      const wrong = problem(c, await send(c), batch.spec.status);
      if (wrong) failures.push(wrong);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
    await expectHealthy();
  });
});
