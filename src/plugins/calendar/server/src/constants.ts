import type { UID } from '@strapi/strapi';

export const PLUGIN_ID = 'calendar';

export const CONTENT_TYPES = {
  theme: 'api::theme.theme',
  channel: 'api::channel.channel',
  persona: 'api::persona.persona',
  contentPiece: 'api::content-piece.content-piece',
  communityTask: 'plugin::calendar.community-task',
  workLog: 'plugin::calendar.work-log',
  planCell: 'plugin::calendar.plan-cell',
  goal: 'plugin::calendar.goal',
  kpiResult: 'plugin::calendar.kpi-result',
  publishJob: 'plugin::calendar.publish-job',
  publishLog: 'plugin::calendar.publish-log',
  pieceActivity: 'plugin::calendar.piece-activity',
  comment: 'plugin::calendar.comment',
  feedToken: 'plugin::calendar.feed-token',
  shareLink: 'plugin::calendar.share-link',
  notificationRun: 'plugin::calendar.notification-run',
  chatHook: 'plugin::calendar.chat-hook',
  chatDelivery: 'plugin::calendar.chat-delivery',
  competitor: 'plugin::calendar.competitor',
  competitorObservation: 'plugin::calendar.competitor-observation',
  budgetLine: 'plugin::calendar.budget-line',
  spendEntry: 'plugin::calendar.spend-entry',
  copyRecord: 'plugin::calendar.copy-record',
  capacity: 'plugin::calendar.capacity',
  absence: 'plugin::calendar.absence',
  adminUser: 'admin::user',
  adminPermission: 'admin::permission',
} as const satisfies Record<string, UID.ContentType>;

/** RBAC actions, registered with the admin action provider as `plugin::calendar.<uid>`; one list for server and admin. */
export { ACTIONS } from '../../core/contracts/actions';

export const ACTION_DEFINITIONS = [
  { uid: 'read', displayName: 'Read the calendar' },
  { uid: 'plan', displayName: 'Plan and schedule content' },
  { uid: 'publish', displayName: 'Publish and unschedule' },
  { uid: 'community', displayName: 'Community management' },
  { uid: 'settings', displayName: 'Calendar settings' },
  { uid: 'budget.read', displayName: 'Read the budget' },
  { uid: 'budget.edit', displayName: 'Edit the budget' },
] as const;

/** The content types the Public role may read when `publicRead` is on. */
export const PUBLIC_READ_TYPES = [CONTENT_TYPES.theme, CONTENT_TYPES.channel, CONTENT_TYPES.persona, CONTENT_TYPES.contentPiece] as const;
