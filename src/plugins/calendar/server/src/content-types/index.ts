import feedTokenSchema from './feed-token/schema.json';

export default {
  'feed-token': { schema: feedTokenSchema },
};
