import { factories } from '@strapi/strapi';

// Ids, pagination and relation inputs are checked before Strapi queries with them.
const guarded = { middlewares: ['plugin::calendar.rest-params'] };

export default factories.createCoreRouter('api::theme.theme', {
  config: { find: guarded, findOne: guarded, create: guarded, update: guarded, delete: guarded },
});
