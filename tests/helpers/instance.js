#!/usr/bin/env node
/**
 * One real Strapi process (compiled dist/, API only) for multi-instance tests and benchmarks.
 * Reads its database and scheduler settings from the environment, prints `READY <port>` when it
 * listens, and shuts down cleanly on SIGTERM.
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
process.chdir(ROOT);
process.env.SERVE_ADMIN_PANEL = 'false';
process.env.HOST = '127.0.0.1';
process.env.PORT = process.env.PORT || '0';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  // server.listen mounts the routes first (httpServer.listen alone would answer every route 404).
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`READY ${strapi.server.httpServer.address().port} ${strapi.plugin('calendar').service('scheduler').instanceId}\n`);
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
