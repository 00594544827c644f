import { factories } from '@strapi/strapi';

// Ids, pagination and relation inputs are checked before Strapi queries with them; reads also
// go through the calendar plugin's guard, so the Public role never sees drafts. One object per
// route: Strapi writes each route's permission scope into its config, so a shared one would let
// every route check the last route's permission.
const guarded = () => ({ middlewares: ['plugin::calendar.rest-params'] });
const publishedOnly = () => ({ middlewares: ['plugin::calendar.rest-params', 'plugin::calendar.published-only'] });

export default factories.createCoreRouter('api::content-piece.content-piece', {
  config: {
    find: publishedOnly(),
    findOne: publishedOnly(),
    create: guarded(),
    update: guarded(),
    delete: guarded(),
  },
});
