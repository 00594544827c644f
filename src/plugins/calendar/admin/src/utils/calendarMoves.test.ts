import type { AdminOccurrence } from '../api/occurrences';
import type { ThemeRef } from '../api/types';
import { groupByDay, newInstant, seriesMove, themesOn } from './calendarMoves';

const piece = (over: Partial<AdminOccurrence>): AdminOccurrence => ({
  documentId: 'p1',
  title: 'Tiistain vinkki',
  slug: 'tiistain-vinkki',
  summary: null,
  timeZone: 'Europe/Helsinki',
  funnelStage: 'reach',
  contentGoal: 'sell',
  format: null,
  channels: [],
  personas: [],
  theme: null,
  recurring: false,
  editorialStatus: 'planned',
  status: 'draft',
  assignee: null,
  publishAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  recurrence: null,
  ...over,
});

const theme = (over: Partial<ThemeRef>): ThemeRef => ({
  documentId: 't',
  name: 'T',
  slug: 't',
  color: null,
  startDate: '2026-03-01',
  endDate: '2026-03-31',
  repeatsYearly: false,
  contentGoal: null,
  ...over,
});

describe('calendar date maths', () => {
  it('puts an occurrence on its local day in the planner zone, with its local time', () => {
    // 22:30Z on 9 March is 00:30 on 10 March in Helsinki (UTC+2 in winter).
    const days = groupByDay([piece({ start: '2026-03-09T22:30:00.000Z' })], 'Europe/Helsinki');
    expect([...days.keys()]).toEqual(['2026-03-10']);
    expect(days.get('2026-03-10')![0].time).toBe('00:30');
    expect(days.get('2026-03-10')![0].moving.local).toBe('2026-03-10T00:30');
  });

  it('schedules a backlog piece at 09:00 in the planner zone', () => {
    expect(newInstant({ item: piece({}) }, '2026-03-18', 'Europe/Helsinki').toISOString()).toBe('2026-03-18T07:00:00.000Z');
  });

  it('keeps the wall-clock time when a piece moves across the change to summer time', () => {
    const item = piece({ start: '2026-03-24T07:00:00.000Z', publishAt: '2026-03-24T07:00:00.000Z' });
    // 09:00 Helsinki on 24 March (UTC+2) moved to 31 March (UTC+3) stays 09:00 local.
    expect(newInstant({ item, local: '2026-03-24T09:00' }, '2026-03-31', 'Europe/Helsinki').toISOString()).toBe('2026-03-31T06:00:00.000Z');
  });

  it('moves a weekly series by a day: its first occurrence and its weekday', () => {
    const item = piece({
      recurring: true,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      publishAt: '2026-03-03T07:00:00.000Z',
      start: '2026-03-17T07:00:00.000Z',
    });
    const move = seriesMove({ item, local: '2026-03-17T09:00' }, '2026-03-18', 'Europe/Helsinki');
    expect(move).toEqual({ publishAt: new Date('2026-03-04T07:00:00.000Z'), recurrence: 'FREQ=WEEKLY;BYDAY=WE' });
  });

  it('offers no series move for a rule pinned to month days', () => {
    const item = piece({
      recurring: true,
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=17',
      publishAt: '2026-03-17T07:00:00.000Z',
      start: '2026-03-17T07:00:00.000Z',
    });
    expect(seriesMove({ item, local: '2026-03-17T09:00' }, '2026-03-18', 'Europe/Helsinki')).toBeNull();
  });

  it('finds the themes of a day, a yearly one also across New Year', () => {
    const winter = theme({ slug: 'talvi', startDate: '2025-12-15', endDate: '2026-01-15', repeatsYearly: true });
    const march = theme({ slug: 'maaliskuu' });
    expect(themesOn([winter, march], '2030-01-10').map((t) => t.slug)).toEqual(['talvi']);
    expect(themesOn([winter, march], '2026-03-10').map((t) => t.slug)).toEqual(['maaliskuu']);
    expect(themesOn([winter, march], '2027-03-10')).toEqual([]);
  });
});
