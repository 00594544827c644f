/**
 * Views with more than fits, in a real browser: a busy month day folds behind "+N more", a chip's
 * move button comes with the focus, a board's far cards are drawn when scrolled to, and a
 * hand-edited address still gets the server's own refusal.
 */
import { piece } from '../helpers/content';
import { logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

let session: AdminSession;
const busyDay: string[] = [];

describeWithBrowser('busy views', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app } = session;
    // Six pieces on one day, at 08:00–13:00 Helsinki.
    for (let i = 0; i < 6; i += 1)
      busyDay.push(
        (
          await piece(
            app,
            { title: `Kiireinen ${i}`, publishAt: `2026-03-12T${String(6 + i).padStart(2, '0')}:00:00.000Z`, editorialStatus: 'planned' },
            false
          )
        ).documentId
      );
    // A long idea column: the last card is far below the fold.
    for (let i = 0; i < 40; i += 1) await piece(app, { title: `Idea ${String(i).padStart(2, '0')}`, editorialStatus: 'idea' }, false);
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('shows four pieces on a busy day and the rest behind "+2 more", and folds them again', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/month?month=2026-03`);
    const day = page.locator('[data-date="2026-03-12"]');
    await day.locator('[data-piece]').first().waitFor({ timeout: 60_000 });
    expect(await day.locator('[data-piece]').count()).toBe(4);
    // The first four by time: 08:00 to 11:00.
    await expect(day.textContent()).resolves.toMatch(/08:00.*Kiireinen 0.*11:00.*Kiireinen 3/);
    const more = page.locator('[data-more="2026-03-12"]');
    await expect(more.textContent()).resolves.toBe('+2 more');
    await more.click();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-date="2026-03-12"] [data-piece]').length === 6);
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(more.textContent()).resolves.toBe('Show fewer');
    await more.click();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-date="2026-03-12"] [data-piece]').length === 4);
  });

  it('draws a chip’s move button when the chip has the focus, and the button opens the move dialog', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/month?month=2026-03`);
    const chip = page.locator(`[data-date="2026-03-12"] [data-piece="${busyDay[0]}"]`);
    await chip.waitFor({ timeout: 60_000 });
    expect(await chip.locator('[data-move]').count()).toBe(0);
    await chip.locator('[role=link]').focus();
    await chip.locator('[data-move]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role=alertdialog], [role=dialog]');
    await dialog.waitFor({ timeout: 10_000 });
    await expect(dialog.textContent()).resolves.toMatch(/Move to another day.*Kiireinen 0/);
  });

  it('holds far board cards as titled placeholders and draws them when scrolled to', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/team`);
    await page.locator('[data-testid=team-board] [data-card]').first().waitFor({ timeout: 60_000 });
    const placeholder = page.locator('[data-column=idea] [data-placeholder]').last();
    const lastIdea = await placeholder.getAttribute('data-placeholder');
    const title = await placeholder.textContent();
    expect(title).toMatch(/^Idea \d\d$/);
    expect(await page.locator(`[data-card="${lastIdea}"]`).count()).toBe(0);
    expect(await page.locator('[data-column=idea] [data-card]').count()).toBeLessThan(40);
    // The column still counts every card.
    await expect(page.locator('[data-column=idea] h2').textContent()).resolves.toMatch(/\(40\)/);
    await placeholder.scrollIntoViewIfNeeded();
    await page.locator(`[data-card="${lastIdea}"]`).waitFor({ timeout: 10_000 });
    await expect(page.locator(`[data-card="${lastIdea}"]`).textContent()).resolves.toContain(title!);
  });

  it('shows the server’s own refusal of a hand-edited month address', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/month?month=2026-03&stage=sometime`);
    const problem = page.locator('[data-testid=load-error]');
    await problem.waitFor({ timeout: 60_000 });
    await expect(problem.textContent()).resolves.toMatch(/stage/);
  });
});
