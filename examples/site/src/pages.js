/**
 * The site's pages as HTML strings: the front page (newest pieces and what is coming up), a
 * piece's page, and the 404 and "not available" pages. Every value from the API goes through
 * the escaping `html` tag; links to pieces are built from encoded locale and slug.
 */
const { renderBlocks } = require('./blocks');
const { html } = require('./html');
const { formatDate, formatLocalStart, inLanguage, languageName, words } = require('./i18n');

const MAX_COMING_UP = 12;

const pieceHref = (locale, slug) => `/${encodeURIComponent(locale)}/${encodeURIComponent(slug)}`;
const names = (list) => (Array.isArray(list) ? list.map((item) => item?.name).filter((n) => typeof n === 'string') : []);

/**
 * @param {{ locale: string, locales: string[], title: string, body: unknown, alternates?: Array<{ locale: string, href: string }> }} page
 */
function layout({ locale, locales, title, body, alternates = [] }) {
  const w = words(locale);
  const switcher = locales.map((code) =>
    code === locale
      ? html`<li><a href="/${code}" lang="${code}" aria-current="page">${languageName(code)}</a></li>`
      : html`<li><a href="/${code}" lang="${code}" hreflang="${code}">${languageName(code)}</a></li>`
  );
  return html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${w.siteName}</title>
        <link rel="stylesheet" href="/styles.css" />
        ${alternates.map((a) => html`<link rel="alternate" hreflang="${a.locale}" href="${a.href}" /> `)}
      </head>
      <body>
        <header class="site-header">
          <a class="site-name" href="/${locale}">${w.siteName}</a>
          <nav aria-label="${w.languages}">
            <ul class="languages">
              ${switcher}
            </ul>
          </nav>
        </header>
        <main>${body}</main>
      </body>
    </html> `.toString();
}

/** Channels, theme and publication date of a piece, as one line. */
function meta(piece, locale) {
  const w = words(locale);
  const channels = names(piece.channels);
  const theme = typeof piece.theme?.name === 'string' ? piece.theme.name : null;
  const published = formatDate(piece.publishedAt, locale, piece.timeZone);
  return html`<p class="meta">
    ${[
      channels.length ? html`<span class="channels">${w.channels}: ${channels.join(', ')}</span>` : null,
      theme ? html`<span class="theme">${w.theme}: ${theme}</span>` : null,
      published ? html`<span class="published">${w.published} <time datetime="${piece.publishedAt}">${published}</time></span>` : null,
    ].filter(Boolean)}
  </p>`;
}

/**
 * @param {{ locale: string, locales: string[], pieces: any[], comingUp: any[] | null, channelNames?: Map<string, string>, now?: number }} input
 *   comingUp: null when the feed could not be read; channelNames: name by slug
 */
function frontPage({ locale, locales, pieces, comingUp, channelNames = new Map(), now = Date.now() }) {
  const w = words(locale);
  const list = pieces.length
    ? html`<ul class="pieces">
        ${pieces.map(
          (p) =>
            html`<li class="piece" data-document-id="${p.documentId}">
              <article>
                <h2>${typeof p.slug === 'string' ? html`<a href="${pieceHref(p.locale ?? locale, p.slug)}">${p.title}</a>` : p.title}</h2>
                ${p.summary ? html`<p class="summary">${p.summary}</p>` : null} ${meta(p, locale)}
              </article>
            </li>`
        )}
      </ul>`
    : html`<p class="empty">${w.none}</p>`;

  const upcoming = (comingUp ?? []).filter((o) => typeof o?.start === 'string' && Date.parse(o.start) > now).slice(0, MAX_COMING_UP);
  let soon;
  if (comingUp === null) soon = html`<p class="empty">${w.comingUpUnavailable}</p>`;
  else if (!upcoming.length) soon = html`<p class="empty">${w.comingUpNone}</p>`;
  else
    soon = html`<ol class="occurrences">
      ${upcoming.map(
        (o) =>
          html`<li class="occurrence" data-document-id="${o.documentId}">
            <time datetime="${o.start}">${formatLocalStart(o.start, locale) ?? o.start}</time>
            ${typeof o.slug === 'string' ? html`<a href="${pieceHref(o.locale ?? locale, o.slug)}">${o.title}</a>` : html`<span>${o.title}</span>`}
            ${Array.isArray(o.channels) && o.channels.length ? html`<span class="channels">${o.channels.map((slug) => channelNames.get(slug) ?? slug).join(', ')}</span>` : null}
          </li>`
      )}
    </ol>`;

  return layout({
    locale,
    locales,
    title: w.latest,
    alternates: locales.map((code) => ({ locale: code, href: `/${code}` })),
    body: html`<section aria-labelledby="latest">
        <h1 id="latest">${w.latest}</h1>
        ${list}
      </section>
      <section class="coming-up" aria-labelledby="coming-up">
        <h2 id="coming-up">${w.comingUp}</h2>
        ${soon}
      </section>`,
  });
}

/**
 * @param {{ locale: string, locales: string[], piece: any, assetBase: string }} input
 */
function piecePage({ locale, locales, piece, assetBase }) {
  const w = words(locale);
  const versions = (Array.isArray(piece.localizations) ? piece.localizations : []).filter(
    (v) => typeof v?.slug === 'string' && typeof v?.locale === 'string' && locales.includes(v.locale) && v.locale !== locale
  );
  const links = versions.map(
    (v) =>
      html`<li>
        <a href="${pieceHref(v.locale, v.slug)}" hreflang="${v.locale}" lang="${v.locale}">${inLanguage(v.locale)}: ${v.title}</a>
      </li>`
  );
  return layout({
    locale,
    locales,
    title: piece.title,
    alternates: versions.map((v) => ({ locale: v.locale, href: pieceHref(v.locale, v.slug) })),
    body: html`<article class="piece-page" data-document-id="${piece.documentId}">
      <h1>${piece.title}</h1>
      ${piece.summary ? html`<p class="summary">${piece.summary}</p>` : null} ${meta(piece, locale)}
      <div class="body">${renderBlocks(piece.body, { assetBase })}</div>
      ${
        links.length
          ? html`<nav class="versions" aria-label="${w.otherVersions}">
              <h2>${w.otherVersions}</h2>
              <ul>
                ${links}
              </ul>
            </nav>`
          : null
      }
      <p><a href="/${locale}">${w.home}</a></p>
    </article>`,
  });
}

/** @param {{ locale: string, locales: string[] }} input */
function notFoundPage({ locale, locales }) {
  const w = words(locale);
  return layout({
    locale,
    locales,
    title: w.notFound,
    body: html`<h1>${w.notFound}</h1>
      <p>${w.notFoundText}</p>
      <p><a href="/${locale}">${w.home}</a></p>`,
  });
}

/** @param {{ locale: string, locales: string[] }} input */
function unavailablePage({ locale, locales }) {
  const w = words(locale);
  return layout({
    locale,
    locales,
    title: w.unavailable,
    body: html`<h1>${w.unavailable}</h1>
      <p>${w.unavailableText}</p>`,
  });
}

module.exports = { frontPage, piecePage, notFoundPage, unavailablePage, pieceHref };
