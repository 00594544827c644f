import {
  budgetCell,
  budgetReport,
  BudgetTooLargeError,
  MAX_BUDGET_ROWS,
  monthOfDate,
  themeUse,
  type PlannedRow,
  type SpentRow,
} from './budget-report';

const line = (over: Partial<PlannedRow>): PlannedRow => ({
  year: 2026,
  month: 1,
  category: 'media',
  themeDocumentId: null,
  channelDocumentId: null,
  amountCents: 0,
  currency: 'EUR',
  ...over,
});
const spend = (over: Partial<SpentRow>): SpentRow => ({
  date: '2026-01-15',
  category: 'media',
  themeDocumentId: null,
  channelDocumentId: null,
  amountCents: 0,
  currency: 'EUR',
  ...over,
});

describe('monthOfDate', () => {
  it('reads the month of a date in the year', () => {
    expect(monthOfDate('2026-03-31', 2026)).toBe(3);
    expect(monthOfDate('2026-12-01', 2026)).toBe(12);
  });
  it('is null for another year or a malformed date', () => {
    expect(monthOfDate('2025-12-31', 2026)).toBeNull();
    expect(monthOfDate('2026-13-01', 2026)).toBeNull();
    expect(monthOfDate('2026-00-01', 2026)).toBeNull();
    expect(monthOfDate('26-01-01', 2026)).toBeNull();
  });
});

describe('budgetCell', () => {
  it('computes remaining, use and overspend', () => {
    expect(budgetCell(10000, 2500)).toEqual({ plannedCents: 10000, spentCents: 2500, remainingCents: 7500, use: 0.25, overspent: false });
    expect(budgetCell(10000, 10000).overspent).toBe(false);
    expect(budgetCell(10000, 10001)).toMatchObject({ remainingCents: -1, overspent: true });
  });
  it('has no use ratio with nothing planned, and anything spent is overspent', () => {
    expect(budgetCell(0, 0)).toEqual({ plannedCents: 0, spentCents: 0, remainingCents: 0, use: null, overspent: false });
    expect(budgetCell(0, 1)).toMatchObject({ use: null, overspent: true, remainingCents: -1 });
  });
});

describe('budgetReport', () => {
  const planned = [
    line({ month: 1, category: 'media', channelDocumentId: 'chinstagram', themeDocumentId: 'thspring', amountCents: 100000 }),
    line({ month: 2, category: 'production', channelDocumentId: 'chinstagram', themeDocumentId: 'thspring', amountCents: 50050 }),
    line({ month: 4, category: 'media', channelDocumentId: 'chnewsletter', amountCents: 30000 }),
    line({ month: 12, category: 'tools', amountCents: 1 }),
  ];
  const spent = [
    spend({ date: '2026-01-10', category: 'media', channelDocumentId: 'chinstagram', themeDocumentId: 'thspring', amountCents: 60000 }),
    spend({ date: '2026-01-31', category: 'media', channelDocumentId: 'chinstagram', themeDocumentId: 'thspring', amountCents: 50000 }),
    spend({ date: '2026-05-02', category: 'campaign', channelDocumentId: 'chnewsletter', amountCents: 12345 }),
    spend({ date: '2026-12-31', category: 'tools', amountCents: 1 }),
  ];

  it('sums per month, quarter and year in exact cents', () => {
    const report = budgetReport({ year: 2026, by: 'category', currency: 'EUR', planned, spent });
    expect(report.totals.months.map((m) => m.plannedCents)).toEqual([100000, 50050, 0, 30000, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(report.totals.months.map((m) => m.spentCents)).toEqual([110000, 0, 0, 0, 12345, 0, 0, 0, 0, 0, 0, 1]);
    expect(report.totals.quarters.map((q) => [q.plannedCents, q.spentCents])).toEqual([
      [150050, 110000],
      [30000, 12345],
      [0, 0],
      [1, 1],
    ]);
    expect(report.totals.year).toEqual({
      plannedCents: 180051,
      spentCents: 122346,
      remainingCents: 57705,
      use: 122346 / 180051,
      overspent: false,
    });
  });

  it('flags overspent months, and spending in a month with nothing planned', () => {
    const report = budgetReport({ year: 2026, by: 'category', currency: 'EUR', planned, spent });
    expect(report.totals.months.map((m) => m.overspent)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const campaign = report.groups.find((g) => g.key === 'campaign')!;
    expect(campaign.months[4]).toMatchObject({ plannedCents: 0, spentCents: 12345, use: null, overspent: true });
    expect(campaign.quarters[1].overspent).toBe(true);
    expect(campaign.year.overspent).toBe(true);
    // Q1 in total is under plan although January is over.
    expect(report.totals.quarters[0].overspent).toBe(false);
  });

  it('groups by category in the fixed order, every category present', () => {
    const report = budgetReport({ year: 2026, by: 'category', currency: 'EUR', planned, spent });
    expect(report.groups.map((g) => g.key)).toEqual(['media', 'production', 'campaign', 'tools', 'other']);
    expect(report.groups.find((g) => g.key === 'other')!.year).toMatchObject({ plannedCents: 0, spentCents: 0, overspent: false });
  });

  it('groups by channel and by theme with the rows without one last, and known keys included', () => {
    const byChannel = budgetReport({ year: 2026, by: 'channel', currency: 'EUR', planned, spent, keys: ['chtiktok'] });
    expect(byChannel.groups.map((g) => g.key)).toEqual(['chinstagram', 'chnewsletter', 'chtiktok', null]);
    expect(byChannel.groups[0].year).toMatchObject({ plannedCents: 150050, spentCents: 110000 });
    expect(byChannel.groups[3].year).toMatchObject({ plannedCents: 1, spentCents: 1 });
    const byTheme = budgetReport({ year: 2026, by: 'theme', currency: 'EUR', planned, spent });
    expect(byTheme.groups.map((g) => g.key)).toEqual(['thspring', null]);
    expect(byTheme.groups[1].year).toMatchObject({ plannedCents: 30001, spentCents: 12346 });
  });

  it('the groups always add up to the totals', () => {
    for (const by of ['channel', 'theme', 'category'] as const) {
      const report = budgetReport({ year: 2026, by, currency: 'EUR', planned, spent });
      for (let m = 0; m < 12; m += 1) {
        expect(report.groups.reduce((s, g) => s + g.months[m].plannedCents, 0)).toBe(report.totals.months[m].plannedCents);
        expect(report.groups.reduce((s, g) => s + g.months[m].spentCents, 0)).toBe(report.totals.months[m].spentCents);
      }
    }
  });

  it('leaves out other years', () => {
    const report = budgetReport({
      year: 2026,
      by: 'category',
      currency: 'EUR',
      planned: [line({ year: 2025, amountCents: 5 }), line({ year: 2026, month: 13, amountCents: 7 })],
      spent: [spend({ date: '2025-12-31', amountCents: 9 }), spend({ date: '2027-01-01', amountCents: 9 })],
    });
    expect(report.totals.year).toMatchObject({ plannedCents: 0, spentCents: 0 });
  });

  it('does not mix currencies: other currencies are counted in skipped, not summed', () => {
    const report = budgetReport({
      year: 2026,
      by: 'category',
      currency: 'EUR',
      planned: [line({ amountCents: 100 }), line({ amountCents: 500, currency: 'SEK' }), line({ amountCents: 1, currency: 'USD' })],
      spent: [spend({ amountCents: 300, currency: 'SEK' }), spend({ amountCents: 50 })],
    });
    expect(report.totals.year).toMatchObject({ plannedCents: 100, spentCents: 50 });
    expect(report.skipped).toEqual([
      { currency: 'SEK', lines: 1, entries: 1 },
      { currency: 'USD', lines: 1, entries: 0 },
    ]);
  });

  it('sums large amounts exactly and refuses to leave the exact range', () => {
    const big = 99_999_999_999_999;
    const ok = budgetReport({
      year: 2026,
      by: 'category',
      currency: 'EUR',
      planned: [line({ amountCents: big })],
      spent: [spend({ amountCents: 1 })],
    });
    expect(ok.totals.year.remainingCents).toBe(big - 1);
    expect(() =>
      budgetReport({
        year: 2026,
        by: 'category',
        currency: 'EUR',
        planned: [line({ amountCents: big }), line({ amountCents: big })],
        spent: [],
      })
    ).toThrow(RangeError);
  });

  it('is bounded in rows', () => {
    const many = Array.from({ length: MAX_BUDGET_ROWS + 1 }, () => line({ amountCents: 1 }));
    expect(() => budgetReport({ year: 2026, by: 'category', currency: 'EUR', planned: many, spent: [] })).toThrow(BudgetTooLargeError);
  });
});

describe('themeUse', () => {
  it('gives each theme its year planned, spent and use', () => {
    const report = budgetReport({
      year: 2026,
      by: 'theme',
      currency: 'EUR',
      planned: [line({ themeDocumentId: 'tha', amountCents: 1000 }), line({ amountCents: 99 })],
      spent: [spend({ themeDocumentId: 'tha', amountCents: 1200 }), spend({ themeDocumentId: 'thb', amountCents: 5 })],
    });
    expect(themeUse(report)).toEqual([
      { themeDocumentId: 'tha', plannedCents: 1000, spentCents: 1200, use: 1.2, overspent: true },
      { themeDocumentId: 'thb', plannedCents: 0, spentCents: 5, use: null, overspent: true },
    ]);
  });
  it('needs a theme report', () => {
    expect(() => themeUse(budgetReport({ year: 2026, by: 'channel', currency: 'EUR', planned: [], spent: [] }))).toThrow();
  });
});
