import feedTokenSchema from './feed-token/schema.json';
import publishJobSchema from './publish-job/schema.json';
import publishLogSchema from './publish-log/schema.json';

export default {
  'feed-token': { schema: feedTokenSchema },
  'publish-job': { schema: publishJobSchema },
  'publish-log': { schema: publishLogSchema },
};
