/**
 * Competitors in a real browser: a planner adds a competitor with its site and a social channel
 * on the Competitors page (outside links open in a new tab, without opener or referrer), then logs
 * an observation in the modal — a `javascript:` link is refused under its field — and sees it in
 * that month's log, and not in the next month's.
 */
import path from 'node:path';
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

let session: AdminSession;

describeWithBrowser('competitors', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('adds a competitor with its site and a channel, linked in a new tab', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/competitors?month=2026-03`);
    await page.click('[data-testid=competitor-new]', { timeout: 60_000 });
    const dialog = page.locator('[role=dialog]');
    await dialog.locator('input[name=name]').fill('Paahtimo Pohjoinen');
    await dialog.locator('input[name=siteUrl]').fill('https://paahtimopohjoinen.example');
    await dialog.locator('[data-testid=competitor-add-channel]').click();
    await dialog.getByRole('textbox', { name: 'Channel address' }).fill('https://www.instagram.com/paahtimopohjoinen.example');
    await dialog.locator('[data-testid=competitor-save]').click();
    const row = page.locator('tr[data-competitor="Paahtimo Pohjoinen"]');
    await row.waitFor({ timeout: 30_000 });
    const site = row.locator('a[href="https://paahtimopohjoinen.example/"]');
    await expect(site.getAttribute('target')).resolves.toBe('_blank');
    const rel = (await site.getAttribute('rel')) ?? '';
    expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    const channel = row.locator('a[href="https://www.instagram.com/paahtimopohjoinen.example"]');
    await expect(channel.innerText()).resolves.toContain('Instagram');
    await expect(channel.getAttribute('target')).resolves.toBe('_blank');
    // One competitor is fewer than the plan's 2–5: the page says so.
    await page.waitForSelector('[data-testid=competitor-advice][data-advice=tooFew]');
  });

  it('logs an observation in the modal and shows it in that month’s log only', async () => {
    const { page, base } = session;
    await page.click('[data-testid=observation-new]');
    const dialog = page.locator('[role=dialog]');
    await dialog.locator('input[name=date]').fill('2026-03-14');
    await dialog.locator('input[name=channel]').fill('instagram');
    await dialog.locator('input[name=action]').fill('Kevätkampanja alkoi Instagramissa');
    await dialog.locator('input[name=link]').fill('javascript:alert(1)');
    await dialog.locator('[data-testid=observation-save]').click();
    // The server refuses the link and names it; the modal stays open with what was typed.
    await dialog
      .getByText(/link must be a web address starting with http/)
      .first()
      .waitFor({ timeout: 30_000 });
    await expect(dialog.locator('input[name=action]').inputValue()).resolves.toBe('Kevätkampanja alkoi Instagramissa');
    await dialog.locator('input[name=link]').fill('https://www.instagram.com/p/kevat2026');
    await dialog.locator('[data-testid=observation-save]').click();
    const entry = page.locator('[data-testid=observation-log] tr[data-date="2026-03-14"]');
    await entry.waitFor({ timeout: 30_000 });
    await expect(entry.innerText()).resolves.toMatch(/Paahtimo Pohjoinen[\s\S]*instagram[\s\S]*Kevätkampanja alkoi Instagramissa/);
    const link = entry.locator('a[href="https://www.instagram.com/p/kevat2026"]');
    await expect(link.getAttribute('rel')).resolves.toMatch(/noopener/);
    await expect(page.locator('tr[data-competitor="Paahtimo Pohjoinen"] td').nth(3).innerText()).resolves.toBe('1');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'competitors.png') });

    // The next month's log is asked for and answers without it.
    const april = page.waitForResponse((r) => r.url().includes('/calendar/competitor-observations') && r.url().includes('month=4'));
    await page.getByRole('button', { name: 'Next' }).click();
    await april;
    await page.waitForSelector('[data-testid=observation-log]:has-text("No observations this month.")');
    await expect(page.locator('[data-testid=observation-log] tr[data-date]').count()).resolves.toBe(0);
    expect(page.url()).toContain('month=2026-04');
    await page.goto(`${base}/admin/plugins/calendar/competitors?month=2026-03`);
    await page.locator('[data-testid=observation-log] tr[data-date="2026-03-14"]').waitFor({ timeout: 30_000 });
  });
});
