/**
 * The demo plan as `npm run demo` seeds it: the planning views must have something to show —
 * real coverage gaps, plan cells that partly match the schedule, community numbers, KPIs — and
 * a second boot must not seed twice.
 */
import { createAdmin } from '../helpers/admin';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: Awaited<ReturnType<typeof createAdmin>>;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  app = await startStrapi({ VUOSIKELLO_DEMO_SEED: 'true' });
  admin = await createAdmin(app);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => app.http().get(path).set('Authorization', `Bearer ${admin.token}`);

describe('the demo plan', () => {
  it('has coverage gaps in the demo year', async () => {
    const res = await get(`/calendar/coverage?year=${year}`);
    expect(res.status).toBe(200);
    const monthStage = res.body.data.gaps.filter((g: any) => g.kind === 'month-stage');
    expect(monthStage.length).toBeGreaterThan(0);
    expect(res.body.data.byMonthStage.some((c: any) => c.count > 0)).toBe(true);
  });

  it('has a quarterly plan that matches the schedule in most cells but not all', async () => {
    const res = await get(`/calendar/plan?year=${year}`);
    const months = res.body.data.rows.flatMap((r: any) => r.months);
    const planned = months.filter((m: any) => m.plannedWeeks > 0);
    expect(planned.length).toBeGreaterThan(20);
    expect(planned.filter((m: any) => m.delta === 0).length).toBeGreaterThan(planned.length / 2);
    expect(months.some((m: any) => m.delta < 0)).toBe(true);
    expect(months.some((m: any) => m.note)).toBe(true);
  });

  it('has community tasks and a report with logged work', async () => {
    const tasks = await get('/calendar/community/tasks');
    expect(tasks.body.data.length).toBeGreaterThanOrEqual(5);
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 27 * 86_400_000).toISOString().slice(0, 10);
    const report = await get(`/calendar/community/report?from=${from}&to=${today}&groupBy=person`);
    expect(report.status).toBe(200);
    const { total, rows } = report.body.data;
    expect(total.done).toBeGreaterThan(20);
    expect(total.missed).toBeGreaterThan(0);
    expect(total.minutesSpent).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('has Swedish and English versions on their own times, and pieces still waiting for Swedish', async () => {
    const rest = await app.http().get('/api/content-pieces?locale=sv&pagination[pageSize]=100');
    expect(rest.status).toBe(200);
    const titles = rest.body.data.map((p: any) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['Vårens inredningstrender 2026', 'Veckans nyhetsbrev']));
    expect(rest.body.data.every((p: any) => p.locale === 'sv')).toBe(true);

    const march = await app.http().get(`/api/calendar/occurrences?from=${year}-03-01&to=${year}-03-31&locale=fi,sv`);
    const trend = march.body.data.filter(
      (o: any) => o.documentId === march.body.data.find((x: any) => x.title === 'Vårens inredningstrender 2026').documentId
    );
    // The Swedish version goes out a day after the Finnish one.
    expect(trend.map((o: any) => [o.locale, o.start])).toEqual([
      ['fi', `${year}-03-02T09:00:00+02:00`],
      ['sv', `${year}-03-03T09:00:00+02:00`],
    ]);
    expect(trend[0].locales).toEqual(['en', 'sv']);

    const missing = await get('/calendar/translations/missing?locale=sv');
    expect(missing.body.data.items.length).toBeGreaterThan(5);
    expect(missing.body.data.items.every((i: any) => i.missing.includes('sv') && i.locales.includes('fi'))).toBe(true);
  });

  it('names only pieces of the plan in its translations', () => {
    const { TRANSLATIONS } = require('../../src/demo/languages');
    const { BACKLOG, RECURRING, SCHEDULED } = require('../../src/demo/plan');
    const titles = new Set([...BACKLOG, ...RECURRING, ...SCHEDULED].map((p: any) => p.title));
    expect(Object.keys(TRANSLATIONS).filter((t) => !titles.has(t))).toEqual([]);
  });

  it('has goals and KPI results against targets', async () => {
    const res = await get(`/calendar/kpis?year=${year}`);
    expect(res.body.data.goals.length).toBe(3);
    expect(res.body.data.rows.some((r: any) => r.target !== null && r.result !== null)).toBe(true);
  });

  it('shares open pieces among the team', async () => {
    const res = await get('/calendar/team-board');
    const assignees = new Set((Object.values(res.body.data.columns).flat() as any[]).map((c) => c.assignee?.name));
    expect(assignees.size).toBeGreaterThanOrEqual(3);
  });

  it('has summer holidays, a part-time capacity and effort estimates for the workload', async () => {
    const res = await get(`/calendar/workload?from=${year}-07-06&weeks=3`);
    expect(res.status).toBe(200);
    const eeva = res.body.data.people.find((p: any) => p.person.name === 'Eeva Editori');
    expect(eeva.weeklyMinutes).toBe(1800);
    expect(eeva.cells[0].absences[0]).toMatchObject({ kind: 'holiday', note: 'Kesäloma', startDate: `${year}-07-06` });
    expect(eeva.cells.every((c: any) => c.capacityMinutes < 1800)).toBe(true);
    const pieces = await app.strapi.db
      .query('api::content-piece.content-piece')
      .findMany({ where: { publishedAt: null }, select: ['effortMinutes'] });
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.every((p: any) => p.effortMinutes > 0)).toBe(true);
    const loaded = res.body.data.people.flatMap((p: any) => p.cells).filter((c: any) => c.loadMinutes > 0);
    expect(loaded.length).toBeGreaterThan(0);
  });
});
