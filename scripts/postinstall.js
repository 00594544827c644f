#!/usr/bin/env node
// Builds the local calendar plugin after install, so a fresh clone needs no manual step:
// Strapi loads a local plugin's server code from its dist/ folder.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const pluginDir = path.join(__dirname, '..', 'src', 'plugins', 'calendar');
if (process.env.VUOSIKELLO_SKIP_PLUGIN_BUILD === 'true' || !fs.existsSync(path.join(pluginDir, 'package.json'))) {
  process.exit(0);
}
const result = spawnSync('npm', ['run', 'build', '--silent', '--workspace', 'src/plugins/calendar'], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
