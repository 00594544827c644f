#!/usr/bin/env node
/**
 * The npm registry reachable here does not serve every platform build of native packages
 * (e.g. @swc/core-darwin-arm64, @rollup/rollup-win32-x64-msvc), so `npm install` leaves them out
 * of package-lock.json, and `npm ci` then refuses the lock file ("Missing: … from lock file").
 * This adds a lock entry, with its os/cpu/libc, for each such optional platform package, as
 * npm writes when the registry has them; `npm ci` then skips them as foreign platforms.
 *
 *   node scripts/complete-lockfile.js          fix package-lock.json after `npm install`
 *   node scripts/complete-lockfile.js --check  exit 1 when an entry is missing (run by npm test)
 */
const fs = require('node:fs');
const path = require('node:path');

const LOCK = path.join(__dirname, '..', 'package-lock.json');
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'openharmony', 'sunos', 'aix'];
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
};

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  if (!os || !cpu) return null;
  const libc = parts.some((p) => p.startsWith('musl')) ? 'musl' : os === 'linux' && parts.some((p) => p.startsWith('gnu')) ? 'glibc' : null;
  return { os, cpu, libc };
}

const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    // npm resolves from the nearest node_modules upwards; the top level is where it looks last.
    const nested = `${key}/node_modules/${dep}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${dep}`]) continue;
    lock.packages[`node_modules/${dep}`] = {
      version: spec,
      cpu: [platform.cpu],
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      license: entry.license,
      optional: true,
      os: [platform.os],
    };
    added.push(`${dep}@${spec}`);
  }
}

if (process.argv.includes('--check')) {
  if (added.length) {
    console.error(
      `package-lock.json lacks ${added.length} platform packages (npm ci would refuse it): run node scripts/complete-lockfile.js`
    );
    process.exit(1);
  }
  console.log('package-lock.json: every optional platform package has an entry');
} else {
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `added ${added.length} lock entries: ${added.join(', ')}` : 'nothing to add');
}
