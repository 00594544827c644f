/**
 * Content in several languages in a real browser: the month view narrowed to Swedish shows only
 * the Swedish version (at its own time, with its SV badge); Translations missing lists a piece
 * written only in Finnish, in Finnish too, and "Create the translation" opens the new Swedish
 * version in the Content Manager, whose Schedule panel is about that version and lists both;
 * Publish now from the Swedish edit view publishes the Swedish version alone.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { piece } from '../helpers/content';
import { E2E_SCREENSHOTS as SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

const PIECE = 'api::content-piece.content-piece';

let session: AdminSession;
/** fi on Tue 10 March 2099 09:00 Helsinki; its sv version on Thu 12 March 2099 at 12:00. */
let bilingualId: string;
/** Approved, written only in Finnish, on Fri 20 March 2099 09:00. */
let finnishOnlyId: string;

const versions = (documentId: string) =>
  session.app.strapi.db
    .query(PIECE)
    .findMany({ where: { documentId }, select: ['locale', 'title', 'publishedAt', 'editorialStatus'], orderBy: { id: 'asc' } });

/** Waits for the view's own feed request naming these query parameters, and its answer. */
const feedAnswer = (page: Page, params: Record<string, string>) =>
  page.waitForResponse(
    (res) => {
      if (!/\/calendar\/occurrences\?/.test(res.url())) return false;
      const search = new URL(res.url()).searchParams;
      return Object.entries(params).every(([key, value]) => search.get(key) === value);
    },
    { timeout: 60_000 }
  );

describeWithBrowser('content in several languages', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app } = session;
    bilingualId = (
      await piece(app, { title: 'Kevään puutarhaopas', publishAt: '2099-03-10T07:00:00.000Z', editorialStatus: 'approved' }, false)
    ).documentId;
    await app.strapi.documents(PIECE).update({
      documentId: bilingualId,
      locale: 'sv',
      data: { title: 'Vårens trädgårdsguide', publishAt: '2099-03-12T10:00:00.000Z', editorialStatus: 'approved' },
    } as any);
    finnishOnlyId = (
      await piece(app, { title: 'Vain suomeksi', publishAt: '2099-03-20T07:00:00.000Z', editorialStatus: 'approved' }, false)
    ).documentId;
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('shows only the Swedish occurrence, at its own time and with its SV badge, in the month filtered to Swedish', async () => {
    const { page, base } = session;
    const answer = feedAnswer(page, { locale: 'sv', from: '2099-02-23' });
    await page.goto(`${base}/admin/plugins/calendar/month?month=2099-03&locale=sv`);
    const feed = await answer;
    expect(feed.status()).toBe(200);
    const chip = page.locator(`[data-date="2099-03-12"] [data-piece="${bilingualId}"]`);
    await chip.waitFor({ timeout: 60_000 });
    await expect(chip.getAttribute('data-locale')).resolves.toBe('sv');
    await expect(chip.textContent()).resolves.toMatch(/12:00.*Vårens trädgårdsguide.*SV/);
    const badge = chip.locator('[data-locale="sv"][role=img]');
    await expect(badge.getAttribute('aria-label')).resolves.toBe('Swedish');
    // What the view was given is everything it shows: the Finnish versions are not in the answer.
    const body = (await feed.json()) as { data: Array<{ locale: string; title: string }> };
    expect(body.data.map((o) => [o.locale, o.title])).toEqual([['sv', 'Vårens trädgårdsguide']]);
    const shown = await page.locator('[role=gridcell] [data-piece]').evaluateAll((els) => els.map((e) => e.getAttribute('data-locale')));
    expect(shown).toEqual(['sv']);
    await expect(page.locator('[data-date="2099-03-10"]').textContent()).resolves.not.toContain('Kevään puutarhaopas');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'month-sv.png') });

    // Without the filter the month shows every version, each with its badge.
    await page.goto(`${base}/admin/plugins/calendar/month?month=2099-03`);
    await page.waitForSelector(`[data-date="2099-03-10"] [data-piece="${bilingualId}"][data-locale="fi"]`, { timeout: 60_000 });
    await expect(page.locator(`[data-date="2099-03-12"] [data-piece="${bilingualId}"][data-locale="sv"]`).count()).resolves.toBe(1);
    await expect(page.locator(`[data-date="2099-03-10"] [data-piece="${bilingualId}"] [role=img]`).textContent()).resolves.toBe('FI');
  });

  it('lists the Finnish-only piece in Translations missing, in Finnish too', async () => {
    const { page, base, browser } = session;
    await page.goto(`${base}/admin/plugins/calendar/translations`);
    const row = page.locator(`[data-testid=translations-missing] tr[data-piece="${finnishOnlyId}"]`);
    await row.waitFor({ timeout: 60_000 });
    await expect(row.textContent()).resolves.toMatch(/Vain suomeksi.*Approved.*20\.3\.2099 09:00/);
    await expect(
      row.locator('[data-testid=has-locales] [data-locale]').evaluateAll((els) => els.map((e) => e.textContent))
    ).resolves.toEqual(['FI']);
    await expect(row.locator('[data-missing]').evaluateAll((els) => els.map((e) => e.getAttribute('data-missing')))).resolves.toEqual([
      'sv',
    ]);
    // The piece with both versions lacks nothing.
    await expect(page.locator(`[data-testid=translations-missing] tr[data-piece="${bilingualId}"]`).count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'translations.png') });

    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    await context.addInitScript(() => (globalThis as any).localStorage.setItem('strapi-admin-language', 'fi'));
    try {
      const finnish = await context.newPage();
      await logIn(session, finnish);
      await finnish.goto(`${base}/admin/plugins/calendar/translations`);
      await finnish.locator(`tr[data-piece="${finnishOnlyId}"]`).waitFor({ timeout: 60_000 });
      await expect(finnish.getByRole('heading', { name: 'Puuttuvat käännökset' }).count()).resolves.toBeGreaterThan(0);
      await expect(finnish.locator('thead').textContent()).resolves.toMatch(/Kieliversiot.*Puuttuu/);
      await expect(finnish.locator(`tr[data-piece="${finnishOnlyId}"] [data-create-translation=sv]`).textContent()).resolves.toBe(
        'Luo käännös'
      );
    } finally {
      await context.close();
    }
  });

  it('creates the Swedish translation and opens its edit view, whose panel is about that version and lists both', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/plugins/calendar/translations`);
    const button = page.locator(`tr[data-piece="${finnishOnlyId}"] [data-create-translation=sv]`);
    await button.waitFor({ timeout: 60_000 });
    await button.click();
    await page.waitForURL(
      (url) => url.pathname.endsWith(`/content-manager/collection-types/${PIECE}/${finnishOnlyId}`) && /locale(%5D|\])=sv/.test(url.href),
      { timeout: 30_000 }
    );
    expect((await versions(finnishOnlyId)).map((v: any) => [v.locale, v.title, v.editorialStatus, Boolean(v.publishedAt)])).toEqual([
      ['fi', 'Vain suomeksi', 'approved', false],
      ['sv', 'Vain suomeksi', 'planned', false],
    ]);
    const panel = page.locator('[data-testid=schedule-panel]');
    await panel.waitFor({ timeout: 60_000 });
    await expect(panel.getAttribute('data-locale')).resolves.toBe('sv');
    await expect(page.locator('[data-testid=panel-status]').textContent()).resolves.toBe('Planned');
    const listed = page.locator('[data-testid=panel-versions] [data-version]');
    await expect(listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-version')))).resolves.toEqual(['fi', 'sv']);
    await expect(page.locator('[data-testid=panel-versions] [data-version=sv]').getAttribute('aria-current')).resolves.toBe('true');
    // Both start on the original's schedule, each on its own clock.
    await expect(page.locator('[data-version=fi] [data-next]').getAttribute('data-next')).resolves.toBe('2099-03-20T09:00');
    await expect(page.locator('[data-version=sv] [data-next]').getAttribute('data-next')).resolves.toBe('2099-03-20T09:00');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'translation-created.png') });

    // Back on the list, the piece lacks nothing any more.
    await page.goto(`${base}/admin/plugins/calendar/translations`);
    await page.locator('[data-testid=translations-empty]').waitFor({ timeout: 60_000 });
  });

  it('publishes only the Swedish version with Publish now from its edit view', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/content-manager/collection-types/${PIECE}/${bilingualId}?plugins[i18n][locale]=sv`);
    const panel = page.locator('[data-testid=schedule-panel][data-locale=sv]');
    await panel.waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-version=fi] [data-next]').getAttribute('data-next')).resolves.toBe('2099-03-10T09:00');
    await expect(page.locator('[data-version=sv] [data-next]').getAttribute('data-next')).resolves.toBe('2099-03-12T12:00');
    const publish = page.waitForResponse((res) => res.url().endsWith(`/calendar/pieces/${bilingualId}/publish-now`), { timeout: 30_000 });
    await panel.getByRole('button', { name: 'Publish now' }).click();
    const answered = await publish;
    expect(answered.request().postDataJSON()).toEqual({ locale: 'sv' });
    expect(answered.status()).toBe(200);
    const rows = await versions(bilingualId);
    expect(
      rows
        .filter((v: any) => v.publishedAt)
        .map((v: any) => v.locale)
        .sort()
    ).toEqual(['sv']);
    await page.locator('[data-version=sv]').getByText('Published').waitFor({ timeout: 30_000 });
  });
});
