/**
 * A map that keeps its entries within a budget of "size" (bytes, occurrences: the caller says),
 * dropping the least recently used first. A Map's insertion order is the use order: reading an
 * entry moves it to the end.
 */
export class BudgetedLru<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private used = 0;

  /** The value for `key`, now the most recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` (replacing any for `key`) unless it alone exceeds `budget`; then fits the rest to it. */
  set(key: string, value: V, size: number, budget: number): void {
    this.delete(key);
    if (size > budget) return;
    this.entries.set(key, { value, size });
    this.used += size;
    for (const oldest of this.entries.keys()) {
      if (this.used <= budget) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.used -= entry.size;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
