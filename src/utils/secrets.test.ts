import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const load = () => {
  jest.resetModules();
  return require('./secrets') as typeof import('./secrets');
};

describe('resolveSecrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-secrets-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to start in production without secrets, naming the missing ones', () => {
    const { resolveSecrets } = load();
    expect(() => resolveSecrets({ NODE_ENV: 'production', APP_KEYS: 'a,b' }, dir)).toThrow(
      /ADMIN_JWT_SECRET, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, ENCRYPTION_KEY, JWT_SECRET/
    );
  });

  it('uses the environment as given in production', () => {
    const env = Object.fromEntries(load().SECRET_NAMES.map((n) => [n, `${n}-value`]));
    const secrets = load().resolveSecrets({ NODE_ENV: 'production', ...env }, dir);
    expect(secrets.JWT_SECRET).toBe('JWT_SECRET-value');
    expect(fs.existsSync(path.join(dir, '.tmp'))).toBe(false);
  });

  it('generates development secrets once and keeps them across restarts', () => {
    const first = load().resolveSecrets({ NODE_ENV: 'development' }, dir);
    const second = load().resolveSecrets({ NODE_ENV: 'development' }, dir);
    expect(first).toEqual(second);
    expect(first.APP_KEYS.split(',')).toHaveLength(4);
    expect(first.ADMIN_JWT_SECRET).not.toBe(first.JWT_SECRET);
    expect(Buffer.from(first.ENCRYPTION_KEY, 'base64')).toHaveLength(32);
  });

  it('prefers an environment value over a generated one', () => {
    const secrets = load().resolveSecrets({ NODE_ENV: 'development', JWT_SECRET: 'from-env' }, dir);
    expect(secrets.JWT_SECRET).toBe('from-env');
  });
});
