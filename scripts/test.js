#!/usr/bin/env node
/**
 * `npm test`: type-check, lint and format check, build the plugin, then unit tests, the example site's tests, integration tests on SQLite, browser
 * tests (Chromium, skipped with a message where it is not installed), integration tests on
 * PostgreSQL. PostgreSQL is taken from DATABASE_URL, else the local default server; when none
 * answers, that suite is reported as skipped (and fails the run when REQUIRE_POSTGRES=true, as
 * in CI). Ends with one line counting every test.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { buildPlugin } = require('./lib/build');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, '.tmp', 'test-results');
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';
fs.mkdirSync(OUT, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let ok = true;

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) ok = false;
  return result.status === 0;
}

function jest(label, project, env = {}) {
  const file = path.join(OUT, `${label.replace(/\W+/g, '-')}.json`);
  fs.rmSync(file, { force: true });
  run(label, 'npx', ['jest', '--selectProjects', project, '--json', `--outputFile=${file}`, ...process.argv.slice(2)], {
    LOG_LEVEL: 'warn',
    ...env,
  });
  if (!fs.existsSync(file)) {
    lines.push(`${label}: did not report (crashed)`);
    totals.failed += 1;
    ok = false;
    return;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  lines.push(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed (${r.numTotalTestSuites} suites)`);
}

/** A suite on Node's own test runner (the example site has no Jest): counted from its TAP summary. */
function nodeTest(label, dir) {
  console.log(`\n=== ${label} ===`);
  const file = path.join(OUT, `${label.replace(/\W+/g, '-')}.tap`);
  fs.rmSync(file, { force: true });
  const reporters = [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${file}`,
  ];
  const result = spawnSync('node', ['--test', ...reporters, dir], { cwd: ROOT, stdio: 'inherit' });
  const tap = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') + (result.status !== 0 && count('fail') === 0 ? 1 : 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += count('skipped') + count('todo');
  if (result.status !== 0) ok = false;
  lines.push(`${label}: ${passed} passed, ${failed} failed`);
}

async function postgresUrl() {
  const url = process.env.DATABASE_URL || DEFAULT_PG;
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url };
  } catch (error) {
    return { url, error: error.message };
  } finally {
    await client.end().catch(() => {});
  }
}

(async () => {
  run('lock file works with npm ci', 'node', ['scripts/complete-lockfile.js', '--check']);
  run('generated Strapi types are fresh', 'node', ['scripts/check-types-fresh.js']);
  run('type-check', 'npm', ['run', '--silent', 'typecheck']);
  run('lint and format (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']);
  // Recorded like the browser tests' build, so their global setup does not build the plugin again.
  console.log('\n=== build the calendar plugin ===');
  try {
    buildPlugin();
  } catch {
    console.error('The plugin did not build; integration tests would run stale code. Stopping.');
    process.exit(1);
  }
  jest('unit', 'unit');
  nodeTest('example site (node --test)', 'examples/site/test/');
  jest('integration (SQLite)', 'integration', { TEST_DATABASE: 'sqlite' });
  // Browser tests build the admin when it is stale (about a minute) and drive Debian's Chromium.
  jest('e2e (Chromium)', 'e2e', { TEST_DATABASE: 'sqlite' });

  const pg = await postgresUrl();
  if (pg.error) {
    const message = `integration (PostgreSQL): SKIPPED — no PostgreSQL reachable at ${pg.url.replace(/\/\/[^@]*@/, '//…@')} (${pg.error})`;
    console.log(`\n${message}`);
    lines.push(message);
    if (process.env.REQUIRE_POSTGRES === 'true') {
      console.error('REQUIRE_POSTGRES=true: a PostgreSQL run is required here.');
      ok = false;
    }
  } else {
    jest('integration (PostgreSQL)', 'integration', { TEST_DATABASE: 'postgres', DATABASE_URL: pg.url });
  }

  console.log('\n=== summary ===');
  for (const line of lines) console.log(line);
  if (!ok && totals.failed === 0) totals.failed = 1; // a failed type-check or build counts
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
})();
