/**
 * Production boot check: demo accounts that still have the published demo password are named
 * in a warning (their login is refused by the demo-login guard), with the command that fixes it.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_EMAILS, PUBLISHED_DEMO_PASSWORD } from '../demo/credentials';

export async function demoAccountsWithPublishedPassword(strapi: Core.Strapi): Promise<string[]> {
  const users = await strapi.db.query('admin::user').findMany({
    where: { email: { $in: Object.values(DEMO_EMAILS) } },
    select: ['email', 'password'],
    limit: Object.keys(DEMO_EMAILS).length,
  });
  const auth = strapi.service('admin::auth') as { validatePassword(password: string, hash: string): Promise<boolean> };
  const exposed: string[] = [];
  for (const user of users) {
    if (user.password && (await auth.validatePassword(PUBLISHED_DEMO_PASSWORD, user.password))) exposed.push(user.email);
  }
  return exposed;
}

export async function warnAboutDemoAccounts(strapi: Core.Strapi) {
  const exposed = await demoAccountsWithPublishedPassword(strapi);
  if (exposed.length === 0) return;
  strapi.log.warn(
    `[security] demo account(s) ${exposed.join(', ')} still have the published demo password; their login is refused in production. ` +
      'Set a real password: npx strapi admin:reset-user-password --email=<email> --password=<new password>'
  );
}
