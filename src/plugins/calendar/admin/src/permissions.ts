export const ACTIONS = {
  read: 'plugin::calendar.read',
  plan: 'plugin::calendar.plan',
  publish: 'plugin::calendar.publish',
  community: 'plugin::calendar.community',
  settings: 'plugin::calendar.settings',
} as const;
