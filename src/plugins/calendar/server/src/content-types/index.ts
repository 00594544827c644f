import budgetLineSchema from './budget-line/schema.json';
import absenceSchema from './absence/schema.json';
import capacitySchema from './capacity/schema.json';
import chatDeliverySchema from './chat-delivery/schema.json';
import chatHookSchema from './chat-hook/schema.json';
import commentSchema from './comment/schema.json';
import competitorSchema from './competitor/schema.json';
import competitorObservationSchema from './competitor-observation/schema.json';
import copyRecordSchema from './copy-record/schema.json';
import communityTaskSchema from './community-task/schema.json';
import feedTokenSchema from './feed-token/schema.json';
import goalSchema from './goal/schema.json';
import kpiResultSchema from './kpi-result/schema.json';
import notificationRunSchema from './notification-run/schema.json';
import pieceActivitySchema from './piece-activity/schema.json';
import planCellSchema from './plan-cell/schema.json';
import publishJobSchema from './publish-job/schema.json';
import publishLogSchema from './publish-log/schema.json';
import spendEntrySchema from './spend-entry/schema.json';
import shareLinkSchema from './share-link/schema.json';
import workLogSchema from './work-log/schema.json';

export default {
  'budget-line': { schema: budgetLineSchema },
  absence: { schema: absenceSchema },
  capacity: { schema: capacitySchema },
  'chat-delivery': { schema: chatDeliverySchema },
  'chat-hook': { schema: chatHookSchema },
  comment: { schema: commentSchema },
  competitor: { schema: competitorSchema },
  'competitor-observation': { schema: competitorObservationSchema },
  'copy-record': { schema: copyRecordSchema },
  'community-task': { schema: communityTaskSchema },
  'feed-token': { schema: feedTokenSchema },
  goal: { schema: goalSchema },
  'kpi-result': { schema: kpiResultSchema },
  'notification-run': { schema: notificationRunSchema },
  'piece-activity': { schema: pieceActivitySchema },
  'plan-cell': { schema: planCellSchema },
  'publish-job': { schema: publishJobSchema },
  'publish-log': { schema: publishLogSchema },
  'share-link': { schema: shareLinkSchema },
  'spend-entry': { schema: spendEntrySchema },
  'work-log': { schema: workLogSchema },
};
