/** The planned views, in menu order. Each has its own page folder under pages/. */
export const VIEWS = [
  { path: 'wheel', labelId: 'view.wheel', defaultLabel: 'Year wheel' },
  { path: 'month', labelId: 'view.month', defaultLabel: 'Month' },
  { path: 'week', labelId: 'view.week', defaultLabel: 'Week' },
  { path: 'agenda', labelId: 'view.agenda', defaultLabel: 'Agenda' },
  { path: 'quarter', labelId: 'view.quarter', defaultLabel: 'Quarterly grid' },
  { path: 'coverage', labelId: 'view.coverage', defaultLabel: 'Coverage' },
  { path: 'my-work', labelId: 'view.myWork', defaultLabel: 'My work' },
  { path: 'community', labelId: 'view.community', defaultLabel: 'Community' },
  { path: 'feeds', labelId: 'view.feeds', defaultLabel: 'Calendar feeds' },
] as const;

export type ViewPath = (typeof VIEWS)[number]['path'];
