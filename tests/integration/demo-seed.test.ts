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

  it('follows three competitors with their channels, and a year of observations of them', async () => {
    const list = await get('/calendar/competitors');
    expect(list.body.data.competitors.map((c: any) => c.name).sort()).toEqual(['Kotikulma', 'Nordhem Design', 'Sisustustalo Virta']);
    expect(list.body.data.advice).toBeNull();
    expect(list.body.data.competitors.every((c: any) => c.siteUrl?.startsWith('https://') && c.channels.length >= 2)).toBe(true);
    const wheel = await get(`/calendar/competitors/wheel?year=${year}`);
    expect(wheel.body.data.observations.length).toBeGreaterThanOrEqual(20);
    const months = new Set(wheel.body.data.observations.map((o: any) => o.date.slice(5, 7)));
    expect(months.size).toBe(12);
    const march = await get(`/calendar/competitor-observations?year=${year}&month=3`);
    expect(march.body.data.length).toBeGreaterThan(0);
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

  it('copies nothing by itself, and its year copies cleanly into the next, once', async () => {
    const post = (path: string, body: Record<string, unknown>) =>
      app.http().post(path).set('Authorization', `Bearer ${admin.token}`).send(body);
    expect(await app.strapi.db.query('plugin::calendar.copy-record').count()).toBe(0);
    const base = { sourceYear: year, targetYear: year + 1, dateRule: 'iso-week', planCells: true, goals: true };
    const first = await post('/calendar/plan-copy/preview', base);
    expect(first.status).toBe(200);
    const { themes, pieces } = first.body.data.candidates;
    expect(themes.length).toBeGreaterThan(0);
    expect(pieces.length).toBeGreaterThan(0);
    const body = { ...base, themes: themes.map((t: any) => t.documentId), pieces: pieces.slice(0, 20).map((p: any) => p.documentId) };
    const preview = await post('/calendar/plan-copy/preview', body);
    const applied = await post('/calendar/plan-copy/apply', body);
    expect(applied.body.error).toBeUndefined();
    expect(applied.body.data.counts).toEqual(preview.body.data.counts);
    // The repeating themes show in every year by themselves: only the others are copied.
    const recurring = themes.filter((t: any) => t.repeatsYearly).length;
    expect(recurring).toBeGreaterThan(0);
    expect(applied.body.data.counts.theme.new).toBe(themes.length - recurring);
    expect(applied.body.data.items.filter((i: any) => i.status === 'recurs')).toHaveLength(recurring);
    expect(applied.body.data.counts['plan-cell'].new).toBeGreaterThan(20);
    const again = await post('/calendar/plan-copy/apply', body);
    expect(again.body.data.items.every((i: any) => ['already-copied', 'recurs'].includes(i.status))).toBe(true);
    expect(again.body.data.counts.theme.new).toBe(0);
  });

  it('has July as its quiet season, and Finnish holidays on the calendar', async () => {
    const coverage = await get(`/calendar/coverage?year=${year}`);
    expect(coverage.body.data.quietSeasons).toEqual([
      { slug: 'suvanto-kehitystyo', name: 'Suvanto: kehitystyö', startDate: `${year}-07-01`, endDate: `${year}-07-31` },
    ]);
    const reference = await get('/calendar/reference');
    expect(reference.body.data.themes.filter((t: any) => t.quietSeason).map((t: any) => t.name)).toEqual(['Suvanto: kehitystyö']);
    const seasons = await get(`/calendar/seasons?from=${year}-12-01&to=${year}-12-31`);
    expect(seasons.body.data.days.map((d: any) => d.name)).toContain('Itsenäisyyspäivä');
  });
});

describe('the demo budget', () => {
  it('plans and spends per theme and channel, with some months over budget', async () => {
    const res = await get(`/calendar/budget/report?year=${year}&by=theme`);
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.currency).toBe('EUR');
    expect(report.totals.year.plannedCents).toBe(4_898_800);
    expect(report.totals.year.spentCents).toBeGreaterThan(4_000_000);
    const overMonths = report.totals.months.map((m: { overspent: boolean }, i: number) => (m.overspent ? i + 1 : null)).filter(Boolean);
    expect(overMonths).toEqual(expect.arrayContaining([1, 6]));
    const names = report.groups.map((g: { key: string | null }) => (g.key ? report.labels[g.key] : null));
    expect(names).toEqual(expect.arrayContaining(['Talvi-ale', 'Black Friday', 'Joulu', null]));
    const use = await get(`/calendar/budget/theme-use?year=${year}`);
    const blackFriday = use.body.data.themes.find((t: { themeDocumentId: string }) => report.labels[t.themeDocumentId] === 'Black Friday');
    expect(blackFriday).toMatchObject({ plannedCents: 1_100_000, spentCents: 1_129_080, overspent: true });
  });
});
