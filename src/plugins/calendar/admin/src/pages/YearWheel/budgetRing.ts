/**
 * The wheel's budget ring: each theme's span (as the theme ring places it in the frame) coloured
 * by how much of its budget is spent. Budgets are per calendar year, so a wheel spanning two
 * years (a fiscal year from August) takes each span's use from the year it starts in within the
 * frame. Pure: the page passes the theme-use answers and a label function (the locale's words).
 */
import { budgetUseColor, budgetUseLevel, type BudgetUseLevel } from '../../../../core/budget/budget-color';
import type { ThemeUse } from '../../../../core/budget/budget-report';
import type { WheelFrame } from '../../../../core/wheel-frame';
import { themeArcsInFrame } from '../../../../core/wheel-layout';
import type { WheelRingItem } from '../../../../core/wheel-rings';
import type { ThemeRef } from '../../api/types';

export interface BudgetYearUse {
  year: number;
  currency: string;
  themes: readonly ThemeUse[];
}

export interface BudgetRingLabel {
  theme: string;
  level: BudgetUseLevel;
  /** Null when nothing is planned. */
  use: ThemeUse | null;
  currency: string;
}

export interface BudgetRingData {
  frame: WheelFrame;
  themes: readonly ThemeRef[];
  years: readonly BudgetYearUse[];
  label: (l: BudgetRingLabel) => string;
}

const DAY_MS = 86_400_000;

/** The date of a day of the frame (0 = its first day). */
export const frameDate = (frame: WheelFrame, day: number): string => {
  const [y, m, d] = frame.start.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + day * DAY_MS).toISOString().slice(0, 10);
};

/** One item per theme span in the frame; a theme with no line in that year is grey, "no budget". */
export function budgetRingItems({ frame, themes, years, label }: BudgetRingData): WheelRingItem[] {
  const byYear = new Map(years.map((y) => [y.year, { currency: y.currency, uses: new Map(y.themes.map((u) => [u.themeDocumentId, u])) }]));
  return themeArcsInFrame(themes, frame).map(({ theme, range }) => {
    const startDate = frameDate(frame, range[0]);
    const budget = byYear.get(Number(startDate.slice(0, 4)));
    const found = budget?.uses.get(theme.documentId) ?? null;
    // A theme with lines of zero and nothing spent has no budget to speak of either.
    const use = found && (found.plannedCents > 0 || found.spentCents > 0) ? found : null;
    const level = use ? budgetUseLevel(use.use, use.overspent) : 'none';
    return {
      startDate,
      endDate: frameDate(frame, range[1]),
      color: use ? budgetUseColor(use.use, use.overspent) : budgetUseColor(null),
      label: label({ theme: theme.name, level, use, currency: budget?.currency ?? 'EUR' }),
    };
  });
}
