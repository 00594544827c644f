import { BUDGET_USE_COLORS, budgetUseColor, budgetUseLevel } from './budget-color';

describe('budgetUseLevel / budgetUseColor', () => {
  it.each([
    [null, 'none'],
    [undefined, 'none'],
    [Number.NaN, 'none'],
    [-0.5, 'none'],
    [0, 'under'],
    [0.5, 'under'],
    [0.8999, 'under'],
    [0.9, 'near'],
    [1, 'near'],
    [1.0001, 'over'],
    [3, 'over'],
    [Number.POSITIVE_INFINITY, 'none'],
  ])('use %p is %s', (use, level) => {
    expect(budgetUseLevel(use as number | null)).toBe(level);
    expect(budgetUseColor(use as number | null)).toBe(BUDGET_USE_COLORS[level as keyof typeof BUDGET_USE_COLORS]);
  });

  it('spending with nothing planned is over, though it has no ratio', () => {
    expect(budgetUseLevel(null, true)).toBe('over');
    expect(budgetUseColor(null, true)).toBe('#d02b20');
  });

  it('gives four distinct hex colours', () => {
    const colours = Object.values(BUDGET_USE_COLORS);
    expect(new Set(colours).size).toBe(4);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
