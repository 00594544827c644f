import type { Core } from '@strapi/strapi';

export default {
  register(_: { strapi: Core.Strapi }) {},

  /**
   * The calendar plugin grants public read access and guards the content types; the project
   * only seeds the demo plan when `npm run demo` asks for it.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.VUOSIKELLO_DEMO_SEED === 'true') {
      const { seedDemo } = await import('./demo/seed');
      await seedDemo(strapi);
    }
  },
};
