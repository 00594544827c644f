/**
 * In production, an admin login with the demo's published password is refused before Strapi
 * checks it: whoever seeded a demo database and then deployed it must set a real password first.
 */
import { errors } from '@strapi/utils';
import { isProduction, PUBLISHED_DEMO_PASSWORD } from '../demo/credentials';
import type { Context, Next } from '../utils/koa';

export const DEMO_LOGIN_REFUSED =
  'The demo password is published and is refused in production: set a real password for this account ' +
  '(npx strapi admin:reset-user-password --email=<email> --password=<new password>)';

const LOGIN = /^\/admin\/login\/?$/;

export default () => async (ctx: Context, next: Next) => {
  if (ctx.method === 'POST' && LOGIN.test(ctx.path) && isProduction() && ctx.request.body?.password === PUBLISHED_DEMO_PASSWORD) {
    throw new errors.ForbiddenError(DEMO_LOGIN_REFUSED, { errors: [{ path: ['password'], message: DEMO_LOGIN_REFUSED }] });
  }
  await next();
};
