import {
  isoWeekOf,
  loadRatio,
  MAX_WORKLOAD_WEEKS,
  minutesAsHours,
  weekCapacity,
  weekMondays,
  withAddedWork,
  workingDaysOf,
  workloadCell,
  workloadTable,
  type AbsenceSpan,
  type WorkItem,
} from './workload';

const FULL = 2250; // 37.5 h
const person = { id: 7, name: 'Maija Mehiläinen', weeklyMinutes: FULL };
const item = (date: string, minutes: number, over: Partial<WorkItem> = {}): WorkItem => ({
  kind: 'piece',
  id: `doc${date.replace(/-/g, '')}`,
  title: `Työ ${date}`,
  assigneeId: 7,
  minutes,
  date,
  ...over,
});
const away = (startDate: string, endDate: string, over: Partial<AbsenceSpan> = {}): AbsenceSpan => ({
  id: 1,
  userId: 7,
  startDate,
  endDate,
  kind: 'holiday',
  ...over,
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-01-01', 2026, 1], // a Thursday: week 1 of its own year
    ['2025-12-29', 2026, 1], // Monday of that week belongs to 2026
    ['2027-01-01', 2026, 53], // a Friday: 2026 has 53 weeks
    ['2027-01-04', 2027, 1],
    ['2026-07-06', 2026, 28],
    ['2026-07-12', 2026, 28], // Sunday ends the week
    ['2026-07-13', 2026, 29],
    ['2024-12-30', 2025, 1],
    ['2021-01-03', 2020, 53],
  ])('%s is week %i/%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });
});

describe('weekMondays', () => {
  it('starts at the Monday of the given date and steps a week', () => {
    expect(weekMondays('2026-07-08', 3)).toEqual(['2026-07-06', '2026-07-13', '2026-07-20']);
  });
  it('crosses the year and the DST changes without drifting', () => {
    expect(weekMondays('2026-03-23', 2)).toEqual(['2026-03-23', '2026-03-30']);
    expect(weekMondays('2026-10-19', 2)).toEqual(['2026-10-19', '2026-10-26']);
    expect(weekMondays('2026-12-28', 2)).toEqual(['2026-12-28', '2027-01-04']);
  });
  it('is bounded', () => {
    expect(weekMondays('2026-01-05', 10_000)).toHaveLength(MAX_WORKLOAD_WEEKS);
    expect(weekMondays('2026-01-05', 0)).toHaveLength(1);
  });
});

describe('weekCapacity', () => {
  it('is the weekly capacity when nobody is away', () => {
    expect(weekCapacity(FULL, '2026-07-06', [])).toEqual({ workingDays: 5, absentDays: 0, capacityMinutes: FULL, absentAllWeek: false });
  });

  it('takes a fifth away per working day absent, pro rata', () => {
    // Wednesday to the next Tuesday: Wed, Thu, Fri of this week.
    expect(weekCapacity(FULL, '2026-07-06', [away('2026-07-08', '2026-07-14')])).toEqual({
      workingDays: 5,
      absentDays: 3,
      capacityMinutes: 900,
      absentAllWeek: false,
    });
    // ...and Mon, Tue of the next.
    expect(weekCapacity(FULL, '2026-07-13', [away('2026-07-08', '2026-07-14')]).capacityMinutes).toBe(1350);
  });

  it('does not count weekends, and counts overlapping absences once', () => {
    expect(weekCapacity(FULL, '2026-07-06', [away('2026-07-11', '2026-07-12')]).absentDays).toBe(0);
    expect(weekCapacity(FULL, '2026-07-06', [away('2026-07-06', '2026-07-07'), away('2026-07-07', '2026-07-08')]).absentDays).toBe(3);
  });

  it('a whole week away is absent all week with no capacity', () => {
    expect(weekCapacity(FULL, '2026-07-06', [away('2026-06-29', '2026-07-26')])).toEqual({
      workingDays: 5,
      absentDays: 5,
      capacityMinutes: 0,
      absentAllWeek: true,
    });
    // Mon–Fri is enough: the weekend does not matter.
    expect(weekCapacity(FULL, '2026-07-06', [away('2026-07-06', '2026-07-10')]).absentAllWeek).toBe(true);
  });

  it('subtracts public holidays, and an absence on a holiday counts once', () => {
    const midsummer = new Set(['2026-06-19']); // Juhannusaatto, a Friday
    expect(workingDaysOf('2026-06-15', midsummer)).toEqual(['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18']);
    expect(weekCapacity(FULL, '2026-06-15', [], midsummer).capacityMinutes).toBe(1800);
    const c = weekCapacity(FULL, '2026-06-15', [away('2026-06-18', '2026-06-19')], midsummer);
    expect(c).toEqual({ workingDays: 4, absentDays: 1, capacityMinutes: 1350, absentAllWeek: false });
    // Away on every working day that is left: absent all week.
    expect(weekCapacity(FULL, '2026-06-15', [away('2026-06-15', '2026-06-18')], midsummer).absentAllWeek).toBe(true);
  });

  it('a week of holidays only is not an absence', () => {
    const all = new Set(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25']);
    expect(weekCapacity(FULL, '2026-12-21', [], all)).toEqual({ workingDays: 0, absentDays: 0, capacityMinutes: 0, absentAllWeek: false });
  });

  it('rounds part-time capacity to whole minutes', () => {
    // 20 h = 1200 min a week, 240 a day; 3 h 20 min = 200 a week, 40 a day.
    expect(weekCapacity(1200, '2026-07-06', [away('2026-07-06', '2026-07-06')]).capacityMinutes).toBe(960);
    expect(weekCapacity(7, '2026-07-06', [away('2026-07-06', '2026-07-06')]).capacityMinutes).toBe(6); // 5.6 → 6
    expect(weekCapacity(-5, '2026-07-06', []).capacityMinutes).toBe(0);
  });
});

describe('loadRatio', () => {
  it('is a whole percentage, overloaded only above 100 %', () => {
    expect(loadRatio(2250, 2250)).toEqual({ percent: 100, overloaded: false });
    expect(loadRatio(2251, 2250)).toEqual({ percent: 100, overloaded: true });
    expect(loadRatio(3000, 2250)).toEqual({ percent: 133, overloaded: true });
    expect(loadRatio(0, 2250)).toEqual({ percent: 0, overloaded: false });
  });
  it('without capacity any work is overloaded and there is no percentage', () => {
    expect(loadRatio(60, 0)).toEqual({ percent: null, overloaded: true });
    expect(loadRatio(0, 0)).toEqual({ percent: null, overloaded: false });
  });
});

describe('workloadCell', () => {
  it('sums the person’s work of Monday to Sunday only', () => {
    const items = [
      item('2026-07-05', 999), // Sunday before
      item('2026-07-06', 120),
      item('2026-07-12', 30), // Sunday of the week
      item('2026-07-13', 999), // next Monday
      item('2026-07-08', 999, { assigneeId: 8 }),
    ];
    const cell = workloadCell(person, '2026-07-06', items, []);
    expect(cell.loadMinutes).toBe(150);
    expect(cell.items.map((i) => i.date)).toEqual(['2026-07-06', '2026-07-12']);
    expect(cell).toMatchObject({ week: '2026-07-06', capacityMinutes: FULL, percent: 7, overloaded: false });
  });

  it('overloads a week shortened by an absence', () => {
    const cell = workloadCell(person, '2026-07-06', [item('2026-07-06', 1000)], [away('2026-07-08', '2026-07-10')]);
    expect(cell).toMatchObject({ capacityMinutes: 900, loadMinutes: 1000, percent: 111, overloaded: true, absentDays: 3 });
    expect(cell.absences).toHaveLength(1);
  });

  it('lists absences that touch the week, even on a weekend, but only the person’s', () => {
    const cell = workloadCell(
      person,
      '2026-07-06',
      [],
      [away('2026-07-11', '2026-07-12'), away('2026-07-06', '2026-07-10', { userId: 8 })]
    );
    expect(cell.absences.map((a) => a.startDate)).toEqual(['2026-07-11']);
    expect(cell.capacityMinutes).toBe(FULL);
  });
});

describe('workloadTable', () => {
  it('makes a row per person and a cell per week', () => {
    const people = [person, { id: 8, name: 'Ville', weeklyMinutes: 1200 }];
    const rows = workloadTable({
      weeks: weekMondays('2026-07-06', 2),
      people,
      items: [item('2026-07-07', 300), item('2026-07-14', 1300, { assigneeId: 8, kind: 'task' }), item('2026-07-15', 60)],
      absences: [away('2026-07-13', '2026-07-31')],
    });
    expect(rows.map((r) => r.cells.map((c) => [c.loadMinutes, c.capacityMinutes, c.overloaded, c.absentAllWeek]))).toEqual([
      [
        [300, FULL, false, false],
        [60, 0, true, true],
      ],
      [
        [0, 1200, false, false],
        [1300, 1200, true, false],
      ],
    ]);
  });

  it('crosses the autumn DST change: the week of 26 Oct keeps its Sunday', () => {
    const rows = workloadTable({ weeks: ['2026-10-26'], people: [person], items: [item('2026-11-01', 45)], absences: [] });
    expect(rows[0].cells[0].loadMinutes).toBe(45);
  });
});

describe('withAddedWork', () => {
  it('says what one more piece does to the week', () => {
    const cell = workloadCell(person, '2026-07-06', [item('2026-07-06', 2000)], []);
    expect(withAddedWork(cell, 240)).toEqual({ afterMinutes: 2240, percent: 100, overloaded: false });
    expect(withAddedWork(cell, 300)).toEqual({ afterMinutes: 2300, percent: 102, overloaded: true });
  });
});

it('shows minutes as hours', () => {
  expect([90, 2250, 20, 0].map(minutesAsHours)).toEqual(['1.5', '37.5', '0.33', '0']);
});
