/**
 * The example publishing site (examples/site) on a real Strapi whose scheduler runs every 2 s,
 * read in Chromium: the front page lists the published pieces newest first, a piece's page links
 * its language versions, an unknown slug is a 404, and API values are shown as text. A piece
 * approved to go out a minute ahead is not on the site before its time and appears on its own
 * after it: the scheduler publishes, Strapi posts `entry.publish` to the site's webhook, and the
 * site (whose cache would otherwise keep its answers for an hour) reads fresh content. The
 * webhook refuses requests without the shared secret.
 */
import http from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { instantToIsoWithOffset, localToInstant, instantToLocal } from '../../src/plugins/calendar/core/time';
import { describeWithBrowser } from '../helpers/browser';
import { channel, piece, theme } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

interface Site {
  url: string;
  port: number;
  cache: { size: number };
  stop(): Promise<void>;
}
const { startSite } = require('../../examples/site/src/server') as { startSite(options: Record<string, unknown>): Promise<Site> };

const PIECE = 'api::content-piece.content-piece';
const ZONE = 'Europe/Helsinki';
const SECRET = 'e2e-example-site-webhook-secret';
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'];
const HOSTILE_TITLE = '<img src=x onerror="window.__injected=1">Turvallisuus & "lainaukset"';

let app: TestApp;
let strapiServer: http.Server;
let site: Site;
let browser: Browser;
let page: Page;
const siteLog: string[] = [];
const dialogs: string[] = [];
let fiSlug: string;
let svSlug: string;
let hostileSlug: string;
/** A weekly piece, published: its next occurrence is what "Coming up" starts with. */
let weeklyStart: string;

const body = (heading: string, paragraph: string) => [
  { type: 'heading', level: 2, children: [{ type: 'text', text: heading }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: paragraph },
      { type: 'text', text: ' lue lisää', bold: true },
      { type: 'link', url: 'https://example.com/kevat', children: [{ type: 'text', text: 'linkki' }] },
    ],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'Valoa' }] },
      { type: 'list-item', children: [{ type: 'text', text: 'Vihreää' }] },
    ],
  },
];

const addDays = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const frontTitles = () => page.locator('.pieces .piece h2').allTextContents();

describeWithBrowser('the example publishing site', () => {
  beforeAll(async () => {
    app = await startStrapi({ CALENDAR_SCHEDULER_ENABLED: 'true', CALENDAR_SCHEDULER_INTERVAL_SECONDS: '2' });
    strapiServer = app.strapi.server.httpServer;
    await new Promise<void>((resolve) => strapiServer.listen(0, '127.0.0.1', resolve));
    const strapiUrl = `http://127.0.0.1:${(strapiServer.address() as { port: number }).port}`;

    const blog = await channel(app, 'Blogi');
    const instagram = await channel(app, 'Instagram');
    const spring = await theme(app, 'Kevät', '2026-03-01', '2026-05-31');
    const pieces = app.strapi.documents(PIECE);
    const article = await pieces.create({
      data: {
        title: 'Kevään sisustusvinkit',
        summary: 'Viisi tapaa tuoda kevät kotiin.',
        body: body('Valoa ja väriä', 'Kevät tulee ikkunoista.'),
        funnelStage: 'reach',
        contentGoal: 'sizzle',
        format: 'article',
        channels: [blog.documentId, instagram.documentId],
        theme: spring.documentId,
        publishAt: '2026-03-02T07:00:00.000Z',
      },
      status: 'published',
    });
    fiSlug = article.slug;
    const swedish = await pieces.update({
      documentId: article.documentId,
      locale: 'sv',
      data: {
        title: 'Vårens inredningstips',
        summary: 'Fem sätt att ta in våren.',
        body: body('Ljus och färg', 'Våren kommer genom fönstren.'),
        publishAt: '2026-03-03T07:00:00.000Z',
      },
      status: 'published',
    } as any);
    svSlug = swedish.slug;
    // An English version still in draft: never shown, never linked.
    await pieces.update({ documentId: article.documentId, locale: 'en', data: { title: 'Spring decor tips' } } as any);

    // Weekly at 09:00 Helsinki, on today's weekday, from three weeks back.
    const firstDay = addDays(instantToLocal(new Date(), ZONE).slice(0, 10), -21);
    await piece(app, {
      title: 'Viikon vinkki',
      publishAt: localToInstant(`${firstDay}T09:00`, ZONE).toISOString(),
      recurrence: 'FREQ=WEEKLY',
      channels: [instagram.documentId],
    });
    const next = [0, 7, 14, 21, 28].map((d) => localToInstant(`${addDays(firstDay, d + 21)}T09:00`, ZONE)).find((t) => t > new Date())!;
    weeklyStart = instantToIsoWithOffset(next, ZONE);

    // Strapi refuses a javascript: link on write, so it goes straight into the database, as an
    // old or imported row could have it; `//host` passes Strapi's check and leaves the site.
    const paragraph = (...links: Array<[string, string]>) => ({
      type: 'paragraph',
      children: [
        ...links.map(([url, text]) => ({ type: 'link', url, children: [{ type: 'text', text }] })),
        { type: 'text', text: ' <script>window.__injected=3</script> ' },
        { type: 'link', url: 'https://example.com/turvallinen', children: [{ type: 'text', text: 'turvallinen' }] },
      ],
    });
    const hostile = await pieces.create({
      data: {
        title: HOSTILE_TITLE,
        funnelStage: 'act',
        contentGoal: 'serve',
        format: 'article',
        body: [paragraph(['//evil.example/pois', 'pois'])],
      },
      status: 'published',
    } as any);
    await app.strapi.db.query(PIECE).updateMany({
      where: { documentId: hostile.documentId },
      data: { body: [paragraph(['javascript:window.__injected=2', 'klikkaa'], ['//evil.example/pois', ' pois'])] },
    });
    hostileSlug = hostile.slug;

    site = await startSite({
      env: {},
      strapiUrl,
      host: '127.0.0.1',
      port: 0,
      webhookSecret: SECRET,
      // An hour: within the test only the webhook can make the site read again.
      cacheSeconds: 3600,
      log: (line: string) => siteLog.push(line),
    });
    const webhook = await app.strapi.get('webhookStore').createWebhook({
      name: 'Example site',
      url: `${site.url}/webhooks/strapi`,
      headers: { Authorization: `Bearer ${SECRET}` },
      events: EVENTS,
    });
    app.strapi.get('webhookRunner').add(webhook);

    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fi-FI' });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await site?.stop();
    if (strapiServer?.listening) await new Promise<void>((resolve) => strapiServer.close(() => resolve()));
    await app?.stop();
  });

  it('lists the published pieces newest first, with summary, channels and theme, in Finnish', async () => {
    const res = await page.goto(`${site.url}/`);
    expect(res!.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await frontTitles()).toEqual([HOSTILE_TITLE, 'Viikon vinkki', 'Kevään sisustusvinkit']);
    const article = page.locator('.piece', { hasText: 'Kevään sisustusvinkit' });
    expect(await article.locator('.summary').textContent()).toBe('Viisi tapaa tuoda kevät kotiin.');
    expect((await article.locator('.channels').textContent())?.split(': ')[1].split(', ').sort()).toEqual(['Blogi', 'Instagram']);
    expect(await article.locator('.theme').textContent()).toBe('Teema: Kevät');
    expect(await article.locator('h2 a').getAttribute('href')).toBe(`/fi/${fiSlug}`);
    expect(await page.evaluate(() => (globalThis as any).__injected)).toBeUndefined();
  });

  it('shows the Swedish version under /sv, linked to the Finnish one', async () => {
    await page.goto(`${site.url}/fi`);
    await page.click('nav .languages a[lang=sv]');
    await page.waitForURL(`${site.url}/sv`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await frontTitles()).toEqual(['Vårens inredningstips']);

    await page.click('.pieces a');
    await page.waitForURL(`${site.url}/sv/${svSlug}`);
    expect(await page.textContent('h1')).toBe('Vårens inredningstips');
    expect(await page.textContent('.piece-page .summary')).toBe('Fem sätt att ta in våren.');
    expect(await page.locator('.body h3').textContent()).toBe('Ljus och färg');
    expect(await page.locator('.body p').innerHTML()).toBe(
      'Våren kommer genom fönstren.<strong> lue lisää</strong><a href="https://example.com/kevat" rel="noopener noreferrer">linkki</a>'
    );
    expect(await page.locator('.body li').allTextContents()).toEqual(['Valoa', 'Vihreää']);

    const finnish = page.locator('.versions a');
    expect(await finnish.allTextContents()).toEqual(['Suomeksi: Kevään sisustusvinkit']);
    await finnish.click();
    await page.waitForURL(`${site.url}/fi/${fiSlug}`);
    expect(await page.textContent('h1')).toBe('Kevään sisustusvinkit');
    expect(await page.locator('.versions a').allTextContents()).toEqual(['På svenska: Vårens inredningstips']);
    expect(await page.locator('.versions a').getAttribute('href')).toBe(`/sv/${svSlug}`);

    await page.click('nav .languages a[lang=en]');
    await page.waitForURL(`${site.url}/en`);
    expect(await frontTitles()).toEqual([]);
    expect(await page.textContent('section[aria-labelledby=latest] .empty')).toBe('Nothing published yet.');
    expect(await page.textContent('.coming-up .empty')).toBe('Nothing is scheduled for the next 30 days.');
  });

  it('answers 404 for an unknown slug, a language the site does not have, and a slug in the wrong language', async () => {
    for (const path of ['/fi/ei-tallaista-sivua', '/de/kevaan-sisustusvinkit', `/sv/${fiSlug}`]) {
      const res = await page.goto(`${site.url}${path}`);
      expect([path, res!.status()]).toEqual([path, 404]);
    }
    expect(await page.textContent('h1')).toBe('Sidan hittades inte');
  });

  it('shows titles and bodies as text: no markup or script from the API runs, unsafe links lose their anchor', async () => {
    const res = await page.goto(`${site.url}/fi/${hostileSlug}`);
    expect(res!.status()).toBe(200);
    expect(await page.textContent('h1')).toBe(HOSTILE_TITLE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('.body a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'https://example.com/turvallinen',
    ]);
    expect(await page.textContent('.body p')).toBe('klikkaa pois <script>window.__injected=3</script> turvallinen');
    expect(await page.evaluate(() => (globalThis as any).__injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows a piece approved for a minute ahead only once the scheduler has published it, refreshed by the webhook', async () => {
    const publishAt = new Date(Date.now() + 60_000);
    const title = 'Juuri julkaistu uutinen';
    await app.strapi.documents(PIECE).create({
      data: {
        title,
        funnelStage: 'convert',
        contentGoal: 'sell',
        format: 'article',
        editorialStatus: 'approved',
        publishAt: publishAt.toISOString(),
        timeZone: ZONE,
      },
    } as any);

    await page.goto(`${site.url}/fi`);
    expect(Date.now()).toBeLessThan(publishAt.getTime());
    expect(await frontTitles()).not.toContain(title);
    // "Coming up" is the public occurrences feed: published pieces only, so the approved draft is
    // not there, and the weekly piece's next occurrence is, in Helsinki's own offset.
    const comingUp = await page
      .locator('.coming-up .occurrence')
      .evaluateAll((items) => items.map((li) => [li.querySelector('a')?.textContent, li.querySelector('time')?.getAttribute('datetime')]));
    expect(comingUp[0]).toEqual(['Viikon vinkki', weeklyStart]);
    expect(comingUp.length).toBeGreaterThanOrEqual(4);
    expect(comingUp.map(([t]) => t)).not.toContain(title);
    expect(await page.locator('.coming-up time').first().textContent()).toMatch(new RegExp(`09\\.00 \\(UTC\\${weeklyStart.slice(-6)}\\)$`));

    // Poll the page as a reader would, for at most 90 s after the publish time.
    const deadline = publishAt.getTime() + 90_000;
    let titles = await frontTitles();
    while (titles[0] !== title && Date.now() < deadline) {
      await page.waitForTimeout(1000);
      await page.reload();
      titles = await frontTitles();
    }
    expect(titles[0]).toBe(title);
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime());
    expect(siteLog.some((line) => /^\[site\] refreshed on entry\.publish of api::content-piece\.content-piece /.test(line))).toBe(true);
  }, 180_000);

  it('refuses the webhook without the secret (401), broken JSON (400) and a body over 1 MB (413), keeping its cache', async () => {
    await page.goto(`${site.url}/fi`);
    const cached = site.cache.size;
    expect(cached).toBeGreaterThan(0);
    const refreshes = siteLog.length;
    const post = (headers: Record<string, string>, text: string) =>
      fetch(`${site.url}/webhooks/strapi`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: text });
    const event = JSON.stringify({ event: 'entry.publish', uid: PIECE, entry: {} });

    const missing = await post({}, event);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as any).error.name).toBe('UnauthorizedError');
    expect((await post({ Authorization: `Bearer ${SECRET}x` }, event)).status).toBe(401);
    expect((await post({ Authorization: SECRET }, event)).status).toBe(401);
    const broken = await post({ Authorization: `Bearer ${SECRET}` }, '{"event": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as any).error.details.errors[0].path).toEqual(['body']);
    const noEvent = await post({ Authorization: `Bearer ${SECRET}` }, '{"model": "x"}');
    expect(((await noEvent.json()) as any).error.details.errors[0].path).toEqual(['event']);
    const tooLarge = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${site.url}/webhooks/strapi`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json', 'Content-Length': String(2 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(tooLarge).toBe(413);
    expect(site.cache.size).toBe(cached);
    expect(siteLog.length).toBe(refreshes);

    const accepted = await post({ Authorization: `Bearer ${SECRET}` }, event);
    expect(accepted.status).toBe(204);
    expect(site.cache.size).toBe(0);
  });
});
