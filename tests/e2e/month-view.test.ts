/** The month view in a real browser: see the plan, drag a backlog piece onto a day, meet a 409, read it in Finnish. */
import path from 'node:path';
import { channel, piece } from '../helpers/content';
import { E2E_SCREENSHOTS as SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

const PIECE = 'api::content-piece.content-piece';

let session: AdminSession;
let backlogId: string;
let scheduledId: string;

describeWithBrowser('month view', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app } = session;
    const insta = await channel(app, 'Instagram', { kind: 'shared', color: '#E4405F' });
    scheduledId = (
      await piece(app, {
        title: 'Kevään kampanja',
        publishAt: '2026-03-10T07:00:00.000Z',
        channels: [insta.documentId],
        editorialStatus: 'approved',
      })
    ).documentId;
    await piece(app, {
      title: 'Tiistain vinkki',
      publishAt: '2026-03-03T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      funnelStage: 'engage',
    });
    backlogId = (await piece(app, { title: 'Idea ilman päivää', editorialStatus: 'idea' }, false)).documentId;
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  const openMonth = async () => {
    await session.page.goto(`${session.base}/admin/plugins/calendar/month?month=2026-03`);
    await session.page.waitForSelector('[data-date="2026-03-10"] [data-piece]', { timeout: 60_000 });
  };

  it('shows the month with scheduled and recurring pieces, and the backlog', async () => {
    await openMonth();
    const { page } = session;
    await expect(page.locator('[data-testid=range-title]').textContent()).resolves.toMatch(/March 2026/);
    await expect(page.locator('[data-date="2026-03-10"]').textContent()).resolves.toContain('Kevään kampanja');
    // A weekly piece appears on every Tuesday, at 09:00 both sides of the DST change.
    for (const day of ['2026-03-03', '2026-03-24', '2026-03-31']) {
      await expect(page.locator(`[data-date="${day}"]`).textContent()).resolves.toMatch(/09:00.*Tiistain vinkki/);
    }
    await expect(page.locator('[data-testid=backlog]').textContent()).resolves.toContain('Idea ilman päivää');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'month.png') });
  });

  it('schedules a backlog piece by dragging it onto a day, and the API shows the new time', async () => {
    const { page, app } = session;
    await openMonth();
    await page.dragAndDrop(`[data-testid=backlog] [data-piece="${backlogId}"]`, '[data-date="2026-03-18"]');
    await page.waitForSelector(`[data-date="2026-03-18"] [data-piece="${backlogId}"]`, { timeout: 30_000 });
    const draft = await app.strapi.db.query(PIECE).findOne({ where: { documentId: backlogId, publishedAt: null } });
    expect(new Date(draft.publishAt).toISOString()).toBe('2026-03-18T07:00:00.000Z'); // 09:00 Helsinki
    await page.reload();
    await page.waitForSelector(`[data-date="2026-03-18"] [data-piece="${backlogId}"]`, { timeout: 30_000 });
  });

  it('shows a notice with a reload when the piece changed after the page loaded', async () => {
    const { page, app } = session;
    await openMonth();
    await app.strapi.documents(PIECE).update({ documentId: scheduledId, data: { summary: 'Muokattu toisessa ikkunassa' } });
    await page.dragAndDrop(`[data-date="2026-03-10"] [data-piece="${scheduledId}"]`, '[data-date="2026-03-12"]');
    const notice = page.locator('[data-testid=conflict-notice]');
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.textContent()).resolves.toMatch(/changed by someone else/);
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForSelector(`[data-date="2026-03-10"] [data-piece="${scheduledId}"]`);
    const draft = await app.strapi.db.query(PIECE).findOne({ where: { documentId: scheduledId, publishedAt: null } });
    expect(new Date(draft.publishAt).toISOString()).toBe('2026-03-10T07:00:00.000Z');
  });

  it('moves a whole weekly series by dragging one occurrence: Tuesdays become Wednesdays', async () => {
    const { page, app } = session;
    await openMonth();
    const weekly = await app.strapi.db.query(PIECE).findOne({ where: { title: 'Tiistain vinkki', publishedAt: null } });
    await page.dragAndDrop(`[data-date="2026-03-17"] [data-piece="${weekly.documentId}"]`, '[data-date="2026-03-18"]');
    await page.click('[data-testid=move-series]');
    await page.waitForSelector(`[data-date="2026-03-25"] [data-piece="${weekly.documentId}"]`, { timeout: 30_000 });
    await expect(page.locator(`[data-date="2026-03-24"] [data-piece="${weekly.documentId}"]`).count()).resolves.toBe(0);
    const draft = await app.strapi.db.query(PIECE).findOne({ where: { documentId: weekly.documentId, publishedAt: null } });
    expect(draft.recurrence).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(new Date(draft.publishAt).toISOString()).toBe('2026-03-04T07:00:00.000Z'); // Wednesday 09:00 Helsinki
  });

  it('creates a draft from a day cell, and shows theme bands on the days a theme covers', async () => {
    const { page, app } = session;
    await app.strapi
      .documents('api::theme.theme')
      .create({ data: { name: 'Pääsiäinen', startDate: '2026-03-28', endDate: '2026-04-06', color: '#FFB020' } });
    await openMonth();
    await expect(page.locator('[data-date="2026-03-30"] [data-theme-band="paasiainen"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-date="2026-03-20"] [data-theme-band="paasiainen"]').count()).resolves.toBe(0);
    await page.click('[data-create="2026-03-25"]');
    await page.locator('[role=alertdialog] input[name=title]').fill('Pikaidea kalenterista');
    await page.click('[data-testid=quick-create-save]');
    await page.waitForSelector('[data-date="2026-03-25"] [data-piece]', { timeout: 30_000 });
    const created = await app.strapi.db.query(PIECE).findOne({ where: { title: 'Pikaidea kalenterista', publishedAt: null } });
    expect(created).toMatchObject({ funnelStage: 'reach', contentGoal: 'sell', editorialStatus: 'idea' });
    expect(new Date(created.publishAt).toISOString()).toBe('2026-03-25T07:00:00.000Z');
  });

  it('shows the same plan in the week and agenda views', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/week?week=2026-03-09`);
    await page.waitForSelector('[data-date="2026-03-10"] [data-piece]', { timeout: 60_000 });
    await expect(page.locator('[data-date="2026-03-10"]').textContent()).resolves.toMatch(/Kevään kampanja/);
    await expect(page.locator('[role=gridcell]').count()).resolves.toBe(7);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'week.png') });

    await page.goto(`${base}/admin/plugins/calendar/agenda?month=2026-03&stage=reach`);
    await page.waitForSelector(`[data-testid=agenda] [data-piece="${scheduledId}"]`, { timeout: 60_000 });
    const rows = await page.locator('[data-testid=agenda] tbody tr').allTextContents();
    expect(rows.some((r) => /Kevään kampanja/.test(r) && /Instagram/.test(r))).toBe(true);
    expect(rows.some((r) => /Tiistain vinkki/.test(r))).toBe(false); // engage, filtered out by stage=reach
    await page.screenshot({ path: path.join(SCREENSHOTS, 'agenda.png') });
  });

  it('draws the year wheel with themes, marks by channel or stage, and the today hand', async () => {
    const { page, base, app } = session;
    await app.strapi
      .documents('api::theme.theme')
      .create({ data: { name: 'Kevät', startDate: '2026-03-01', endDate: '2026-05-31', color: '#7BC67B' } });
    await page.goto(`${base}/admin/plugins/calendar/wheel?year=2026`);
    const wheel = page.locator('[data-testid=year-wheel]');
    await wheel.waitFor({ timeout: 60_000 });
    await page.waitForSelector('[data-testid=year-wheel] [data-mark]', { timeout: 30_000 });
    const occurrences = Number(await wheel.getAttribute('data-occurrences'));
    expect(occurrences).toBeGreaterThan(40); // a weekly piece all year, plus the one-offs
    await expect(page.locator('[data-theme="kevat"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-mark="instagram"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-mark="-"]').count()).resolves.toBeGreaterThan(0); // pieces on no channel
    await page.screenshot({ path: path.join(SCREENSHOTS, 'year-wheel.png') });
    await page.goto(`${base}/admin/plugins/calendar/wheel?year=2026&groupBy=stage`);
    await page.waitForSelector('[data-testid=year-wheel] [data-mark="engage"]', { timeout: 30_000 });
  });

  it('speaks Finnish to a Finnish admin', async () => {
    const { page, app, admin } = session;
    await app.strapi.db.query('admin::user').update({ where: { id: admin.user.id }, data: { preferedLanguage: 'fi' } });
    await page.evaluate(() => (globalThis as any).localStorage.setItem('strapi-admin-language', 'fi'));
    await openMonth();
    const nav = await page.locator('nav[aria-label]').first().textContent();
    expect(nav).toContain('Vuosikello');
    expect(nav).toContain('Kuukausi');
    expect(nav).toContain('Julkaisulista');
    await expect(page.locator('[data-testid=backlog]').textContent()).resolves.toContain('Ideat ja odottavat');
    await expect(page.locator('[role=columnheader]').first().textContent()).resolves.toBe('ma');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'month-fi.png') });
  });
});
