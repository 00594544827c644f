import communityTaskSchema from './community-task/schema.json';
import feedTokenSchema from './feed-token/schema.json';
import notificationRunSchema from './notification-run/schema.json';
import pieceActivitySchema from './piece-activity/schema.json';
import publishJobSchema from './publish-job/schema.json';
import publishLogSchema from './publish-log/schema.json';
import workLogSchema from './work-log/schema.json';

export default {
  'community-task': { schema: communityTaskSchema },
  'feed-token': { schema: feedTokenSchema },
  'notification-run': { schema: notificationRunSchema },
  'piece-activity': { schema: pieceActivitySchema },
  'publish-job': { schema: publishJobSchema },
  'publish-log': { schema: publishLogSchema },
  'work-log': { schema: workLogSchema },
};
