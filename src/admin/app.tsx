import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Finnish teams use the admin in Finnish; English stays the default.
    locales: ['fi'],
  },
  bootstrap(_app: StrapiApp) {},
};
