import { factories } from '@strapi/strapi';

// Ids, pagination and relation inputs are checked before Strapi queries with them. One object per
// route: Strapi writes each route's permission scope into its config, so a shared one would let
// every route check the last route's permission.
const guarded = () => ({ middlewares: ['plugin::calendar.rest-params'] });

export default factories.createCoreRouter('api::channel.channel', {
  config: { find: guarded(), findOne: guarded(), create: guarded(), update: guarded(), delete: guarded() },
});
