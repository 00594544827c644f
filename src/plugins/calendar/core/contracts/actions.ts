/** The plugin's RBAC actions, registered with the admin action provider as `plugin::calendar.<uid>`. */
export const ACTIONS = {
  read: 'plugin::calendar.read',
  plan: 'plugin::calendar.plan',
  publish: 'plugin::calendar.publish',
  community: 'plugin::calendar.community',
  settings: 'plugin::calendar.settings',
  budgetRead: 'plugin::calendar.budget.read',
  budgetEdit: 'plugin::calendar.budget.edit',
} as const;
export type Action = (typeof ACTIONS)[keyof typeof ACTIONS];
