import { checkWebUrl, isWebUrl, WEB_URL_MAX } from './web-url';

describe('competitor web addresses', () => {
  it('takes http and https addresses and answers them normalised', () => {
    expect(checkWebUrl('siteUrl', ' https://www.kahvipaahtimo.fi ')).toEqual({ ok: true, url: 'https://www.kahvipaahtimo.fi/' });
    expect(checkWebUrl('siteUrl', 'HTTP://Example.FI/a?b=1#c')).toEqual({ ok: true, url: 'http://example.fi/a?b=1#c' });
    expect(checkWebUrl('link', 'https://www.instagram.com/p/ä ö'.replace(' ', '')).ok).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.fi/',
    'mailto:info@example.fi',
    '//example.fi/path',
    'https:example.fi',
    'www.example.fi',
    'https://',
    'https://exa mple.fi',
    'https://example.fi/\u0000x',
    'https://example.fi/\tx',
  ])('refuses %j, naming the field', (value) => {
    const result = checkWebUrl('link', value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^link must/);
  });

  it('refuses credentials in the address, an empty one and an overlong one', () => {
    expect(checkWebUrl('siteUrl', 'https://user:secret@example.fi/')).toEqual({
      ok: false,
      message: 'siteUrl must not contain a user name or password',
    });
    expect(checkWebUrl('siteUrl', '   ')).toEqual({ ok: false, message: expect.stringMatching(/^siteUrl must not be empty/) });
    const long = `https://example.fi/${'a'.repeat(WEB_URL_MAX)}`;
    expect(checkWebUrl('siteUrl', long)).toEqual({ ok: false, message: 'siteUrl must be at most 2,048 characters' });
  });

  it('tells which stored values may be rendered as links', () => {
    expect(isWebUrl('https://example.fi/')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
    expect(isWebUrl(42)).toBe(false);
  });
});
