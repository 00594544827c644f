/**
 * The share page's response headers. The page may be framed by the configured origins only
 * (`frame-ancestors`; Strapi's security middleware sets X-Frame-Options: SAMEORIGIN, which would
 * forbid any other embedder, so it is removed here), loads nothing from elsewhere, and runs only its
 * own inline style and script, allowed by hash. Nothing is cached: a revoked link stops at once.
 */
import crypto from 'node:crypto';
import { SHARE_PAGE_SCRIPT, SHARE_PAGE_STYLE } from '../../core/share/page-html';

const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const STYLE_HASH = hash(SHARE_PAGE_STYLE);
const SCRIPT_HASH = hash(SHARE_PAGE_SCRIPT);

export function sharePageCsp(frameAncestors: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    `script-src ${SCRIPT_HASH}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ');
}

interface HeaderContext {
  set(field: string, value: string): void;
  remove(field: string): void;
}

export function setSharePageHeaders(ctx: HeaderContext, frameAncestors: readonly string[]) {
  ctx.set('Content-Security-Policy', sharePageCsp(frameAncestors));
  ctx.remove('X-Frame-Options');
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Robots-Tag', 'noindex, nofollow');
}
