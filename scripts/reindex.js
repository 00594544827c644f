#!/usr/bin/env node
/**
 * `npm run reindex`: rebuilds the occurrence index of the database the environment names (the
 * same settings as `npm start`: DATABASE_CLIENT, DATABASE_URL, …), e.g. after rows were written
 * with plain SQL or restored from a backup. Safe while other instances run: each chunk of pieces
 * is locked while it is indexed, and the feeds expand on demand until the rebuild is done.
 */
const path = require('node:path');
const { buildAll } = require('./lib/build');

const ROOT = path.join(__dirname, '..');
process.chdir(ROOT);
// Only the index: no scheduler, no mail, no chat from this process.
Object.assign(process.env, {
  CALENDAR_SCHEDULER_ENABLED: 'false',
  CALENDAR_NOTIFICATIONS_ENABLED: 'false',
  CALENDAR_CHAT_ENABLED: 'false',
  SERVE_ADMIN_PANEL: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
});

(async () => {
  buildAll();
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  const index = strapi.plugin('calendar').service('occurrence-index');
  // A rebuild the boot check started is a fresh one too: waiting for it is enough.
  const { ms } = await index.rebuild();
  const count = async (table) => Number((await strapi.db.connection(table).count({ n: '*' }))[0].n);
  const [occurrences, versions] = [await count('calendar_occurrences'), await count('calendar_occurrence_sources')];
  console.log(`✔ occurrence index rebuilt in ${(ms / 1000).toFixed(1)} s: ${occurrences} occurrences of ${versions} piece versions`);
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(`✖ reindex failed: ${error.message}`);
  process.exit(1);
});
