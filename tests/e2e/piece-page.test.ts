/**
 * The piece page (the Content Manager's edit view of a content piece) in a real browser: a
 * fortnightly rule made with the builder, its words, next dates and a skipped date, saved as the
 * RRULE and the local date-time; the piece's clock in a browser elsewhere; a comment's @mention
 * mailed over real SMTP; the Finnish page with no English of ours; and the Schedule panel listing
 * what the public occurrence feed lists.
 */
import type { Page } from 'playwright-core';
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { recipients, startMailbox, type Mailbox } from '../helpers/mail';
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

const PIECE = 'api::content-piece.content-piece';
const ZONE = 'Europe/Helsinki';

let session: AdminSession;
let mailbox: Mailbox;
/** A draft with its first publication on Tuesday 6 Jan 2099 at 09:00 Helsinki time, not yet repeating. */
let pieceId: string;
let finnishSkippedDates: string | null = null;

const editView = (documentId: string) => `${session.base}/admin/content-manager/collection-types/${PIECE}/${documentId}`;
const openPiece = async (page: Page, documentId: string) => {
  await page.goto(editView(documentId));
  await page.locator('[data-testid=schedule-panel]').waitFor({ timeout: 60_000 });
};
const draftOf = (documentId: string) => session.app.strapi.documents(PIECE).findOne({ documentId, status: 'draft' });
/** A page of its own, with its own clock and sign-in. */
const otherPage = async (timezoneId: string, language?: string) => {
  const context = await session.browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'en-GB', timezoneId });
  if (language) await context.addInitScript((lang) => (globalThis as any).localStorage.setItem('strapi-admin-language', lang), language);
  return context.newPage();
};

describeWithBrowser('the piece page', () => {
  beforeAll(async () => {
    mailbox = await startMailbox();
    session = await startAdminSession({
      env: { ...mailbox.env, CALENDAR_NOTIFICATIONS_ENABLED: 'true', CALENDAR_DIGEST_CHECK_SECONDS: '86400', CALENDAR_PUBLIC_READ: 'true' },
    });
    pieceId = (
      await piece(
        session.app,
        { title: 'Joka toinen tiistai', publishAt: '2099-01-06T07:00:00.000Z', timeZone: ZONE, editorialStatus: 'planned' },
        false
      )
    ).documentId;
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
    await mailbox?.close();
  });

  it('makes a fortnightly rule with the builder, shows it in words and dates, skips one date and saves both', async () => {
    const { page } = session;
    await openPiece(page, pieceId);
    // The toggle's hidden checkbox takes the click over its two labels.
    await page.locator('input[type=checkbox][name=recurrence]').click();
    await page.getByLabel('Every', { exact: true }).fill('2');
    await page.getByLabel('Every', { exact: true }).press('Tab');
    await page.getByRole('checkbox', { name: 'Tuesday' }).click();
    await page.getByRole('radio', { name: 'After a number of times' }).click();

    const words = page.locator('[data-testid=recurrence-words]');
    await expect(words.textContent()).resolves.toBe('Every other Tuesday at 09:00, 10 times');
    const next = page.locator('[data-testid=next-occurrences]');
    await expect(next.textContent()).resolves.toMatch(
      /^Next dates \(Europe\/Helsinki\)Tu 6\.1\.2099 09:00Tu 20\.1\.2099 09:00Tu 3\.2\.2099 09:00Tu 17\.2\.2099 09:00Tu 3\.3\.2099 09:00$/
    );

    await page.locator('[data-testid=skipped-dates]').getByRole('checkbox', { name: 'Tu 20.1.2099 09:00' }).click();
    await expect(words.textContent()).resolves.toBe('Every other Tuesday at 09:00, 10 times, except 20 Jan');
    // The skipped date leaves the next dates; the series goes on after it.
    await expect(next.textContent()).resolves.not.toContain('20.1.2099');
    await expect(next.textContent()).resolves.toContain('Tu 17.3.2099 09:00');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved document').first().waitFor({ timeout: 30_000 });
    const saved = await draftOf(pieceId);
    expect({ recurrence: saved?.recurrence, recurrenceExceptions: saved?.recurrenceExceptions, publishAt: saved?.publishAt }).toEqual({
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10',
      recurrenceExceptions: ['2099-01-20T09:00'],
      publishAt: '2099-01-06T07:00:00.000Z',
    });
  });

  it('shows the piece’s clock to a viewer in New York, with their own time beside it', async () => {
    const page = await otherPage('America/New_York');
    try {
      await logIn(session, page);
      await openPiece(page, pieceId);
      await expect(page.getByText(`(${ZONE})`, { exact: false }).first().isVisible()).resolves.toBe(true);
      await expect(page.getByRole('combobox', { name: 'Time', exact: true }).inputValue()).resolves.toBe('09:00');
      await expect(page.locator('[data-testid=viewer-time]').textContent()).resolves.toBe('= 6.1.2099 02:00 your time (America/New_York)');
      // The builder's dates and the panel stay on Helsinki time; the builder adds the viewer's.
      await expect(page.locator('[data-testid=next-occurrences]').textContent()).resolves.toContain(
        'Tu 6.1.2099 09:00 · Tu 6.1.2099 02:00 (America/New_York)'
      );
      const panel = page.locator('[data-testid=panel-occurrences] [data-local]');
      await expect(panel.first().textContent()).resolves.toBe('Tu 6.1.2099 09:00');
      await expect(panel.first().getAttribute('data-local')).resolves.toBe('2099-01-06T09:00');
    } finally {
      await page.context().close();
    }
  });

  it('mails the person a comment mentions, and lists the comment in the thread', async () => {
    const { page, app } = session;
    const colleague = await createAdmin(app);
    await app.strapi.db.query('admin::user').update({ where: { id: colleague.user.id }, data: { firstname: 'Pekka', lastname: 'Puupää' } });
    await openPiece(page, pieceId);
    await page.getByRole('textbox', { name: 'New comment' }).fill('Katsotko otsikon?');
    await page.getByRole('combobox', { name: 'Mention someone' }).click();
    await page.getByRole('option', { name: 'Pekka Puupää' }).click();
    await expect(page.locator('[data-testid=comment-mentions]').textContent()).resolves.toContain('@Pekka Puupää');
    await expect(page.getByRole('textbox', { name: 'New comment' }).inputValue()).resolves.toBe('Katsotko otsikon? @Pekka Puupää ');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();

    const thread = page.locator('[data-testid=comments] li');
    await thread.first().waitFor({ timeout: 30_000 });
    await expect(thread.first().textContent()).resolves.toContain('Katsotko otsikon? @Pekka Puupää');
    const mail = await mailbox.waitFor((m) => recipients(m).includes(colleague.email), 30_000);
    expect(mail.subject).toContain('Joka toinen tiistai');
    expect(mail.text).toContain('Katsotko otsikon? @Pekka Puupää');
    expect(mail.text).toContain(`/admin/content-manager/collection-types/${PIECE}/${pieceId}`);
  });

  it('shows the piece page in Finnish with none of our English texts', async () => {
    const finn = await createAdmin(session.app);
    await session.app.strapi.db.query('admin::user').update({ where: { id: finn.user.id }, data: { preferedLanguage: 'fi' } });
    const fortnightly = await piece(
      session.app,
      {
        title: 'Joka toinen tiistai, suomeksi',
        publishAt: '2099-01-06T07:00:00.000Z',
        timeZone: ZONE,
        recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10',
        recurrenceExceptions: ['2099-01-20T09:00'],
        editorialStatus: 'planned',
      },
      false
    );
    const page = await otherPage(ZONE, 'fi');
    try {
      await logIn(session, page, finn);
      await openPiece(page, fortnightly.documentId);
      const main = page.locator('main');
      await page.locator('[data-testid=next-occurrences]').waitFor({ timeout: 30_000 });
      // Every text node on its own line, as written (innerText would give the CSS upper case).
      const text = await main.evaluate((root) => {
        const doc = (globalThis as any).document;
        const walker = doc.createTreeWalker(root, 4);
        const parts: string[] = [];
        while (walker.nextNode()) parts.push(walker.currentNode.textContent);
        return parts.join('\n');
      });
      await page.screenshot({ path: require('node:path').join(E2E_SCREENSHOTS, 'piece-page-fi.png'), fullPage: true });
      for (const finnish of [
        'Aikataulu',
        'Seuraavat julkaisut (Europe/Helsinki)',
        'Kommentit',
        'Työn tila',
        'Historia',
        'Seuraavat kerrat (Europe/Helsinki)',
        'Kuinka usein',
        'Viikoittain',
        'Päättyy',
        'Tietyn kertamäärän jälkeen',
        'Rastita kerta, joka jätetään väliin; muu sarja säilyy.',
        'Kirjoita sääntö tekstinä (RRULE)',
        'Kommentoi',
        'Joka toinen tiistai klo 9.00, 10 kertaa, paitsi 20.1.',
      ]) {
        expect({ finnish, shown: text.includes(finnish) }).toEqual({ finnish, shown: true });
      }
      const panel = await page.locator('[data-testid=schedule-panel]').textContent();
      // The Content Manager's field labels and hints are the installation's one language (the
      // plugin's contentManagerLanguage option, English here), so "Editorial status" is asked of the panel only.
      for (const english of [
        'Schedule',
        'Next publications',
        'Editorial status',
        'Nobody assigned',
        'History',
        'Publish log',
        'Comments',
        'No comments yet',
        'Not approved',
        'Publish now',
        'Unschedule',
      ]) {
        expect({ english, shown: panel?.includes(english) }).toEqual({ english, shown: false });
      }
      for (const english of [
        /\bSchedule\b/,
        /Next publications/,
        /\bComments\b/,
        /\bHistory\b/,
        /Next dates/,
        /How often/,
        /\bWeekly\b/,
        /\bEnds\b/,
        /After a number of times/,
        /Tick a date/,
        /Write the rule as text/,
        /Mention someone/,
        /Does not repeat/,
        /Every other/,
        /No targets yet/,
      ]) {
        expect({ english: String(english), shown: english.test(text) }).toEqual({ english: String(english), shown: false });
      }
      await expect(page.getByRole('button', { name: 'Kommentoi', exact: true }).count()).resolves.toBe(1);
      finnishSkippedDates = await page.locator('[data-testid=skipped-dates]').textContent();
    } finally {
      await page.context().close();
    }
  });

  it('lists the skipped dates with Finnish weekday names on the Finnish page', () => {
    expect(finnishSkippedDates).toContain('ti 6.1.2099 09:00');
    expect(finnishSkippedDates).not.toMatch(/\bTu \d/);
  });

  it('lists in the panel the same next occurrences as the public occurrence feed', async () => {
    const { page, app } = session;
    const live = await piece(app, {
      title: 'Viikon uutiskirje',
      publishAt: '2026-01-08T06:00:00.000Z',
      timeZone: ZONE,
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
      editorialStatus: 'approved',
    });
    await openPiece(page, live.documentId);
    const rows = page.locator('[data-testid=panel-occurrences] li');
    await rows.first().waitFor({ timeout: 30_000 });
    const shown = await page
      .locator('[data-testid=panel-occurrences] [data-local]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-local')));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.every((local) => local?.endsWith('T08:00'))).toBe(true);
    await expect(rows.first().textContent()).resolves.toMatch(/^[A-Z][a-z] \d{1,2}\.\d{1,2}\.\d{4} 08:00Published$/);

    const from = new Date(Date.now() - 60_000).toISOString();
    const to = new Date(new Date(`${shown[shown.length - 1]}:00Z`).getTime() + 86_400_000).toISOString();
    const feed = await app.http().get('/api/calendar/occurrences').query({ from, to, tz: ZONE });
    expect({ status: feed.status, error: feed.body.error?.message }).toEqual({ status: 200, error: undefined });
    const fromFeed = feed.body.data.filter((o: any) => o.documentId === live.documentId).map((o: any) => String(o.start).slice(0, 16));
    expect(shown).toEqual(fromFeed);
  });
});
