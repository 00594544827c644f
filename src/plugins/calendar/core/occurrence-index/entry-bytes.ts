/**
 * A published version's feed entry as the index stores it, in one byte string: its starts in the
 * window (epoch milliseconds as little-endian float64, exact for every integer millisecond,
 * ascending), then the feed's JSON before `start`, a NUL (JSON text has none unescaped), and the
 * JSON after. A public feed built from nothing reads one value per version and takes the starts
 * in its range as a slice: no row per occurrence, no text to split, one buffer per row (a
 * database driver's buffer costs more than the bytes in it).
 */
const WIDTH = 8;
const NUL = 0;
const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const littleEndian = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

export interface EntryParts {
  /** Ascending epoch milliseconds. */
  starts: Float64Array;
  before: Uint8Array;
  after: Uint8Array;
}

/** `starts` (ascending), `before` and `after` as one byte string. */
export function packEntry(starts: ArrayLike<number>, before: Uint8Array, after: Uint8Array): Uint8Array {
  const out = new Uint8Array(starts.length * WIDTH + before.length + 1 + after.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < starts.length; i += 1) view.setFloat64(i * WIDTH, starts[i], true);
  out.set(before, starts.length * WIDTH);
  out[starts.length * WIDTH + before.length] = NUL;
  out.set(after, starts.length * WIDTH + before.length + 1);
  return out;
}

/**
 * The parts of what `packEntry` made of `count` starts: views of `bytes` (the starts copied only
 * where the platform or alignment need it). Null for anything that cannot be such an entry (a
 * damaged row, text where bytes belong, a count that does not fit): the caller expands that
 * version instead, so one bad row never breaks a feed. The check is one pass over the starts.
 */
export function unpackEntry(bytes: unknown, count: unknown): EntryParts | null {
  if (!(bytes instanceof Uint8Array) || typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  const startsEnd = count * WIDTH;
  if (startsEnd > bytes.length) return null;
  const split = bytes.indexOf(NUL, startsEnd);
  // The JSON around `start` is an object's head and tail.
  if (split < 0 || bytes[startsEnd] !== OPEN || bytes[bytes.length - 1] !== CLOSE) return null;
  const starts = startsOf(bytes, count);
  for (let i = 0; i < count; i += 1) {
    if (!Number.isSafeInteger(starts[i]) || (i > 0 && starts[i] < starts[i - 1])) return null;
  }
  return { starts, before: bytes.subarray(startsEnd, split), after: bytes.subarray(split + 1) };
}

function startsOf(bytes: Uint8Array, count: number): Float64Array {
  if (littleEndian && bytes.byteOffset % WIDTH === 0) return new Float64Array(bytes.buffer, bytes.byteOffset, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, count * WIDTH);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 1) out[i] = view.getFloat64(i * WIDTH, true);
  return out;
}

/** The first index in ascending `starts` whose start is ≥ `ms`. */
function lowerBound(starts: Float64Array, ms: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The starts within [from, to) of ascending `starts`, as a view (no copy). */
export function startsWithin(starts: Float64Array, from: number, to: number): Float64Array {
  return starts.subarray(lowerBound(starts, from), lowerBound(starts, to));
}
