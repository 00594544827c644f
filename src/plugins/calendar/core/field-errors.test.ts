import { isBlank } from './field-errors';

describe('isBlank', () => {
  it('is true for null, undefined and the empty string only', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('')).toBe(true);
    for (const value of [' ', '0', 0, false, Number.NaN, [], {}, new Date(0)]) expect(isBlank(value)).toBe(false);
  });
});
