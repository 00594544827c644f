import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Finnish teams use the admin in Finnish; English stays the default.
    locales: ['fi'],
    // No onboarding tour or release notices: they need the internet and get in the way of demos.
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
