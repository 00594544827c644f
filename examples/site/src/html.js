/**
 * HTML that escapes by default: the `html` tag escapes every interpolated value unless it is
 * already markup made by this tag (or `raw`, for the few trusted constants), so a title such as
 * `<img onerror=…>` from the API is shown as text, never run.
 */

class SafeHtml {
  /** @param {string} text markup that is already safe */
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a quoted attribute value. */
function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markup from a trusted constant (never from the API). */
const raw = (text) => new SafeHtml(String(text));

/** @param {unknown} value */
function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/**
 * Tagged template: `html\`<a href="${url}">${title}</a>\`` escapes `url` and `title`; arrays
 * are joined; null, undefined and false render nothing.
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 * @returns {SafeHtml}
 */
function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

module.exports = { SafeHtml, escapeHtml, html, raw };
