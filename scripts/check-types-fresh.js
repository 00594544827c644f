#!/usr/bin/env node
/**
 * Fails when types/generated no longer matches the content-type schemas: regenerates into a
 * scratch directory under .tmp/ (never touching the tracked files) and compares byte for byte.
 * The plugin's content types are read from its build, so the plugin is built first when stale.
 *
 *   node scripts/check-types-fresh.js      exit 1 with "types/generated is stale: …"
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { buildPlugin } = require('./lib/build');

const ROOT = path.join(__dirname, '..');
const TRACKED = path.join(ROOT, 'types', 'generated');
// `--out-dir` is relative to the project root; Strapi writes `<out-dir>/generated/*.d.ts`.
const SCRATCH_REL = path.join('.tmp', 'types-fresh-check');
const SCRATCH = path.join(ROOT, SCRATCH_REL, 'generated');

const filesIn = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.d.ts'))
        .sort()
    : [];

buildPlugin();
fs.rmSync(path.join(ROOT, SCRATCH_REL), { recursive: true, force: true });
const result = spawnSync('npx', ['strapi', 'ts:generate-types', '--silent', '--out-dir', SCRATCH_REL], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, LOG_LEVEL: 'error' },
});
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  console.error('Could not generate the Strapi types (see above).');
  process.exit(1);
}

const fresh = filesIn(SCRATCH);
const tracked = filesIn(TRACKED);
const stale = [...new Set([...fresh, ...tracked])].filter(
  (f) =>
    !fresh.includes(f) || !tracked.includes(f) || !fs.readFileSync(path.join(SCRATCH, f)).equals(fs.readFileSync(path.join(TRACKED, f)))
);
fs.rmSync(path.join(ROOT, SCRATCH_REL), { recursive: true, force: true });

if (fresh.length === 0) {
  console.error('Strapi generated no types; cannot check types/generated.');
  process.exit(1);
}
if (stale.length > 0) {
  console.error(`types/generated is stale: run npm run generate-types (differs: ${stale.join(', ')})`);
  process.exit(1);
}
console.log(`✔ types/generated is up to date (${fresh.join(', ')})`);
