/**
 * The example publishing site: a small Node HTTP server that lives on Vuosikello's public API.
 *
 *   GET /, /fi, /sv, /en      the newest published pieces of that language and what is coming up
 *   GET /<locale>/<slug>      one piece, with links to its other language versions (404 if none)
 *   POST /webhooks/strapi     Strapi's webhook: empties the cache, so a published piece shows up
 *
 * `npm run site` runs it (`node examples/site/src/server.js`); tests call `startSite(options)`.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { createCache } = require('./cache');
const { siteConfig } = require('./config');
const { createContentApi, UnknownLocaleError } = require('./content-api');
const { frontPage, notFoundPage, piecePage, unavailablePage } = require('./pages');
const { createWebhookHandler } = require('./webhook');

const STYLES = fs.readFileSync(path.join(__dirname, 'styles.css'));
/** Strapi's uid characters; anything else is no slug, answered 404 without asking the API. */
const SLUG = /^[A-Za-z0-9._~-]{1,255}$/;
const WEBHOOK_PATH = '/webhooks/strapi';

/**
 * @typedef {object} Site
 * @property {string} url where the site answers, e.g. http://localhost:3000
 * @property {number} port
 * @property {import('node:http').Server} server
 * @property {ReturnType<typeof createCache>} cache
 * @property {import('./config').SiteConfig} config
 * @property {() => Promise<void>} stop
 */

/**
 * Starts the site. Options override the environment (STRAPI_URL, STRAPI_TOKEN, SITE_PORT,
 * SITE_HOST, SITE_WEBHOOK_SECRET, SITE_CACHE_SECONDS, SITE_LOCALES); `log` receives one line per
 * refresh and per failure (default: console.log).
 * @param {Partial<import('./config').SiteConfig> & { env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 * @returns {Promise<Site>}
 */
async function startSite(options = {}) {
  const { env, log = (line) => console.log(line), ...settings } = options;
  const config = siteConfig(settings, env);
  const { locales } = config;
  const [defaultLocale] = locales;
  const cache = createCache({ ttlSeconds: config.cacheSeconds });
  const api = createContentApi({ strapiUrl: config.strapiUrl, token: config.token, cache });
  const webhook = createWebhookHandler({ secret: config.webhookSecret, cache, log });
  const strapiOrigin = new URL(config.strapiUrl).origin;
  const headers = {
    'Content-Security-Policy': `default-src 'none'; style-src 'self'; img-src 'self' https: ${strapiOrigin}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };

  const send = (res, status, body, extra = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ...headers, ...extra });
    res.end(body);
  };
  const notFound = (res, locale = defaultLocale) => send(res, 404, notFoundPage({ locale, locales }));
  const notAllowed = (res, allow) => {
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: allow, ...headers });
    res.end(`Method not allowed; use ${allow}\n`);
  };

  async function page(res, locale, slug) {
    try {
      if (slug === undefined) {
        const [pieces, comingUp, channelNames] = await Promise.all([
          api.latest(locale),
          api.comingUp(locale).catch((error) => {
            log(`[site] coming up is not available: ${error.message}`);
            return null;
          }),
          // Without names the occurrences show the channels' slugs.
          api.channelNames().catch(() => new Map()),
        ]);
        return send(res, 200, frontPage({ locale, locales, pieces, comingUp, channelNames }));
      }
      const piece = SLUG.test(slug) ? await api.bySlug(locale, slug) : null;
      if (!piece) return notFound(res, locale);
      return send(res, 200, piecePage({ locale, locales, piece, assetBase: strapiOrigin }));
    } catch (error) {
      if (error instanceof UnknownLocaleError) return notFound(res);
      log(`[site] Strapi did not answer: ${error.message}`);
      return send(res, 502, unavailablePage({ locale, locales }));
    }
  }

  async function handle(req, res) {
    // The path as sent (URL() would read `//fi/x` as host `fi`); the query string is not used.
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === WEBHOOK_PATH) {
      if (req.method !== 'POST') return notAllowed(res, 'POST');
      return webhook(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return notAllowed(res, 'GET, HEAD');
    if (pathname === '/styles.css') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600', ...headers });
      return res.end(STYLES);
    }
    if (!pathname.startsWith('/')) return notFound(res);
    const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
    let parts;
    try {
      parts = trimmed === '/' ? [] : trimmed.slice(1).split('/').map(decodeURIComponent);
    } catch {
      return notFound(res);
    }
    if (parts.length === 0) return page(res, defaultLocale);
    if (parts.length <= 2 && locales.includes(parts[0])) return page(res, parts[0], parts[1]);
    return notFound(res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`[site] ${req.method} failed: ${error.stack ?? error}`);
      if (!res.headersSent) send(res, 500, unavailablePage({ locale: defaultLocale, locales }));
      else res.destroy();
    });
  });
  // A client that stops sending (a slow webhook body) is cut off rather than held for minutes.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;

  return {
    url,
    port: address.port,
    server,
    cache,
    config,
    async stop() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
    },
  };
}

if (require.main === module) {
  startSite().then(
    (site) => {
      const { config } = site;
      console.log(`
────────────────────────────────────────────────────────────
 Example site:  ${site.url}   (${config.locales.map((l) => `${site.url}/${l}`).join(', ')})
 Reading:       ${config.strapiUrl}/api${config.token ? ' with STRAPI_TOKEN' : ' as the Public role'}
 Refreshed by:  POST ${site.url}${WEBHOOK_PATH} (Strapi's webhook); otherwise every ${config.cacheSeconds} s
────────────────────────────────────────────────────────────`);
      if (config.demoSecret) console.log(' SITE_WEBHOOK_SECRET is not set: the site takes the demo webhook secret, which is published.\n');
      for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => site.stop().then(() => process.exit(0)));
    },
    (error) => {
      console.error(`✖ ${error.message}`);
      process.exit(1);
    }
  );
}

module.exports = { startSite };
