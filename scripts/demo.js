#!/usr/bin/env node
/**
 * `npm run demo`: build what is stale (plugin, then Strapi's TypeScript and admin), boot Strapi on
 * SQLite (.tmp/demo.db), seed the demo annual plan once, and print the admin URL and login.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { buildAll } = require('./lib/build');

const ROOT = path.join(__dirname, '..');
const TMP = path.join(ROOT, '.tmp');
const PORT = Number(process.env.PORT || 1337);
const EMAIL = process.env.DEMO_ADMIN_EMAIL || 'admin@example.com';
const PASSWORD = process.env.DEMO_ADMIN_PASSWORD || 'Vuosikello-2026';
if (process.env.NODE_ENV === 'production') {
  console.error('✖ The demo has a published admin password and is never run with NODE_ENV=production.');
  process.exit(1);
}
fs.mkdirSync(TMP, { recursive: true });

try {
  buildAll();
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}

// The example publishing site (`npm run site`) is told of every publish by a webhook the seed registers once.
const SITE_URL = `http://localhost:${/^\d{1,5}$/.test(process.env.SITE_PORT ?? '') ? process.env.SITE_PORT : 3000}`;
const env = {
  ...process.env,
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: '.tmp/demo.db',
  VUOSIKELLO_DEMO_SEED: 'true',
  VUOSIKELLO_DEMO_SITE_WEBHOOK_URL: `${SITE_URL}/webhooks/strapi`,
};
delete env.DATABASE_URL;
console.log('\n▶ starting Strapi on SQLite (.tmp/demo.db)');
const child = spawn('npx', ['strapi', 'start'], { cwd: ROOT, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

const started = Date.now();
const poll = () =>
  http
    .get({ host: '127.0.0.1', port: PORT, path: '/_health', timeout: 2000 }, (res) => {
      res.resume();
      if (res.statusCode === 204) return announce();
      setTimeout(poll, 500);
    })
    .on('error', () => (Date.now() - started < 180_000 ? setTimeout(poll, 500) : console.error('Strapi did not answer in 3 minutes')));
setTimeout(poll, 1000);

function announce() {
  const url = `http://localhost:${PORT}`;
  console.log(`
────────────────────────────────────────────────────────────
 Vuosikello demo is running

 Admin:     ${url}/admin
 Login:     ${EMAIL}
 Password:  ${PASSWORD}
 Calendar:  ${url}/admin/plugins/calendar
 Public API ${url}/api/content-pieces?filters[funnelStage][$eq]=reach
 Site       npm run site in another terminal, then ${SITE_URL}

 Stop with Ctrl+C. The data stays in .tmp/demo.db (delete it to reseed).
────────────────────────────────────────────────────────────
`);
}
