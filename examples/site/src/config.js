/**
 * The site's settings: options given to `startSite` win over the environment, which wins over
 * the defaults. Each bad value is refused at start, naming its variable.
 */

/**
 * The demo's webhook secret. It is published (README, `npm run demo`), like the demo's admin
 * password, so the site takes it only outside production, when SITE_WEBHOOK_SECRET is unset.
 */
const DEMO_WEBHOOK_SECRET = 'vuosikello-demo-site-webhook';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * @typedef {object} SiteConfig
 * @property {string} strapiUrl Strapi's root URL, without `/api`
 * @property {string | undefined} token a read-only API token, or none (the Public role)
 * @property {number} port 0 picks a free port
 * @property {string} host
 * @property {string} webhookSecret what Strapi's webhook sends as `Authorization: Bearer …`
 * @property {boolean} demoSecret whether webhookSecret is the demo's published one
 * @property {number} cacheSeconds how long an API answer is kept without a webhook
 * @property {string[]} locales the site's languages, the default first
 */

const fail = (name, expected, got) => {
  throw new Error(`${name} must be ${expected}; got ${JSON.stringify(got)}`);
};

function wholeNumber(name, value, min, max) {
  const number = typeof value === 'number' ? value : /^\d{1,10}$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < min || number > max) fail(name, `a whole number ${min}–${max}`, value);
  return number;
}

function httpUrl(name, value) {
  const expected = 'an http(s) URL such as http://localhost:1337, without user:password (use STRAPI_TOKEN)';
  let url;
  try {
    url = new URL(String(value));
  } catch {
    // Not echoed: an address may carry credentials, and this message reaches the console.
    fail(name, expected, '(not a URL)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(name, expected, url.protocol);
  if (url.username || url.password) fail(name, expected, 'an address with credentials');
  return url.href.replace(/\/+$/, '');
}

/**
 * @param {Partial<SiteConfig>} [options]
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {SiteConfig}
 */
function siteConfig(options = {}, env = process.env) {
  const pick = (key, name, fallback) => options[key] ?? (env[name] === undefined || env[name] === '' ? fallback : env[name]);

  const locales = pick('locales', 'SITE_LOCALES', 'fi,sv,en');
  const list = (Array.isArray(locales) ? locales : String(locales).split(',')).map((l) => String(l).trim()).filter(Boolean);
  if (list.length === 0 || list.length > 20 || !list.every((l) => LOCALE.test(l)))
    fail('SITE_LOCALES', 'comma-separated language codes such as fi,sv,en', locales);

  const secret = pick('webhookSecret', 'SITE_WEBHOOK_SECRET', undefined);
  if (secret === undefined && env.NODE_ENV === 'production')
    throw new Error('SITE_WEBHOOK_SECRET is required with NODE_ENV=production (the demo secret is published)');
  const webhookSecret = secret === undefined ? DEMO_WEBHOOK_SECRET : String(secret);
  if (webhookSecret.length < 16 || webhookSecret.length > 512) fail('SITE_WEBHOOK_SECRET', '16–512 characters long', '…');

  const token = pick('token', 'STRAPI_TOKEN', undefined);
  return {
    strapiUrl: httpUrl('STRAPI_URL', pick('strapiUrl', 'STRAPI_URL', 'http://localhost:1337')),
    token: token === undefined ? undefined : String(token),
    port: wholeNumber('SITE_PORT', pick('port', 'SITE_PORT', 3000), 0, 65535),
    host: String(pick('host', 'SITE_HOST', 'localhost')),
    webhookSecret,
    demoSecret: secret === undefined,
    cacheSeconds: wholeNumber('SITE_CACHE_SECONDS', pick('cacheSeconds', 'SITE_CACHE_SECONDS', 600), 0, 31_536_000),
    locales: [...new Set(list)],
  };
}

module.exports = { siteConfig, DEMO_WEBHOOK_SECRET };
