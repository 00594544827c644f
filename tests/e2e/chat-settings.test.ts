/**
 * Settings → Calendar → Chat notifications in a real browser: add a Slack hook, send a test
 * message that a local receiver gets, see it in the deliveries, and have a bad address refused
 * under its field.
 */
import { E2E_SCREENSHOTS, logIn, startAdminSession, type AdminSession, describeWithBrowser } from '../helpers/browser';
import { startChatReceiver, type ChatReceiver } from '../helpers/chat-receiver';

const HOOK_PATH = '/services/T01/B02/e2esecret0003';

let session: AdminSession;
let receiver: ChatReceiver;

describeWithBrowser('the chat notifications settings', () => {
  beforeAll(async () => {
    receiver = await startChatReceiver();
    session = await startAdminSession({ env: { CALENDAR_CHAT_ENABLED: 'true' } });
    await logIn(session);
  });

  afterAll(async () => {
    await session?.stop();
    await receiver?.close();
  });

  it('is linked from Settings under Calendar', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/settings`);
    const link = page.getByRole('link', { name: 'Chat notifications' });
    await link.waitFor({ timeout: 60_000 });
    await link.click();
    await page.waitForURL(/\/admin\/settings\/calendar\/chat/);
    await page.getByText('No chat hooks yet').waitFor({ timeout: 30_000 });
  });

  it('adds a hook, sends a test message the receiver gets, and lists the delivery', async () => {
    const { page, base } = session;
    await page.goto(`${base}/admin/settings/calendar/chat`);
    await page.click('[data-testid=add-hook]');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Sisältötiimi');
    await dialog.getByLabel('Webhook URL').fill(receiver.url(HOOK_PATH));
    await dialog.locator('[data-testid=hook-save]').click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.locator('tr', { hasText: 'Sisältötiimi' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(`http://127.0.0.1:${receiver.port}/…/0003`);
    await expect(row.textContent()).resolves.toContain('Assignments, Mentions, Failed publishing, Daily digest');
    await expect(page.content()).resolves.not.toContain('e2esecret');

    await row.getByRole('button', { name: 'Send a test message' }).click();
    const post = await receiver.waitFor((p) => p.path === HOOK_PATH, 30_000);
    expect(post.body.blocks[0].text.text).toBe('Test message from Vuosikello');
    await page.getByText('The test message was delivered (HTTP 200).').waitFor();
    const delivery = page.locator('[data-testid=delivery-row]').first();
    await delivery.waitFor();
    await expect(delivery.textContent()).resolves.toMatch(/Sisältötiimi.*Test message.*Sent/);
    await page.screenshot({ path: `${E2E_SCREENSHOTS}/chat-settings.png` });
  });

  it('shows the server’s refusal of a bad address under the URL field, and keeps the saved one', async () => {
    const { page, app } = session;
    await page.locator('tr', { hasText: 'Sisältötiimi' }).getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Leave empty to keep the saved address').waitFor();
    await dialog.getByLabel('Webhook URL').fill('http://hooks.example.com/x');
    await dialog.locator('[data-testid=hook-save]').click();
    await dialog.getByText('url must be an https:// address', { exact: false }).first().waitFor();
    const stored = await app.strapi.db.query('plugin::calendar.chat-hook').findOne({ where: { name: 'Sisältötiimi' } });
    expect(stored.urlHint).toBe(`http://127.0.0.1:${receiver.port}/…/0003`);
  });
});
