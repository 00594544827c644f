/** Settings: options over the environment over defaults; each bad value refused naming its variable. */
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { DEMO_WEBHOOK_SECRET, siteConfig } = require('../src/config');

test('defaults: the demo next door, port 3000, ten minutes, fi first, the demo secret outside production', () => {
  assert.deepEqual(siteConfig({}, {}), {
    strapiUrl: 'http://localhost:1337',
    token: undefined,
    port: 3000,
    host: 'localhost',
    webhookSecret: DEMO_WEBHOOK_SECRET,
    demoSecret: true,
    cacheSeconds: 600,
    locales: ['fi', 'sv', 'en'],
  });
});

test('reads the environment, and options win over it', () => {
  const env = {
    STRAPI_URL: 'https://cms.example.fi/',
    STRAPI_TOKEN: 'abc',
    SITE_PORT: '8080',
    SITE_HOST: '0.0.0.0',
    SITE_WEBHOOK_SECRET: 'a-long-enough-secret',
    SITE_CACHE_SECONDS: '0',
    SITE_LOCALES: 'sv, fi',
  };
  const config = siteConfig({ port: 0 }, env);
  assert.equal(config.strapiUrl, 'https://cms.example.fi');
  assert.equal(config.port, 0);
  assert.equal(config.cacheSeconds, 0);
  assert.deepEqual(config.locales, ['sv', 'fi']);
  assert.equal(config.demoSecret, false);
});

test('refuses bad values, naming the variable, without printing the secret', () => {
  const cases = [
    [{ STRAPI_URL: 'ftp://cms' }, /^STRAPI_URL must be an http\(s\) URL/],
    [{ STRAPI_URL: 'not a url' }, /^STRAPI_URL/],
    // Credentials in the address are refused and never echoed.
    [{ STRAPI_URL: 'https://editor:hunter2@cms.example.fi' }, /^STRAPI_URL must be .*without user:password.*credentials"$/],
    [{ STRAPI_URL: 'https//editor:hunter2@' }, /^(?!.*hunter2)STRAPI_URL/],
    [{ SITE_PORT: '70000' }, /^SITE_PORT must be a whole number 0–65535; got "70000"/],
    [{ SITE_PORT: '1e3' }, /^SITE_PORT/],
    [{ SITE_CACHE_SECONDS: '-1' }, /^SITE_CACHE_SECONDS/],
    [{ SITE_LOCALES: 'fi,<b>' }, /^SITE_LOCALES/],
    [{ SITE_WEBHOOK_SECRET: 'short-secret' }, /^SITE_WEBHOOK_SECRET must be 16–512 characters long; got "…"$/],
    [{ NODE_ENV: 'production' }, /^SITE_WEBHOOK_SECRET is required with NODE_ENV=production/],
  ];
  for (const [env, message] of cases) assert.throws(() => siteConfig({}, env), { message }, JSON.stringify(env));
});
