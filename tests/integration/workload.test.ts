/**
 * Capacity, absences and workload over HTTP: each admin's weekly capacity (default 37.5 h), their
 * absences (their own, or anyone's for a planner), the table per person and ISO week, and the
 * check the assign control makes before saving. Effort estimates are private: never in REST or
 * GraphQL.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Admin = Awaited<ReturnType<typeof createAdmin>>;
let app: TestApp;
let planner: Admin;
let maija: Admin; // reads the calendar only
let ville: Admin; // reads the calendar only
const as = (admin: Admin, req: any) => req.set('Authorization', `Bearer ${admin.token}`);

async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
  return role;
}

const cellOf = (body: any, userId: number, monday: string) =>
  body.data.people.find((p: any) => p.person.id === userId).cells.find((c: any) => c.week === monday);

let weeklyDocumentId: string;
let julyDocumentId: string;

beforeAll(async () => {
  app = await startStrapi();
  planner = await createAdmin(app, (await roleWith(['plugin::calendar.read', 'plugin::calendar.plan'])).code);
  const readerRole = await roleWith(['plugin::calendar.read']);
  maija = await createAdmin(app, readerRole.code);
  ville = await createAdmin(app, readerRole.code);
  // Maija: a 30 h article due on Wednesday of week 28 (2026-07-08) and a weekly 2 h post.
  await piece(app, {
    title: 'Kesän asiakastarina',
    publishAt: '2026-07-20T06:00:00.000Z',
    dueAt: '2026-07-08T12:00:00.000Z',
    assignee: maija.user.id,
    effortMinutes: 1800,
    notes: 'sisäinen',
  });
  weeklyDocumentId = (
    await piece(app, {
      title: 'Viikon somepäivitys',
      publishAt: '2026-06-30T06:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      timeZone: 'Europe/Helsinki',
      assignee: maija.user.id,
      effortMinutes: 120,
    })
  ).documentId;
  julyDocumentId = (await piece(app, { title: 'Heinäkuun uutiskirje', publishAt: '2026-07-09T06:00:00.000Z', effortMinutes: 480 }, false))
    .documentId;
  // A community task with a 30-minute estimate every weekday for Ville.
  await app.strapi.documents('plugin::calendar.community-task').create({
    data: {
      title: 'LinkedIn-kommentit',
      kind: 'react',
      startsAt: '2026-07-06T06:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      estimateMinutes: 30,
      assignee: ville.user.id,
    },
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('capacity', () => {
  it('is the configured default (37.5 h) until set', async () => {
    const res = await as(maija, app.http().get('/calendar/capacity')).expect(200);
    expect(res.body.data.defaultWeeklyMinutes).toBe(2250);
    const mine = res.body.data.people.find((p: any) => p.person.id === maija.user.id);
    expect(mine).toEqual({
      person: { id: maija.user.id, name: expect.any(String) },
      weeklyMinutes: 2250,
      isDefault: true,
      updatedAt: null,
    });
  });

  it('is set by a planner, and a stale edit is a 409 with the current value', async () => {
    const first = await as(planner, app.http().put(`/calendar/capacity/${ville.user.id}`))
      .send({ weeklyMinutes: 1200, expectedUpdatedAt: null })
      .expect(200);
    expect(first.body.data).toMatchObject({ weeklyMinutes: 1200, isDefault: false });
    const stale = await as(planner, app.http().put(`/calendar/capacity/${ville.user.id}`)).send({
      weeklyMinutes: 600,
      expectedUpdatedAt: null,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.name).toBe('ConflictError');
    expect(stale.body.error.details.current.weeklyMinutes).toBe(1200);
    const list = await as(planner, app.http().get('/calendar/capacity')).expect(200);
    expect(list.body.data.people.find((p: any) => p.person.id === ville.user.id).weeklyMinutes).toBe(1200);
  });

  it('two first settings made at once: one wins, the other is a 409', async () => {
    const put = (weeklyMinutes: number) =>
      as(planner, app.http().put(`/calendar/capacity/${planner.user.id}`)).send({ weeklyMinutes, expectedUpdatedAt: null });
    const statuses = (await Promise.all([put(1500), put(1600)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const rows = await app.strapi.db.query('plugin::calendar.capacity').findMany({ where: { userId: planner.user.id } });
    expect(rows).toHaveLength(1);
  });

  it('is not set by someone who only reads the calendar', async () => {
    const res = await as(maija, app.http().put(`/calendar/capacity/${maija.user.id}`)).send({ weeklyMinutes: 60, expectedUpdatedAt: null });
    expect(res.status).toBe(403);
  });

  it.each([
    [{ weeklyMinutes: 37.5, expectedUpdatedAt: null }, 'weeklyMinutes'],
    [{ weeklyMinutes: 20_000, expectedUpdatedAt: null }, 'weeklyMinutes'],
    [{ weeklyMinutes: 60 }, 'expectedUpdatedAt'],
    [{ weeklyMinutes: 60, expectedUpdatedAt: null, hours: 1 }, 'hours'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await as(planner, app.http().put(`/calendar/capacity/${maija.user.id}`)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });
});

describe('absences', () => {
  let holidayId: number;

  it('a person records their own summer holiday', async () => {
    const res = await as(maija, app.http().post('/calendar/absences'))
      .send({ user: maija.user.id, startDate: '2026-07-06', endDate: '2026-07-26', kind: 'holiday', note: 'Kesäloma' })
      .expect(201);
    expect(res.body.data).toMatchObject({
      startDate: '2026-07-06',
      endDate: '2026-07-26',
      kind: 'holiday',
      note: 'Kesäloma',
      editable: true,
    });
    holidayId = res.body.data.id;
  });

  it("but not someone else's, unless they plan", async () => {
    const res = await as(maija, app.http().post('/calendar/absences')).send({
      user: ville.user.id,
      startDate: '2026-07-06',
      endDate: '2026-07-06',
      kind: 'sick',
    });
    expect(res.status).toBe(403);
    const planned = await as(planner, app.http().post('/calendar/absences'))
      .send({ user: ville.user.id, startDate: '2026-07-09', endDate: '2026-07-10', kind: 'training' })
      .expect(201);
    expect(planned.body.data.person.id).toBe(ville.user.id);
    const edit = await as(maija, app.http().put(`/calendar/absences/${planned.body.data.id}`)).send({
      kind: 'other',
      expectedUpdatedAt: planned.body.data.updatedAt,
    });
    expect(edit.status).toBe(403);
    const remove = await as(maija, app.http().delete(`/calendar/absences/${planned.body.data.id}`));
    expect(remove.status).toBe(403);
  });

  it('are listed by range and person', async () => {
    const res = await as(ville, app.http().get('/calendar/absences?from=2026-07-01&to=2026-07-31')).expect(200);
    const mine = res.body.data.find((a: any) => a.person.id === maija.user.id);
    expect(mine).toMatchObject({ id: holidayId, editable: false });
    const none = await as(ville, app.http().get(`/calendar/absences?from=2026-08-01&to=2026-08-31&user=${maija.user.id}`)).expect(200);
    expect(none.body.data).toEqual([]);
  });

  it('an edit from an older version is a 409 and changes nothing', async () => {
    const list = await as(maija, app.http().get('/calendar/absences?user=me')).expect(200);
    const current = list.body.data.find((a: any) => a.id === holidayId);
    const ok = await as(maija, app.http().put(`/calendar/absences/${holidayId}`))
      .send({ note: 'Kesäloma, mökillä', expectedUpdatedAt: current.updatedAt })
      .expect(200);
    expect(ok.body.data.note).toBe('Kesäloma, mökillä');
    const stale = await as(maija, app.http().put(`/calendar/absences/${holidayId}`)).send({
      note: 'x',
      expectedUpdatedAt: current.updatedAt,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.note).toBe('Kesäloma, mökillä');
  });

  it.each([
    [{ startDate: '2026-07-10', endDate: '2026-07-01', kind: 'holiday' }, 'endDate'],
    [{ startDate: '2026-02-30', endDate: '2026-03-01', kind: 'holiday' }, 'startDate'],
    [{ startDate: '2026-07-01', endDate: '2026-07-02', kind: 'vacation' }, 'kind'],
    [{ startDate: '2026-07-01', endDate: '2027-12-01', kind: 'holiday' }, 'endDate'],
    [{ startDate: '2026-07-01', endDate: '2026-07-02', kind: 'holiday', extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await as(maija, app.http().post('/calendar/absences')).send({ user: maija.user.id, ...body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });
});

describe('the workload table', () => {
  it('sums effort and task estimates per ISO week against capacity less absences', async () => {
    const res = await as(planner, app.http().get('/calendar/workload?from=2026-06-29&weeks=3')).expect(200);
    expect(res.body.data.weeks.map((w: any) => [w.monday, w.week])).toEqual([
      ['2026-06-29', 27],
      ['2026-07-06', 28],
      ['2026-07-13', 29],
    ]);
    // Week 27: the weekly post (2 h) only.
    expect(cellOf(res.body, maija.user.id, '2026-06-29')).toMatchObject({
      loadMinutes: 120,
      capacityMinutes: 2250,
      percent: 5,
      overloaded: false,
    });
    // Week 28: 30 h article + 2 h post while on holiday all week.
    const w28 = cellOf(res.body, maija.user.id, '2026-07-06');
    expect(w28).toMatchObject({ loadMinutes: 1920, capacityMinutes: 0, percent: null, overloaded: true, absentAllWeek: true });
    expect(w28.absences[0]).toMatchObject({ kind: 'holiday', startDate: '2026-07-06' });
    expect(w28.items.map((i: any) => i.title).sort()).toEqual(['Kesän asiakastarina', 'Viikon somepäivitys']);
    // Ville: 20 h a week, 5 × 30 min of community work; two days of training in week 28.
    expect(cellOf(res.body, ville.user.id, '2026-07-06')).toMatchObject({
      loadMinutes: 150,
      capacityMinutes: 720,
      absentDays: 2,
      overloaded: false,
    });
    expect(cellOf(res.body, ville.user.id, '2026-06-29').loadMinutes).toBe(0);
  });

  it('takes public holidays and days off of the home country out of capacity', async () => {
    // Week 25 of 2026: juhannusaatto (Fri 19.6., a de facto day off) leaves four working days.
    // Week 52: jouluaatto, joulupäivä and tapaninpäivä (Thu–Sat) leave Mon–Wed.
    const res = await as(planner, app.http().get('/calendar/workload?from=2026-06-15&weeks=1&assignee=' + maija.user.id)).expect(200);
    expect(cellOf(res.body, maija.user.id, '2026-06-15')).toMatchObject({ capacityMinutes: 1800, workingDays: 4 });
    const christmas = await as(planner, app.http().get('/calendar/workload?from=2026-12-21&weeks=1&assignee=' + maija.user.id)).expect(200);
    expect(cellOf(christmas.body, maija.user.id, '2026-12-21')).toMatchObject({ capacityMinutes: 1350, workingDays: 3 });
    // Week 53: uudenvuodenaatto (Thu 31.12.) is a working day; uudenvuodenpäivä (Fri 1.1.) is not.
    const newYear = await as(planner, app.http().get('/calendar/workload?from=2026-12-28&weeks=1&assignee=' + maija.user.id)).expect(200);
    expect(cellOf(newYear.body, maija.user.id, '2026-12-28')).toMatchObject({ capacityMinutes: 1800, workingDays: 4 });
  });

  it('narrows to one person', async () => {
    const res = await as(maija, app.http().get('/calendar/workload?from=2026-07-06&weeks=1&assignee=me')).expect(200);
    expect(res.body.data.people.map((p: any) => p.person.id)).toEqual([maija.user.id]);
  });

  it.each([
    ['weeks=27', 'weeks'],
    ['weeks=1.5', 'weeks'],
    ['from=2026-13-01', 'from'],
    ['assignee=x', 'assignee'],
    ['colour=red', 'colour'],
  ])('answers 400 naming the field for %s', async (q, field) => {
    const res = await as(planner, app.http().get(`/calendar/workload?${q}`));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });

  it('needs a signed-in admin', async () => {
    expect((await app.http().get('/calendar/workload')).status).toBe(401);
  });
});

describe('the check before assigning', () => {
  it('warns that the person is on holiday in that week', async () => {
    const res = await as(planner, app.http().get(`/calendar/workload/check?assignee=${maija.user.id}&documentId=${julyDocumentId}`)).expect(
      200
    );
    expect(res.body.data).toMatchObject({
      week: { monday: '2026-07-06', week: 28, year: 2026 },
      effortMinutes: 480,
      loadMinutes: 1920,
      afterMinutes: 2400,
      absentAllWeek: true,
      warn: true,
    });
    expect(res.body.data.absences[0].kind).toBe('holiday');
  });

  it('does not warn when there is room, and does not count a piece twice', async () => {
    const res = await as(planner, app.http().get(`/calendar/workload/check?assignee=${ville.user.id}&documentId=${julyDocumentId}`)).expect(
      200
    );
    expect(res.body.data).toMatchObject({ loadMinutes: 150, afterMinutes: 630, capacityMinutes: 720, percentAfter: 88, overloaded: false });
    // Ville is away two days: an absence in the week is still worth a warning.
    expect(res.body.data.warn).toBe(true);
    const own = await as(
      planner,
      app.http().get(`/calendar/workload/check?assignee=${maija.user.id}&documentId=${weeklyDocumentId}&dueAt=2026-06-30T06:00:00Z`)
    ).expect(200);
    expect(own.body.data).toMatchObject({ loadMinutes: 0, afterMinutes: 120, overloaded: false, warn: false });
  });

  it('answers 400 naming the field, and 404 for an unknown piece', async () => {
    const bad = await as(planner, app.http().get(`/calendar/workload/check?assignee=abc&documentId=${julyDocumentId}`));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['assignee']);
    const missing = await as(
      planner,
      app.http().get(`/calendar/workload/check?assignee=${maija.user.id}&documentId=zzzzzzzzzzzzzzzzzzzzzzzz`)
    );
    expect(missing.status).toBe(404);
  });
});

describe('effort estimates are private', () => {
  it('are not in the public REST API, nor can they be filtered on', async () => {
    const res = await app.http().get('/api/content-pieces').expect(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const p of res.body.data) expect(p).not.toHaveProperty('effortMinutes');
    const filtered = await app.http().get('/api/content-pieces?filters[effortMinutes][$gt]=1000');
    if (filtered.status === 200) expect(filtered.body.data.length).toBe(res.body.data.length);
    else expect(filtered.status).toBe(400);
  });

  it('are not in GraphQL', async () => {
    const res = await app.http().post('/graphql').send({ query: '{ contentPieces { title effortMinutes } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('Cannot query field "effortMinutes"');
  });
});
