/**
 * Share links in a real browser: an admin makes a link on the Share links page and copies its
 * address; a fresh browser (no session) opens the year wheel; an intranet page on an allowed
 * origin embeds it, another origin cannot; once revoked, the fresh browser gets "no longer available".
 */
import http from 'node:http';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { channel, piece } from '../helpers/content';
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

/**
 * An intranet page that frames `src`, on a real loopback server like Strapi's (Chromium lets no
 * public page frame a local address). Reached as localhost it is the allowed origin; as 127.0.0.1,
 * another one.
 */
const intranet = http.createServer((req, res) => {
  const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html><h1>Intranet</h1><iframe src="${src.replace(/"/g, '&quot;')}" width="1000" height="900"></iframe>`);
});
let INTRANET: string;
let ELSEWHERE: string;

let session: AdminSession;
let outsider: BrowserContext;
let url: string;

describeWithBrowser('share links', () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => intranet.listen(0, '127.0.0.1', resolve));
    const { port } = intranet.address() as { port: number };
    [INTRANET, ELSEWHERE] = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
    session = await startAdminSession({ env: { CALENDAR_SHARE_FRAME_ANCESTORS: INTRANET } });
    const { app } = session;
    const linkedin = await channel(app, 'LinkedIn', { kind: 'shared', color: '#0A66C2' });
    await app.strapi
      .documents('api::theme.theme')
      .create({ data: { name: 'Kevät', startDate: '2026-03-01', endDate: '2026-05-31', color: '#7BC67B' } });
    await piece(app, { title: 'Julkaistu kevätkampanja', publishAt: '2026-03-10T07:00:00.000Z', channels: [linkedin.documentId] });
    await piece(app, { title: 'Salainen luonnos', publishAt: '2026-04-10T07:00:00.000Z', notes: 'Ei ulkopuolisille' }, false);
    await logIn(session);
    // A browser with no admin session at all: what a client or a board member has.
    outsider = await session.browser.newContext({
      viewport: { width: 1400, height: 1100 },
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
    });
  });

  afterAll(async () => {
    await outsider?.close();
    await session?.stop();
    await new Promise((resolve) => intranet.close(resolve));
  });

  it('an admin creates a link and copies its address', async () => {
    const { page, base } = session;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/admin/plugins/calendar/share-links`);
    await page.click('[data-testid=share-link-new]', { timeout: 60_000 });
    await page.locator('[role=dialog] input[name=name]').fill('Hallitus');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'share-link-create.png') });
    await page.click('[data-testid=share-link-save]');
    const shown = page.locator('[data-testid=share-link-url]');
    await shown.waitFor({ timeout: 30_000 });
    url = await shown.inputValue();
    expect(url).toMatch(new RegExp(`^${base}/api/calendar/share\\?token=[A-Za-z0-9_-]{43}&view=wheel$`));
    await expect(page.locator('[data-testid=share-link-embed]').inputValue()).resolves.toContain('<iframe src="');

    await page.getByRole('button', { name: /^Copy: Link address/ }).click();
    await expect(page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>)).resolves.toBe(url);
    await page.waitForSelector('tr[data-state=active]');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'share-links.png') });
  });

  it('a fresh browser, signed in nowhere, opens the wheel with the theme and the published title only', async () => {
    const page = await outsider.newPage();
    const res = await page.goto(`${url}&year=2026`);
    expect(res?.status()).toBe(200);
    const wheel = page.locator('svg[data-testid=year-wheel]');
    await wheel.waitFor();
    await expect(page.locator('[data-theme=kevat]').count()).resolves.toBe(1);
    await expect(wheel.textContent()).resolves.toContain('Julkaistu kevätkampanja');
    await expect(page.content()).resolves.not.toContain('Salainen luonnos');
    await page.screenshot({ path: path.join(E2E_SCREENSHOTS, 'share-wheel.png') });

    // Plain links lead to the month view and on to the next month.
    await page.click('a[data-view=month]');
    await page.locator('table[data-testid=month-grid]').waitFor();
    const before = await page.locator('table[data-testid=month-grid]').getAttribute('data-month');
    await page.click('a[data-nav=next]');
    await expect(page.locator('table[data-testid=month-grid]').getAttribute('data-month')).resolves.not.toBe(before);
    const march = new URL(url);
    march.searchParams.set('view', 'month');
    march.searchParams.set('month', '2026-03');
    await page.goto(march.toString());
    await expect(page.locator('td[data-date="2026-03-10"]').textContent()).resolves.toMatch(/09:00 Julkaistu kevätkampanja/);
    await page.close();
  });

  it('an intranet page on the allowed origin embeds it; another origin cannot', async () => {
    const embedder = async (origin: string) => {
      const page = await outsider.newPage();
      await page.goto(`${origin}/vuosikello?src=${encodeURIComponent(`${url}&year=2026`)}`);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      await frame.waitForLoadState();
      return { page, frame };
    };
    const allowed = await embedder(INTRANET);
    await allowed.frame.locator('svg[data-testid=year-wheel]').waitFor({ timeout: 30_000 });
    await allowed.page.close();

    const refused = await embedder(ELSEWHERE);
    await expect(refused.frame.locator('svg[data-testid=year-wheel]').count()).resolves.toBe(0);
    await refused.page.close();
  });

  it('once the admin revokes it, the fresh browser gets the "no longer available" page', async () => {
    const { page } = session;
    await page.click('tr[data-state=active] [data-testid=share-link-revoke]');
    await page.locator('[role=alertdialog]').getByRole('button', { name: 'Confirm' }).click();
    await page.waitForSelector('tr[data-state=revoked]', { timeout: 30_000 });

    const outside = await outsider.newPage();
    const res = await outside.goto(`${url}&year=2026`);
    expect(res?.status()).toBe(410);
    await expect(outside.locator('[data-testid=share-unavailable] h1').textContent()).resolves.toBe('Linkki ei ole enää käytössä');
    await expect(outside.content()).resolves.not.toContain('Julkaistu kevätkampanja');
    await outside.close();
  });
});
