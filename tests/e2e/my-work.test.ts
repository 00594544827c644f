/**
 * My work and the team board in a real browser: a piece in review moves to approved with one
 * click; one without a publish time is refused with the server's message; a piece changed
 * meanwhile is refused (409) and reloaded; the board moves a piece back a step, reassigns it and
 * shows its history.
 */
import { piece } from '../helpers/content';
import { logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

const PIECE = 'api::content-piece.content-piece';

let session: AdminSession;
let readyId: string;
let undatedId: string;

const statusOf = async (documentId: string) =>
  (await session.app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null }, select: ['editorialStatus'] }))
    .editorialStatus;

describeWithBrowser('my work and the team board', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app, admin } = session;
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString();
    readyId = (
      await piece(
        app,
        { title: 'Valmis tarkastukseen', editorialStatus: 'in-review', assignee: admin.user.id, publishAt: inThreeDays },
        false
      )
    ).documentId;
    undatedId = (
      await piece(app, { title: 'Julkaisuaika puuttuu', editorialStatus: 'in-review', assignee: admin.user.id, publishAt: null }, false)
    ).documentId;
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  const openMyWork = async () => {
    await session.page.goto(`${session.base}/admin/plugins/calendar/my-work`);
    await session.page.waitForSelector(`[data-piece="${readyId}"], [data-piece="${undatedId}"]`, { timeout: 60_000 });
  };

  it('lists the signed-in user’s pieces by deadline and approves one with one click', async () => {
    const { page } = session;
    await openMyWork();
    // No publish time and no due date: the piece has no deadline.
    await expect(page.locator(`[data-bucket="no-date"] [data-piece="${undatedId}"]`).count()).resolves.toBe(1);
    const row = page.locator(`[data-piece="${readyId}"]`);
    await expect(row.textContent()).resolves.toMatch(/Valmis tarkastukseen.*Reach.*Sell.*In review/);
    await row.locator('[data-move="approved"] button').click();
    // Approved pieces leave My work; the database has the move.
    await page.waitForSelector(`[data-piece="${readyId}"]`, { state: 'detached', timeout: 30_000 });
    expect(await statusOf(readyId)).toBe('approved');
  });

  it('shows the server’s message when a piece without a publish time is moved to approved', async () => {
    const { page } = session;
    await openMyWork();
    await page.locator(`[data-piece="${undatedId}"] [data-move="approved"] button`).click();
    const problem = page.locator('[data-testid=workflow-problem]');
    await problem.waitFor({ timeout: 30_000 });
    await expect(problem.textContent()).resolves.toContain('publishAt is required before a piece can be approved');
    await expect(problem.getAttribute('data-status')).resolves.toBe('400');
    expect(await statusOf(undatedId)).toBe('in-review');
  });

  it('refuses a move on a piece changed meanwhile (409), reloads it, and the next click goes through', async () => {
    const { page, app, admin } = session;
    const id = (await piece(app, { title: 'Toinen muokkaa', editorialStatus: 'planned', assignee: admin.user.id, publishAt: null }, false))
      .documentId;
    await openMyWork();
    const shown = await page.locator(`[data-piece="${id}"]`).getAttribute('data-updated', { timeout: 30_000 });
    await app.strapi.documents(PIECE).update({ documentId: id, data: { summary: 'Muokattu toisessa ikkunassa' } });
    await page.locator(`[data-piece="${id}"] [data-move="in-progress"] button`).click();
    const problem = page.locator('[data-testid=workflow-problem][data-status="409"]');
    await problem.waitFor({ timeout: 30_000 });
    expect(await statusOf(id)).toBe('planned');
    // The list was reloaded with the current version, so the same click now saves.
    await page.waitForSelector(`[data-piece="${id}"]:not([data-updated="${shown}"])`, { timeout: 30_000 });
    await page.locator(`[data-piece="${id}"] [data-move="in-progress"] button`).click();
    await page.waitForSelector(`[data-piece="${id}"][data-status="in-progress"]`, { timeout: 30_000 });
    expect(await statusOf(id)).toBe('in-progress');
    await app.strapi.documents(PIECE).update({ documentId: id, data: { assignee: null } });
  });

  it('shows the piece on the team board, moves it back a step and lists the move in its history', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/team?assignee=me`);
    const card = page.locator(`[data-column="in-review"] [data-card="${undatedId}"]`);
    await card.waitFor({ timeout: 60_000 });
    await expect(page.locator(`[data-column="approved"] [data-card="${readyId}"]`).count()).resolves.toBe(1);
    await card.locator('[data-move="in-progress"] button').click();
    await page.waitForSelector(`[data-column="in-progress"] [data-card="${undatedId}"]`, { timeout: 30_000 });
    expect(await statusOf(undatedId)).toBe('in-progress');
    const moved = page.locator(`[data-card="${undatedId}"]`);
    await moved.getByRole('button', { name: 'Activity' }).click();
    await moved.locator('[data-testid=activity] [data-kind="status"]').waitFor({ timeout: 30_000 });
    await expect(moved.locator('[data-testid=activity] [data-kind="status"]').first().textContent()).resolves.toMatch(
      /In review → In progress/
    );
  });

  it('reassigns a piece from its card, and the history names both people', async () => {
    const { page, base, app, admin } = session;
    await page.goto(`${base}/admin/plugins/calendar/team`);
    const card = page.locator(`[data-card="${undatedId}"]`);
    await card.waitFor({ timeout: 60_000 });
    await card.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Nobody' }).click();
    await page.waitForSelector(`[data-card="${undatedId}"] [role=combobox]:has-text("Nobody")`, { timeout: 30_000 });
    const draft = await app.strapi.db
      .query(PIECE)
      .findOne({ where: { documentId: undatedId, publishedAt: null }, populate: { assignee: true } });
    expect(draft.assignee).toBeNull();
    await card.getByRole('button', { name: 'Activity' }).click();
    const entry = card.locator('[data-testid=activity] [data-kind="assignee"]').first();
    await entry.waitFor({ timeout: 30_000 });
    await expect(entry.textContent()).resolves.toContain(`Assignee ${admin.user.firstname} ${admin.user.lastname} → none`);
    // Unassigned, it is off My work, which now has nothing left.
    await page.goto(`${base}/admin/plugins/calendar/my-work`);
    await page.waitForSelector('[data-testid=my-work-empty]', { timeout: 60_000 });
    await expect(page.locator(`[data-piece="${undatedId}"]`).count()).resolves.toBe(0);
  });
});
