import type { Core } from '@strapi/strapi';
import { isProduction } from './demo/credentials';
import { warnAboutDemoAccounts } from './security/demo-accounts';
import { applyPersonaPrivacy } from './security/persona-privacy';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    applyPersonaPrivacy(strapi);
  },

  /**
   * The calendar plugin grants public read access and guards the content types; the project
   * only seeds the demo plan when `npm run demo` asks for it, and never in production.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (isProduction()) {
      if (process.env.VUOSIKELLO_DEMO_SEED === 'true') strapi.log.warn('[demo] VUOSIKELLO_DEMO_SEED is ignored in production: no demo data or demo logins are created');
      await warnAboutDemoAccounts(strapi);
      return;
    }
    if (process.env.VUOSIKELLO_DEMO_SEED === 'true') {
      const { seedDemo } = await import('./demo/seed');
      await seedDemo(strapi);
    }
  },
};
