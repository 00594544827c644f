import { escapeHtml, safeColor } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('writes null and undefined as nothing and numbers as text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('safeColor', () => {
  it('keeps a #RRGGBB colour and replaces anything else', () => {
    expect(safeColor('#7BC67B', '#000000')).toBe('#7BC67B');
    expect(safeColor('red" onload="x', '#000000')).toBe('#000000');
    expect(safeColor(null, '#123456')).toBe('#123456');
  });
});
