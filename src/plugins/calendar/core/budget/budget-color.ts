/**
 * How much of a budget is used, as a level and a colour for the year wheel's theme arcs: the
 * wheel shows at a glance which campaigns are running out of money. Colour is never the only
 * sign: `level` gives the words for a label or a tooltip.
 */
export type BudgetUseLevel = 'none' | 'under' | 'near' | 'over';

/** From this share of the plan on, a budget is "near" its end. */
export const NEAR_USE = 0.9;

export const BUDGET_USE_COLORS: Record<BudgetUseLevel, string> = {
  none: '#8e8ea9',
  under: '#328048',
  near: '#d9822f',
  over: '#d02b20',
};

/**
 * `use` is spent / planned (1 = all of it); null: nothing planned. `overspent` marks money spent
 * with nothing planned, which has no ratio but is over all the same.
 */
export function budgetUseLevel(use: number | null | undefined, overspent = false): BudgetUseLevel {
  if (overspent) return 'over';
  if (use === null || use === undefined || !Number.isFinite(use) || use < 0) return 'none';
  if (use > 1) return 'over';
  return use >= NEAR_USE ? 'near' : 'under';
}

export function budgetUseColor(use: number | null | undefined, overspent = false): string {
  return BUDGET_USE_COLORS[budgetUseLevel(use, overspent)];
}
