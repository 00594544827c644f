import { BUDGET_USE_COLORS } from '../../../../core/budget/budget-color';
import { wheelFrame } from '../../../../core/wheel-frame';
import type { ThemeRef } from '../../api/types';
import { budgetRingItems, frameDate, type BudgetRingLabel } from './budgetRing';

const theme = (documentId: string, name: string, startDate: string, endDate: string, repeatsYearly = false): ThemeRef => ({
  documentId,
  name,
  slug: documentId,
  color: null,
  startDate,
  endDate,
  repeatsYearly,
  quietSeason: false,
  contentGoal: null,
});
const use = (themeDocumentId: string, plannedCents: number, spentCents: number) => ({
  themeDocumentId,
  plannedCents,
  spentCents,
  use: plannedCents > 0 ? spentCents / plannedCents : null,
  overspent: plannedCents === 0 && spentCents > 0,
});
const label = (l: BudgetRingLabel) => `${l.theme}:${l.level}:${l.use ? `${l.use.spentCents}/${l.use.plannedCents} ${l.currency}` : 'none'}`;

describe('frameDate', () => {
  it('counts days from the frame start, across months and years', () => {
    const frame = wheelFrame(2026, 8);
    expect(frameDate(frame, 0)).toBe('2026-08-01');
    expect(frameDate(frame, 153)).toBe('2027-01-01');
  });
});

describe('budgetRingItems', () => {
  const frame = wheelFrame(2026);
  const themes = [
    theme('t1', 'Talvi-ale', '2026-01-05', '2026-02-15'),
    theme('t2', 'Kevät', '2026-03-01', '2026-04-30'),
    theme('t3', 'Kesä', '2026-06-01', '2026-08-31'),
    theme('t4', 'Syksy', '2026-09-01', '2026-10-31'),
    theme('t5', 'Joulu', '2026-11-15', '2026-12-31'),
  ];
  const years = [
    {
      year: 2026,
      currency: 'EUR',
      themes: [use('t1', 500_000, 410_000), use('t2', 100_000, 95_000), use('t3', 100_000, 120_000), use('t4', 0, 5_000), use('t5', 0, 0)],
    },
  ];

  it('colours each theme span by its use, grey without a budget', () => {
    const items = budgetRingItems({ frame, themes, years, label });
    expect(items.map((i) => [i.startDate, i.endDate, i.color])).toEqual([
      ['2026-01-05', '2026-02-15', BUDGET_USE_COLORS.under],
      ['2026-03-01', '2026-04-30', BUDGET_USE_COLORS.near],
      ['2026-06-01', '2026-08-31', BUDGET_USE_COLORS.over],
      ['2026-09-01', '2026-10-31', BUDGET_USE_COLORS.over],
      ['2026-11-15', '2026-12-31', BUDGET_USE_COLORS.none],
    ]);
    expect(items[0].label).toBe('Talvi-ale:under:410000/500000 EUR');
    expect(items[3].label).toBe('Syksy:over:5000/0 EUR');
    expect(items[4].label).toBe('Joulu:none:none');
  });

  it('is all grey, "no budget", before the theme-use answer', () => {
    const items = budgetRingItems({ frame, themes, years: [], label });
    expect(new Set(items.map((i) => i.color))).toEqual(new Set([BUDGET_USE_COLORS.none]));
    expect(items[0].label).toBe('Talvi-ale:none:none');
  });

  it('takes a span of a wheel spanning two years from the year it starts in', () => {
    const fiscal = wheelFrame(2026, 8);
    const yearly = [theme('y', 'Talvi-ale', '2026-01-05', '2026-02-15', true)];
    const items = budgetRingItems({
      frame: fiscal,
      themes: yearly,
      years: [
        { year: 2026, currency: 'EUR', themes: [use('y', 100, 200)] },
        { year: 2027, currency: 'EUR', themes: [use('y', 100, 50)] },
      ],
      label,
    });
    expect(items).toEqual([
      { startDate: '2027-01-05', endDate: '2027-02-15', color: BUDGET_USE_COLORS.under, label: 'Talvi-ale:under:50/100 EUR' },
    ]);
  });

  it('leaves out themes outside the frame', () => {
    expect(budgetRingItems({ frame: wheelFrame(2027), themes, years, label })).toEqual([]);
  });
});
