/**
 * Planning insight over HTTP: the quarterly grid (planned vs scheduled weeks, unique cells, 409),
 * coverage with gaps and suggestions, KPI results from an integration and the KPI report, and the
 * year plan as CSV.
 */
import { createAdmin } from '../helpers/admin';
import { channel, persona, piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let planner: Awaited<ReturnType<typeof createAdmin>>;
let weekly: any;

beforeAll(async () => {
  app = await startStrapi();
  planner = await createAdmin(app);
  const linkedin = await channel(app, 'LinkedIn', { kind: 'shared', platform: 'linkedin' });
  await channel(app, 'Google Ads', { kind: 'paid', platform: 'google' });
  const newsletter = await channel(app, 'Uutiskirje', { kind: 'owned', platform: 'email' });
  const pro = await persona(app, 'Remontoija');
  await persona(app, 'Sisustaja');
  // Every Tuesday 09:00 from March: March 2026 has five Tuesdays (3, 10, 17, 24, 31).
  weekly = await piece(
    app,
    {
      title: 'Viikon vinkki',
      publishAt: '2026-03-03T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260430',
      funnelStage: 'reach',
      contentGoal: 'sizzle',
      channels: [linkedin.documentId],
      personas: [pro.documentId],
      kpiTargets: [{ metric: 'site-visits', value: 1000, period: '2026-03' }],
    } as any,
    false
  );
  // A one-off on 31 December 23:30 Helsinki is 21:30Z: December in Helsinki, not January.
  await piece(
    app,
    {
      title: 'Uudenvuoden kiitos',
      publishAt: '2026-12-31T21:30:00.000Z',
      funnelStage: 'engage',
      contentGoal: 'speak',
      channels: [newsletter.documentId],
    },
    false
  );
});

afterAll(async () => {
  await app?.stop();
});

const as = (req: any) => req.set('Authorization', `Bearer ${planner.token}`);
const row = (grid: any, stage: string, channelSlug: string) =>
  grid.rows.find((r: any) => r.funnelStage === stage && r.channel.slug === channelSlug);

describe('quarterly grid', () => {
  it('counts a weekly piece in a five-Tuesday month as 5 scheduled weeks on its channel', async () => {
    const res = await as(app.http().get('/calendar/plan?year=2026'));
    expect(res.status).toBe(200);
    const linkedinReach = row(res.body.data, 'reach', 'linkedin');
    expect(linkedinReach.months.slice(0, 5).map((m: any) => m.scheduledWeeks)).toEqual([0, 0, 5, 4, 0]);
    expect(row(res.body.data, 'reach', 'google-ads').months[2].scheduledWeeks).toBe(0);
    expect(row(res.body.data, 'engage', 'uutiskirje').months.map((m: any) => m.scheduledWeeks)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
    expect(res.body.data.rows).toHaveLength(4 * 3);
  });

  it('saves a planned-weeks cell once per year, month, stage and channel, and shows the delta', async () => {
    const put = (body: Record<string, unknown>) =>
      as(app.http().put('/calendar/plan')).send({ year: 2026, month: 3, funnelStage: 'reach', channel: 'linkedin', ...body });
    const first = await put({ plannedWeeks: 3, note: 'Kevätkampanja' });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ plannedWeeks: 3, scheduledWeeks: 5, delta: 2, note: 'Kevätkampanja' });
    const second = await put({ plannedWeeks: 5, expectedUpdatedAt: first.body.data.updatedAt });
    expect(second.body.data).toMatchObject({ plannedWeeks: 5, delta: 0, note: 'Kevätkampanja' });
    await Promise.all([4, 4, 4].map((n) => put({ plannedWeeks: n })));
    const cells = await app.strapi.db.query('plugin::calendar.plan-cell').findMany({ where: { year: 2026, month: 3 } });
    expect(cells).toHaveLength(1);
    const grid = await as(app.http().get('/calendar/plan?year=2026'));
    expect(row(grid.body.data, 'reach', 'linkedin').months[2]).toMatchObject({
      plannedWeeks: 4,
      scheduledWeeks: 5,
      delta: 1,
      note: 'Kevätkampanja',
    });

    const stale = await put({ plannedWeeks: 2, expectedUpdatedAt: first.body.data.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.plannedWeeks).toBe(4);
    // The grid loaded the cell as empty (expectedUpdatedAt null) but someone has saved it since.
    const unseen = await put({ plannedWeeks: 1, expectedUpdatedAt: null });
    expect(unseen.status).toBe(409);
  });

  it.each([
    [{ month: 13 }, 'month'],
    [{ plannedWeeks: 6 }, 'plannedWeeks'],
    [{ funnelStage: 'awareness' }, 'funnelStage'],
    [{ channel: 'myspace' }, 'channel'],
    [{ year: 'next' }, 'year'],
  ])('answers 400 to %j naming %s', async (change, field) => {
    const res = await as(app.http().put('/calendar/plan')).send({
      year: 2026,
      month: 3,
      funnelStage: 'reach',
      channel: 'linkedin',
      plannedWeeks: 2,
      ...change,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual([field]);
  });

  it('needs a year and the plan action to write', async () => {
    expect((await as(app.http().get('/calendar/plan'))).status).toBe(400);
    const author = await createAdmin(app, 'strapi-author');
    const res = await app
      .http()
      .put('/calendar/plan')
      .set('Authorization', `Bearer ${author.token}`)
      .send({ year: 2026, month: 1, funnelStage: 'act', channel: 'linkedin', plannedWeeks: 1 });
    expect(res.status).toBe(403);
  });

  it('exports the year plan as CSV', async () => {
    const res = await as(app.http().get('/calendar/plan/export?year=2026&format=csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="vuosikello-plan-2026.csv"');
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('section,stage,channel,month,planned weeks,scheduled weeks / occurrences,delta,note');
    expect(lines).toContain('grid,Reach,LinkedIn,3,4,5,1,Kevätkampanja');
    expect(lines).toContain('coverage,Act,,3,,0,,gap');
  });
});

describe('coverage', () => {
  it('counts occurrences per month and stage and lists the gaps with suggested channels', async () => {
    const res = await as(app.http().get('/calendar/coverage?year=2026'));
    expect(res.status).toBe(200);
    const { byMonthStage, gaps } = res.body.data;
    expect(byMonthStage.find((c: any) => c.month === 3 && c.stage === 'reach').count).toBe(5);
    expect(byMonthStage.find((c: any) => c.month === 12 && c.stage === 'engage').count).toBe(1);
    const marchAct = gaps.find((g: any) => g.kind === 'month-stage' && g.month === 3 && g.stage === 'act');
    expect(marchAct).toBeDefined();
    expect(gaps.some((g: any) => g.kind === 'month-stage' && g.month === 3 && g.stage === 'reach')).toBe(false);
    const engageGap = gaps.find((g: any) => g.kind === 'month-stage' && g.stage === 'engage');
    expect(engageGap.suggestions[0].channel).toBe('uutiskirje');
    // Sisustaja has no content at all: a gap in every stage of every quarter.
    expect(gaps.filter((g: any) => g.kind === 'persona-stage-quarter' && g.persona === 'sisustaja')).toHaveLength(16);
    expect(
      gaps.some((g: any) => g.kind === 'persona-stage-quarter' && g.persona === 'remontoija' && g.quarter === 1 && g.stage === 'reach')
    ).toBe(false);
  });

  it('filters by persona and channel and refuses unknown ones with a 400', async () => {
    const res = await as(app.http().get('/calendar/coverage?year=2026&channel=uutiskirje'));
    expect(res.body.data.byMonthStage.find((c: any) => c.month === 3 && c.stage === 'reach').count).toBe(0);
    const unknown = await as(app.http().get('/calendar/coverage?year=2026&persona=nobody'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['persona']);
    expect((await as(app.http().get('/calendar/coverage?year=2026&color=red'))).status).toBe(400);
  });
});

describe('KPIs', () => {
  it('takes results from an integration with an API token, once per piece, metric and month', async () => {
    const token = await app.apiToken();
    const post = (body: object, auth = true) => {
      const req = app.http().post('/api/calendar/kpi-results');
      return (auth ? req.set('Authorization', `Bearer ${token}`) : req).send(body);
    };
    const first = await post({ piece: weekly.documentId, metric: 'site-visits', period: '2026-03', value: 700 });
    expect(first.status).toBe(201);
    expect(first.body.data).toEqual([
      expect.objectContaining({ metric: 'site-visits', value: 700, created: true, source: expect.stringMatching(/^api-token:/) }),
    ]);
    const again = await post({ results: [{ piece: weekly.documentId, metric: 'site-visits', period: '2026-03', value: 800 }] });
    expect(again.body.data[0]).toMatchObject({ value: 800, created: false });
    expect(await app.strapi.db.query('plugin::calendar.kpi-result').count()).toBe(1);

    expect((await post({ piece: weekly.documentId, metric: 'site-visits', period: '2026-03', value: 1 }, false)).status).toBe(403);
    const badMetric = await post({ piece: weekly.documentId, metric: 'likes', period: '2026-03', value: 1 });
    expect(badMetric.status).toBe(400);
    expect(badMetric.body.error.details.errors[0].path).toEqual(['metric']);
    const badPeriod = await post({ piece: weekly.documentId, metric: 'deals', period: 'March', value: 1 });
    expect(badPeriod.body.error.details.errors[0].path).toEqual(['period']);
    const unknownPiece = await post({ piece: 'zzzzzzzzzzzzzzzzzzzzzzzz', metric: 'deals', period: '2026-03', value: 1 });
    expect(unknownPiece.status).toBe(400);
    expect(unknownPiece.body.error.details.errors[0].path).toEqual(['piece']);
  });

  it('reports target vs result per metric and month, and goals, filtered by stage', async () => {
    await app.strapi.documents('plugin::calendar.goal').create({
      data: { title: 'Kävijät kasvuun', contentGoal: 'sizzle', metric: 'site-visits', baseline: 500, target: 1500, deadline: '2026-12-31' },
    });
    const res = await as(app.http().get('/calendar/kpis?year=2026&stage=reach'));
    expect(res.status).toBe(200);
    expect(res.body.data.rows).toEqual([
      { metric: 'site-visits', stage: 'reach', month: 3, target: 1000, result: 800, attainment: 0.8, pieces: 1 },
    ]);
    expect(res.body.data.goals).toEqual([
      expect.objectContaining({ title: 'Kävijät kasvuun', metric: 'site-visits', stage: 'reach', baseline: 500, target: 1500 }),
    ]);
    expect((await as(app.http().get('/calendar/kpis?year=2026&stage=engage'))).body.data.rows).toEqual([]);
    expect((await as(app.http().get('/calendar/kpis?year=2026&stage=awareness'))).status).toBe(400);
  });

  it('refuses bad KPI targets on a piece and a goal with an unknown metric, naming the field', async () => {
    const token = await app.apiToken();
    const res = await app
      .http()
      .post('/api/content-pieces?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Huono tavoite', funnelStage: 'act', contentGoal: 'serve', kpiTargets: [{ metric: 'likes', value: 5 }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['kpiTargets']);
    await expect(
      app.strapi
        .documents('plugin::calendar.goal')
        .create({ data: { title: 'X', contentGoal: 'sell', metric: 'vibes', target: 1, deadline: '2026-12-31' } })
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['metric'] })] } });
  });
});
