#!/usr/bin/env node
/**
 * `npm run demo`: build what is stale (plugin, then Strapi's TypeScript and admin), boot Strapi on
 * SQLite (.tmp/demo.db), seed the demo annual plan once, and print the admin URL and login.
 */
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const TMP = path.join(ROOT, '.tmp');
const PORT = Number(process.env.PORT || 1337);
const EMAIL = process.env.DEMO_ADMIN_EMAIL || 'admin@example.com';
const PASSWORD = process.env.DEMO_ADMIN_PASSWORD || 'Vuosikello-2026';
fs.mkdirSync(TMP, { recursive: true });

/** Hash of every file under the given paths (skipping build output), to know when to rebuild. */
function hashOf(paths) {
  const hash = crypto.createHash('sha1');
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      if (['node_modules', 'dist', '.tmp', '.cache'].includes(path.basename(p))) return;
      for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry));
    } else {
      hash.update(path.relative(ROOT, p));
      hash.update(fs.readFileSync(p));
    }
  };
  paths.forEach((p) => walk(path.join(ROOT, p)));
  return hash.digest('hex');
}

function step(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

function buildIfStale(name, inputs, outputs, build) {
  const marker = path.join(TMP, `${name}.hash`);
  const hash = hashOf(inputs);
  const fresh = outputs.every((o) => fs.existsSync(path.join(ROOT, o))) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash;
  if (fresh) return console.log(`✔ ${name} is up to date`);
  build();
  fs.writeFileSync(marker, hash);
}

const pluginInputs = ['src/plugins/calendar/admin', 'src/plugins/calendar/server', 'src/plugins/calendar/core', 'src/plugins/calendar/package.json'];
buildIfStale('calendar plugin', pluginInputs, ['src/plugins/calendar/dist/server/index.js'], () =>
  step('building the calendar plugin', 'npm', ['run', '--silent', 'build:plugin'])
);
buildIfStale('Strapi app and admin', ['src', 'config', 'tsconfig.json', 'package-lock.json'], ['dist/build/index.html', 'dist/src/index.js'], () =>
  step('building Strapi (TypeScript and the admin panel, about a minute)', 'npx', ['strapi', 'build'])
);

const env = { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/demo.db', VUOSIKELLO_DEMO_SEED: 'true' };
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

 Stop with Ctrl+C. The data stays in .tmp/demo.db (delete it to reseed).
────────────────────────────────────────────────────────────
`);
}
