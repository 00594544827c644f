import { shiftRule } from './shift-rule';

describe('shiftRule', () => {
  it('moves weekly weekdays with the series, wrapping around the week', () => {
    expect(shiftRule('FREQ=WEEKLY;BYDAY=TU', 1)).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(shiftRule('FREQ=WEEKLY;BYDAY=MO,TH', -1)).toBe('FREQ=WEEKLY;BYDAY=SU,WE');
    expect(shiftRule('FREQ=WEEKLY;BYDAY=SA', 9)).toBe('FREQ=WEEKLY;BYDAY=MO');
  });

  it('keeps rules anchored on the first occurrence as they are', () => {
    expect(shiftRule('FREQ=DAILY;INTERVAL=2', 3)).toBe('FREQ=DAILY;INTERVAL=2');
    expect(shiftRule('FREQ=MONTHLY', 3)).toBe('FREQ=MONTHLY');
  });

  it('moves UNTIL along', () => {
    expect(shiftRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T070000Z', 2)).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T070000Z');
  });

  it('refuses rules pinned to dates or positions', () => {
    expect(shiftRule('FREQ=MONTHLY;BYMONTHDAY=31', 1)).toBeNull();
    expect(shiftRule('FREQ=MONTHLY;BYDAY=1WE', 1)).toBeNull();
    expect(shiftRule('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1', 1)).toBeNull();
    expect(shiftRule('FREQ=YEARLY;BYMONTH=5', 1)).toBeNull();
    expect(shiftRule('not a rule', 1)).toBeNull();
  });
});
