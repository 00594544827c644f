/**
 * The occurrences of many piece versions in the feeds' order (start, documentId, locale), fast:
 * a year of a large plan is hundreds of thousands of occurrences, and a sort that compares
 * objects costs more than reading them. Each occurrence becomes one number, its start within
 * the range times the number of versions plus its version's rank in (documentId, locale) order,
 * and the numbers are sorted natively. That is exact while the product stays below 2^53 (ranges
 * of up to two years and 131,072 versions); beyond it, the objects are compared.
 */
import { compareOccurrenceParts } from '../../../core/query/occurrence-page';
import { compareDated, type Dated, type Keyed } from './public-feed-json';

const RANKS = 2 ** 17;
const SPAN = 2 ** 36; // ms, about 795 days

/** The feeds' order between two versions at the same start. */
const byVersion = (a: Keyed, b: Keyed) => compareOccurrenceParts(0, a.documentId, a.locale, 0, b.documentId, b.locale);

/** `versions`' occurrences (`starts` in ms, each within [from, to)) in the feeds' order. */
export function sortOccurrences<T extends Keyed>(
  versions: Array<{ item: T; starts: ArrayLike<number> }>,
  from: number,
  to: number
): Dated<T>[] {
  let total = 0;
  for (const v of versions) total += v.starts.length;
  if (versions.length > RANKS || to - from > SPAN) {
    const out: Dated<T>[] = [];
    for (const { item, starts } of versions) for (let i = 0; i < starts.length; i += 1) out.push({ item, start: starts[i] });
    return out.sort(compareDated);
  }
  const ranked = [...versions].sort((a, b) => byVersion(a.item, b.item));
  const keys = new Float64Array(total);
  let k = 0;
  for (let rank = 0; rank < ranked.length; rank += 1) {
    const { starts } = ranked[rank];
    for (let i = 0; i < starts.length; i += 1) keys[k++] = (starts[i] - from) * RANKS + rank;
  }
  keys.sort();
  const out: Dated<T>[] = new Array(total);
  for (let i = 0; i < total; i += 1) {
    const rank = keys[i] % RANKS;
    out[i] = { item: ranked[rank].item, start: from + (keys[i] - rank) / RANKS };
  }
  return out;
}
