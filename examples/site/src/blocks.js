/**
 * Strapi's blocks (the `body` of a content piece) as HTML: paragraphs, headings, lists, quotes,
 * code, images and links with bold/italic/underline/strikethrough/code text. Every text is
 * escaped, a link keeps its anchor only for http(s), mailto, tel or a path on this site, and an
 * image only for http(s) or Strapi's own uploads. A body is stored JSON that anyone with write
 * access shaped, so rendering has a budget of nodes and depth and skips what it does not know.
 */
const { html, raw } = require('./html');

const MAX_NODES = 5000;
const MAX_DEPTH = 12;
const MAX_URL = 2048;
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'h6'];
// Control characters (U+0000–U+001F, U+007F): browsers drop them from URLs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A URL a link may point to, or null. Control characters are refused because browsers drop
 * them (`/\t/evil` becomes `//evil`), and so are `//` and `/\`, which leave the site.
 * @param {unknown} url
 */
function safeHref(url) {
  if (typeof url !== 'string' || url.length > MAX_URL || CONTROL.test(url)) return null;
  const value = url.trim();
  if (/^\/(?![/\\])/.test(value) || value.startsWith('#')) return value;
  try {
    const parsed = new URL(value);
    return LINK_PROTOCOLS.includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An image source: http(s), or a path on Strapi (its uploads) made absolute. */
function safeImageSrc(url, assetBase) {
  if (typeof url !== 'string' || url.length > MAX_URL || CONTROL.test(url)) return null;
  try {
    const parsed = /^\/(?![/\\])/.test(url) ? new URL(url, assetBase) : new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * @param {unknown} blocks the `body` attribute as the REST API gives it
 * @param {{ assetBase: string }} options assetBase: Strapi's origin, for `/uploads/…` images
 * @returns {import('./html').SafeHtml}
 */
function renderBlocks(blocks, { assetBase }) {
  let left = MAX_NODES;
  const take = () => --left >= 0;
  const children = (node, depth, each) =>
    Array.isArray(node.children) && depth < MAX_DEPTH ? node.children.map((child) => each(child, depth + 1)) : [];

  const inline = (node, depth) => {
    if (!isObject(node) || !take()) return '';
    if (node.type === 'link') {
      const content = children(node, depth, inline);
      const href = safeHref(node.url);
      if (!href) return html`${content}`;
      const external = /^(https?:)?\/\//i.test(href);
      return external ? html`<a href="${href}" rel="noopener noreferrer">${content}</a>` : html`<a href="${href}">${content}</a>`;
    }
    if (node.type !== 'text' || typeof node.text !== 'string') return '';
    let out = html`${node.text}`;
    if (node.code === true) out = html`<code>${out}</code>`;
    if (node.bold === true) out = html`<strong>${out}</strong>`;
    if (node.italic === true) out = html`<em>${out}</em>`;
    if (node.underline === true) out = html`<u>${out}</u>`;
    if (node.strikethrough === true) out = html`<s>${out}</s>`;
    return out;
  };

  const listItem = (node, depth) => {
    if (!isObject(node)) return '';
    // A nested list sits beside the items in Strapi's blocks; HTML wants it inside an item.
    if (node.type === 'list') return html`<li>${block(node, depth)}</li>`;
    if (node.type !== 'list-item' || !take()) return '';
    return html`<li>${children(node, depth, inline)}</li>`;
  };

  const block = (node, depth) => {
    if (!isObject(node) || !take()) return '';
    switch (node.type) {
      case 'paragraph':
        return html`<p>${children(node, depth, inline)}</p>`;
      case 'heading': {
        // The page's title is its h1, so the body's headings start at h2 (level 1 → h2 … 5 and 6 → h6).
        const level = Number.isInteger(node.level) ? Math.min(6, Math.max(1, node.level)) : 1;
        const tag = raw(HEADINGS[level - 1]);
        return html`<${tag}>${children(node, depth, inline)}</${tag}>`;
      }
      case 'list': {
        const items = children(node, depth, listItem);
        return node.format === 'ordered'
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'quote':
        return html`<blockquote>${children(node, depth, inline)}</blockquote>`;
      case 'code':
        return html`<pre><code>${children(node, depth, (c) => (isObject(c) && typeof c.text === 'string' && take() ? c.text : ''))}</code></pre>`;
      case 'image': {
        const image = isObject(node.image) ? node.image : {};
        const src = safeImageSrc(image.url, assetBase);
        if (!src) return '';
        const alt = typeof image.alternativeText === 'string' ? image.alternativeText : '';
        return html`<figure><img src="${src}" alt="${alt}" loading="lazy" /></figure>`;
      }
      default:
        return '';
    }
  };

  if (!Array.isArray(blocks)) return html``;
  return html`${blocks.map((node) => block(node, 0))}`;
}

module.exports = { renderBlocks, safeHref, safeImageSrc, MAX_NODES, MAX_DEPTH };
