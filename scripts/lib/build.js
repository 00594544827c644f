/**
 * Builds what is out of date, remembered by a hash of the inputs under .tmp/: the calendar
 * plugin, then Strapi (TypeScript and the admin panel). Used by `npm run demo`, `npm test`, the
 * browser tests and postinstall, so none needs a manual build step and none rebuilds what another
 * has just built.
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const TMP = path.join(ROOT, '.tmp');

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
  if (result.status !== 0) throw new Error(`${label} failed`);
}

function buildIfStale(name, inputs, outputs, build) {
  fs.mkdirSync(TMP, { recursive: true });
  const marker = path.join(TMP, `${name.replace(/\W+/g, '-')}.hash`);
  const hash = hashOf(inputs);
  const fresh =
    outputs.every((o) => fs.existsSync(path.join(ROOT, o))) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash;
  if (fresh) return console.log(`✔ ${name} is up to date`);
  build();
  fs.writeFileSync(marker, hash);
}

// The lock file too: a new build toolchain (npm install) builds the plugin again.
const PLUGIN_INPUTS = [
  'src/plugins/calendar/admin',
  'src/plugins/calendar/server',
  'src/plugins/calendar/core',
  'src/plugins/calendar/package.json',
  'package-lock.json',
];

/** Builds the calendar plugin when it is out of date and records it; throws when the build fails. */
function buildPlugin() {
  buildIfStale('calendar plugin', PLUGIN_INPUTS, ['src/plugins/calendar/dist/server/index.js'], () =>
    step('building the calendar plugin', 'npm', ['run', '--silent', 'build:plugin'])
  );
}

function buildAll() {
  buildPlugin();
  buildIfStale(
    'Strapi app and admin',
    ['src', 'config', 'tsconfig.json', 'package-lock.json'],
    ['dist/build/index.html', 'dist/src/index.js'],
    () => step('building Strapi (TypeScript and the admin panel, about a minute)', 'npx', ['strapi', 'build'])
  );
}

module.exports = { buildAll, buildIfStale, buildPlugin, hashOf };
