/** Blocks and the html tag: every value escaped, only safe links and images, a budget on nodes and depth. */
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { renderBlocks, safeHref, safeImageSrc, MAX_DEPTH } = require('../src/blocks');
const { html, raw } = require('../src/html');

/** Rendered, without the whitespace Prettier's layout of the templates puts between block tags. */
const render = (blocks) => renderBlocks(blocks, { assetBase: 'http://cms.example' }).toString().replace(/>\s+</g, '><');
const text = (value, marks = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (...children) => ({ type: 'paragraph', children });

test('the html tag escapes values, keeps its own markup, joins arrays and drops null', () => {
  const title = '<img src=x onerror=alert(1)> & "quoted" \'single\'';
  assert.equal(
    html`<a title="${title}">${title}</a>`.toString(),
    '<a title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;</a>'
  );
  // Called by another name, so that Prettier leaves the exact markup of this template alone.
  const tag = html;
  assert.equal(tag`<ul>${['<a>', tag`<li>b</li>`, null, undefined, false]}</ul>`.toString(), '<ul>&lt;a&gt;<li>b</li></ul>');
  assert.equal(html`${raw('<br>')}${0}`.toString(), '<br>0');
});

test('renders paragraphs, marks, headings from h2, lists with nested lists, quotes and code', () => {
  assert.equal(
    render([
      { type: 'heading', level: 1, children: [text('Otsikko')] },
      { type: 'heading', level: 6, children: [text('Pieni')] },
      paragraph(text('a '), text('b', { bold: true, italic: true }), text('<c>', { code: true })),
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('yksi')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('sisempi')] }] },
        ],
      },
      { type: 'quote', children: [text('lainaus')] },
      { type: 'code', children: [text('if (a < b) {}')] },
    ]),
    '<h2>Otsikko</h2><h6>Pieni</h6><p>a <em><strong>b</strong></em><code>&lt;c&gt;</code></p>' +
      '<ol><li>yksi</li><li><ul><li>sisempi</li></ul></li></ol><blockquote>lainaus</blockquote><pre><code>if (a &lt; b) {}</code></pre>'
  );
});

test('a link keeps its anchor only for http(s), mailto, tel and paths on the site', () => {
  const link = (url) => render([paragraph({ type: 'link', url, children: [text('x')] })]);
  assert.equal(link('https://example.com/a?b=1&c=2'), '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">x</a></p>');
  assert.equal(link('/fi/kevat'), '<p><a href="/fi/kevat">x</a></p>');
  assert.equal(link('mailto:info@example.com'), '<p><a href="mailto:info@example.com">x</a></p>');
  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<b>',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil',
    'vbscript:x',
    42,
    null,
  ])
    assert.equal(link(url), '<p>x</p>', String(url));
  assert.equal(safeHref('java\u0000script:alert(1)'), null);
  assert.equal(safeHref('#osio'), '#osio');
});

test('an image needs an http(s) source or a Strapi upload path; its alt text is escaped', () => {
  assert.equal(
    render([{ type: 'image', image: { url: '/uploads/kuva.jpg', alternativeText: '"><script>' }, children: [] }]),
    '<figure><img src="http://cms.example/uploads/kuva.jpg" alt="&quot;&gt;&lt;script&gt;" loading="lazy" /></figure>'
  );
  assert.equal(render([{ type: 'image', image: { url: 'javascript:alert(1)' }, children: [] }]), '');
  assert.equal(safeImageSrc('//evil.example/x.png', 'http://cms.example'), null);
});

test('unknown nodes and shapes render nothing, and the depth and node budgets stop a hostile body', () => {
  assert.equal(render('not blocks'), '');
  assert.equal(
    render([null, 7, { type: 'script', children: [text('x')] }, paragraph({ type: 'text', text: 5 }), paragraph('raw')]),
    '<p></p><p></p>'
  );
  let deep = text('pohja');
  for (let i = 0; i < 50; i++) deep = { type: 'link', url: '/a', children: [deep] };
  const out = render([paragraph(deep)]);
  assert.equal(out.match(/<a /g).length, MAX_DEPTH);
  assert.ok(!out.includes('pohja'));
  const wide = render([paragraph(...Array.from({ length: 20_000 }, () => text('x')))]);
  assert.ok(wide.length < 6000, `rendered ${wide.length} characters`);
});
