import { localToInstant } from '../time';
import {
  communityReport,
  firstResponseStats,
  reportWeeks,
  type CommunityReportInput,
  type DueOccurrence,
  type ReportLog,
  type ReportTask,
  type ReportWeek,
} from './report';

const HEL = 'Europe/Helsinki';
const at = (local: string) => localToInstant(local, HEL);

const aino = { id: 11, name: 'Aino' };
const osten = { id: 12, name: 'Östen' };

const instagram: ReportTask = {
  id: 1,
  title: 'Reply to comments',
  channel: { slug: 'instagram', name: 'Instagram' },
  assignee: aino,
  estimateMinutes: 15,
};
const linkedin: ReportTask = {
  id: 2,
  title: 'LinkedIn inbox',
  channel: { slug: 'linkedin', name: 'LinkedIn' },
  assignee: osten,
  estimateMinutes: 30,
};
const misc: ReportTask = { id: 3, title: 'Misc', channel: null, assignee: null, estimateMinutes: null };

const due = (task: ReportTask, local: string): DueOccurrence => ({ taskId: task.id, start: at(local) });
const log = (task: ReportTask, local: string, fields: Partial<ReportLog> = {}): ReportLog => ({
  taskId: task.id,
  occurrence: at(local),
  status: 'done',
  minutesSpent: null,
  interactionsHandled: null,
  firstResponseMinutes: null,
  loggedBy: null,
  ...fields,
});

/*
 * Period Wed 25 March – Wed 8 April 2026 in Helsinki: ISO weeks of 23 March (DST starts Sunday
 * 29 March, 03:00 → 04:00), 30 March (straddles the month edge) and 6 April.
 *
 *      task       local time        week    log
 *   a  instagram  Thu 26.3. 09:00   23.3.   done by Aino, 20 min, 12 interactions, first response 5
 *   b  instagram  Sun 29.3. 09:00   23.3.   done by Östen, 10 min, 4 interactions, first response 10
 *   c  instagram  Mon 30.3. 00:30   30.3.   skipped by Aino (Sunday 21:30 in UTC)
 *   d  instagram  Thu  2.4. 09:00   30.3.   missed
 *   e  instagram  Tue  7.4. 09:00    6.4.   done by Aino, 15 min, 8 interactions, first response 20
 *   f  linkedin   Fri 27.3. 10:00   23.3.   done by Östen, 45 min, 20 interactions, first response 40
 *   g  linkedin   Tue 31.3. 10:00   30.3.   done by Östen, 25 min, 6 interactions, first response 60
 *   h  linkedin   Fri  3.4. 10:00   30.3.   missed
 *   i  linkedin   Wed  1.4. 12:00   30.3.   not due (the rule changed), done by Östen, 30 min, 5 interactions
 *   j  misc       Sat 28.3. 12:00   23.3.   missed
 *   k  misc       Wed  8.4. 12:00    6.4.   done by nobody known, 5 min, 0 interactions
 * Outside the period (ignored): instagram Tue 24.3. (logged, 99 min) and linkedin Thu 9.4. 00:30
 * (which is still 8 April in UTC).
 */
const input: CommunityReportInput = {
  tasks: [instagram, linkedin, misc],
  due: [
    due(instagram, '2026-03-24T09:00'),
    due(instagram, '2026-03-26T09:00'),
    due(instagram, '2026-03-29T09:00'),
    due(instagram, '2026-03-30T00:30'),
    due(instagram, '2026-04-02T09:00'),
    due(instagram, '2026-04-07T09:00'),
    due(linkedin, '2026-03-27T10:00'),
    due(linkedin, '2026-03-31T10:00'),
    due(linkedin, '2026-04-03T10:00'),
    due(linkedin, '2026-04-09T00:30'),
    due(misc, '2026-03-28T12:00'),
    due(misc, '2026-04-08T12:00'),
  ],
  logs: [
    log(instagram, '2026-03-24T09:00', { loggedBy: aino, minutesSpent: 99 }),
    log(instagram, '2026-03-26T09:00', { loggedBy: aino, minutesSpent: 20, interactionsHandled: 12, firstResponseMinutes: 5 }),
    log(instagram, '2026-03-29T09:00', { loggedBy: osten, minutesSpent: 10, interactionsHandled: 4, firstResponseMinutes: 10 }),
    log(instagram, '2026-03-30T00:30', { loggedBy: aino, status: 'skipped' }),
    log(instagram, '2026-04-07T09:00', { loggedBy: aino, minutesSpent: 15, interactionsHandled: 8, firstResponseMinutes: 20 }),
    log(linkedin, '2026-03-27T10:00', { loggedBy: osten, minutesSpent: 45, interactionsHandled: 20, firstResponseMinutes: 40 }),
    log(linkedin, '2026-03-31T10:00', { loggedBy: osten, minutesSpent: 25, interactionsHandled: 6, firstResponseMinutes: 60 }),
    log(linkedin, '2026-04-01T12:00', { loggedBy: osten, minutesSpent: 30, interactionsHandled: 5 }),
    log(misc, '2026-04-08T12:00', { minutesSpent: 5, interactionsHandled: 0 }),
  ],
  groupBy: 'channel',
  zone: HEL,
  from: '2026-03-25',
  to: '2026-04-08',
};

const week = (
  w: string,
  due: number,
  done: number,
  skipped: number,
  minutesSpent: number,
  estimatedMinutes: number,
  completionRate: number | null
): ReportWeek => ({
  week: w,
  due,
  done,
  skipped,
  minutesSpent,
  estimatedMinutes,
  completionRate,
});

const noFirstResponse = { samples: 0, medianMinutes: null, p90Minutes: null };

const total = {
  due: 11,
  done: 7,
  skipped: 1,
  missed: 3,
  completionRate: 7 / 11,
  estimatedMinutes: 195,
  minutesSpent: 150,
  interactionsHandled: 55,
  firstResponse: { samples: 5, medianMinutes: 20, p90Minutes: 60 },
};

const totalWeeks = [
  week('2026-03-23', 4, 3, 0, 75, 60, 0.75),
  week('2026-03-30', 5, 2, 1, 55, 120, 0.4),
  week('2026-04-06', 2, 2, 0, 20, 15, 1),
];

describe('communityReport by channel', () => {
  const report = communityReport(input);

  it('echoes the request', () => {
    expect(report).toMatchObject({ groupBy: 'channel', from: '2026-03-25', to: '2026-04-08', zone: HEL });
  });

  it('counts per channel, sorted by name, tasks without a channel under “No channel”', () => {
    expect(report.rows).toEqual([
      {
        key: 'instagram',
        label: 'Instagram',
        due: 5,
        done: 3,
        skipped: 1,
        missed: 1,
        completionRate: 0.6,
        estimatedMinutes: 75,
        minutesSpent: 45,
        interactionsHandled: 24,
        firstResponse: { samples: 3, medianMinutes: 10, p90Minutes: 20 },
        weeks: [week('2026-03-23', 2, 2, 0, 30, 30, 1), week('2026-03-30', 2, 0, 1, 0, 30, 0), week('2026-04-06', 1, 1, 0, 15, 15, 1)],
      },
      {
        key: 'linkedin',
        label: 'LinkedIn',
        due: 4,
        done: 3,
        skipped: 0,
        missed: 1,
        completionRate: 0.75,
        estimatedMinutes: 120,
        minutesSpent: 100,
        interactionsHandled: 31,
        firstResponse: { samples: 2, medianMinutes: 50, p90Minutes: 60 },
        weeks: [
          week('2026-03-23', 1, 1, 0, 45, 30, 1),
          week('2026-03-30', 3, 2, 0, 55, 90, 2 / 3),
          week('2026-04-06', 0, 0, 0, 0, 0, null),
        ],
      },
      {
        key: '',
        label: 'No channel',
        due: 2,
        done: 1,
        skipped: 0,
        missed: 1,
        completionRate: 0.5,
        estimatedMinutes: 0,
        minutesSpent: 5,
        interactionsHandled: 0,
        firstResponse: noFirstResponse,
        weeks: [week('2026-03-23', 1, 0, 0, 0, 0, 0), week('2026-03-30', 0, 0, 0, 0, 0, null), week('2026-04-06', 1, 1, 0, 5, 0, 1)],
      },
    ]);
  });

  it('totals the period, a log whose occurrence is no longer due included', () => {
    expect(report.total).toEqual(total);
  });

  it('gives the weekly trend across the DST change and the month edge', () => {
    expect(report.weeks).toEqual(totalWeeks);
  });
});

describe('communityReport by person', () => {
  const report = communityReport({ ...input, groupBy: 'person' });

  it('credits logged work to the logger and unlogged work to the assignee, sorted in Finnish order', () => {
    // Östen covered Aino's Instagram on Sunday (b); Aino's missed Thursday (d) stays hers.
    // In Finnish Ö sorts after U, so “Unassigned” comes before “Östen”.
    expect(report.rows).toEqual([
      {
        key: '11',
        label: 'Aino',
        due: 4,
        done: 2,
        skipped: 1,
        missed: 1,
        completionRate: 0.5,
        estimatedMinutes: 60,
        minutesSpent: 35,
        interactionsHandled: 20,
        firstResponse: { samples: 2, medianMinutes: 12.5, p90Minutes: 20 },
        weeks: [week('2026-03-23', 1, 1, 0, 20, 15, 1), week('2026-03-30', 2, 0, 1, 0, 30, 0), week('2026-04-06', 1, 1, 0, 15, 15, 1)],
      },
      {
        key: '',
        label: 'Unassigned',
        due: 2,
        done: 1,
        skipped: 0,
        missed: 1,
        completionRate: 0.5,
        estimatedMinutes: 0,
        minutesSpent: 5,
        interactionsHandled: 0,
        firstResponse: noFirstResponse,
        weeks: [week('2026-03-23', 1, 0, 0, 0, 0, 0), week('2026-03-30', 0, 0, 0, 0, 0, null), week('2026-04-06', 1, 1, 0, 5, 0, 1)],
      },
      {
        key: '12',
        label: 'Östen',
        due: 5,
        done: 4,
        skipped: 0,
        missed: 1,
        completionRate: 0.8,
        estimatedMinutes: 135,
        minutesSpent: 110,
        interactionsHandled: 35,
        firstResponse: { samples: 3, medianMinutes: 40, p90Minutes: 60 },
        weeks: [
          week('2026-03-23', 2, 2, 0, 55, 45, 1),
          week('2026-03-30', 3, 2, 0, 55, 90, 2 / 3),
          week('2026-04-06', 0, 0, 0, 0, 0, null),
        ],
      },
    ]);
  });

  it('has the same total and trend as by channel', () => {
    expect(report.total).toEqual(total);
    expect(report.weeks).toEqual(totalWeeks);
  });
});

describe('communityReport edge cases', () => {
  it('places an occurrence in the week of its local date: Monday 00:30 after the DST change is Sunday in UTC', () => {
    const start = at('2026-03-30T00:30');
    expect(start.toISOString()).toBe('2026-03-29T21:30:00.000Z');
    const report = communityReport({ ...input, due: [{ taskId: 1, start }], logs: [] });
    expect(report.weeks.map((w) => w.due)).toEqual([0, 1, 0]);
  });

  it('uses the week of the local date at the end of October too (DST ends Sunday 25 October 2026)', () => {
    const report = communityReport({
      ...input,
      from: '2026-10-25',
      to: '2026-11-01',
      due: [
        due(instagram, '2026-10-25T03:30'),
        due(instagram, '2026-10-25T23:30'),
        due(instagram, '2026-10-26T00:30'),
        due(instagram, '2026-11-01T23:59'),
      ],
      logs: [],
    });
    expect(report.weeks).toEqual([week('2026-10-19', 2, 0, 0, 0, 30, 0), week('2026-10-26', 2, 0, 0, 0, 30, 0)]);
  });

  it('reports empty input with zero counts, null rates and every week of the period', () => {
    const report = communityReport({ ...input, tasks: [], due: [], logs: [] });
    expect(report.rows).toEqual([]);
    expect(report.total).toEqual({
      due: 0,
      done: 0,
      skipped: 0,
      missed: 0,
      completionRate: null,
      estimatedMinutes: 0,
      minutesSpent: 0,
      interactionsHandled: 0,
      firstResponse: noFirstResponse,
    });
    expect(report.weeks).toEqual([
      week('2026-03-23', 0, 0, 0, 0, 0, null),
      week('2026-03-30', 0, 0, 0, 0, 0, null),
      week('2026-04-06', 0, 0, 0, 0, 0, null),
    ]);
  });

  it('counts an occurrence listed twice once, and the last of two logs for it', () => {
    const report = communityReport({
      ...input,
      due: [due(instagram, '2026-03-26T09:00'), due(instagram, '2026-03-26T09:00')],
      logs: [
        log(instagram, '2026-03-26T09:00', { loggedBy: aino, status: 'skipped' }),
        log(instagram, '2026-03-26T09:00', { loggedBy: aino, minutesSpent: 20 }),
      ],
    });
    expect(report.total).toMatchObject({ due: 1, done: 1, skipped: 0, missed: 0, minutesSpent: 20, estimatedMinutes: 15 });
  });

  it('keeps the work of a task that is no longer in the task list, without a channel or estimate', () => {
    const report = communityReport({
      ...input,
      tasks: [],
      due: [],
      logs: [log(linkedin, '2026-03-27T10:00', { loggedBy: osten, minutesSpent: 45 })],
    });
    expect(report.rows).toMatchObject([{ key: '', label: 'No channel', due: 1, done: 1, minutesSpent: 45, estimatedMinutes: 0 }]);
  });

  it('rejects a malformed or inverted period', () => {
    expect(() => communityReport({ ...input, from: '2026-3-25' })).toThrow(RangeError);
    expect(() => communityReport({ ...input, from: '2026-04-09' })).toThrow(RangeError);
  });
});

describe('reportWeeks', () => {
  it('lists the Mondays of every ISO week overlapping the period', () => {
    expect(reportWeeks('2026-03-25', '2026-04-08')).toEqual(['2026-03-23', '2026-03-30', '2026-04-06']);
    expect(reportWeeks('2025-12-31', '2026-01-05')).toEqual(['2025-12-29', '2026-01-05']);
    expect(reportWeeks('2026-03-29', '2026-03-29')).toEqual(['2026-03-23']);
  });
});

describe('firstResponseStats', () => {
  it('takes the middle value and the nearest-rank 90th percentile', () => {
    expect(firstResponseStats([60, 5, 40, 10, 20])).toEqual({ samples: 5, medianMinutes: 20, p90Minutes: 60 });
  });

  it('averages the two middle values of an even count', () => {
    expect(firstResponseStats([40, 60])).toEqual({ samples: 2, medianMinutes: 50, p90Minutes: 60 });
    // Ten samples: p90 is the 9th smallest, exactly.
    expect(firstResponseStats([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ samples: 10, medianMinutes: 5.5, p90Minutes: 9 });
  });

  it('is null without samples', () => {
    expect(firstResponseStats([])).toEqual({ samples: 0, medianMinutes: null, p90Minutes: null });
  });
});
