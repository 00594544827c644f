/**
 * The budget page in a real browser: the 2026 budget shows planned against spent with an
 * overspent month flagged in words; a spend entry added through the modal shows in the totals at
 * once; the CSV downloaded adds up to the page's totals; a reader without budget.edit sees no
 * edit controls. On the year wheel, the budget ring colours each theme by its share spent (an
 * over-budget theme red, one with no budget grey) and is absent, with no request, for a user
 * without budget.read; the competitors ring is off until chosen and shows active competitors only.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { createAdmin } from '../helpers/admin';
import { channel, theme } from '../helpers/content';
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

let session: AdminSession;
const springId = async () =>
  ((await session.app.strapi.db.query('api::theme.theme').findOne({ where: { name: 'Kevätkampanja' } })) as { documentId: string } | null)
    ?.documentId;
const LINE = 'plugin::calendar.budget-line';
const ENTRY = 'plugin::calendar.spend-entry';
const COMPETITOR = 'plugin::calendar.competitor';
const OBSERVATION = 'plugin::calendar.competitor-observation';
// BUDGET_USE_COLORS of core/budget/budget-color.ts.
const RED = '#d02b20';
const GREEN = '#328048';
const GREY = '#8e8ea9';

describeWithBrowser('the budget page', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app } = session;
    const instagram = await channel(app, 'Instagram', { kind: 'shared' });
    const spring = await theme(app, 'Kevätkampanja', '2026-03-01', '2026-05-31');
    const refs = { channelDocumentId: instagram.documentId, themeDocumentId: spring.documentId, currency: 'EUR' };
    await app.strapi.documents(LINE).create({ data: { year: 2026, month: 1, category: 'media', amountCents: 100000, ...refs } as never });
    await app.strapi
      .documents(LINE)
      .create({ data: { year: 2026, month: 3, category: 'production', amountCents: 50000, ...refs } as never });
    await app.strapi.documents(ENTRY).create({
      data: { date: '2026-01-20', category: 'media', amountCents: 120000, supplier: 'Meta Platforms Ireland Ltd', ...refs } as never,
    });
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('shows planned against spent for 2026 with the overspent month flagged', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/budget?year=2026`);
    const total = page.locator('[data-testid=budget-year-total]');
    await total.waitFor({ timeout: 60_000 });
    await expect(total.textContent()).resolves.toBe('Planned: €1,500.00 · Spent: €1,200.00');
    const january = page.locator('[data-testid=budget-periods] tr[data-row=M1]');
    await expect(january.getAttribute('data-overspent')).resolves.toBe('true');
    await expect(january.locator('[data-cell=status]').textContent()).resolves.toBe('Over budget');
    await expect(january.locator('[data-cell=remaining]').textContent()).resolves.toBe('-€200.00');
    await expect(page.locator('[data-testid=budget-periods] tr[data-row=M3] [data-cell=status]').textContent()).resolves.toBe(
      'Within budget'
    );
    await expect(page.locator('[data-testid=budget-chart] g[data-month="1"]').getAttribute('data-overspent')).resolves.toBe('true');
  });

  it('adds a spend entry through the modal and the totals change at once', async () => {
    const { page } = session;
    await page.click('[data-testid=budget-add-entry]');
    const dialog = page.locator('[role=dialog]');
    await dialog.locator('input[name=date]').fill('2026-03-12');
    await dialog.getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: 'Instagram' }).click();
    await dialog.locator('input[name=amount]').fill('250,50');
    await dialog.locator('input[name=supplier]').fill('Valokuvaamo Lumo');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'budget-add-entry.png') });
    await page.click('[data-testid=budget-form-save]');
    await page.locator('[data-testid=budget-year-total]', { hasText: 'Spent: €1,450.50' }).waitFor({ timeout: 15_000 });
    await page.locator('[data-testid=budget-entries] td', { hasText: 'Valokuvaamo Lumo' }).waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-testid=budget-periods] tr[data-row=M3] [data-cell=spent]').textContent()).resolves.toBe('€250.50');
    await expect(session.app.strapi.db.query(ENTRY).count()).resolves.toBe(2);
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'budget.png') });
  });

  it('downloads the CSV, and it adds up to the page', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('[data-testid=budget-csv]')]);
    expect(download.suggestedFilename()).toBe('vuosikello-budget-2026-category.csv');
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
      .map((r) => r.split(','));
    expect(rows[0]).toEqual(['group', 'period', 'planned', 'spent', 'remaining', 'overspent', 'currency']);
    const cents = (s: string) => Math.round(Number(s) * 100);
    const months = rows.slice(1).filter((r) => r[0] !== 'Total' && r[1].startsWith('M'));
    expect(months.reduce((s, r) => s + cents(r[2]), 0)).toBe(150000);
    expect(months.reduce((s, r) => s + cents(r[3]), 0)).toBe(145050);
    expect(rows.find((r) => r[0] === 'Total' && r[1] === 'year')).toEqual(['Total', 'year', '1500', '1450.5', '49.5', 'false', 'EUR']);
  });

  it('asks before deleting a spend entry: Cancel keeps it, Delete removes it', async () => {
    const { page, app } = session;
    const instagram = (await app.strapi.db.query('api::channel.channel').findOne({ where: { name: 'Instagram' } })) as {
      documentId: string;
    };
    const extra = await app.strapi.documents(ENTRY).create({
      data: {
        date: '2026-04-02',
        category: 'tools',
        amountCents: 1234,
        supplier: 'Poistettava Oy',
        channelDocumentId: instagram.documentId,
        currency: 'EUR',
      } as never,
    });
    await page.reload();
    const row = page.locator(`[data-testid=budget-entries] tr[data-item="${extra.documentId}"]`);
    await row.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.locator('[data-testid=budget-delete-confirm]');
    await confirm.waitFor({ timeout: 15_000 });
    await expect(confirm.textContent()).resolves.toContain('€12.34');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached', timeout: 15_000 });
    await expect(app.strapi.db.query(ENTRY).count({ where: { documentId: extra.documentId } })).resolves.toBe(1);
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.locator('[role=alertdialog], [role=dialog]').getByRole('button', { name: 'Delete' }).click();
    await row.waitFor({ state: 'detached', timeout: 15_000 });
    await expect(app.strapi.db.query(ENTRY).count({ where: { documentId: extra.documentId } })).resolves.toBe(0);
  });

  it('shows a reader without budget.edit no edit controls', async () => {
    const { app, browser, base } = session;
    const role = await app.strapi.service('admin::role').create({ name: `Lukija ${crypto.randomUUID()}`, description: 'budget reader' });
    await app.strapi.service('admin::role').assignPermissions(
      role.id,
      ['plugin::calendar.read', 'plugin::calendar.budget.read'].map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
    );
    const reader = await createAdmin(app, role.code);
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    try {
      await logIn(session, page, reader);
      await page.goto(`${base}/admin/plugins/calendar/budget?year=2026`);
      await page.locator('[data-testid=budget-entries]').waitFor({ timeout: 60_000 });
      await expect(page.locator('[data-testid=budget-year-total]').textContent()).resolves.toBe('Planned: €1,500.00 · Spent: €1,450.50');
      await expect(page.locator('[data-testid=budget-add-entry]').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Edit' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Download CSV' }).count()).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });

  it('colours the wheel’s budget ring by each theme’s share spent: red over budget, grey with none', async () => {
    const { app, page, base } = session;
    const winter = await theme(app, 'Talvi-ale', '2026-01-05', '2026-02-15');
    await theme(app, 'Kesätapahtuma', '2026-06-10', '2026-06-20');
    const refs = { themeDocumentId: winter.documentId, currency: 'EUR' };
    await app.strapi
      .documents(LINE)
      .create({ data: { year: 2026, month: 1, category: 'campaign', amountCents: 500000, ...refs } as never });
    await app.strapi.documents(ENTRY).create({
      data: { date: '2026-01-25', category: 'campaign', amountCents: 610000, supplier: 'Mainostoimisto Kajo', ...refs } as never,
    });
    await page.goto(`${base}/admin/plugins/calendar/wheel?year=2026`);
    const ring = page.locator('[data-testid=year-wheel] [data-ring="budget"]');
    const over = ring.locator('[data-ring-item^="Talvi-ale"]');
    await over.waitFor({ timeout: 60_000 });
    await expect(over.getAttribute('data-ring-item')).resolves.toBe('Talvi-ale: 122% of budget (€6,100.00 / €5,000.00)');
    await expect(over.getAttribute('fill')).resolves.toBe(RED);
    await expect(over.getAttribute('data-date')).resolves.toBe('2026-01-05');
    const spring = ring.locator('[data-ring-item^="Kevätkampanja"]');
    // The entry added in the modal was on a channel, not the theme.
    await expect(spring.getAttribute('data-ring-item')).resolves.toBe('Kevätkampanja: 80% of budget (€1,200.00 / €1,500.00)');
    await expect(spring.getAttribute('fill')).resolves.toBe(GREEN);
    const none = ring.locator('[data-ring-item^="Kesätapahtuma"]');
    await expect(none.getAttribute('data-ring-item')).resolves.toBe('Kesätapahtuma: no budget');
    await expect(none.getAttribute('fill')).resolves.toBe(GREY);
    await expect(page.locator('[data-legend-ring="budget"]').textContent()).resolves.toContain('over budget');
    // A spend entry recolours the ring: the spring campaign goes over too.
    await app.strapi.documents(ENTRY).create({
      data: {
        date: '2026-04-02',
        category: 'production',
        amountCents: 40000,
        themeDocumentId: (await springId()) ?? '',
        currency: 'EUR',
      } as never,
    });
    await page.reload();
    await ring.locator('[data-ring-item="Kevätkampanja: 107% of budget (€1,600.00 / €1,500.00)"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'wheel-budget-ring.png') });
  });

  it('shows the competitors ring only when chosen, with active competitors’ observations', async () => {
    const { app, page, base } = session;
    const active = await app.strapi.db.query(COMPETITOR).create({ data: { name: 'Kilpailija Oy', active: true } });
    const gone = await app.strapi.db.query(COMPETITOR).create({ data: { name: 'Lopettanut Oy', active: false } });
    await app.strapi.db
      .query(OBSERVATION)
      .create({ data: { date: '2026-02-10', competitorId: active.id, action: 'Talvikampanja somessa' } });
    await app.strapi.db.query(OBSERVATION).create({ data: { date: '2026-02-12', competitorId: gone.id, action: 'Loppuunmyynti' } });
    await page.goto(`${base}/admin/plugins/calendar/wheel?year=2026`);
    await page.locator('[data-testid=year-wheel] [data-ring="budget"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-testid=year-wheel] [data-ring="competitors"]').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Competitors' }).click();
    await page.waitForURL(/show=competitors/, { timeout: 15_000 });
    const mark = page.locator('[data-testid=year-wheel] [data-ring="competitors"] [data-ring-item="Kilpailija Oy: Talvikampanja somessa"]');
    await mark.waitFor({ timeout: 30_000 });
    await expect(mark.getAttribute('data-date')).resolves.toBe('2026-02-10');
    await expect(page.locator('[data-ring="competitors"] [data-ring-item^="Lopettanut Oy"]').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Competitors' }).click();
    await page.waitForURL((url) => !url.search.includes('show='), { timeout: 15_000 });
    await expect(page.locator('[data-testid=year-wheel] [data-ring="competitors"]').count()).resolves.toBe(0);
  });

  it('shows a user without budget.read no budget ring, and asks the server nothing about it', async () => {
    const { app, browser, base } = session;
    const role = await app.strapi.service('admin::role').create({ name: `Suunnittelija ${crypto.randomUUID()}`, description: 'no budget' });
    await app.strapi.service('admin::role').assignPermissions(
      role.id,
      ['plugin::calendar.read'].map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
    );
    const planner = await createAdmin(app, role.code);
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    const budgetCalls: string[] = [];
    page.on('request', (req) => {
      if (req.url().includes('/calendar/budget')) budgetCalls.push(req.url());
    });
    try {
      await logIn(session, page, planner);
      await page.goto(`${base}/admin/plugins/calendar/wheel?year=2026`);
      await page.locator('[data-testid=year-wheel] [data-theme]').first().waitFor({ timeout: 60_000 });
      await page.locator('[data-testid=wheel-legend]').waitFor({ timeout: 15_000 });
      await expect(page.locator('[data-testid=year-wheel] [data-ring="budget"]').count()).resolves.toBe(0);
      await expect(page.getByRole('checkbox', { name: 'Budget use by theme' }).count()).resolves.toBe(0);
      expect(budgetCalls).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
