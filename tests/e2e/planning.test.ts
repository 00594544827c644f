/** The quarterly grid and coverage in a real browser: edit planned weeks and see the highlight change; follow a gap to the filtered month view. */
import path from 'node:path';
import { channel, piece } from '../helpers/content';
import { E2E_SCREENSHOTS as SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

let session: AdminSession;

describeWithBrowser('planning insight', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app } = session;
    const linkedin = await channel(app, 'LinkedIn', { kind: 'shared', color: '#0A66C2' });
    // Every Tuesday 09:00 in March and April: five Tuesdays in March 2026.
    await piece(app, {
      title: 'Tiistain LinkedIn-vinkki',
      publishAt: '2026-03-03T07:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260430',
      funnelStage: 'reach',
      channels: [linkedin.documentId],
    });
    await piece(app, {
      title: 'Heinäkuun näkyvyys',
      publishAt: '2026-07-07T07:00:00.000Z',
      funnelStage: 'reach',
      channels: [linkedin.documentId],
    });
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('edits a planned-weeks cell of the quarterly grid and the highlight follows', async () => {
    const { page, app } = session;
    await page.goto(`${session.base}/admin/plugins/calendar/quarter?year=2026`);
    const march = page.locator('[data-quarter="1"] [data-row="reach|linkedin"] [data-month="3"]');
    await march.waitFor({ timeout: 60_000 });
    await expect(march.getAttribute('data-tone')).resolves.toBe('over'); // 0 planned, 5 scheduled
    await expect(march.locator('[data-testid=scheduled-weeks]').textContent()).resolves.toBe('5');
    await march.locator('select').selectOption('5');
    await page.waitForSelector('[data-quarter="1"] [data-row="reach|linkedin"] [data-month="3"][data-tone="met"]', { timeout: 30_000 });
    const january = page.locator('[data-quarter="1"] [data-row="reach|linkedin"] [data-month="1"]');
    await january.locator('select').selectOption('2');
    await page.waitForSelector('[data-quarter="1"] [data-row="reach|linkedin"] [data-month="1"][data-tone="under"]', { timeout: 30_000 });
    const cells = await app.strapi.db.query('plugin::calendar.plan-cell').findMany({ where: { year: 2026 }, orderBy: { month: 'asc' } });
    expect(cells.map((c: any) => [c.month, c.funnelStage, c.plannedWeeks])).toEqual([
      [1, 'reach', 2],
      [3, 'reach', 5],
    ]);
    await page.reload();
    await page.waitForSelector('[data-quarter="1"] [data-row="reach|linkedin"] [data-month="3"][data-tone="met"]', { timeout: 60_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quarter-grid.png') });
  });

  it('opens a coverage gap in the month view filtered to that stage and the plan’s language', async () => {
    const { page } = session;
    await page.goto(`${session.base}/admin/plugins/calendar/coverage?year=2026`);
    const gap = page.locator('[data-gap="7|act"]');
    await gap.waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-cell="3|reach"]').textContent()).resolves.toBe('5');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'coverage.png') });
    // The month view's own request for the act stage is the event to wait for: once it has
    // answered, the July reach piece would be on the page if the filter were not applied.
    const feed = page.waitForResponse(
      (res) => /\/calendar\/occurrences\?/.test(res.url()) && new URL(res.url()).searchParams.get('stage') === 'act',
      { timeout: 30_000 }
    );
    await gap.click();
    await page.waitForURL(/\/plugins\/calendar\/month\?month=2026-07&stage=act&locale=fi$/, { timeout: 30_000 });
    const answered = await feed;
    expect(answered.status()).toBe(200);
    expect(JSON.stringify(await answered.json())).not.toContain('Heinäkuun näkyvyys');
    await page.waitForSelector('[data-date="2026-07-07"]', { timeout: 30_000 });
    await expect(page.locator('[data-testid=range-title]').textContent()).resolves.toMatch(/July 2026/);
    // A bounded watch that fails the moment the reach piece shows up in the act-only view.
    const day = page.locator('[data-date="2026-07-07"]');
    for (const deadline = Date.now() + 1500; Date.now() < deadline;) {
      expect(await day.textContent()).not.toContain('Heinäkuun näkyvyys');
    }
  });
});
