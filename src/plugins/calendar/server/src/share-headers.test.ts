import crypto from 'node:crypto';
import { SHARE_PAGE_SCRIPT, SHARE_PAGE_STYLE } from '../../core/share/page-html';
import { setSharePageHeaders, sharePageCsp } from './share-headers';

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('base64');

describe('the share page CSP', () => {
  it('allows only its own style and script, by hash, and framing by itself and the listed origins', () => {
    const csp = sharePageCsp(['https://intra.example.fi', 'https://wiki.example.fi']);
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `style-src 'sha256-${sha(SHARE_PAGE_STYLE)}'`,
      `script-src 'sha256-${sha(SHARE_PAGE_SCRIPT)}'`,
      "img-src 'self' data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'self' https://intra.example.fi https://wiki.example.fi",
    ]);
    expect(sharePageCsp([])).toContain("frame-ancestors 'self'");
  });

  it('sets no-store and removes X-Frame-Options', () => {
    const headers = new Map<string, string>([['X-Frame-Options', 'SAMEORIGIN']]);
    setSharePageHeaders({ set: (k, v) => headers.set(k, v), remove: (k) => headers.delete(k) }, []);
    expect(headers.has('X-Frame-Options')).toBe(false);
    expect(headers.get('Cache-Control')).toBe('no-store');
    expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self'");
  });
});
