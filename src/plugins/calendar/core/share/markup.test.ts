import { attrs, el, empty } from './markup';

describe('markup', () => {
  it('writes attributes escaped, true as a bare name, and leaves out false, null and undefined', () => {
    expect(attrs({ a: 'x"y', b: 2, c: true, d: false, e: null, f: undefined })).toBe(' a="x&quot;y" b="2" c');
  });

  it('builds elements with markup children, and empty ones in SVG or HTML form', () => {
    expect(el('p', { class: 'x' }, '<b>1</b>', '2')).toBe('<p class="x"><b>1</b>2</p>');
    expect(empty('circle', { r: 3 })).toBe('<circle r="3" />');
    expect(empty('meta', { charset: 'utf-8' }, false)).toBe('<meta charset="utf-8">');
  });
});
