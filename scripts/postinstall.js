#!/usr/bin/env node
// Builds the local calendar plugin after install, so a fresh clone needs no manual step:
// Strapi loads a local plugin's server code from its dist/ folder. Recorded like every other
// build (scripts/lib/build.js), so the tests and the demo do not build it again.
const path = require('node:path');
const fs = require('node:fs');

const pluginDir = path.join(__dirname, '..', 'src', 'plugins', 'calendar');
if (process.env.VUOSIKELLO_SKIP_PLUGIN_BUILD === 'true' || !fs.existsSync(path.join(pluginDir, 'package.json'))) {
  process.exit(0);
}
try {
  require('./lib/build').buildPlugin();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
