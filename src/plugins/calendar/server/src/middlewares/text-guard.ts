/**
 * Text the database cannot store answers 400 before any route sees it: PostgreSQL refuses NUL
 * (`\u0000`) in text columns (a 500 deep in a query), and a lone UTF-16 surrogate is not Unicode
 * (stored as U+FFFD, silently changing the value). Bodies whose content type no parser reads
 * (application/xml, …) answer 415 rather than reaching a route as an empty body.
 * Wired for every request in config/middlewares.ts, after `strapi::body`.
 */
import { errors } from '@strapi/utils';
import type { Context, Next } from '../koa';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A 1 MB JSON body holds fewer values than this; the walk stops here whatever it is given. */
const MAX_VALUES = 1_000_000;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

const problemIn = (text: string) =>
  text.includes('\u0000')
    ? 'must not contain NUL characters'
    : LONE_SURROGATE.test(text)
      ? 'must be valid Unicode (it holds a lone surrogate)'
      : null;

/** The first bad string (value or key) in a parsed query or body, with its path. */
export function findBadText(root: unknown, rootPath: string[]): { path: string[]; message: string } | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: rootPath }];
  for (let seen = 0; stack.length && seen < MAX_VALUES; seen += 1) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = problemIn(value);
      if (problem) return { path, message: `${path.join('.')} ${problem}` };
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const problem = problemIn(key);
        if (problem) return { path, message: `a key in ${path.join('.')} ${problem}` };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
}

const hasBody = (ctx: Context) => Number(ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';

export default () => async (ctx: Context, next: Next) => {
  if (WITH_BODY.has(ctx.method) && hasBody(ctx) && !ctx.is('json', '+json', 'urlencoded', 'multipart', 'text/*')) {
    ctx.status = 415;
    const message = `Content-Type ${ctx.get('content-type') || '(none)'} is not supported: send application/json`;
    ctx.body = {
      data: null,
      error: {
        status: 415,
        name: 'UnsupportedMediaTypeError',
        message,
        details: { errors: [{ path: ['Content-Type'], message, name: 'ValidationError' }] },
      },
    };
    return;
  }
  const bad = findBadText(ctx.query, ['query']) ?? findBadText(ctx.request.body, ['body']);
  if (bad) throw new errors.ValidationError(bad.message, { errors: [{ ...bad, name: 'ValidationError' }] });
  await next();
};
