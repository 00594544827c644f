/**
 * Chat notifications end to end: hooks managed over the admin routes, a real HTTP receiver on
 * 127.0.0.1 standing in for Slack and Teams, and the events that post to it — an assignment made
 * on the workflow route, a mention, a publish that fails, the daily digest — with retries when
 * the receiver is down or answers 500, and the hook's address kept out of every answer and log.
 * Mail is off throughout: chat has its own switch.
 */
import { createAdmin } from '../helpers/admin';
import { startChatReceiver, type ChatPost, type ChatReceiver } from '../helpers/chat-receiver';
import { piece } from '../helpers/content';
import { captureLog, type LogCapture } from '../helpers/log-capture';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PIECE = 'api::content-piece.content-piece';
const DELIVERY = 'plugin::calendar.chat-delivery';
const SLACK_PATH = '/services/T0001/B0002/slacksecret0001';
const TEAMS_PATH = '/workflows/abc/triggers/manual/paths/invoke?sig=teamssecret0002';
const SECRETS = /slacksecret|teamssecret/;

type Admin = Awaited<ReturnType<typeof createAdmin>>;
let app: TestApp;
let receiver: ChatReceiver;
let log: LogCapture;
let editor: Admin;
let writer: Admin;
let slackHook: any;
let teamsHook: any;
const failing = new Set<string>();

const as = (who: { token: string }, req: any) => req.set('Authorization', `Bearer ${who.token}`);
const chat = () => app.strapi.plugin('calendar').service('chat-notifications');
const scheduler = () => app.strapi.plugin('calendar').service('scheduler');
const writerName = () => `Testi ${writer.user.lastname}`;
const editorName = () => `Testi ${editor.user.lastname}`;
const draftUpdatedAt = async (documentId: string) =>
  new Date((await app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null } })).updatedAt).toISOString();
const assign = async (documentId: string, to: Admin) =>
  as(editor, app.http().put(`/calendar/pieces/${documentId}/workflow`)).send({
    assignee: to.user.id,
    expectedUpdatedAt: await draftUpdatedAt(documentId),
  });
const slackPosts = () => receiver.received(SLACK_PATH);
const teamsPosts = () => receiver.received(TEAMS_PATH);
const headerOf = (post: ChatPost) => post.body.blocks?.[0]?.text?.text as string | undefined;
const cardOf = (post: ChatPost) => post.body.attachments?.[0]?.content;
const deliveriesOf = (hookId: number, event: string): Promise<any[]> =>
  app.strapi.db.query(DELIVERY).findMany({ where: { hookId, event }, orderBy: { id: 'asc' } });
const deliveriesWhere = (where: Record<string, unknown>): Promise<any[]> => app.strapi.db.query(DELIVERY).findMany({ where });

/** Moves the outbox's database clock on by `ms` (deliveries waiting out their back-off become due). */
async function advanceChatClock(ms: number) {
  await chat().setTestClock(new Date((await chat().now()).getTime() + ms));
}

/** Polls the database until `check` holds: for the outcome of work that runs after the request answered. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  return value;
}

async function createHook(body: Record<string, unknown>) {
  return as(editor, app.http().post('/calendar/chat-hooks')).send(body);
}

beforeAll(async () => {
  receiver = await startChatReceiver();
  app = await startStrapi({
    CALENDAR_CHAT_ENABLED: 'true',
    // The worker posts right after an event is queued; retries are driven by the tests' clock.
    CALENDAR_CHAT_INTERVAL_SECONDS: '3600',
    CALENDAR_DIGEST_HOUR: '0',
    CALENDAR_DIGEST_CHECK_SECONDS: '86400',
    CALENDAR_SCHEDULER_MAX_ATTEMPTS: '3',
  });
  log = captureLog(app.strapi);
  // A publish that fails: the Document Service throws for these pieces.
  app.strapi.documents.use(async (ctx: any, next: any) => {
    if (ctx.action === 'publish' && failing.has(ctx.params.documentId)) throw new Error('Simulated outage');
    return next();
  });
  editor = await createAdmin(app);
  writer = await createAdmin(app);
  const events = ['assignment', 'mention', 'publishFailure', 'digest'];
  const slack = await createHook({ name: 'Sisältötiimi', format: 'slack', url: receiver.url(SLACK_PATH), events, locale: 'en' });
  const teams = await createHook({ name: 'Markkinointi', format: 'teams', url: receiver.url(TEAMS_PATH), events, locale: 'fi' });
  if (slack.status !== 201 || teams.status !== 201) throw new Error(`hooks: ${JSON.stringify([slack.body, teams.body])}`);
  slackHook = slack.body.data;
  teamsHook = teams.body.data;
});

afterAll(async () => {
  log?.stop();
  await app?.stop();
  await receiver?.close();
});

describe('chat hooks in the admin', () => {
  it('answers a new hook with a hint of its address, never the address, and stores it encrypted', async () => {
    expect(slackHook).toMatchObject({
      name: 'Sisältötiimi',
      format: 'slack',
      urlHint: `http://127.0.0.1:${receiver.port}/…/0001`,
      events: ['assignment', 'mention', 'publishFailure', 'digest'],
      enabled: true,
      locale: 'en',
      createdBy: { id: editor.user.id, name: editorName() },
    });
    expect(teamsHook).toMatchObject({ format: 'teams', locale: 'fi', urlHint: `http://127.0.0.1:${receiver.port}/…/0002` });
    const list = await as(editor, app.http().get('/calendar/chat-hooks'));
    expect(list.status).toBe(200);
    expect(list.body.data.chatEnabled).toBe(true);
    expect(list.body.data.hooks.map((h: any) => h.name)).toEqual(['Markkinointi', 'Sisältötiimi']);
    expect(JSON.stringify(list.body)).not.toMatch(SECRETS);
    const stored = await app.strapi.db.query('plugin::calendar.chat-hook').findOne({ where: { id: slackHook.id } });
    expect(stored.urlEncrypted).toMatch(/^v1:/);
    expect(stored.urlEncrypted).not.toMatch(SECRETS);
  });

  it.each([
    ['url', { url: 'http://hooks.slack.com/services/x' }, 'url must be an https:// address'],
    ['url', { url: 'ftp://127.0.0.1/x' }, 'url must be an https:// address'],
    ['url', { url: undefined }, 'url'],
    ['format', { format: 'discord' }, 'format must be one of slack, teams'],
    ['events', { events: [] }, 'events must name at least one event'],
    ['events', { events: ['publish'] }, 'events must be a list of assignment, mention, publishFailure, digest'],
    ['locale', { locale: 'sv' }, 'locale must be one of fi, en'],
    ['name', { name: ' ' }, 'name is required'],
    ['enabled', { enabled: 'yes' }, 'enabled must be true or false'],
    ['zzz', { zzz: 1 }, 'unknown field(s): zzz'],
  ])('refuses a bad %s with a 400 naming it, and saves nothing', async (field, change, message) => {
    const before = await app.strapi.db.query('plugin::calendar.chat-hook').count();
    const res = await createHook({ name: 'Huono', format: 'slack', url: receiver.url('/bad'), events: ['assignment'], ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
    expect(await app.strapi.db.query('plugin::calendar.chat-hook').count()).toBe(before);
  });

  it('refuses bad deliveries filters and an update without its version, naming the field', async () => {
    const bad = await as(editor, app.http().get('/calendar/chat-deliveries?state=lost'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['state']);
    const hook = await as(editor, app.http().get('/calendar/chat-deliveries?hook=1e3'));
    expect(hook.body.error.details.errors[0].path).toEqual(['hook']);
    const unversioned = await as(editor, app.http().put(`/calendar/chat-hooks/${slackHook.id}`)).send({ name: 'Uusi' });
    expect(unversioned.status).toBe(400);
    expect(unversioned.body.error.details.errors[0].path).toEqual(['expectedUpdatedAt']);
    const badId = await as(editor, app.http().put('/calendar/chat-hooks/abc')).send({ expectedUpdatedAt: slackHook.updatedAt });
    expect(badId.body.error.details.errors[0].path).toEqual(['id']);
  });

  it('refuses a stale edit with 409 and the current hook, and saves nothing', async () => {
    const first = await as(editor, app.http().put(`/calendar/chat-hooks/${teamsHook.id}`)).send({
      name: 'Markkinointitiimi',
      expectedUpdatedAt: teamsHook.updatedAt,
    });
    expect(first.status).toBe(200);
    expect(first.body.data.name).toBe('Markkinointitiimi');
    expect(first.body.data.updatedAt).not.toBe(teamsHook.updatedAt);
    const stale = await as(editor, app.http().put(`/calendar/chat-hooks/${teamsHook.id}`)).send({
      name: 'Vanha nimi',
      expectedUpdatedAt: teamsHook.updatedAt,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.name).toBe('ConflictError');
    expect(stale.body.error.details.current).toMatchObject({ id: teamsHook.id, name: 'Markkinointitiimi' });
    expect(JSON.stringify(stale.body)).not.toMatch(SECRETS);
    const stored = await app.strapi.db.query('plugin::calendar.chat-hook').findOne({ where: { id: teamsHook.id } });
    expect(stored.name).toBe('Markkinointitiimi');
    teamsHook = first.body.data;
  });

  it('needs the calendar settings right for every route', async () => {
    const role = await app.strapi.service('admin::role').create({ name: `Planner ${Date.now()}`, description: 'planner' });
    await app.strapi.service('admin::role').assignPermissions(
      role.id,
      ['plugin::calendar.read', 'plugin::calendar.plan', 'plugin::calendar.publish'].map((action) => ({
        action,
        subject: null,
        properties: {},
        conditions: [],
      }))
    );
    const planner = await createAdmin(app, role.code);
    const requests = [
      app.http().get('/calendar/chat-hooks'),
      app
        .http()
        .post('/calendar/chat-hooks')
        .send({ name: 'x', format: 'slack', url: receiver.url('/x'), events: ['assignment'] }),
      app.http().put(`/calendar/chat-hooks/${slackHook.id}`).send({ name: 'x', expectedUpdatedAt: slackHook.updatedAt }),
      app.http().delete(`/calendar/chat-hooks/${slackHook.id}`),
      app.http().post(`/calendar/chat-hooks/${slackHook.id}/test`).send({}),
      app.http().get('/calendar/chat-deliveries'),
    ];
    const answers = await Promise.all(requests.map((r) => as(planner, r)));
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect((await app.http().get('/calendar/chat-hooks')).status).toBe(401);
    expect(await app.strapi.db.query('plugin::calendar.chat-hook').count()).toBe(2);
  });

  it('are not in the GraphQL schema', async () => {
    const res = await app
      .http()
      .post('/graphql')
      .set('Authorization', `Bearer ${await app.apiToken()}`)
      .send({ query: '{ __schema { queryType { fields { name } } } }' });
    expect(res.status).toBe(200);
    const fields: string[] = res.body.data.__schema.queryType.fields.map((f: any) => f.name);
    expect(fields).toContain('contentPieces');
    expect(fields.filter((f) => /chat/i.test(f))).toEqual([]);
  });
});

describe('an assignment', () => {
  it('posts a Slack message naming the piece, and an Adaptive Card to Teams in Finnish', async () => {
    const doc = await piece(app, { title: 'Syysopas <valaistus> & lamput', dueAt: '2099-01-10T10:00:00.000Z', funnelStage: 'act' }, false);
    const res = await assign(doc.documentId, writer);
    expect(res.status).toBe(200);

    const slack = await receiver.waitFor((p) => p.path === SLACK_PATH && /Syysopas/.test(headerOf(p) ?? ''));
    expect(slack.contentType).toBe('application/json; charset=utf-8');
    expect(slack.body.text).toBe(
      `Assigned to ${writerName()}: Syysopas &lt;valaistus&gt; &amp; lamput – ${editorName()} assigned a content piece to ${writerName()}.`
    );
    expect(slack.body.blocks[2].fields).toEqual([
      { type: 'mrkdwn', text: '*Due*\nSat 10 Jan 2099, 12:00' },
      { type: 'mrkdwn', text: '*Stage*\nAct' },
    ]);
    expect(JSON.stringify(slack.body.blocks.at(-1))).toContain(`/content-manager/collection-types/${PIECE}/${doc.documentId}`);

    const teams = await receiver.waitFor((p) => p.path === TEAMS_PATH && /Syysopas/.test(cardOf(p)?.body?.[0]?.text ?? ''));
    expect(teams.body.type).toBe('message');
    expect(teams.body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardOf(teams);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(card.body[0].text).toBe(`Tehtävä henkilölle ${writerName()}: Syysopas <valaistus> & lamput`);
    expect(card.body[2].facts).toEqual([
      { title: 'Määräpäivä', value: 'la 10.1.2099 klo 12.00' },
      { title: 'Vaihe', value: 'Toiminta' },
    ]);
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Avaa Vuosikellossa',
        url: expect.stringContaining(`/content-manager/collection-types/${PIECE}/${doc.documentId}`),
      },
    ]);

    const [delivery] = await eventually(
      () => deliveriesOf(slackHook.id, 'assignment'),
      (rows) => rows.some((r: any) => r.state === 'sent')
    );
    expect(delivery).toMatchObject({ state: 'sent', attempts: 1, lastStatus: 200, lastError: null });
  });

  it('answers 200 while the receiver is down, and the message arrives once it is back', async () => {
    await receiver.down();
    const doc = await piece(app, { title: 'Kun kanava on alhaalla' }, false);
    const res = await assign(doc.documentId, writer);
    expect(res.status).toBe(200);
    expect(res.body.data.assignee).toMatchObject({ id: writer.user.id });

    const waiting = await eventually(
      () => deliveriesOf(slackHook.id, 'assignment'),
      (rows) => rows.some((r: any) => r.state === 'pending' && r.attempts === 1)
    );
    const pending = waiting.find((r: any) => r.state === 'pending')!;
    expect(pending.lastStatus).toBeNull();
    expect(pending.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    expect(pending.lastError).not.toMatch(SECRETS);

    await receiver.up();
    await advanceChatClock(31_000);
    await chat().tick();
    const arrived = slackPosts().filter((p) => /Kun kanava on alhaalla/.test(headerOf(p) ?? ''));
    expect(arrived).toHaveLength(1);
    expect(teamsPosts().filter((p) => /Kun kanava on alhaalla/.test(cardOf(p).body[0].text))).toHaveLength(1);
    const after = await app.strapi.db.query(DELIVERY).findOne({ where: { id: pending.id } });
    expect(after).toMatchObject({ state: 'sent', attempts: 2, lastStatus: 200, lastError: null });
  });

  it('is retried after a 500 with back-off, and listed with its error meanwhile', async () => {
    receiver.failNext(2, 500);
    const doc = await piece(app, { title: 'Viisisataa' }, false);
    expect((await assign(doc.documentId, writer)).status).toBe(200);
    // Pending after their first attempt (before it they are pending too, with no attempt yet).
    await eventually(
      () => deliveriesWhere({ event: 'assignment', state: 'pending', attempts: 1 }),
      (rows) => rows.length === 2
    );
    const listed = await as(editor, app.http().get(`/calendar/chat-deliveries?hook=${slackHook.id}&state=pending`));
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        hookId: slackHook.id,
        hookName: 'Sisältötiimi',
        event: 'assignment',
        state: 'pending',
        attempts: 1,
        lastStatus: 500,
        lastError: 'HTTP 500: receiver_error',
      }),
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(SECRETS);
    expect(listed.body.data[0]).not.toHaveProperty('payload');

    // Not due yet: once the pass that posted them is over, a tick before the pause ends posts nothing.
    await chat().tick();
    const early = await chat().tick();
    expect(early).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await advanceChatClock(31_000);
    expect(await chat().tick()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(slackPosts().filter((p) => /Viisisataa/.test(headerOf(p) ?? ''))).toHaveLength(1);
  });

  it('gives up after three refusals (4xx) and says so in the deliveries', async () => {
    receiver.failNext(6, 404);
    const doc = await piece(app, { title: 'Poistettu webhook' }, false);
    expect((await assign(doc.documentId, writer)).status).toBe(200);
    await eventually(
      () => deliveriesWhere({ event: 'assignment', state: 'pending', attempts: 1 }),
      (rows) => rows.length === 2
    );
    await chat().tick(); // the pass that made the first attempts is over
    await advanceChatClock(31_000);
    expect(await chat().tick()).toEqual({ sent: 0, retrying: 2, failed: 0 });
    await advanceChatClock(121_000);
    expect(await chat().tick()).toEqual({ sent: 0, retrying: 0, failed: 2 });
    const failed = await as(editor, app.http().get(`/calendar/chat-deliveries?state=failed`));
    const rows = failed.body.data.map((d: any) => [d.hookName, d.event, d.attempts, d.lastStatus, d.lastError]);
    expect(rows.sort()).toEqual([
      ['Markkinointitiimi', 'assignment', 3, 404, 'HTTP 404: receiver_error'],
      ['Sisältötiimi', 'assignment', 3, 404, 'HTTP 404: receiver_error'],
    ]);
  });
});

describe('a mention', () => {
  it('posts who mentioned whom, with the comment quoted', async () => {
    const doc = await piece(app, { title: 'Kevätkampanja' }, false);
    const res = await as(editor, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send({
      body: 'Voisitko tarkistaa <otsikon>?',
      mentions: [writer.user.id],
    });
    expect(res.status).toBe(201);
    const slack = await receiver.waitFor((p) => p.path === SLACK_PATH && headerOf(p) === 'Mentioned in a comment: Kevätkampanja');
    expect(slack.body.blocks[1].text.text).toBe(`${editorName()} mentioned ${writerName()}.`);
    expect(slack.body.blocks[2].text.text).toBe('&gt; Voisitko tarkistaa &lt;otsikon&gt;?');
    const teams = await receiver.waitFor(
      (p) => p.path === TEAMS_PATH && cardOf(p)?.body?.[0]?.text === 'Maininta kommentissa: Kevätkampanja'
    );
    expect(cardOf(teams).body[1].text).toBe(`${editorName()} mainitsi: ${writerName()}.`);
  });
});

describe('a publish that fails', () => {
  it('posts on the first failed attempt and when the scheduler gives up, not in between', async () => {
    const doc = await piece(
      app,
      { title: 'Rikkinäinen julkaisu', editorialStatus: 'approved', publishAt: '2026-01-05T07:00:00.000Z', timeZone: 'Europe/Helsinki' },
      false
    );
    failing.add(doc.documentId);
    const start = (await scheduler().now()).getTime();
    expect((await scheduler().tick()).failed).toBe(1);
    const first = await receiver.waitFor((p) => p.path === SLACK_PATH && headerOf(p) === 'Publishing failed: Rikkinäinen julkaisu');
    expect(first.body.blocks[1].text.text).toMatch(/^Attempt 1 of 3 failed\. Vuosikello tries again \w{3} \d+ \w{3} \d{4}, \d\d:\d\d\.$/);
    expect(first.body.blocks[2].fields).toEqual([
      { type: 'mrkdwn', text: '*Scheduled for*\nMon 5 Jan 2026, 09:00' },
      { type: 'mrkdwn', text: '*Error*\nError: Simulated outage' },
    ]);
    const teams = await receiver.waitFor(
      (p) => p.path === TEAMS_PATH && cardOf(p)?.body?.[0]?.text === 'Julkaisu epäonnistui: Rikkinäinen julkaisu'
    );
    expect(cardOf(teams).body[1].text).toMatch(/^Yritys 1\/3 epäonnistui\. Uusi yritys /);

    await scheduler().setTestClock(new Date(start + 31_000));
    expect((await scheduler().tick()).failed).toBe(1);
    await scheduler().setTestClock(new Date(start + 92_000));
    expect((await scheduler().tick()).failed).toBe(1);
    await receiver.waitFor((p) => p.path === SLACK_PATH && /gave up after 3 attempts/.test(p.body.blocks?.[1]?.text?.text ?? ''));
    // The second attempt's message would have been queued, and posted, before the third's.
    expect(slackPosts().filter((p) => headerOf(p) === 'Publishing failed: Rikkinäinen julkaisu')).toHaveLength(2);
    await scheduler().setTestClock(null);
    failing.delete(doc.documentId);
  });
});

describe('the test message', () => {
  it('posts now and answers what the receiver said', async () => {
    const ok = await as(editor, app.http().post(`/calendar/chat-hooks/${slackHook.id}/test`)).send({});
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ delivered: true, status: 200, error: null });
    expect(headerOf(slackPosts().at(-1)!)).toBe('Test message from Vuosikello');

    receiver.failNext(1, 403);
    const refused = await as(editor, app.http().post(`/calendar/chat-hooks/${teamsHook.id}/test`)).send({});
    expect(refused.body.data).toEqual({ delivered: false, status: 403, error: 'HTTP 403: receiver_error' });
    const listed = await as(editor, app.http().get(`/calendar/chat-deliveries?hook=${teamsHook.id}&pageSize=1`));
    expect(listed.body.data[0]).toMatchObject({ event: 'test', state: 'failed', attempts: 1, lastStatus: 403 });
    expect(listed.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1 });
    expect((await as(editor, app.http().post('/calendar/chat-hooks/999999/test')).send({})).status).toBe(404);
  });
});

describe('the daily digest', () => {
  it('posts one team message a day listing each person’s overdue and soon-due work', async () => {
    const soon = new Date(Date.now() + 24 * 3600_000).toISOString();
    const overdue = await piece(app, { title: 'Myöhässä oleva opas', dueAt: '2026-01-02T08:00:00.000Z', assignee: writer.user.id }, false);
    await piece(app, { title: 'Huomenna erääntyvä', dueAt: soon, assignee: writer.user.id }, false);
    expect(overdue.documentId).toBeTruthy();
    const now = new Date();
    const first = await chat().runDigest(now);
    expect(first).toMatchObject({ queued: 2, reason: 'queued' });
    expect(await chat().runDigest(now)).toMatchObject({ queued: 0, reason: 'already-sent' });

    const slack = await receiver.waitFor((p) => p.path === SLACK_PATH && /due soon or overdue/.test(headerOf(p) ?? ''));
    const person = slack.body.blocks.find((b: any) => b.text?.text?.startsWith(`*${writerName()}*`));
    expect(person.text.text).toContain('• Overdue: Myöhässä oleva opas – Fri 2 Jan 2026, 10:00');
    expect(person.text.text).toContain('• Huomenna erääntyvä – ');
    const teams = await receiver.waitFor((p) => p.path === TEAMS_PATH && /erääntyy tai on myöhässä/.test(cardOf(p)?.body?.[0]?.text ?? ''));
    expect(JSON.stringify(cardOf(teams).body)).toContain('Myöhässä: Myöhässä oleva opas – pe 2.1.2026 klo 10.00');
    expect(await deliveriesOf(slackHook.id, 'digest')).toHaveLength(1);
  });
});

describe('turning a hook off and deleting it', () => {
  it('drops what it had not posted, and deletes its deliveries with it', async () => {
    await receiver.down();
    const doc = await piece(app, { title: 'Jää postaamatta' }, false);
    expect((await assign(doc.documentId, writer)).status).toBe(200);
    await eventually(
      () => deliveriesWhere({ hookId: teamsHook.id, state: 'pending', attempts: 1 }),
      (rows) => rows.length === 1
    );
    const off = await as(editor, app.http().put(`/calendar/chat-hooks/${teamsHook.id}`)).send({
      enabled: false,
      expectedUpdatedAt: teamsHook.updatedAt,
    });
    expect(off.status).toBe(200);
    expect(off.body.data.enabled).toBe(false);
    const dropped = await app.strapi.db
      .query(DELIVERY)
      .findMany({ where: { hookId: teamsHook.id, state: 'failed' }, orderBy: { id: 'desc' } });
    expect(dropped[0].lastError).toBe('The hook was turned off before this was posted');
    await receiver.up();

    const gone = await as(editor, app.http().delete(`/calendar/chat-hooks/${teamsHook.id}`));
    expect(gone.status).toBe(204);
    expect(await app.strapi.db.query(DELIVERY).count({ where: { hookId: teamsHook.id } })).toBe(0);
    expect((await as(editor, app.http().delete(`/calendar/chat-hooks/${teamsHook.id}`))).status).toBe(404);
    const list = await as(editor, app.http().get('/calendar/chat-hooks'));
    expect(list.body.data.hooks.map((h: any) => h.id)).toEqual([slackHook.id]);
  });
});

describe('a hook moved to another chat', () => {
  it('drops the messages queued in the old format', async () => {
    const created = await createHook({
      name: 'Vaihtuva',
      format: 'slack',
      url: receiver.url('/switch'),
      events: ['assignment'],
      locale: 'fi',
    });
    expect(created.status).toBe(201);
    await receiver.down();
    const doc = await piece(app, { title: 'Ennen vaihtoa' }, false);
    expect((await assign(doc.documentId, writer)).status).toBe(200);
    await eventually(
      () => deliveriesWhere({ hookId: created.body.data.id, state: 'pending', attempts: 1 }),
      (rows) => rows.length === 1
    );
    const moved = await as(editor, app.http().put(`/calendar/chat-hooks/${created.body.data.id}`)).send({
      format: 'teams',
      expectedUpdatedAt: created.body.data.updatedAt,
    });
    expect(moved.status).toBe(200);
    const [dropped] = await app.strapi.db.query(DELIVERY).findMany({ where: { hookId: created.body.data.id } });
    expect(dropped).toMatchObject({ state: 'failed', lastError: 'The hook changed to another chat before this was posted' });
    await receiver.up();
    await as(editor, app.http().delete(`/calendar/chat-hooks/${created.body.data.id}`));
  });
});

describe('the log', () => {
  it('names hooks by id and name, never by their address', async () => {
    const text = log.text();
    expect(text).toContain(`[calendar] chat assignment to hook ${slackHook.id} (Sisältötiimi), attempt 1:`);
    expect(text).not.toMatch(SECRETS);
  });
});
