/**
 * Compiles the Strapi project (TypeScript → dist/) once per test run, so each test file only
 * loads it. Type errors are reported by `npm run typecheck`, not here.
 */
import path from 'node:path';

export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'warn';
  const { compileStrapi } = require('@strapi/strapi');
  const root = path.resolve(__dirname, '..', '..');
  const previous = process.cwd();
  process.chdir(root);
  try {
    await compileStrapi({ appDir: root, ignoreDiagnostics: true });
  } finally {
    process.chdir(previous);
  }
}
