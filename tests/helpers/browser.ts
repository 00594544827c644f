/**
 * A real admin for browser tests: Strapi serving its built admin on a real port, and Debian's
 * Chromium driven by playwright-core. Tests skip, saying so, where Chromium is not installed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium';
import { createAdmin } from './admin';
import { startStrapi, type TestApp } from './strapi';

export { CHROMIUM };
export const hasChromium = fs.existsSync(CHROMIUM);

/** `describe` where Chromium is installed; elsewhere the file's browser tests are skipped, saying so. */
export function describeWithBrowser(name: string, tests: () => void) {
  if (hasChromium) return describe(name, tests);
  console.log('browser tests: SKIPPED — no Chromium at /usr/bin/chromium (apt-get install chromium; .ci/run does)');
  return describe.skip(name, tests);
}
/** Where browser tests leave their screenshots: untracked, so a test run never changes the docs. */
export const E2E_SCREENSHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'e2e-screenshots');
fs.mkdirSync(E2E_SCREENSHOTS, { recursive: true });

export interface AdminSession {
  app: TestApp;
  browser: Browser;
  page: Page;
  base: string;
  admin: Awaited<ReturnType<typeof createAdmin>>;
  stop(): Promise<void>;
}

export interface SessionOptions {
  /** More Strapi env, e.g. a test mailbox's SMTP settings. */
  env?: Record<string, string>;
  /** The browser's own zone (default Europe/Helsinki, the plan's zone). */
  timezoneId?: string;
}

export async function startAdminSession(options: SessionOptions = {}): Promise<AdminSession> {
  const app = await startStrapi({ SERVE_ADMIN_PANEL: 'true', ...options.env });
  const server = app.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const admin = await createAdmin(app);
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1500, height: 1000 },
    locale: 'en-GB',
    timezoneId: options.timezoneId ?? 'Europe/Helsinki',
  });
  return {
    app,
    browser,
    page,
    base,
    admin,
    async stop() {
      await browser.close().catch(() => {});
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
    },
  };
}

/** Signs in through the login form: the session's admin, or another user in another page. */
export async function logIn(session: AdminSession, page: Page = session.page, user: { email: string; password: string } = session.admin) {
  const { base } = session;
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name=email]', user.email);
  await page.fill('input[name=password]', user.password);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });
}
