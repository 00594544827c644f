/**
 * Workload in a real browser: the Workload view shows an overloaded week in words and colour and
 * a summer holiday; assigning a piece on the team board to someone on holiday that week asks
 * first, and nothing is saved until "Assign anyway".
 */
import path from 'node:path';
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

const PIECE = 'api::content-piece.content-piece';

let session: AdminSession;
let maijaId: number;
let newsletterId: string;

const assigneeOf = async (documentId: string) =>
  (await session.app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null }, populate: { assignee: true } }))?.assignee
    ?.id ?? null;

describeWithBrowser('workload', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app, admin } = session;
    const maija = await createAdmin(app);
    maijaId = maija.user.id;
    await app.strapi.db.query('admin::user').update({ where: { id: maijaId }, data: { firstname: 'Maija', lastname: 'Mehiläinen' } });
    await app.strapi.db.query('admin::user').update({ where: { id: admin.user.id }, data: { firstname: 'Ville', lastname: 'Virtanen' } });
    await app.strapi.db
      .query('plugin::calendar.absence')
      .create({ data: { userId: maijaId, startDate: '2026-07-06', endDate: '2026-07-26', kind: 'holiday', note: 'Kesäloma' } });
    // Ville: 45 h of work due in week 25 against 37.5 h.
    await piece(
      app,
      { title: 'Juhannuskampanjan video', dueAt: '2026-06-17T12:00:00.000Z', assignee: admin.user.id, effortMinutes: 2700 },
      false
    );
    await piece(app, { title: 'Kesäkuun blogi', publishAt: '2026-07-08T06:00:00.000Z', assignee: maijaId, effortMinutes: 600 }, false);
    newsletterId = (
      await piece(
        app,
        { title: 'Heinäkuun uutiskirje', publishAt: '2026-07-09T06:00:00.000Z', editorialStatus: 'planned', effortMinutes: 240 },
        false
      )
    ).documentId;
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('shows an overloaded week and a summer holiday, and what is behind a cell', async () => {
    const { page, base, admin } = session;
    await page.goto(`${base}/admin/plugins/calendar/workload?from=2026-06-15`);
    const overloaded = page.locator(`[data-person="${admin.user.id}"] [data-week="2026-06-15"]`);
    await overloaded.waitFor({ timeout: 60_000 });
    await expect(overloaded.getAttribute('data-overloaded')).resolves.toBe('true');
    // The week of juhannus: juhannusaatto is a day off, so 4 × 7.5 h of capacity.
    await expect(overloaded.textContent()).resolves.toContain('45 / 30 h');
    await expect(overloaded.textContent()).resolves.toContain('Overloaded 150 %');
    const calm = page.locator(`[data-person="${admin.user.id}"] [data-week="2026-06-22"]`);
    await expect(calm.getAttribute('data-overloaded')).resolves.toBe('false');
    const holiday = page.locator(`[data-person="${maijaId}"] [data-week="2026-07-06"]`);
    await expect(holiday.textContent()).resolves.toContain('Holiday');
    await expect(holiday.textContent()).resolves.toContain('10 / 0 h');
    await overloaded.click();
    const details = page.locator('[data-testid=workload-details]');
    await details.waitFor({ timeout: 30_000 });
    await expect(details.textContent()).resolves.toContain('Juhannuskampanjan video');
    await expect(details.textContent()).resolves.toContain('45 h');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'workload.png') });
  });

  it('asks before assigning a piece to someone on summer holiday, and saves only when confirmed', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/team`);
    const card = page.locator(`[data-card="${newsletterId}"]`);
    await card.waitFor({ timeout: 60_000 });

    await card.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Maija Mehiläinen' }).click();
    const warning = page.locator('[data-testid=assign-warning]');
    await warning.waitFor({ timeout: 30_000 });
    await expect(warning.textContent()).resolves.toContain('Maija Mehiläinen is on holiday in week 28.');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'assign-warning.png') });
    // The question is on screen: the save has not been made.
    expect(await assigneeOf(newsletterId)).toBeNull();
    await page.click('[data-testid=assign-cancel]');
    await warning.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await assigneeOf(newsletterId)).toBeNull();
    await expect(card.getByRole('combobox', { name: 'Assignee' }).textContent()).resolves.toContain('Nobody');

    await card.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Maija Mehiläinen' }).click();
    await warning.waitFor({ timeout: 30_000 });
    await page.click('[data-testid=assign-anyway]');
    await page.waitForSelector(`[data-card="${newsletterId}"] [role=combobox]:has-text("Maija Mehiläinen")`, { timeout: 30_000 });
    expect(await assigneeOf(newsletterId)).toBe(maijaId);
  });

  it('assigns without asking when the person has room that week', async () => {
    const { page, base, admin } = session;
    await session.app.strapi.documents(PIECE).update({ documentId: newsletterId, data: { assignee: null } });
    await page.goto(`${base}/admin/plugins/calendar/team`);
    const card = page.locator(`[data-card="${newsletterId}"]`);
    await card.waitFor({ timeout: 60_000 });
    await card.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Ville Virtanen' }).click();
    await page.waitForSelector(`[data-card="${newsletterId}"] [role=combobox]:has-text("Ville Virtanen")`, { timeout: 30_000 });
    expect(await assigneeOf(newsletterId)).toBe(admin.user.id);
    expect(await page.locator('[data-testid=assign-warning]').count()).toBe(0);
  });
});
