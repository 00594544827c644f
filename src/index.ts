import type { Core } from '@strapi/strapi';
import { isProduction } from './demo/credentials';
import { warnAboutDemoAccounts } from './security/demo-accounts';
import { applyPersonaPrivacy } from './security/persona-privacy';
import { createAdmission } from './utils/admission';

const countFromEnv = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
};

export default {
  /**
   * Persona details are private unless configured. Before Strapi's own middlewares, requests are
   * worked on a few at a time, in arrival order, so an overloaded server answers a burst in order
   * instead of every request late (src/utils/admission.ts; docs/performance.md, "Load").
   * SERVER_MAX_CONCURRENT_REQUESTS=0 turns it off.
   */
  register({ strapi }: { strapi: Core.Strapi }) {
    applyPersonaPrivacy(strapi);
    const concurrency = countFromEnv('SERVER_MAX_CONCURRENT_REQUESTS', 8);
    if (concurrency === 0) return;
    const admission = createAdmission({ concurrency, maxQueued: countFromEnv('SERVER_MAX_QUEUED_REQUESTS', 2000), bypass: ['/_health'] });
    strapi.server.use(admission);
  },

  /**
   * The calendar plugin grants public read access and guards the content types; the project
   * only seeds the demo plan when `npm run demo` asks for it, and never in production.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (isProduction()) {
      if (process.env.VUOSIKELLO_DEMO_SEED === 'true')
        strapi.log.warn('[demo] VUOSIKELLO_DEMO_SEED is ignored in production: no demo data or demo logins are created');
      await warnAboutDemoAccounts(strapi);
      return;
    }
    if (process.env.VUOSIKELLO_DEMO_SEED === 'true') {
      const { seedDemo } = await import('./demo/seed');
      await seedDemo(strapi);
      const { registerDemoSiteWebhook } = await import('./demo/site-webhook');
      await registerDemoSiteWebhook(strapi);
    }
  },
};
