/**
 * The site over HTTP against a stand-in for Strapi's REST API: routes, the cache that only the
 * webhook empties, 404 for unknown slugs and languages, 502 when Strapi is down, and the webhook.
 */
const assert = require('node:assert/strict');
const http = require('node:http');
const { after, before, test } = require('node:test');
const { startSite } = require('../src/server');

const SECRET = 'unit-test-webhook-secret';
const requests = [];
let stub;
let site;
let pieceTitle = 'Ensimmäinen';

before(async () => {
  stub = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://stub');
    requests.push(url.pathname + url.search);
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const locale = url.searchParams.get('locale');
    if (locale === 'en') {
      const message = 'locale: no locale en; enabled: fi, sv, or * for all';
      return send(400, {
        data: null,
        error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path: ['locale'], message }] } },
      });
    }
    if (url.pathname === '/api/channels') return send(200, { data: [{ slug: 'blogi', name: 'Blogi & uutiset' }] });
    if (url.pathname === '/api/calendar/occurrences') {
      const later = (days) => new Date(Date.now() + days * 86_400_000).toISOString().replace('Z', '+00:00');
      const occurrence = (start) => ({
        documentId: 'abcdefghij',
        locale,
        slug: 'eka',
        title: pieceTitle,
        start,
        channels: ['blogi', 'poistettu'],
      });
      return send(200, { data: [occurrence(later(-1)), occurrence(later(2))] });
    }
    assert.equal(url.searchParams.get('status'), 'published');
    const slug = url.searchParams.get('filters[slug][$eq]');
    const piece = { documentId: 'abcdefghij', locale, slug: 'eka', title: pieceTitle, summary: null, body: [], localizations: [] };
    return send(200, { data: slug === null || slug === 'eka' ? [piece] : [] });
  });
  await new Promise((resolve) => stub.listen(0, '127.0.0.1', resolve));
  site = await startSite({
    env: {},
    strapiUrl: `http://127.0.0.1:${stub.address().port}`,
    host: '127.0.0.1',
    port: 0,
    webhookSecret: SECRET,
    locales: ['fi', 'sv', 'en'],
    log: () => {},
  });
});

after(async () => {
  await site?.stop();
  await new Promise((resolve) => stub.close(resolve));
});

const get = async (path, init) => {
  const res = await fetch(`${site.url}${path}`, init);
  return { status: res.status, text: await res.text(), headers: res.headers };
};

test('serves the front page at / and /fi/, a piece by slug, and keeps the answers', async () => {
  const root = await get('/');
  assert.equal(root.status, 200);
  assert.match(root.text, /<html lang="fi">/);
  assert.match(root.text, /<a href="\/fi\/eka">Ensimmäinen<\/a>/);
  assert.match(root.headers.get('content-security-policy'), /default-src 'none'/);
  // Coming up: only what has not started, its channels by name (a slug when the name is unknown).
  const soon = root.text.slice(root.text.indexOf('class="coming-up"'));
  assert.equal(soon.match(/<li class="occurrence"/g).length, 1);
  assert.match(soon, /<span class="channels">Blogi &amp; uutiset, poistettu<\/span>/);
  const before = requests.length;
  assert.equal((await get('/fi/')).status, 200);
  assert.equal((await get('/fi?x=1')).status, 200);
  assert.equal(requests.length, before, 'the front page came from the cache');
  const page = await get('/fi/eka');
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Ensimmäinen<\/h1>/);
});

test('answers 404 without asking Strapi for paths that are no page, and for a language Strapi refuses', async () => {
  const before = requests.length;
  for (const path of ['/de', '/fi/eka/more', '/fi/%E0%A4%A', '/fi/no%20spaces', '/fi//', '/favicon.ico'])
    assert.equal((await get(path)).status, 404, path);
  assert.equal(requests.length, before);
  assert.equal((await get('/fi/ei-ole')).status, 404);
  const english = await get('/en');
  assert.equal(english.status, 404);
  assert.match(english.text, /<html lang="fi">/);
});

test('answers 405 to other methods and HEAD without a body', async () => {
  const put = await get('/fi', { method: 'PUT' });
  assert.equal(put.status, 405);
  assert.equal(put.headers.get('allow'), 'GET, HEAD');
  assert.equal((await get('/webhooks/strapi')).headers.get('allow'), 'POST');
  const head = await get('/fi', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.text, '');
});

test('the webhook empties the cache: the next view reads the new title', async () => {
  pieceTitle = 'Päivitetty';
  assert.match((await get('/fi/eka')).text, /Ensimmäinen/);
  const post = (authorization, body) =>
    fetch(`${site.url}/webhooks/strapi`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body });
  assert.equal((await post(`Bearer ${SECRET.slice(0, -1)}`, '{"event":"entry.publish"}')).status, 401);
  assert.match((await get('/fi/eka')).text, /Ensimmäinen/);
  assert.equal((await post(`Bearer ${SECRET}`, '[1]')).status, 400);
  assert.equal((await post(`Bearer ${SECRET}`, '{"event":"media.create"}')).status, 204);
  assert.match((await get('/fi/eka')).text, /Ensimmäinen/, 'an event the site does not follow keeps the cache');
  assert.equal((await post(`Bearer ${SECRET}`, '{"event":"entry.unpublish","uid":"api::content-piece.content-piece"}')).status, 204);
  assert.match((await get('/fi/eka')).text, /<h1>Päivitetty<\/h1>/);
});

test('answers 502 with a page when Strapi does not answer, and keeps no failure', async () => {
  const down = await startSite({
    env: {},
    strapiUrl: 'http://127.0.0.1:9',
    host: '127.0.0.1',
    port: 0,
    webhookSecret: SECRET,
    log: () => {},
  });
  try {
    const res = await fetch(`${down.url}/fi`);
    assert.equal(res.status, 502);
    assert.match(await res.text(), /Sisältö ei ole juuri nyt saatavilla/);
    assert.equal(down.cache.size, 0, 'a failure is not kept');
  } finally {
    await down.stop();
  }
});
