/**
 * xorshift32 for generated tests: small, deterministic, good enough to spread cases. The same
 * seed gives the same cases on every machine, so a failure names a reproducible input.
 */
export function seededRandom(seed: number) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)];
  const chance = (p: number) => next() < p;
  /** A comma-separated list of up to `max` distinct numbers in lo..hi (some negative when `signed`). */
  const some = (lo: number, hi: number, max: number, signed = false) =>
    [...new Set(Array.from({ length: int(1, max) }, () => (signed && chance(0.3) ? -1 : 1) * int(lo, hi)))].join(',');
  return { int, pick, chance, some };
}
