import { expandSchedule } from '../recurrence/expand';
import { localToInstant } from '../time';
import { coverage, scheduledWeeks, scheduledWeeksByMonth, scheduledWeeksGrid, type PlannedOccurrence } from './coverage';

const HEL = 'Europe/Helsinki';
const at = (local: string, extra: Partial<PlannedOccurrence> = {}): PlannedOccurrence => ({
  start: localToInstant(local, HEL),
  funnelStage: 'reach',
  contentGoal: 'sell',
  channels: ['linkedin'],
  personas: ['petra'],
  ...extra,
});

describe('scheduledWeeks', () => {
  it('counts 5 for a weekly piece in a month with five of its weekdays (March 2026 has five Tuesdays)', () => {
    const weekly = expandSchedule(
      { publishAt: localToInstant('2026-01-06T09:00', HEL), timeZone: HEL, recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
      { from: localToInstant('2026-03-01T00:00', HEL), to: localToInstant('2026-04-01T00:00', HEL) }
    ).map((o) => at(o.local));
    expect(weekly).toHaveLength(5);
    expect(scheduledWeeks(weekly, '2026-03', HEL)).toBe(5);
  });

  it('counts a week once however many occurrences it has', () => {
    expect(scheduledWeeks([at('2026-03-02T09:00'), at('2026-03-04T09:00'), at('2026-03-08T21:00')], '2026-03', HEL)).toBe(1);
  });

  it('gives a week that straddles two months to each month that has an occurrence in it', () => {
    // Monday 30 March – Sunday 5 April 2026.
    const occurrences = [at('2026-03-31T09:00'), at('2026-04-02T09:00')];
    expect(scheduledWeeks(occurrences, '2026-03', HEL)).toBe(1);
    expect(scheduledWeeks(occurrences, '2026-04', HEL)).toBe(1);
    expect(scheduledWeeks([at('2026-03-31T09:00')], '2026-04', HEL)).toBe(0);
  });

  it('decides the month in the planner’s zone, not in UTC', () => {
    // 00:30 on 1 April in Helsinki is still 31 March in UTC.
    const early = at('2026-04-01T00:30');
    expect(early.start.toISOString()).toBe('2026-03-31T21:30:00.000Z');
    expect(scheduledWeeks([early], '2026-04', HEL)).toBe(1);
    expect(scheduledWeeks([early], '2026-03', HEL)).toBe(0);
  });
});

describe('scheduledWeeksByMonth', () => {
  const weekly = expandSchedule(
    { publishAt: localToInstant('2026-01-06T09:00', HEL), timeZone: HEL, recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
    { from: localToInstant('2026-03-01T00:00', HEL), to: localToInstant('2026-04-01T00:00', HEL) }
  ).map((o) => at(o.local));
  const datasets: Record<string, PlannedOccurrence[]> = {
    weekly,
    'one week': [at('2026-03-02T09:00'), at('2026-03-04T09:00'), at('2026-03-08T21:00')],
    straddling: [at('2026-03-31T09:00'), at('2026-04-02T09:00')],
    'zone edge': [at('2026-04-01T00:30')],
    'year edges': [at('2025-12-31T09:00'), at('2026-01-01T09:00'), at('2026-12-31T23:30'), at('2027-01-01T00:30')],
    none: [],
  };

  it.each(Object.entries(datasets))('equals scheduledWeeks for each month (%s)', (_, occurrences) => {
    for (const year of [2025, 2026, 2027]) {
      const months = Array.from({ length: 12 }, (_, i) => scheduledWeeks(occurrences, `${year}-${String(i + 1).padStart(2, '0')}`, HEL));
      expect(scheduledWeeksByMonth(occurrences, year, HEL)).toEqual(months);
    }
  });

  it('gives twelve counts, January first', () => {
    expect(scheduledWeeksByMonth(datasets.weekly, 2026, HEL)).toEqual([0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(scheduledWeeksByMonth(datasets.straddling, 2026, HEL)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('scheduledWeeksGrid', () => {
  const occurrences = [
    at('2026-03-03T09:00', { funnelStage: 'reach', channels: ['linkedin', 'uutiskirje'] }),
    at('2026-03-05T09:00', { funnelStage: 'reach', channels: ['linkedin'] }), // same week as above
    at('2026-03-10T09:00', { funnelStage: 'reach', channels: ['linkedin'] }),
    at('2026-03-31T09:00', { funnelStage: 'act', channels: ['linkedin'] }),
    at('2026-04-02T09:00', { funnelStage: 'act', channels: ['linkedin'] }), // straddling week, counts in April too
    at('2026-04-01T00:30', { funnelStage: 'engage', channels: ['uutiskirje'] }), // April in Helsinki, March in UTC
    at('2026-05-05T09:00', { funnelStage: 'convert', channels: [] }), // no channel: no row
    at('2025-12-30T09:00', { funnelStage: 'reach', channels: ['google-ads'] }), // other year
  ];
  const grid = scheduledWeeksGrid(occurrences, 2026, HEL);
  const months = (...counts: Array<[number, number]>) => {
    const row = Array(12).fill(0);
    for (const [month, count] of counts) row[month - 1] = count;
    return row;
  };

  it('keys by stage and channel, counting an occurrence for each of its channels', () => {
    expect([...grid.keys()].sort()).toEqual(['act|linkedin', 'engage|uutiskirje', 'reach|linkedin', 'reach|uutiskirje']);
    expect(grid.get('reach|linkedin')).toEqual(months([3, 2]));
    expect(grid.get('reach|uutiskirje')).toEqual(months([3, 1]));
    expect(grid.get('act|linkedin')).toEqual(months([3, 1], [4, 1]));
    expect(grid.get('engage|uutiskirje')).toEqual(months([4, 1]));
  });

  it('equals scheduledWeeksByMonth of the occurrences in each stage and channel', () => {
    for (const [key, counts] of grid) {
      const [stage, channel] = key.split('|');
      const mine = occurrences.filter((o) => o.funnelStage === stage && o.channels.includes(channel));
      expect(counts).toEqual(scheduledWeeksByMonth(mine, 2026, HEL));
    }
  });

  it('is empty without occurrences in the year', () => {
    expect(scheduledWeeksGrid(occurrences, 2024, HEL).size).toBe(0);
    expect(scheduledWeeksGrid([], 2026, HEL).size).toBe(0);
  });
});

describe('coverage', () => {
  const occurrences = [
    at('2026-01-10T09:00', { funnelStage: 'reach', contentGoal: 'sizzle', personas: ['petra'] }),
    at('2026-01-20T09:00', { funnelStage: 'act', contentGoal: 'serve', personas: ['petra', 'yrjo'] }),
    at('2026-02-05T09:00', { funnelStage: 'convert', contentGoal: 'sell', personas: ['yrjo'] }),
    at('2025-12-31T09:00', { funnelStage: 'engage' }), // other year
  ];
  const result = coverage(occurrences, 2026, HEL, ['petra', 'yrjo', 'sanna']);

  it('counts per month and stage, and per month and goal', () => {
    expect(result.byMonthStage.filter((c) => c.count > 0)).toEqual([
      { month: 1, stage: 'reach', count: 1 },
      { month: 1, stage: 'act', count: 1 },
      { month: 2, stage: 'convert', count: 1 },
    ]);
    expect(result.byMonthStage).toHaveLength(48);
    expect(result.byMonthGoal.find((c) => c.month === 1 && c.goal === 'serve')!.count).toBe(1);
  });

  it('lists months where a stage has nothing', () => {
    const january = result.gaps.filter((g) => g.kind === 'month-stage' && g.month === 1).map((g) => g.stage);
    expect(january).toEqual(['convert', 'engage']);
    expect(result.gaps.filter((g) => g.kind === 'month-stage')).toHaveLength(48 - 3);
  });

  it('lists personas with nothing in a stage for a quarter, including personas with no content at all', () => {
    const q1 = result.gaps.filter((g) => g.kind === 'persona-stage-quarter' && g.quarter === 1);
    const petra = q1.filter((g) => g.kind === 'persona-stage-quarter' && g.persona === 'petra').map((g) => g.stage);
    expect(petra).toEqual(['convert', 'engage']);
    expect(q1.filter((g) => g.kind === 'persona-stage-quarter' && g.persona === 'sanna')).toHaveLength(4);
  });
});
