/**
 * koa-body's parse errors as Strapi errors: a malformed multipart body (no boundary, a stream
 * that ends mid-part) is otherwise a 500, and broken JSON a bare 400 logged as a server error.
 * Used as `onError` of `strapi::body` in config/middlewares.ts.
 */
import { errors } from '@strapi/utils';

export function bodyParseError(error: Error & { status?: number; statusCode?: number }): never {
  const status = error.status ?? error.statusCode;
  if (status === 413) throw new errors.PayloadTooLargeError(`The request body is too large: ${error.message}`);
  const message = `The request body could not be parsed: ${error.message}`;
  throw new errors.ValidationError(message, { errors: [{ path: ['body'], message, name: 'ValidationError' }] });
}
