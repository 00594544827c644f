#!/usr/bin/env node
/**
 * One real Strapi process (compiled dist/, API only) for multi-instance tests and benchmarks.
 * Reads its database and scheduler settings from the environment, prints
 * `READY <port> <scheduler instance id> <Date.now()>` when it listens, and shuts down cleanly on
 * SIGTERM.
 *
 * Test hook (this file only, never the application): TEST_PUBLISH_DELAY_MS makes every publish
 * of a content piece wait that long after publishing, inside its transaction, and print
 * `SLOW PUBLISH <documentId>` — a publish lifecycle slower than the scheduler's lease.
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
  const delay = Number(process.env.TEST_PUBLISH_DELAY_MS || 0);
  if (delay > 0) {
    strapi.documents.use(async (ctx, next) => {
      if (ctx.action !== 'publish' || ctx.uid !== 'api::content-piece.content-piece') return next();
      const result = await next();
      process.stdout.write(`SLOW PUBLISH ${ctx.params.documentId}
`);
      await new Promise((r) => setTimeout(r, delay));
      return result;
    });
  }
  // server.listen mounts the routes first (httpServer.listen alone would answer every route 404).
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();
  process.stdout.write(`READY ${port} ${strapi.plugin('calendar').service('scheduler').instanceId} ${Date.now()}
`);
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
