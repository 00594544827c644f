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
 * Cases that still answer 5xx because of how dates and recurrence rules are checked; the date
 * window work changes those checks. They run like the others, but a 5xx is reported, not failed.
 * Entries are `<batch label> | <case name>`.
 */
export const EXPECTED_AFTER_DATE_WINDOW: string[] = [];

/** The table is built before the fixtures exist: these stand in for their ids until sent. */
const PLACEHOLDERS: Fixtures = {
  pieceId: 'fxpiecefxpiecefxpiece',
  channelId: 'fxchannelfxchannelfxch',
  personaId: 'fxpersonafxpersonafxpe',
  themeId: 'fxthemefxthemefxtheme',
  taskId: 'fxtaskfxtaskfxtaskfxta',
  feedToken: 'fxfeedtokenfxfeedtokenfxfeedtoken',
};

const WATCHED_TABLES = [
  'api::content-piece.content-piece',
  'api::channel.channel',
  'api::persona.persona',
  'api::theme.theme',
  ...['community-task', 'feed-token', 'goal', 'kpi-result', 'notification-run', 'piece-activity', 'plan-cell', 'publish-job', 'publish-log', 'work-log'].map((t) => `plugin::calendar.${t}`),
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
    data: { title: 'Fuzz monitor', kind: 'monitor', startsAt: '2026-03-02T07:00:00.000Z', recurrence: 'FREQ=DAILY', channel: linkedin.documentId },
  });
  const feed = await app.http().post('/calendar/feed-tokens').set('Authorization', `Bearer ${adminToken}`).send({ name: 'Fuzz feed' });
  if (feed.status !== 201) throw new Error(`feed token: ${feed.status} ${JSON.stringify(feed.body)}`);
  fixtures = { pieceId: planned.documentId, channelId: linkedin.documentId, personaId: who.documentId, themeId: spring.documentId, taskId: task.documentId, feedToken: feed.body.data.token };
});

afterAll(async () => {
  await app?.stop();
});

function send(c: FuzzCase) {
  const http = app.http();
  const url = fill(c.url);
  let req = c.method === 'GET' ? http.get(url) : c.method === 'POST' ? http.post(url) : c.method === 'PUT' ? http.put(url) : http.delete(url);
  if (c.who === 'admin') req = req.set('Authorization', `Bearer ${adminToken}`);
  if (c.who === 'token') req = req.set('Authorization', `Bearer ${apiToken}`);
  if (c.body !== undefined) req = req.set('Content-Type', c.contentType ?? 'application/json').send(fill(c.body));
  return req.timeout({ response: 15_000, deadline: 20_000 }).ok(() => true);
}

/** Why a response is wrong for a malformed request, or null when it is right. */
function problem(c: FuzzCase, res: any): string | null {
  const where = `${c.name} → ${res.status}`;
  if (res.status < 400 || res.status >= 500) return `${where} ${JSON.stringify(res.body ?? res.text).slice(0, 300)}`;
  const error = res.body?.error;
  const shaped = res.body?.data === null && error?.status === res.status && typeof error?.name === 'string' && typeof error?.message === 'string' && error.message.length > 0;
  if (!shaped) return `${where} not in Strapi's error shape: ${String(res.text).slice(0, 200)}`;
  return null;
}

/** Every row of the watched tables, minus the feed tokens' last-used stamp (a valid token's read sets it). */
async function snapshot() {
  const rows: Record<string, unknown[]> = {};
  for (const uid of WATCHED_TABLES) {
    const found = await app.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
    rows[uid] = found.map(({ lastUsedAt: _ignored, ...row }: any) => row);
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
        for (const [method, path] of [['GET', ''], ['GET', '/:id'], ['POST', ''], ['PUT', '/:id'], ['DELETE', '/:id']]) {
          expect(labels).toContain(`${method} /api/${plural}${path} as ${who}`);
        }
      }
    }
  });
});

describe.each(batches.map((b) => [b.label, b] as [string, FuzzBatch]))('%s', (_label, batch) => {
  it(`answers ${batch.cases.length} malformed requests with 4xx in Strapi's error shape, saves nothing and stays healthy`, async () => {
    const before = await snapshot();
    const failures: string[] = [];
    const tolerated: string[] = [];
    for (const c of batch.cases) {
      const res = await send(c);
      const wrong = problem(c, res);
      if (!wrong) continue;
      if (EXPECTED_AFTER_DATE_WINDOW.includes(`${batch.label} | ${c.name}`)) tolerated.push(wrong);
      else failures.push(wrong);
    }
    if (tolerated.length) console.warn(`${batch.label}: ${tolerated.length} case(s) wait for the date window work:\n${tolerated.join('\n')}`);
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
    await expectHealthy();
  });
});
