/**
 * The budget report as CSV rows: one row per group and period (the twelve months, four quarters
 * and the year), then the same for the totals. Amounts are decimal numbers with at most two
 * decimals (`1234.5`), written from the exact text of the cents, so a spreadsheet's sum of a
 * column equals the page's total to the cent. Numbers, not text: csv-stringify's formula guard
 * would put a quote before a negative text (`'-100.01`), but leaves numbers as they are.
 */
import type { CsvCell } from '../csv';
import { centsToDecimal } from '../money/money';
import type { BudgetCell, BudgetGroup, BudgetReportData } from './budget-report';

export const BUDGET_CSV_HEADER = ['group', 'period', 'planned', 'spent', 'remaining', 'overspent', 'currency'];
export const TOTAL_LABEL = 'Total';

/** The shortest decimal of the exact text: 12345 → 123.45, 100000 → 1000. */
const decimal = (cents: number) => Number(centsToDecimal(cents));

const periods = (g: Omit<BudgetGroup, 'key'>): Array<[string, BudgetCell]> => [
  ...g.months.map((cell, i): [string, BudgetCell] => [`M${String(i + 1).padStart(2, '0')}`, cell]),
  ...g.quarters.map((cell, i): [string, BudgetCell] => [`Q${i + 1}`, cell]),
  ['year', g.year],
];

/** `label` names a group key (a channel's or theme's name; null → "none"). */
export function budgetCsvRows(report: BudgetReportData, label: (key: string | null) => string): CsvCell[][] {
  const row = (group: string, [period, c]: [string, BudgetCell]): CsvCell[] => [
    group,
    period,
    decimal(c.plannedCents),
    decimal(c.spentCents),
    decimal(c.remainingCents),
    c.overspent,
    report.currency,
  ];
  return [
    ...report.groups.flatMap((g) => periods(g).map((p) => row(label(g.key), p))),
    ...periods(report.totals).map((p) => row(TOTAL_LABEL, p)),
  ];
}
