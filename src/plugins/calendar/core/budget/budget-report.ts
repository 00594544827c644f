/**
 * Planned against spent: budget lines (a month's plan for a theme and/or channel in a category)
 * and spend entries (a dated cost) summed per group and month, quarter and year, with overspend
 * flags. Pure and exact: integer cents through `sumCents`, so the page, the CSV and the wheel all
 * show the same totals. One report is in one currency; rows in any other currency are not
 * converted (no rates are kept) but counted in `skipped`, so the page can say they exist.
 */
import { budgetUse, sumCents, type Cents } from '../money/money';

export const BUDGET_CATEGORIES = ['media', 'production', 'campaign', 'tools', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const BUDGET_GROUPINGS = ['channel', 'theme', 'category'] as const;
export type BudgetGrouping = (typeof BUDGET_GROUPINGS)[number];

/** Rows one report reads at most: far beyond a year of a team's budget, bounded all the same. */
export const MAX_BUDGET_ROWS = 50_000;

export interface PlannedRow {
  year: number;
  month: number;
  category: BudgetCategory;
  themeDocumentId: string | null;
  channelDocumentId: string | null;
  amountCents: Cents;
  currency: string;
}

export interface SpentRow {
  /** YYYY-MM-DD, a local calendar date. */
  date: string;
  category: BudgetCategory;
  themeDocumentId: string | null;
  channelDocumentId: string | null;
  amountCents: Cents;
  currency: string;
}

export interface BudgetCell {
  plannedCents: Cents;
  spentCents: Cents;
  /** planned − spent; negative when overspent. */
  remainingCents: Cents;
  /** spent / planned, null with nothing planned. */
  use: number | null;
  /** More spent than planned (anything spent with nothing planned included). */
  overspent: boolean;
}

export interface BudgetGroup {
  /** A documentId, a category, or null for rows without a theme / channel. */
  key: string | null;
  months: BudgetCell[];
  quarters: BudgetCell[];
  year: BudgetCell;
}

export interface BudgetReportData {
  year: number;
  by: BudgetGrouping;
  currency: string;
  groups: BudgetGroup[];
  totals: Omit<BudgetGroup, 'key'>;
  /** Rows of the year in other currencies, left out of every sum. */
  skipped: Array<{ currency: string; lines: number; entries: number }>;
}

export class BudgetTooLargeError extends RangeError {
  constructor() {
    super(`a budget report reads at most ${MAX_BUDGET_ROWS} lines and entries`);
  }
}

export function budgetCell(plannedCents: Cents, spentCents: Cents): BudgetCell {
  return {
    plannedCents,
    spentCents,
    remainingCents: plannedCents - spentCents,
    use: budgetUse(spentCents, plannedCents),
    overspent: spentCents > plannedCents,
  };
}

/** The month (1–12) of a YYYY-MM-DD date in `year`, or null when it is another year's. */
export function monthOfDate(date: string, year: number): number | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match || Number(match[1]) !== year) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? month : null;
}

const keyOf = (row: PlannedRow | SpentRow, by: BudgetGrouping): string | null =>
  by === 'category' ? row.category : by === 'theme' ? row.themeDocumentId : row.channelDocumentId;

interface Sums {
  planned: Cents[][];
  spent: Cents[][];
}
const emptySums = (): Sums => ({ planned: Array.from({ length: 12 }, () => []), spent: Array.from({ length: 12 }, () => []) });

function cellsOf(sums: Sums): Omit<BudgetGroup, 'key'> {
  const planned = sums.planned.map((m) => sumCents(m));
  const spent = sums.spent.map((m) => sumCents(m));
  const quarter = (list: Cents[], q: number) => sumCents(list.slice(q * 3, q * 3 + 3));
  return {
    months: planned.map((p, i) => budgetCell(p, spent[i])),
    quarters: [0, 1, 2, 3].map((q) => budgetCell(quarter(planned, q), quarter(spent, q))),
    year: budgetCell(sumCents(planned), sumCents(spent)),
  };
}

/** Categories in their fixed order, other groups by key with the "none" group last. */
const groupOrder = (by: BudgetGrouping) => (a: string | null, b: string | null) => {
  if (by === 'category') return BUDGET_CATEGORIES.indexOf(a as BudgetCategory) - BUDGET_CATEGORIES.indexOf(b as BudgetCategory);
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * The year's report in `currency`, grouped `by`. `keys` adds groups that exist (every channel,
 * every theme) even with nothing planned or spent, so the table does not jump about.
 */
export function budgetReport(input: {
  year: number;
  by: BudgetGrouping;
  currency: string;
  planned: PlannedRow[];
  spent: SpentRow[];
  keys?: string[];
}): BudgetReportData {
  const { year, by, currency } = input;
  if (input.planned.length + input.spent.length > MAX_BUDGET_ROWS) throw new BudgetTooLargeError();
  const groups = new Map<string | null, Sums>();
  const sumsFor = (key: string | null) => {
    let sums = groups.get(key);
    if (!sums) groups.set(key, (sums = emptySums()));
    return sums;
  };
  const all = emptySums();
  const skipped = new Map<string, { currency: string; lines: number; entries: number }>();
  const skip = (code: string, kind: 'lines' | 'entries') => {
    const entry = skipped.get(code) ?? { currency: code, lines: 0, entries: 0 };
    entry[kind] += 1;
    skipped.set(code, entry);
  };
  if (by === 'category') BUDGET_CATEGORIES.forEach(sumsFor);
  for (const key of input.keys ?? []) sumsFor(key);
  for (const row of input.planned) {
    if (row.year !== year || row.month < 1 || row.month > 12) continue;
    if (row.currency !== currency) {
      skip(row.currency, 'lines');
      continue;
    }
    sumsFor(keyOf(row, by)).planned[row.month - 1].push(row.amountCents);
    all.planned[row.month - 1].push(row.amountCents);
  }
  for (const row of input.spent) {
    const month = monthOfDate(row.date, year);
    if (month === null) continue;
    if (row.currency !== currency) {
      skip(row.currency, 'entries');
      continue;
    }
    sumsFor(keyOf(row, by)).spent[month - 1].push(row.amountCents);
    all.spent[month - 1].push(row.amountCents);
  }
  const keys = [...groups.keys()].sort(groupOrder(by));
  return {
    year,
    by,
    currency,
    groups: keys.map((key) => ({ key, ...cellsOf(groups.get(key)!) })),
    totals: cellsOf(all),
    skipped: [...skipped.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
  };
}

export interface ThemeUse {
  themeDocumentId: string;
  plannedCents: Cents;
  spentCents: Cents;
  use: number | null;
  overspent: boolean;
}

/** Per theme, the year's planned and spent (the year wheel colours theme arcs by it). */
export function themeUse(report: BudgetReportData): ThemeUse[] {
  if (report.by !== 'theme') throw new Error('themeUse needs a report grouped by theme');
  return report.groups
    .filter((g): g is BudgetGroup & { key: string } => g.key !== null)
    .map((g) => ({
      themeDocumentId: g.key,
      plannedCents: g.year.plannedCents,
      spentCents: g.year.spentCents,
      use: g.year.use,
      overspent: g.year.overspent,
    }));
}
