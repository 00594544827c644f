/**
 * Secrets for Strapi's config files.
 *
 * Production must be given real secrets through the environment; starting without them is
 * refused with a message naming what is missing. Development and test get generated values,
 * persisted under `.tmp/` so that admin sessions and encrypted tokens survive a restart.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_NAMES = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];

const generate = (name: SecretName): string =>
  name === 'APP_KEYS'
    ? Array.from({ length: 4 }, () => crypto.randomBytes(16).toString('base64')).join(',')
    : crypto.randomBytes(32).toString('base64');

let cache: Record<SecretName, string> | undefined;

export function resolveSecrets(env: NodeJS.ProcessEnv = process.env, rootDir: string = process.cwd()): Record<SecretName, string> {
  if (cache) return cache;
  const missing = SECRET_NAMES.filter((name) => !env[name]);
  if (missing.length > 0 && env.NODE_ENV === 'production') {
    throw new Error(
      `Refusing to start in production without secrets: set ${missing.join(', ')} in the environment ` +
        `(e.g. \`openssl rand -base64 32\` for each; APP_KEYS is a comma-separated list).`
    );
  }
  let stored: Partial<Record<SecretName, string>> = {};
  const file = path.join(rootDir, '.tmp', 'dev-secrets.json');
  if (missing.length > 0) {
    try {
      stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      stored = {};
    }
    const fresh = missing.filter((name) => !stored[name]);
    if (fresh.length > 0) {
      for (const name of fresh) stored[name] = generate(name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
  }
  cache = Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name] || (stored[name] as string)])) as Record<SecretName, string>;
  return cache;
}
