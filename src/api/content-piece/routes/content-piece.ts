import { factories } from '@strapi/strapi';

// Reads go through the calendar plugin's guard, so the Public role never sees drafts.
const publishedOnly = { middlewares: ['plugin::calendar.published-only'] };

export default factories.createCoreRouter('api::content-piece.content-piece', {
  config: {
    find: publishedOnly,
    findOne: publishedOnly,
  },
});
