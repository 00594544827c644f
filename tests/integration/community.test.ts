/**
 * Community-management work over HTTP: the agenda of task occurrences, idempotent logging, and
 * the report per channel and per person on a hand-computed data set (and as CSV).
 *
 * Data set, week 2–8 March 2026 (Helsinki, winter time):
 *  - "Instagramin seuranta": monitor, weekdays 09:00 and 15:00, estimate 15 min, assigned to Aino
 *    → 10 due occurrences.
 *  - "LinkedIn-keskustelut": discuss, Tue and Thu 10:00, estimate 30 min, assigned to Bertta → 2.
 *  - Logs: Aino: Mon 09:00 done 20 min (12 interactions, first response 5), Mon 15:00 done 10 min
 *    (first response 15), Tue 09:00 skipped. Bertta: Tue 15:00 Instagram done 15 min (first
 *    response 40), Tue LinkedIn done 45 min (8 interactions, first response 60).
 */
import { createAdmin } from '../helpers/admin';
import { channel } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let aino: Awaited<ReturnType<typeof createAdmin>>;
let bertta: Awaited<ReturnType<typeof createAdmin>>;
let instagramTask: any;
let linkedinTask: any;
const TASK = 'plugin::calendar.community-task';

beforeAll(async () => {
  app = await startStrapi();
  aino = await createAdmin(app);
  bertta = await createAdmin(app);
  await app.strapi.db.query('admin::user').update({ where: { id: aino.user.id }, data: { firstname: 'Aino', lastname: 'Ahola' } });
  await app.strapi.db.query('admin::user').update({ where: { id: bertta.user.id }, data: { firstname: 'Bertta', lastname: 'Blom' } });
  const instagram = await channel(app, 'Instagram', { kind: 'shared' });
  const linkedin = await channel(app, 'LinkedIn', { kind: 'shared' });
  instagramTask = await app.strapi.documents(TASK).create({
    data: {
      title: 'Instagramin seuranta',
      kind: 'monitor',
      channel: instagram.documentId,
      startsAt: '2026-03-02T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,15;BYMINUTE=0',
      estimateMinutes: 15,
      assignee: aino.user.id,
    },
  });
  linkedinTask = await app.strapi.documents(TASK).create({
    data: {
      title: 'LinkedIn-keskustelut',
      kind: 'discuss',
      channel: linkedin.documentId,
      startsAt: '2026-03-03T08:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
      estimateMinutes: 30,
      assignee: bertta.user.id,
    },
  });
  const log = (who: typeof aino, body: Record<string, unknown>) => as(who, app.http().post('/calendar/community/logs')).send(body);
  const seed = [
    [
      aino,
      {
        task: instagramTask.documentId,
        occurrence: '2026-03-02T07:00:00.000Z',
        status: 'done',
        minutesSpent: 20,
        interactionsHandled: 12,
        firstResponseMinutes: 5,
      },
    ],
    [
      aino,
      {
        task: instagramTask.documentId,
        occurrence: '2026-03-02T13:00:00.000Z',
        status: 'done',
        minutesSpent: 10,
        firstResponseMinutes: 15,
      },
    ],
    [aino, { task: instagramTask.documentId, occurrence: '2026-03-03T07:00:00.000Z', status: 'skipped', note: 'Sairaana' }],
    [
      bertta,
      {
        task: instagramTask.documentId,
        occurrence: '2026-03-03T13:00:00.000Z',
        status: 'done',
        minutesSpent: 15,
        firstResponseMinutes: 40,
      },
    ],
    [
      bertta,
      {
        task: linkedinTask.documentId,
        occurrence: '2026-03-03T08:00:00.000Z',
        status: 'done',
        minutesSpent: 45,
        interactionsHandled: 8,
        firstResponseMinutes: 60,
      },
    ],
  ] as const;
  for (const [who, body] of seed) {
    const res = await log(who, body);
    if (res.status !== 201) throw new Error(`seed log failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
});

afterAll(async () => {
  await app?.stop();
});

const as = (who: { token: string }, req: any) => req.set('Authorization', `Bearer ${who.token}`);

describe('GET /calendar/community/agenda', () => {
  it('lists task occurrences with their log and marks unlogged past ones overdue', async () => {
    const res = await as(aino, app.http().get('/calendar/community/agenda?from=2026-03-03&to=2026-03-04'));
    expect(res.status).toBe(200);
    expect(res.body.data.map((o: any) => [o.task.title, o.start, o.log?.status ?? null, o.overdue])).toEqual([
      ['Instagramin seuranta', '2026-03-03T09:00:00+02:00', 'skipped', false],
      ['LinkedIn-keskustelut', '2026-03-03T10:00:00+02:00', 'done', false],
      ['Instagramin seuranta', '2026-03-03T15:00:00+02:00', 'done', false],
      ['Instagramin seuranta', '2026-03-04T09:00:00+02:00', null, true],
      ['Instagramin seuranta', '2026-03-04T15:00:00+02:00', null, true],
    ]);
    expect(res.body.data[0].log).toMatchObject({ note: 'Sairaana', loggedBy: { id: aino.user.id, name: 'Aino Ahola' } });
    expect(res.body.data[0].task).toMatchObject({
      kind: 'monitor',
      estimateMinutes: 15,
      channel: { slug: 'instagram' },
      assignee: { name: 'Aino Ahola' },
    });
  });

  it('keeps 09:00 on the wall clock across the DST change and filters by assignee', async () => {
    const res = await as(aino, app.http().get('/calendar/community/agenda?from=2026-03-30&to=2026-03-30&assignee=me'));
    expect(res.body.data.map((o: any) => [o.task.title, o.start, o.occurrence])).toEqual([
      ['Instagramin seuranta', '2026-03-30T09:00:00+03:00', '2026-03-30T06:00:00.000Z'],
      ['Instagramin seuranta', '2026-03-30T15:00:00+03:00', '2026-03-30T12:00:00.000Z'],
    ]);
  });

  it.each([
    ['from=2026-03-40&to=2026-03-41', 'from'],
    ['from=2026-03-01&to=2026-06-01', 'to'],
    ['from=2026-03-01&to=2026-03-02&tz=Mars/Base', 'tz'],
    ['from=2026-03-01&to=2026-03-02&assignee=anyone', 'assignee'],
    ['from=2026-03-01&to=2026-03-02&stage=reach', 'stage'],
  ])('answers 400 to %s naming %s', async (query, field) => {
    const res = await as(aino, app.http().get(`/calendar/community/agenda?${query}`));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });
});

describe('POST /calendar/community/logs', () => {
  it('logging the same occurrence twice updates the one entry instead of adding another', async () => {
    const body = { task: instagramTask.documentId, occurrence: '2026-03-06T07:00:00.000Z', status: 'done', minutesSpent: 10 };
    const first = await as(aino, app.http().post('/calendar/community/logs')).send(body);
    expect(first.status).toBe(201);
    const second = await as(aino, app.http().post('/calendar/community/logs')).send({ ...body, minutesSpent: 25, interactionsHandled: 3 });
    expect(second.status).toBe(200);
    expect(second.body.data).toMatchObject({ id: first.body.data.id, minutesSpent: 25, interactionsHandled: 3, local: '2026-03-06T09:00' });
    // A third tick that gives only the status keeps what was logged before.
    const third = await as(aino, app.http().post('/calendar/community/logs')).send({
      task: body.task,
      occurrence: body.occurrence,
      status: 'done',
    });
    expect(third.body.data).toMatchObject({ id: first.body.data.id, minutesSpent: 25, interactionsHandled: 3 });
    const rows = await app.strapi.db
      .query('plugin::calendar.work-log')
      .findMany({ where: { occurrence: new Date('2026-03-06T07:00:00.000Z') } });
    expect(rows).toHaveLength(1);
    // Undo, so the report's data set stays as documented above.
    expect((await as(aino, app.http().delete(`/calendar/community/logs/${first.body.data.id}`))).status).toBe(200);
  });

  it('two simultaneous ticks of one occurrence leave one entry', async () => {
    const body = { task: linkedinTask.documentId, occurrence: '2026-03-12T08:00:00.000Z', status: 'done', minutesSpent: 30 };
    const results = await Promise.all([1, 2, 3].map(() => as(bertta, app.http().post('/calendar/community/logs')).send(body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const rows = await app.strapi.db
      .query('plugin::calendar.work-log')
      .findMany({ where: { occurrence: new Date('2026-03-12T08:00:00.000Z') } });
    expect(rows).toHaveLength(1);
    await app.strapi.db.query('plugin::calendar.work-log').delete({ where: { id: rows[0].id } });
  });

  it.each([
    [{ occurrence: '2026-03-02T07:30:00.000Z' }, 'occurrence', /is not an occurrence of "Instagramin seuranta"/],
    [{ occurrence: 'maanantaina' }, 'occurrence', /ISO 8601/],
    [{ status: 'maybe' }, 'status', /done or skipped/],
    [{ minutesSpent: -5 }, 'minutesSpent', /0 or more/],
    [{ minutesSpent: 1.5 }, 'minutesSpent', /whole number/],
    [{ task: 'abcdefghijklmnopqrstuvwx' }, 'task', /no community task/],
    [{ extra: 1 }, 'extra', /unknown field/],
  ])('answers 400 to %j naming %s', async (change, field, message) => {
    const body = { task: instagramTask.documentId, occurrence: '2026-03-02T07:00:00.000Z', status: 'done', ...change };
    const res = await as(aino, app.http().post('/calendar/community/logs')).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual([field]);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses an admin without the community action', async () => {
    const author = await createAdmin(app, 'strapi-author');
    const res = await as(author, app.http().post('/calendar/community/logs')).send({
      task: instagramTask.documentId,
      occurrence: '2026-03-02T07:00:00.000Z',
      status: 'done',
    });
    expect(res.status).toBe(403);
    expect((await as(author, app.http().get('/calendar/community/report?from=2026-03-02&to=2026-03-08'))).status).toBe(403);
  });
});

describe('GET /calendar/community/report', () => {
  it('per channel: minutes, completion and first response match the hand-computed numbers', async () => {
    const res = await as(aino, app.http().get('/calendar/community/report?from=2026-03-02&to=2026-03-08&groupBy=channel'));
    expect(res.status).toBe(200);
    const { rows, total, weeks } = res.body.data;
    expect(
      rows.map((r: any) => [
        r.label,
        r.due,
        r.done,
        r.skipped,
        r.missed,
        r.completionRate,
        r.estimatedMinutes,
        r.minutesSpent,
        r.interactionsHandled,
      ])
    ).toEqual([
      ['Instagram', 10, 3, 1, 6, 0.3, 150, 45, 12],
      ['LinkedIn', 2, 1, 0, 1, 0.5, 60, 45, 8],
    ]);
    expect(rows[0].firstResponse).toEqual({ samples: 3, medianMinutes: 15, p90Minutes: 40 });
    expect(total).toMatchObject({
      due: 12,
      done: 4,
      skipped: 1,
      missed: 7,
      estimatedMinutes: 210,
      minutesSpent: 90,
      interactionsHandled: 20,
    });
    expect(total.completionRate).toBeCloseTo(4 / 12, 10);
    expect(total.firstResponse).toEqual({ samples: 4, medianMinutes: 27.5, p90Minutes: 60 });
    expect(weeks).toEqual([expect.objectContaining({ week: '2026-03-02', due: 12, done: 4, minutesSpent: 90, estimatedMinutes: 210 })]);
  });

  it('per person: logged work goes to who logged it, unlogged occurrences to the assignee', async () => {
    const res = await as(aino, app.http().get('/calendar/community/report?from=2026-03-02&to=2026-03-08&groupBy=person'));
    expect(res.body.data.rows.map((r: any) => [r.label, r.due, r.done, r.skipped, r.estimatedMinutes, r.minutesSpent])).toEqual([
      ['Aino Ahola', 9, 2, 1, 135, 30],
      ['Bertta Blom', 3, 2, 0, 75, 60],
    ]);
  });

  it('exports the report as CSV', async () => {
    const res = await as(aino, app.http().get('/calendar/community/report?from=2026-03-02&to=2026-03-08&groupBy=channel&format=csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="community-report-channel-2026-03-02-2026-03-08.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'channel,due,done,skipped,missed,completion %,estimated minutes,minutes spent,interactions,first response median min,first response p90 min'
    );
    expect(lines[1]).toBe('Instagram,10,3,1,6,30,150,45,12,15,40');
    expect(lines[3]).toBe('Total,12,4,1,7,33.3,210,90,20,27.5,60');
  });

  it.each([
    ['from=2026-03-02&to=2026-03-08&groupBy=team', 'groupBy'],
    ['from=2026-03-02&to=2026-03-08&format=xlsx', 'format'],
    ['from=2026-03-08&to=2026-03-02', 'to'],
    ['to=2026-03-02', 'from'],
  ])('answers 400 to %s naming %s', async (query, field) => {
    const res = await as(aino, app.http().get(`/calendar/community/report?${query}`));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
  });
});

describe('community tasks', () => {
  it('refuses a bad rule or zone with a 400 naming the field, through the Content Manager too', async () => {
    const res = await as(aino, app.http().post(`/content-manager/collection-types/${TASK}`)).send({
      title: 'Rikki',
      kind: 'react',
      startsAt: '2026-03-02T07:00:00.000Z',
      recurrence: 'FREQ=SOMETIMES',
      timeZone: 'Europe/Helsinki',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['recurrence']);
    const zone = await as(aino, app.http().post(`/content-manager/collection-types/${TASK}`)).send({
      title: 'Vyöhyke',
      kind: 'react',
      startsAt: '2026-03-02T07:00:00.000Z',
      timeZone: 'Helsinki',
    });
    expect(zone.status).toBe(400);
    expect(zone.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['timeZone']);
  });

  it('lists tasks with channel, assignee and rule', async () => {
    const res = await as(aino, app.http().get('/calendar/community/tasks'));
    expect(res.body.data.map((t: any) => [t.title, t.kind, t.channel?.name, t.assignee?.name, t.recurrence])).toEqual([
      ['Instagramin seuranta', 'monitor', 'Instagram', 'Aino Ahola', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,15;BYMINUTE=0'],
      ['LinkedIn-keskustelut', 'discuss', 'LinkedIn', 'Bertta Blom', 'FREQ=WEEKLY;BYDAY=TU,TH'],
    ]);
  });
});
