import { ACTIONS } from '../permissions';

/** The views, in menu order, with the RBAC action each needs. Each has its own folder under pages/. */
export const VIEWS = [
  { path: 'wheel', labelId: 'view.wheel', defaultLabel: 'Year wheel', action: ACTIONS.read },
  { path: 'month', labelId: 'view.month', defaultLabel: 'Month', action: ACTIONS.read },
  { path: 'week', labelId: 'view.week', defaultLabel: 'Week', action: ACTIONS.read },
  { path: 'agenda', labelId: 'view.agenda', defaultLabel: 'Agenda', action: ACTIONS.read },
  { path: 'quarter', labelId: 'view.quarter', defaultLabel: 'Quarterly grid', action: ACTIONS.read },
  { path: 'coverage', labelId: 'view.coverage', defaultLabel: 'Coverage', action: ACTIONS.read },
  { path: 'competitors', labelId: 'view.competitors', defaultLabel: 'Competitors', action: ACTIONS.read },
  { path: 'kpis', labelId: 'view.kpis', defaultLabel: 'KPIs', action: ACTIONS.read },
  { path: 'my-work', labelId: 'view.myWork', defaultLabel: 'My work', action: ACTIONS.read },
  { path: 'team', labelId: 'view.team', defaultLabel: 'Team board', action: ACTIONS.read },
  { path: 'workload', labelId: 'view.workload', defaultLabel: 'Workload', action: ACTIONS.read },
  { path: 'translations', labelId: 'view.translations', defaultLabel: 'Translations missing', action: ACTIONS.read },
  { path: 'community', labelId: 'view.community', defaultLabel: 'Community', action: ACTIONS.community },
  { path: 'publish-log', labelId: 'view.publishLog', defaultLabel: 'Publish log', action: ACTIONS.publish },
  { path: 'feeds', labelId: 'view.feeds', defaultLabel: 'Calendar feeds', action: ACTIONS.read },
  { path: 'share-links', labelId: 'view.shareLinks', defaultLabel: 'Share links', action: ACTIONS.read },
  { path: 'budget', labelId: 'view.budget', defaultLabel: 'Budget', action: ACTIONS.budgetRead },
  { path: 'plan-copy', labelId: 'view.planCopy', defaultLabel: 'Copy to next year', action: ACTIONS.plan },
] as const;

export type ViewPath = (typeof VIEWS)[number]['path'];
