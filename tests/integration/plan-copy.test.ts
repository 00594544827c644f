/**
 * Copying 2026's plan into 2027: the preview answers exactly what the apply creates; copying
 * twice leaves one 2027 copy of each chosen theme and plan cell; content pieces come back as
 * idea drafts in every language they had; a failure half-way leaves nothing; two applies at once
 * create once; bad bodies are 400s naming the field; it needs the plan right and never publish.
 * Budget lines follow their theme's copy, skip a line the target year has, and need budget.edit.
 * Runs on SQLite and PostgreSQL.
 */
import crypto from 'node:crypto';
import { createAdmin } from '../helpers/admin';
import { channel } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

const THEME = 'api::theme.theme';
const PIECE = 'api::content-piece.content-piece';
const GOAL = 'plugin::calendar.goal';
const CELL = 'plugin::calendar.plan-cell';
const RECORD = 'plugin::calendar.copy-record';

type Admin = Awaited<ReturnType<typeof createAdmin>>;
let app: TestApp;
let superAdmin: Admin;
let planner: Admin;
let noThemes: Admin;
let reader: Admin;
let spring: string;
let christmas: string;
let launch: string;
let quiet: string;
let guide: string;

const as = (admin: Admin, req: any) => req.set('Authorization', `Bearer ${admin.token}`);
const preview = (body: Record<string, unknown>, admin: Admin = planner) =>
  as(admin, app.http().post('/calendar/plan-copy/preview')).send(body);
const apply = (body: Record<string, unknown>, admin: Admin = planner) => as(admin, app.http().post('/calendar/plan-copy/apply')).send(body);
const service = () => app.strapi.plugin('calendar').service('plan-copy');

const themesStarting = (year: number) =>
  app.strapi.db
    .query(THEME)
    .findMany({ where: { locale: 'fi', startDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, orderBy: { startDate: 'asc' } });
const cellsOf = (year: number) => app.strapi.db.query(CELL).findMany({ where: { year }, populate: { channel: true } });

/** A role with these actions; `action subject` for one on a content type (the Content Manager's). */
async function roleWith(actions: string[]) {
  const role = await app.strapi.service('admin::role').create({ name: `Rooli ${crypto.randomUUID()}`, description: actions.join(', ') });
  await app.strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((entry) => {
      const [action, subject = null] = entry.split(' ');
      return { action, subject, properties: {}, conditions: [] };
    })
  );
  return role;
}
const CREATE = 'plugin::content-manager.explorer.create';

const body2027 = { sourceYear: 2026, targetYear: 2027, dateRule: 'iso-week' };
const withoutTargets = (items: any[]) => items.map(({ targetDocumentId: _t, ...rest }) => rest);

beforeAll(async () => {
  app = await startStrapi();
  superAdmin = await createAdmin(app);
  // The copy creates themes, goals and pieces: the planner may create them in the Content Manager, but not publish.
  const plan = ['plugin::calendar.read', 'plugin::calendar.plan', `${CREATE} ${GOAL}`, `${CREATE} ${PIECE}`];
  planner = await createAdmin(app, (await roleWith([...plan, `${CREATE} ${THEME}`])).code);
  noThemes = await createAdmin(app, (await roleWith(plan)).code);
  reader = await createAdmin(app, (await roleWith(['plugin::calendar.read'])).code);
  const blog = await channel(app, 'Blogi');
  await channel(app, 'Uutiskirje');
  const themes = app.strapi.documents(THEME);
  spring = (
    await themes.create({
      data: { name: 'Kevätsesonki', startDate: '2026-03-02', endDate: '2026-05-31', repeatsYearly: true, color: '#7BC67B' },
    })
  ).documentId;
  await themes.update({ documentId: spring, locale: 'sv', data: { name: 'Vårsäsong' } });
  christmas = (
    await themes.create({ data: { name: 'Joulukampanja', startDate: '2026-12-14', endDate: '2027-01-06', repeatsYearly: true } })
  ).documentId;
  launch = (await themes.create({ data: { name: 'Sovelluksen lanseeraus', startDate: '2026-09-01', endDate: '2026-09-30' } })).documentId;
  await themes.update({ documentId: launch, locale: 'sv', data: { name: 'Appens lansering' } });
  quiet = (await themes.create({ data: { name: 'Suvanto', startDate: '2026-07-01', endDate: '2026-07-31', quietSeason: true } } as any))
    .documentId;
  // A theme of 2025 is never part of 2026's copy.
  await themes.create({ data: { name: 'Vanha teema', startDate: '2025-03-01', endDate: '2025-04-01', repeatsYearly: true } });

  for (const [month, funnelStage, plannedWeeks] of [
    [3, 'reach', 4],
    [4, 'act', 2],
  ] as const) {
    const res = await as(superAdmin, app.http().put('/calendar/plan')).send({
      year: 2026,
      month,
      funnelStage,
      channel: 'blogi',
      plannedWeeks,
      note: 'Kevään kampanja',
    });
    expect(res.status).toBe(200);
  }
  await app.strapi.documents(GOAL).create({
    data: {
      title: 'Uutiskirjeen tilaajat kasvuun',
      contentGoal: 'speak',
      metric: 'newsletter-signups',
      baseline: 120,
      target: 300,
      deadline: '2026-12-31',
      owner: superAdmin.user.id,
    },
  });
  // An approved, published, assigned weekly series in Finnish and Swedish: the copy is an unassigned idea.
  const created = await app.strapi.documents(PIECE).create({
    data: {
      title: 'Kevään puutarhaopas',
      funnelStage: 'act',
      contentGoal: 'serve',
      format: 'guide',
      publishAt: '2026-03-03T07:00:00.000Z', // Tue of week 10, 09:00 in Helsinki
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260526T235959Z',
      recurrenceExceptions: ['2026-04-07T09:00'],
      kpiTargets: [{ metric: 'guide-downloads', value: 50, period: '2026-04' }],
      channels: [blog.documentId],
      theme: spring,
      editorialStatus: 'approved',
      assignee: superAdmin.user.id,
      notes: 'Viime vuonna toimi hyvin',
    },
    status: 'published',
  } as any);
  guide = created.documentId;
  await app.strapi
    .documents(PIECE)
    .update({ documentId: guide, locale: 'sv', data: { title: 'Vårens trädgårdsguide', publishAt: '2026-03-03T10:00:00.000Z' } } as any);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('the body', () => {
  it.each([
    [{ ...body2027, extra: 1 }, 'extra', 'unknown field(s): extra'],
    [{ ...body2027, targetYear: 2026 }, 'targetYear', 'targetYear must be after sourceYear'],
    [{ ...body2027, targetYear: 2101 }, 'targetYear', 'year must be a year from 2000 to 2100'],
    [{ ...body2027, dateRule: 'monday' }, 'dateRule', 'dateRule must be one of iso-week, same-date'],
    [{ ...body2027, themes: ['NOT AN ID'] }, 'themes', 'themes must be document ids'],
    [{ ...body2027, planCells: 'yes' }, 'planCells', 'planCells must be true or false'],
    [{ ...body2027, budgetLines: 1 }, 'budgetLines', 'budgetLines must be true or false'],
    [{ sourceYear: 2026, dateRule: 'iso-week' }, 'targetYear', 'year must be a year'],
  ])('%o is a 400 naming %s', async (body, field, message) => {
    for (const send of [preview, apply]) {
      const res = await send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      const problem = res.body.error.details.errors.find((e: any) => e.path[0] === field);
      expect(problem?.message).toContain(message);
    }
  });

  it('names a theme or piece that the source year does not have', async () => {
    const res = await preview({ ...body2027, themes: ['abcdefghijklmnopqrstuvwx'] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['themes'] });
    const pieces = await preview({ ...body2027, pieces: ['abcdefghijklmnopqrstuvwx'] });
    expect(pieces.status).toBe(400);
    expect(pieces.body.error.details.errors[0].message).toBe('pieces: no content piece with id abcdefghijklmnopqrstuvwx');
  });

  it('names a chosen piece that is not planned in the source year, or not planned at all', async () => {
    const pieces = app.strapi.documents(PIECE);
    const base = { funnelStage: 'reach', contentGoal: 'speak' };
    const old = (await pieces.create({ data: { ...base, title: 'Viime vuoden juttu', publishAt: '2025-06-01T07:00:00.000Z' } } as any))
      .documentId;
    const undated = (await pieces.create({ data: { ...base, title: 'Päivätön idea' } } as any)).documentId;
    for (const id of [old, undated]) {
      const res = await preview({ ...body2027, pieces: [id] });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['pieces'], message: `pieces: not planned in 2026: ${id}` });
      expect((await apply({ ...body2027, pieces: [id] })).status).toBe(400);
    }
    expect(await app.strapi.db.query(RECORD).count()).toBe(0);
  });
});

describe('permissions', () => {
  it('a reader may neither preview nor copy; a planner without the publish right may both', async () => {
    expect((await preview(body2027, reader)).status).toBe(403);
    expect((await apply(body2027, reader)).status).toBe(403);
    expect((await app.http().post('/calendar/plan-copy/preview').send(body2027)).status).toBe(401);
    expect((await preview(body2027, planner)).status).toBe(200);
  });

  it('copying themes needs the right to create themes; without it only the themes are refused', async () => {
    for (const send of [preview, apply]) {
      const res = await send({ ...body2027, themes: [launch] }, noThemes);
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('ForbiddenError');
      expect(res.body.error.details.errors[0].path).toEqual(['themes']);
    }
    expect((await preview({ ...body2027, goals: true, pieces: [guide] }, noThemes)).status).toBe(200);
    const reading = await roleWith(['plugin::calendar.read', 'plugin::calendar.plan']);
    const bare = await createAdmin(app, reading.code);
    for (const [field, body] of [
      ['goals', { ...body2027, goals: true }],
      ['pieces', { ...body2027, pieces: [guide] }],
    ] as const) {
      const res = await preview(body, bare);
      expect(res.status).toBe(403);
      expect(res.body.error.details.errors[0].path).toEqual([field]);
    }
    expect(await app.strapi.db.query(RECORD).count()).toBe(0);
  });
});

describe('copying 2026 into 2027', () => {
  const chosen = () => ({ ...body2027, themes: [launch, quiet], planCells: true, goals: true, pieces: [guide] });

  it('copies no theme by default; lists the repeating ones as recurring, never to be created', async () => {
    const res = await preview(body2027);
    expect(res.status).toBe(200);
    expect(res.body.data.items.map((i: any) => [i.label, i.status, i.targetDocumentId])).toEqual([
      ['Kevätsesonki', 'recurs', null],
      ['Joulukampanja', 'recurs', null],
    ]);
    expect(res.body.data.counts.theme).toEqual({ new: 0, skipped: 2 });
    // Named, a repeating theme still only recurs.
    const named = await apply({ ...body2027, themes: [spring] });
    expect(named.status).toBe(200);
    expect(named.body.data.counts.theme).toEqual({ new: 0, skipped: 2 });
    expect(await themesStarting(2027)).toHaveLength(0);
    expect(await app.strapi.db.query(RECORD).count()).toBe(0);
  });

  it('previews the chosen themes, offers every theme and piece of the year, creates nothing', async () => {
    const res = await preview(chosen());
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data.applied).toBe(false);
    expect(data.items.filter((i: any) => i.kind === 'theme').map((i: any) => [i.label, i.from, i.to, i.status])).toEqual([
      ['Kevätsesonki', '2026-03-02 – 2026-05-31', '2027-03-08 – 2027-06-06', 'recurs'],
      ['Suvanto', '2026-07-01 – 2026-07-31', '2027-07-07 – 2027-08-06', 'new'],
      ['Sovelluksen lanseeraus', '2026-09-01 – 2026-09-30', '2027-09-07 – 2027-10-06', 'new'],
      ['Joulukampanja', '2026-12-14 – 2027-01-06', '2027-12-20 – 2028-01-05', 'recurs'],
    ]);
    expect(data.counts).toEqual({
      theme: { new: 2, skipped: 2 },
      'plan-cell': { new: 2, skipped: 0 },
      goal: { new: 1, skipped: 0 },
      piece: { new: 1, skipped: 0 },
      'budget-line': { new: 0, skipped: 0 },
    });
    expect(data.items[3].sourceDocumentId).toBe(christmas);
    expect(data.items.find((i: any) => i.kind === 'piece')).toMatchObject({ from: '2026-03-03', to: '2027-03-09', status: 'new' });
    expect(data.candidates.themes.map((t: any) => [t.name, t.repeatsYearly])).toEqual([
      ['Kevätsesonki', true],
      ['Suvanto', false],
      ['Sovelluksen lanseeraus', false],
      ['Joulukampanja', true],
    ]);
    expect(data.candidates.pieces).toEqual([
      { documentId: guide, title: 'Kevään puutarhaopas', publishAt: '2026-03-03T07:00:00.000Z', locales: ['fi', 'sv'] },
    ]);
    expect(await themesStarting(2027)).toHaveLength(0);
    expect(await app.strapi.db.query(RECORD).count()).toBe(0);
  });

  it('creates exactly what the preview said, as a planner without the publish right', async () => {
    const before = (await preview(chosen())).body.data;
    const res = await apply(chosen());
    expect(res.body.error).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.data.applied).toBe(true);
    expect(withoutTargets(res.body.data.items)).toEqual(withoutTargets(before.items));
    const made = res.body.data.items.filter((i: any) => i.status === 'new');
    expect(made.every((i: any) => typeof i.targetDocumentId === 'string')).toBe(true);

    const themes = await themesStarting(2027);
    expect(themes.map((t: any) => [t.name, t.startDate, t.endDate, t.repeatsYearly, t.quietSeason])).toEqual([
      ['Suvanto', '2027-07-07', '2027-08-06', false, true],
      ['Sovelluksen lanseeraus', '2027-09-07', '2027-10-06', false, false],
    ]);
    const svLaunch = await app.strapi.db.query(THEME).findOne({ where: { documentId: themes[1].documentId, locale: 'sv' } });
    expect(svLaunch.name).toBe('Appens lansering');

    const grid = await as(planner, app.http().get('/calendar/plan?year=2027'));
    const blogReach = grid.body.data.rows.find((r: any) => r.funnelStage === 'reach' && r.channel.slug === 'blogi');
    expect(blogReach.months[2]).toMatchObject({ month: 3, plannedWeeks: 4, note: 'Kevään kampanja' });

    const goals = await app.strapi.db.query(GOAL).findMany({ where: { deadline: { $gte: '2027-01-01' } }, populate: { owner: true } });
    expect(goals.map((g: any) => [g.title, g.target, g.baseline, g.deadline, g.owner?.id])).toEqual([
      ['Uutiskirjeen tilaajat kasvuun', 300, 120, '2027-12-30', superAdmin.user.id],
    ]);

    const copyId = res.body.data.items.find((i: any) => i.kind === 'piece').targetDocumentId;
    const versions = await app.strapi.db.query(PIECE).findMany({
      where: { documentId: copyId },
      populate: { assignee: true, theme: true, channels: true },
      orderBy: { locale: 'asc' },
    });
    expect(versions.map((v: any) => [v.locale, v.title, v.editorialStatus, v.publishedAt, new Date(v.publishAt).toISOString()])).toEqual([
      ['fi', 'Kevään puutarhaopas', 'idea', null, '2027-03-09T07:00:00.000Z'],
      ['sv', 'Vårens trädgårdsguide', 'idea', null, '2027-03-09T10:00:00.000Z'],
    ]);
    const fi = versions[0];
    expect(fi.assignee).toBeNull();
    expect(fi.dueAt).toBeNull();
    expect(fi.recurrence).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601T235959Z');
    expect(fi.recurrenceExceptions).toEqual(['2027-04-13T09:00']);
    expect(fi.kpiTargets).toEqual([{ metric: 'guide-downloads', value: 50, period: '2027-04' }]);
    expect(fi.theme.documentId).toBe(spring); // a repeating theme is in 2027 already
    expect(fi.channels.map((c: any) => c.slug)).toEqual(['blogi']);
  });

  it('twice: leaves one 2027 copy of each chosen theme and plan cell, and says nothing is new', async () => {
    const res = await apply(chosen());
    expect(res.status).toBe(200);
    expect(
      res.body.data.items.every(
        (i: any) => i.status === (i.label.startsWith('Kevätsesonki') || i.label === 'Joulukampanja' ? 'recurs' : 'already-copied')
      )
    ).toBe(true);
    expect(res.body.data.counts.theme).toEqual({ new: 0, skipped: 4 });
    expect((await themesStarting(2027)).map((t: any) => t.name)).toEqual(['Suvanto', 'Sovelluksen lanseeraus']);
    expect(await cellsOf(2027)).toHaveLength(2);
    expect(await app.strapi.db.query(PIECE).count({ where: { title: 'Kevään puutarhaopas', locale: 'fi', publishedAt: null } })).toBe(2);
    expect(await app.strapi.db.query(RECORD).count({ where: { targetYear: 2027 } })).toBe(6);
  });

  it('copies again what was deleted from the target year since, and replaces its record', async () => {
    const body = { ...body2027, themes: [launch] };
    const before = (await preview(body)).body.data.items.find((i: any) => i.label === 'Sovelluksen lanseeraus');
    expect(before.status).toBe('already-copied');
    await app.strapi.documents(THEME).delete({ documentId: before.targetDocumentId, locale: '*' } as any);
    const again = (await preview(body)).body.data.items.find((i: any) => i.label === 'Sovelluksen lanseeraus');
    expect(again).toMatchObject({ status: 'new', targetDocumentId: null });
    const res = await apply(body);
    expect(res.status).toBe(200);
    const copied = res.body.data.items.find((i: any) => i.label === 'Sovelluksen lanseeraus');
    expect(copied.status).toBe('new');
    expect((await themesStarting(2027)).map((t: any) => t.name)).toEqual(['Suvanto', 'Sovelluksen lanseeraus']);
    const records = await app.strapi.db.query(RECORD).findMany({ where: { targetYear: 2027, sourceDocumentId: launch } });
    expect(records.map((r: any) => r.targetDocumentId)).toEqual([copied.targetDocumentId]);
    expect(await app.strapi.db.query(RECORD).count({ where: { targetYear: 2027 } })).toBe(6);
    expect((await apply(body)).body.data.counts.theme).toEqual({ new: 0, skipped: 3 });
  });
});

describe('all or nothing', () => {
  it('a failure half-way leaves nothing of the copy behind', async () => {
    const body = { sourceYear: 2026, targetYear: 2029, dateRule: 'same-date', themes: [launch, quiet], planCells: true, goals: true };
    expect((await preview(body)).body.data.counts.theme.new).toBe(2);
    service().setTestFault(3);
    try {
      const res = await apply(body);
      expect(res.status).toBe(500);
    } finally {
      service().setTestFault(null);
    }
    expect(await themesStarting(2029)).toHaveLength(0);
    expect(await cellsOf(2029)).toHaveLength(0);
    expect(await app.strapi.db.query(RECORD).count({ where: { targetYear: 2029 } })).toBe(0);
    // And the same copy goes through afterwards, with the same-date rule.
    const res = await apply(body);
    expect(res.status).toBe(200);
    expect((await themesStarting(2029)).map((t: any) => [t.startDate, t.endDate])).toEqual([
      ['2029-07-01', '2029-07-31'],
      ['2029-09-01', '2029-09-30'],
    ]);
  });

  it('a copy larger than the limit is a 413 that says so, and creates nothing', async () => {
    service().setTestMaxItems(3);
    try {
      const body = { sourceYear: 2026, targetYear: 2030, dateRule: 'iso-week', themes: [launch, quiet], planCells: true, goals: true };
      for (const send of [preview, apply]) {
        const res = await send(body);
        expect(res.status).toBe(413);
        expect(res.body.error.message).toBe('This copy would create 5 things; at most 3 are copied at once. Choose fewer kinds or pieces.');
      }
    } finally {
      service().setTestMaxItems(null);
    }
    expect(await themesStarting(2030)).toHaveLength(0);
  });
});

describe('two applies at once', () => {
  it('create one copy of each theme and cell; the other reports them copied', async () => {
    const body = { sourceYear: 2026, targetYear: 2028, dateRule: 'iso-week', themes: [launch, quiet], planCells: true };
    const answers = await Promise.all([apply(body), apply(body)]);
    for (const res of answers) expect([200, 409]).toContain(res.status);
    const created = answers.filter((r) => r.status === 200 && r.body.data.counts.theme.new === 2);
    expect(created).toHaveLength(1);
    const themes = await app.strapi.db
      .query(THEME)
      .findMany({ where: { locale: 'fi', startDate: { $gte: '2028-01-01', $lte: '2028-12-31' } } });
    expect(themes.map((t: any) => t.name).sort()).toEqual(['Sovelluksen lanseeraus', 'Suvanto']);
    expect(await cellsOf(2028)).toHaveLength(2);
  });
});

describe('budget lines', () => {
  const LINE = 'plugin::calendar.budget-line';
  // A function: `spring` is known only once the file's beforeAll ran.
  const body2031 = () => ({ sourceYear: 2026, targetYear: 2031, dateRule: 'iso-week', themes: [spring], budgetLines: true });
  let budgeter: Admin;
  let launchCopy: string;
  const line = async (data: Record<string, unknown>) => {
    const res = await as(superAdmin, app.http().post('/calendar/budget/lines')).send(data);
    expect(res.body.error).toBeUndefined();
    expect(res.status).toBe(201);
    return res.body.data;
  };
  const linesOf = async (year: number) =>
    ((await app.strapi.db.query(LINE).findMany({ where: { year }, orderBy: [{ month: 'asc' }, { id: 'asc' }] })) as any[]).map((l) => [
      l.month,
      l.category,
      l.themeDocumentId ?? null,
      l.channelDocumentId ?? null,
      Number(l.amountCents),
      l.currency,
      l.note ?? null,
    ]);

  beforeAll(async () => {
    // Copying the Christmas theme as well needs the Content Manager's right to create themes.
    const actions = [
      'plugin::calendar.read',
      'plugin::calendar.plan',
      'plugin::calendar.budget.read',
      'plugin::calendar.budget.edit',
      `${CREATE} ${THEME}`,
    ];
    budgeter = await createAdmin(app, (await roleWith(actions)).code);
    const blog = await app.strapi.db.query('api::channel.channel').findOne({ where: { slug: 'blogi' } });
    await line({
      year: 2026,
      month: 3,
      category: 'media',
      themeDocumentId: spring,
      channelDocumentId: blog.documentId,
      amountCents: 123450,
      note: 'Somemainonta',
    });
    await line({ year: 2026, month: 5, category: 'tools', channelDocumentId: blog.documentId, amountCents: 9900 });
    await line({ year: 2026, month: 9, category: 'production', themeDocumentId: launch, amountCents: 300000, note: 'Lanseerausvideo' });
    await line({ year: 2026, month: 12, category: 'campaign', themeDocumentId: christmas, amountCents: 500000 });
    // The launch was copied into 2031 before; two lines there were entered by hand.
    const before = await apply({ sourceYear: 2026, targetYear: 2031, dateRule: 'iso-week', themes: [launch] }, budgeter);
    expect(before.status).toBe(200);
    launchCopy = before.body.data.items.find((i: any) => i.kind === 'theme' && i.sourceDocumentId === launch).targetDocumentId;
    expect(launchCopy).toEqual(expect.any(String));
    await line({ year: 2031, month: 5, category: 'tools', channelDocumentId: blog.documentId, amountCents: 20000, note: 'Käsin' });
    await line({ year: 2031, month: 9, category: 'production', themeDocumentId: launchCopy, amountCents: 450000 });
  });

  it('needs the budget edit right besides plan: a 403 naming budgetLines, and nothing created', async () => {
    for (const send of [preview, apply]) {
      const res = await send(body2031(), planner);
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('ForbiddenError');
      expect(res.body.error.details.errors[0].path).toEqual(['budgetLines']);
    }
    expect((await preview({ ...body2031(), budgetLines: false }, planner)).status).toBe(200);
    expect(await linesOf(2031)).toHaveLength(2);
  });

  it('previews each line on the same month, skipping those the target year has', async () => {
    const res = await preview(body2031(), budgeter);
    expect(res.status).toBe(200);
    expect(res.body.data.counts['budget-line']).toEqual({ new: 2, skipped: 2 });
    const items = res.body.data.items.filter((i: any) => i.kind === 'budget-line');
    expect(items.map((i: any) => [i.from, i.to, i.status, i.label])).toEqual([
      ['2026-03', '2031-03', 'new', 'media · 1234.50 EUR · Somemainonta'],
      ['2026-05', '2031-05', 'target-exists', 'tools · 99.00 EUR'],
      ['2026-09', '2031-09', 'target-exists', 'production · 3000.00 EUR · Lanseerausvideo'],
      ['2026-12', '2031-12', 'new', 'campaign · 5000.00 EUR'],
    ]);
    expect(await linesOf(2031)).toHaveLength(2);
  });

  it('copies the lines, linked to the theme’s copy or, for a theme that recurs, to the theme itself; twice creates nothing more', async () => {
    const res = await apply(body2031(), budgeter);
    expect(res.status).toBe(200);
    expect(res.body.data.counts['budget-line']).toEqual({ new: 2, skipped: 2 });
    // The spring season recurs every year: it is not copied, and its lines keep it.
    expect(res.body.data.items.find((i: any) => i.kind === 'theme' && i.sourceDocumentId === spring)).toMatchObject({ status: 'recurs' });
    const blog = await app.strapi.db.query('api::channel.channel').findOne({ where: { slug: 'blogi' } });
    const expected = [
      [3, 'media', spring, blog.documentId, 123450, 'EUR', 'Somemainonta'],
      [5, 'tools', null, blog.documentId, 20000, 'EUR', 'Käsin'],
      [9, 'production', launchCopy, null, 450000, 'EUR', null],
      // A theme that recurs every year is not copied: its line keeps it.
      [12, 'campaign', christmas, null, 500000, 'EUR', null],
    ];
    expect(await linesOf(2031)).toEqual(expected);

    const again = await apply(body2031(), budgeter);
    expect(again.status).toBe(200);
    expect(again.body.data.counts['budget-line']).toEqual({ new: 0, skipped: 4 });
    expect(await linesOf(2031)).toEqual(expected);
    // The source year is untouched.
    expect(await linesOf(2026)).toHaveLength(4);
  });
});
