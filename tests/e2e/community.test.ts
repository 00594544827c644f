/**
 * The Community view in a real browser: today's occurrence of a daily task is ticked done with
 * its minutes, and the report's done count, missed count, completion and minutes follow; undo
 * puts them back.
 */
import { addDays } from '../../src/plugins/calendar/core/calendar-grid';
import { instantToLocal, localToInstant } from '../../src/plugins/calendar/core/time';
import { channel } from '../helpers/content';
import { logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';

const ZONE = 'Europe/Helsinki';
const TASK = 'plugin::calendar.community-task';
const LOG = 'plugin::calendar.work-log';

let session: AdminSession;
let taskId: string;
const today = instantToLocal(new Date(), ZONE).slice(0, 10);
const reportFrom = addDays(today, -6);

describeWithBrowser('community view', () => {
  beforeAll(async () => {
    session = await startAdminSession();
    const { app, admin } = session;
    const instagram = await channel(app, 'Instagram', { kind: 'shared', color: '#E4405F' });
    // Daily at midnight, Helsinki time, from two weeks ago: today's occurrence is already due.
    taskId = (
      await app.strapi.documents(TASK).create({
        data: {
          title: 'Instagramin kommenttien seuranta',
          kind: 'monitor',
          channel: instagram.documentId,
          startsAt: localToInstant(`${addDays(today, -14)}T00:00`, ZONE).toISOString(),
          timeZone: ZONE,
          recurrence: 'FREQ=DAILY;BYHOUR=0;BYMINUTE=0',
          estimateMinutes: 15,
          assignee: admin.user.id,
        },
      })
    ).documentId;
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
  });

  const cell = (row: string, column: string) => session.page.locator(`[data-testid=report] [data-row="${row}"] [data-cell="${column}"]`);
  const waitForCell = (row: string, column: string, value: string) =>
    session.page.waitForFunction(
      ([selector, expected]) => (globalThis as any).document.querySelector(selector)?.textContent === expected,
      [`[data-testid=report] [data-row="${row}"] [data-cell="${column}"]`, value] as const,
      { timeout: 30_000 }
    );

  it('ticks today’s occurrence done with minutes, and the report counts it', async () => {
    const { page, base, app } = session;
    await page.goto(`${base}/admin/plugins/calendar/community?reportFrom=${reportFrom}&reportTo=${today}`);
    const row = page.locator(`[data-testid=agenda] [data-channel="instagram"] tr[data-task="${taskId}"]`);
    await row.waitFor({ timeout: 60_000 });
    await waitForCell('total', 'due', '7');

    // Before: seven midnights due in the report's week, none logged.
    await expect(cell('instagram', 'due').textContent()).resolves.toBe('7');
    await expect(cell('instagram', 'done').textContent()).resolves.toBe('0');
    await expect(cell('instagram', 'missed').textContent()).resolves.toBe('7');
    await expect(cell('instagram', 'completion').textContent()).resolves.toBe('0%');
    await expect(cell('instagram', 'estimated').textContent()).resolves.toBe('105');
    await expect(cell('instagram', 'spent').textContent()).resolves.toBe('0');
    // The seven days before today are overdue and listed apart.
    await expect(page.locator(`[data-testid=overdue] tr[data-task="${taskId}"]`).count()).resolves.toBe(7);

    // The estimate is the default; 25 minutes were spent.
    await expect(row.locator('input[name=minutesSpent]').inputValue()).resolves.toBe('15');
    await row.locator('input[name=minutesSpent]').fill('25');
    await row.getByRole('button', { name: 'Done', exact: true }).click();
    await row.locator('[data-logged="done"]').waitFor({ timeout: 30_000 });

    await waitForCell('instagram', 'done', '1');
    await expect(cell('instagram', 'spent').textContent()).resolves.toBe('25');
    await expect(cell('instagram', 'missed').textContent()).resolves.toBe('6');
    await expect(cell('instagram', 'completion').textContent()).resolves.toBe('14%'); // 1 / 7
    await expect(cell('total', 'done').textContent()).resolves.toBe('1');
    await expect(cell('total', 'spent').textContent()).resolves.toBe('25');

    const logs = await app.strapi.db.query(LOG).findMany({ populate: { task: true } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ status: 'done', minutesSpent: 25 });
    expect(logs[0].task.documentId).toBe(taskId);
    expect(new Date(logs[0].occurrence).toISOString()).toBe(localToInstant(`${today}T00:00`, ZONE).toISOString());
  });

  it('undoes the tick, and the report drops it again', async () => {
    const { page, app } = session;
    const row = page.locator(`[data-testid=agenda] tr[data-task="${taskId}"]`);
    await row.getByRole('button', { name: 'Undo' }).click();
    await row.locator('input[name=minutesSpent]').waitFor({ timeout: 30_000 });
    await waitForCell('instagram', 'done', '0');
    await expect(cell('instagram', 'spent').textContent()).resolves.toBe('0');
    await expect(app.strapi.db.query(LOG).count()).resolves.toBe(0);
  });

  it('exports the report as CSV through the signed-in session', async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`community-report-channel-${reportFrom}-${today}.csv`);
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^channel,due,done,skipped,missed/);
    expect(lines[1]).toMatch(/^Instagram,7,0,0,7,0,105,0,0,,$/);
  });

  it('skips an overdue occurrence with a note, which counts as skipped, not missed', async () => {
    const { page } = session;
    const overdue = page.locator(`[data-testid=overdue] tr[data-task="${taskId}"]`).last();
    await overdue.getByRole('button', { name: 'More' }).click();
    await overdue.locator('textarea[name=note]').fill('Palaveri');
    await overdue.getByRole('button', { name: 'Skip', exact: true }).click();
    await waitForCell('instagram', 'skipped', '1');
    await expect(cell('instagram', 'missed').textContent()).resolves.toBe('6');
    await expect(page.locator(`[data-testid=overdue] tr[data-task="${taskId}"]`).count()).resolves.toBe(6);
  });
});
