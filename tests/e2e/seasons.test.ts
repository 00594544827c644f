/**
 * Seasons in a real browser, for a Finnish admin: juhannus and itsenäisyyspäivä marked in the month
 * view and on the wheel's holiday ring, a piece on a holiday hinted in its schedule panel, the
 * quiet season striped on the wheel and suggested in coverage; the wheel's start month, zoom and
 * ring toggles change the wheel; the print layout is A3 landscape with no admin chrome.
 */
import path from 'node:path';
import { pieceEditPath } from '../../src/plugins/calendar/core/contracts/routing';
import { piece } from '../helpers/content';
import { E2E_SCREENSHOTS as SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

let session: AdminSession;
let holidayPieceId: string;
const WAIT = { timeout: 60_000 };

describeWithBrowser('seasons', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app, admin, page } = session;
    await app.strapi.documents('api::theme.theme').create({
      data: { name: 'Heinäkuun suvanto', startDate: '2026-07-06', endDate: '2026-08-09', quietSeason: true, color: '#A0A0A0' },
    });
    await app.strapi
      .documents('api::theme.theme')
      .create({ data: { name: 'Joulukauppa', startDate: '2026-11-15', endDate: '2026-12-24', color: '#D02B20' } });
    // Juhannuspäivä 2027 is Saturday 26 June.
    holidayPieceId = (
      await piece(app, { title: 'Juhannuksen somepostaus', publishAt: '2027-06-26T07:00:00.000Z', editorialStatus: 'approved' })
    ).documentId;
    await app.strapi.db.query('admin::user').update({ where: { id: admin.user.id }, data: { preferedLanguage: 'fi' } });
    await logIn(session);
    await page.evaluate(() => (globalThis as any).localStorage.setItem('strapi-admin-language', 'fi'));
  });

  afterAll(async () => {
    await session?.stop();
  });

  const wheelAt = async (query: string) => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/wheel?${query}`);
    await page.locator('[data-testid=year-wheel] [data-ring="holidays"] [data-ring-item]').first().waitFor(WAIT);
    return page.locator('[data-testid=year-wheel]');
  };

  it('marks juhannus in June 2026 and itsenäisyyspäivä in December, small, in the month view', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/month?month=2026-06`);
    await page.locator('[data-date="2026-06-20"] [data-season]').waitFor(WAIT);
    await expect(page.locator('[data-date="2026-06-20"] [data-season]').allTextContents()).resolves.toEqual(['Juhannuspäivä']);
    await expect(page.locator('[data-date="2026-06-20"] [data-season]').getAttribute('data-season')).resolves.toBe('public');
    await expect(page.locator('[data-date="2026-06-19"] [data-season]').allTextContents()).resolves.toEqual(['Juhannusaatto']);
    await expect(page.locator('[data-date="2026-06-04"] [data-season="flag"]').textContent()).resolves.toBe(
      'Puolustusvoimain lippujuhlan päivä'
    );
    await expect(page.locator('[data-date="2026-06-10"] [data-season]').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'seasons-month-june.png') });

    await page.goto(`${base}/admin/plugins/calendar/month?month=2026-12`);
    await page.locator('[data-date="2026-12-06"] [data-season]').waitFor(WAIT);
    await expect(page.locator('[data-date="2026-12-06"] [data-season]').allTextContents()).resolves.toEqual(['Itsenäisyyspäivä']);
    await expect(page.locator('[data-date="2026-12-24"] [data-season]').allTextContents()).resolves.toEqual(['Jouluaatto']);
  });

  it('draws both on the wheel’s holiday ring, and the quiet season striped with its legend', async () => {
    const wheel = await wheelAt('year=2026');
    await expect(wheel.getAttribute('data-start')).resolves.toBe('2026-01-01');
    const holidays = wheel.locator('[data-ring="holidays"]');
    await expect(holidays.locator('[data-ring-item="Juhannuspäivä"]').getAttribute('data-date')).resolves.toBe('2026-06-20');
    await expect(holidays.locator('[data-ring-item="Itsenäisyyspäivä"]').getAttribute('data-date')).resolves.toBe('2026-12-06');
    await expect(wheel.locator('[data-ring="commercial"] [data-ring-item="Black Friday"]').getAttribute('data-date')).resolves.toBe(
      '2026-11-27'
    );
    await expect(wheel.locator('[data-quiet="true"] [data-quiet-hatch]').count()).resolves.toBe(1);
    await expect(wheel.locator('[data-quiet="true"]').getAttribute('data-theme')).resolves.toBe('heinakuun-suvanto');
    const legend = await session.page.locator('[data-testid=wheel-legend]').textContent();
    expect(legend).toContain('Heinäkuun suvanto (suvanto)');
    expect(legend).toContain('Pyhät ja liputuspäivät');
    await session.page.screenshot({ path: path.join(SCREENSHOTS, 'seasons-wheel.png') });
  });

  it('starts the wheel at August and zooms to a month', async () => {
    let wheel = await wheelAt('year=2026&start=8');
    await expect(wheel.getAttribute('data-start')).resolves.toBe('2026-08-01');
    await expect(wheel.getAttribute('data-end')).resolves.toBe('2027-07-31');
    // The school year's juhannus is 2027's; 2026's is outside it.
    await expect(wheel.locator('[data-ring-item="Juhannuspäivä"]').getAttribute('data-date')).resolves.toBe('2027-06-26');
    await expect(wheel.locator('[data-month]').first().getAttribute('data-month')).resolves.toBe('8');
    await expect(wheel.getAttribute('aria-label')).resolves.toContain('2026–2027');

    wheel = await wheelAt('year=2026&zoom=m6');
    await expect(wheel.getAttribute('data-zoom')).resolves.toBe('month');
    await expect(wheel.locator('[data-day]').count()).resolves.toBe(30);
    await expect(
      wheel.locator('[data-ring="holidays"] [data-ring-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ring-item')))
    ).resolves.toEqual(['Puolustusvoimain lippujuhlan päivä', 'Juhannusaatto', 'Juhannuspäivä']);

    wheel = await wheelAt('year=2026&zoom=q4');
    await expect(wheel.getAttribute('data-start')).resolves.toBe('2026-10-01');
    await expect(wheel.locator('[data-ring-item="Itsenäisyyspäivä"]').count()).resolves.toBe(1);
    await expect(wheel.locator('[data-ring-item="Juhannuspäivä"]').count()).resolves.toBe(0);
  });

  it('hides a ring from its toggle, in the URL', async () => {
    const { page } = session;
    await wheelAt('year=2026');
    await page.getByRole('checkbox', { name: 'Kaupalliset teemapäivät' }).click();
    await page.waitForURL(/hide=commercial/, WAIT);
    await expect(page.locator('[data-testid=year-wheel] [data-ring="commercial"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid=year-wheel] [data-ring="holidays"]').count()).resolves.toBe(1);
  });

  it('prints on A3 landscape: the wheel and its legend, no admin menus or options', async () => {
    const { page } = session;
    await wheelAt('year=2026');
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const style = (globalThis as any).getComputedStyle(el);
          return style.display === 'none' ? 'none' : style.visibility;
        });
    await expect(visibility('[data-testid=year-wheel]')).resolves.toBe('visible');
    await expect(visibility('[data-testid=wheel-legend]')).resolves.toBe('visible');
    await expect(visibility('[data-testid=wheel-options]')).resolves.toBe('none');
    await expect(visibility('nav')).resolves.toBe('hidden');
    const box = await page.locator('[data-testid=year-wheel]').boundingBox();
    expect(box!.width).toBeGreaterThan(800);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'seasons-wheel-print.png') });
    // The page size comes from the print style: A3 landscape is 420 × 297 mm (1191 × 842 pt).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round(Number(mediaBox![1]))).toBe(1191);
    expect(Math.round(Number(mediaBox![2]))).toBe(842);
    await page.emulateMedia({ media: 'screen' });
  });

  it('suggests the quiet season for development work in coverage', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/coverage?year=2026`);
    await page.locator('[data-testid=quiet-seasons]').waitFor(WAIT);
    await expect(page.locator('[data-testid=quiet-seasons]').textContent()).resolves.toBe(
      'Suvanto: 6.7.–9.8. (Heinäkuun suvanto) – hyvä aika kehitystyölle'
    );
  });

  it('hints in the schedule panel that a piece falls on a public holiday', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin${pieceEditPath(holidayPieceId)}`);
    await page.locator('[data-testid=holiday-hint]').waitFor(WAIT);
    await expect(page.locator('[data-testid=holiday-hint]').textContent()).resolves.toBe(
      '26.6.2027: Juhannuspäivä (yleinen vapaapäivä, Suomi)'
    );
  });
});
