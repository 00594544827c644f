import { BudgetedLru } from './budgeted-lru';

describe('BudgetedLru', () => {
  it('drops the least recently used to stay within the budget; reading counts as use', () => {
    const lru = new BudgetedLru<string>();
    lru.set('a', 'A', 4, 10);
    lru.set('b', 'B', 4, 10);
    expect(lru.get('a')).toBe('A'); // now b is the oldest
    lru.set('c', 'C', 4, 10);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['A', undefined, 'C']);
  });

  it('keeps nothing that alone exceeds the budget, and replacing a key frees its old size', () => {
    const lru = new BudgetedLru<string>();
    lru.set('a', 'A', 6, 10);
    lru.set('a', 'A2', 11, 10);
    expect(lru.get('a')).toBeUndefined();
    lru.set('b', 'B', 10, 10);
    expect(lru.get('b')).toBe('B');
    lru.clear();
    lru.set('c', 'C', 10, 10);
    expect(lru.get('c')).toBe('C');
  });
});
