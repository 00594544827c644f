import { hiddenRings, isRingShown, parseRingVisibility, setRingShown } from './ringVisibility';

const OFF = new Set(['competitors']);

describe('ring visibility in the URL', () => {
  it('shows rings unless hidden, and optional rings only when chosen', () => {
    const v = parseRingVisibility('holidays', null);
    expect(isRingShown(v, 'holidays', OFF)).toBe(false);
    expect(isRingShown(v, 'budget', OFF)).toBe(true);
    expect(isRingShown(v, 'competitors', OFF)).toBe(false);
    expect(isRingShown(parseRingVisibility(null, 'competitors'), 'competitors', OFF)).toBe(true);
    // `hide=competitors` alone does not turn an optional ring on or off.
    expect(isRingShown(parseRingVisibility('competitors', null), 'competitors', OFF)).toBe(false);
  });

  it('lists the hidden rings among the given ids', () => {
    const v = parseRingVisibility('themes,,marks', '');
    expect([...hiddenRings(v, ['themes', 'marks', 'budget', 'competitors'], OFF)]).toEqual(['themes', 'marks', 'competitors']);
  });

  it('turns rings on and off through hide= and show=, dropping empty parameters', () => {
    const v = parseRingVisibility(null, null);
    expect(setRingShown(v, 'competitors', true, OFF)).toEqual({ hide: null, show: 'competitors' });
    expect(setRingShown(v, 'budget', false, OFF)).toEqual({ hide: 'budget', show: null });
    const on = parseRingVisibility('budget', 'competitors');
    expect(setRingShown(on, 'competitors', false, OFF)).toEqual({ hide: 'budget', show: null });
    expect(setRingShown(on, 'budget', true, OFF)).toEqual({ hide: null, show: 'competitors' });
  });
});
