/** Builds the plugin and the admin panel when they are out of date, then compiles nothing else. */
import path from 'node:path';

export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'warn';
  const { buildAll } = require(path.resolve(__dirname, '..', '..', 'scripts', 'lib', 'build.js'));
  buildAll();
}
