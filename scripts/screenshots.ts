/**
 * npm run screenshots — regenerates every image under docs/screenshots/ that README.md and docs/
 * show: boots the demo (built, seeded) on a throwaway SQLite file, signs in as the demo admin in
 * Debian's Chromium, and captures each view at one viewport. The server's clock is fixed with
 * libfaketime and the browser's with Playwright's clock, so the seeded plan and "today" are the
 * same on every run. Exits non-zero when any image could not be made.
 *
 *   SCREENSHOTS_AT   the moment shown (default 2026-06-10T09:00 Helsinki); needs faketime
 *   SCREENSHOTS_ONLY comma-separated file names to make only those (e.g. month.png,kpis.png)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from './lib/chromium';
import { shotsAt, type Shot } from './screenshots/shots';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const AT = new Date(process.env.SCREENSHOTS_AT ?? '2026-06-10T06:00:00Z');
const VIEWPORT = { width: 1500, height: 1100 };
const EMAIL = 'admin@example.com';
const PASSWORD = 'Vuosikello-2026';
const LIBFAKETIME = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** libfaketime starts the server's wall clock at AT (and lets it run); timers keep the real monotonic clock. */
function fixedClock(): Record<string, string> {
  const lib = LIBFAKETIME.find((p) => fs.existsSync(p));
  if (!lib) throw new Error('libfaketime is not installed (apt-get install faketime): the screenshots need a fixed clock');
  const stamp = AT.toISOString().replace('T', ' ').slice(0, 19);
  return { LD_PRELOAD: lib, FAKETIME: `@${stamp}`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' };
}

async function startDemo(port: number, dir: string): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...fixedClock(),
    NODE_ENV: 'development',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'demo.db'),
    VUOSIKELLO_DEMO_SEED: 'true',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    CALENDAR_NOTIFICATIONS_ENABLED: 'false',
  };
  delete env.DATABASE_URL;
  const strapiBin = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const child = spawn(process.execPath, [strapiBin, 'start'], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the demo exited with code ${child.exitCode}`);
    const status = await fetch(`http://127.0.0.1:${port}/_health`).then(
      (r) => r.status,
      () => 0
    );
    if (status === 204) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error('the demo did not answer /_health in 4 minutes');
}

/** Signs in through the login form; the admin's language is switched per shot. */
async function logIn(page: Page, base: string) {
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name=email]', EMAIL);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin(?!\/auth)/, { timeout: 60_000 });
  // Strapi's own announcement banner is not part of the calendar: close it once.
  const close = page.locator('button[aria-label=Close], button:has-text("Close")').first();
  await close.click({ timeout: 10_000 }).catch(() => {});
}

async function adminToken(base: string): Promise<string> {
  const res = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`admin login answered ${res.status}`);
  return ((await res.json()) as any).data.token;
}

async function useLanguage(page: Page, base: string, token: string, language: 'en' | 'fi') {
  const res = await fetch(`${base}/admin/users/me`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ preferedLanguage: language }),
  });
  if (!res.ok) throw new Error(`setting the admin language answered ${res.status}`);
  await page.evaluate((lang) => (globalThis as any).localStorage.setItem('strapi-admin-language', lang), language);
}

async function capture(page: Page, base: string, token: string, shot: Shot) {
  await page.setViewportSize({ ...VIEWPORT, height: shot.height ?? VIEWPORT.height });
  await page.goto(`${base}${shot.locate ? await shot.locate(base, token) : shot.url}`);
  await page.waitForSelector(shot.ready, { timeout: 60_000 });
  // Charts and fonts settle after the data arrives; wait until nothing is loading any more.
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
  await page.evaluate(() => (globalThis as any).document.fonts?.ready);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, shot.file) });
}

(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const only = process.env.SCREENSHOTS_ONLY?.split(',').map((s) => s.trim());
  const shots = only ? shotsAt(AT).filter((s) => only.includes(s.file)) : shotsAt(AT);
  process.chdir(ROOT);
  require(path.join(ROOT, 'scripts/lib/build.js')).buildAll();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vuosikello-screenshots-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`\n▶ booting the demo on ${base} at ${AT.toISOString()} (database in ${dir})`);
  const demo = await startDemo(port, dir);
  let browser: Browser | undefined;
  const failed: string[] = [];
  try {
    const token = await adminToken(base);
    for (const shot of shots) await shot.prepare?.(base, token);
    browser = await launchChromium(['--hide-scrollbars']);
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    await page.clock.setFixedTime(AT);
    await logIn(page, base);
    for (const shot of shots) {
      try {
        await useLanguage(page, base, token, shot.language);
        await capture(page, base, token, shot);
        console.log(`✔ docs/screenshots/${shot.file}`);
      } catch (error) {
        failed.push(shot.file);
        console.error(`✖ docs/screenshots/${shot.file}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    if (demo.exitCode === null) {
      const exited = new Promise((r) => demo.once('exit', r));
      demo.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failed.length) {
    console.error(`\n✖ ${failed.length} of ${shots.length} screenshots could not be made: ${failed.join(', ')}`);
    process.exit(1);
  }
  console.log(`\n✔ ${shots.length} screenshots written to docs/screenshots/`);
})().catch((error) => {
  console.error(`✖ ${error.stack ?? error}`);
  process.exit(1);
});
