/**
 * Copy the plan into next year in a real browser: from the 2026 year wheel to the copy view, the
 * repeating theme shown as recurring (no box to tick), a one-off theme and a piece chosen by hand,
 * the preview's counts, the copy, the 2027 wheel with the copied theme; copying again says nothing
 * is new.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { createAdmin } from '../helpers/admin';
import { channel, piece } from '../helpers/content';
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

let session: AdminSession;

describeWithBrowser('copy the plan into next year', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app } = session;
    const blog = await channel(app, 'Blogi');
    const themes = app.strapi.documents('api::theme.theme');
    await themes.create({ data: { name: 'Kevätsesonki', startDate: '2026-03-02', endDate: '2026-05-31', repeatsYearly: true } });
    await themes.create({ data: { name: 'Sovelluksen lanseeraus', startDate: '2026-09-01', endDate: '2026-09-30' } });
    await app.strapi
      .plugin('calendar')
      .service('quarterly-grid')
      .saveCell({ year: 2026, month: 3, funnelStage: 'reach', channel: 'blogi', plannedWeeks: 3 });
    await piece(app, { title: 'Kevään puutarhaopas', publishAt: '2026-03-03T07:00:00.000Z', channels: [blog.documentId] });
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  const countOf = (kind: string) => session.page.locator(`[data-testid=plan-copy-count-${kind}]`).innerText();

  it('chooses, previews and copies 2026 into 2027, and the 2027 wheel has the theme', async () => {
    const { page, base, app } = session;
    await page.goto(`${base}/admin/plugins/calendar/wheel?year=2026`);
    await page.click('[data-testid=plan-copy-link]', { timeout: 60_000 });
    await page.waitForURL(/plan-copy\?year=2026/);
    const launch = page.getByRole('checkbox', { name: /Sovelluksen lanseeraus/ });
    await launch.waitFor({ timeout: 30_000 });
    // The repeating theme recurs by itself: shown as such, nothing to tick; no theme is chosen by default.
    await expect(page.getByRole('checkbox', { name: /Kevätsesonki/ }).count()).resolves.toBe(0);
    await expect(page.getByText(/Kevätsesonki .*already recurs every year/).count()).resolves.toBe(1);
    await expect(launch.getAttribute('aria-checked')).resolves.toBe('false');
    await launch.click();
    await page.getByRole('checkbox', { name: /Kevään puutarhaopas/ }).click();

    await page.click('[data-testid=plan-copy-preview-button]');
    await page.locator('[data-testid=plan-copy-preview]').waitFor({ timeout: 30_000 });
    expect(await countOf('theme')).toContain('1 new, 1 skipped');
    expect(await countOf('plan-cell')).toContain('1 new');
    expect(await countOf('piece')).toContain('1 new');
    const shown = await page.locator('[data-testid=plan-copy-preview]').innerText();
    expect(shown).toContain('2027-09-07 – 2027-10-06');
    expect(shown).toMatch(/already recurs every year/i);
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'plan-copy-preview.png') });

    await page.click('[data-testid=plan-copy-apply-button]');
    await page.locator('[data-testid=plan-copy-result]').waitFor({ timeout: 30_000 });
    expect(await countOf('theme')).toContain('1 created');
    expect(await countOf('piece')).toContain('1 created');

    await page.click('[data-testid=plan-copy-open-wheel]');
    await page.waitForURL(/wheel\?year=2027/);
    await page
      .locator('[data-testid=year-wheel] title', { hasText: 'Sovelluksen lanseeraus' })
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    const cells = await app.strapi.db.query('plugin::calendar.plan-cell').findMany({ where: { year: 2027 } });
    expect(cells.map((c: any) => [c.month, c.funnelStage, c.plannedWeeks])).toEqual([[3, 'reach', 3]]);
    const ideas = await app.strapi.db.query('api::content-piece.content-piece').findMany({
      where: { title: 'Kevään puutarhaopas', editorialStatus: 'idea', publishAt: { $gte: new Date('2027-01-01T00:00:00Z') } },
    });
    expect(ideas).toHaveLength(1);
  });

  it('copying again says nothing is new', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/plan-copy?year=2026`);
    await page.getByRole('checkbox', { name: /Sovelluksen lanseeraus/ }).click({ timeout: 60_000 });
    await page.getByRole('checkbox', { name: /Kevään puutarhaopas/ }).click();
    await page.click('[data-testid=plan-copy-preview-button]');
    await page.locator('[data-testid=plan-copy-preview]').waitFor({ timeout: 30_000 });
    expect(await countOf('theme')).toContain('0 new, 2 skipped');
    expect(await countOf('piece')).toContain('0 new, 1 skipped');
    await expect(page.locator('[data-testid=plan-copy-preview]').innerText()).resolves.toMatch(/already copied/i);
  });

  it('disables what the user may not create: a planner who may create pieces only', async () => {
    const { app, browser, base } = session;
    const role = await app.strapi
      .service('admin::role')
      .create({ name: `Suunnittelija ${crypto.randomUUID()}`, description: 'pieces only' });
    await app.strapi
      .service('admin::role')
      .assignPermissions(role.id, [
        ...['plugin::calendar.read', 'plugin::calendar.plan'].map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
        { action: 'plugin::content-manager.explorer.create', subject: 'api::content-piece.content-piece', properties: {}, conditions: [] },
      ]);
    const planner = await createAdmin(app, role.code);
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    try {
      await logIn(session, page, planner);
      await page.goto(`${base}/admin/plugins/calendar/plan-copy?year=2026`);
      const launch = page.getByRole('checkbox', { name: /Sovelluksen lanseeraus/ });
      await launch.waitFor({ timeout: 60_000 });
      await expect(launch.isDisabled()).resolves.toBe(true);
      await expect(page.locator('[data-testid=plan-copy-goals]').isDisabled()).resolves.toBe(true);
      await expect(page.getByRole('checkbox', { name: /Kevään puutarhaopas/ }).isDisabled()).resolves.toBe(false);
      await page.click('[data-testid=plan-copy-preview-button]');
      await page.locator('[data-testid=plan-copy-preview]').waitFor({ timeout: 30_000 });
      await expect(page.locator('[data-testid=plan-copy-count-goal]').innerText()).resolves.toContain('0 new, 0 skipped');
    } finally {
      await context.close();
    }
  });
});
