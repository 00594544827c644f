import { packEntry, startsWithin, unpackEntry } from './entry-bytes';

const day = 86_400_000;
const from = Date.parse('2026-01-01T00:00:00Z');
const starts = [from - day, from, from + 1, from + 7 * day, from + 364 * day + 1];
const before = new TextEncoder().encode('{"documentId":"a1","title":"Sisältö ✓","start":"');
const after = new TextEncoder().encode('","channels":["blogi"]}');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('a feed entry as bytes', () => {
  it('comes back as it went in: starts exactly, JSON byte for byte', () => {
    const bytes = packEntry(starts, before, after);
    expect(bytes.length).toBe(5 * 8 + before.length + 1 + after.length);
    const parts = unpackEntry(bytes, starts.length)!;
    expect([...parts.starts]).toEqual(starts);
    expect(text(parts.before)).toBe(text(before));
    expect(text(parts.after)).toBe(text(after));
  });

  it('holds a version with no starts in the window', () => {
    const parts = unpackEntry(packEntry([], before, after), 0)!;
    expect(parts.starts.length).toBe(0);
    expect(text(parts.before)).toBe(text(before));
    expect(text(parts.after)).toBe(text(after));
  });

  it('is read from bytes that do not start on an eight-byte boundary (the starts copied, not viewed)', () => {
    const packed = packEntry(starts, before, after);
    const padded = new Uint8Array(packed.length + 3);
    padded.set(packed, 3);
    const bytes = padded.subarray(3);
    expect(bytes.byteOffset % 8).not.toBe(0);
    const parts = unpackEntry(bytes, starts.length)!;
    expect([...parts.starts]).toEqual(starts);
    expect(text(parts.after)).toBe(text(after));
  });

  it('keeps integer milliseconds exact far from 1970', () => {
    const far = [Date.parse('1901-01-01T00:00:00.001Z'), Date.parse('2099-12-31T23:59:59.999Z')];
    expect([...unpackEntry(packEntry(far, before, after), 2)!.starts]).toEqual(far);
  });

  it('refuses a count the bytes cannot hold, a negative, fractional or missing one, and bytes with no separator', () => {
    const bytes = packEntry(starts, before, after);
    expect(unpackEntry(bytes, 1000)).toBeNull();
    expect(unpackEntry(bytes, -1)).toBeNull();
    expect(unpackEntry(bytes, 1.5)).toBeNull();
    expect(unpackEntry(bytes, null)).toBeNull();
    expect(unpackEntry(new Uint8Array(16).fill(1), 1)).toBeNull();
  });

  it('refuses a count that fits but is not the stored one: the bytes after it are not an object’s head', () => {
    const bytes = packEntry(starts, before, after);
    expect(unpackEntry(bytes, starts.length - 1)).toBeNull();
    expect(unpackEntry(bytes, 0)).toBeNull();
  });

  it('refuses text where bytes belong (a damaged row), and JSON cut short', () => {
    expect(unpackEntry('{"a":1,"start":"\u0000"}', 0)).toBeNull();
    expect(unpackEntry(null, 0)).toBeNull();
    const cut = packEntry(starts, before, after);
    expect(unpackEntry(cut.subarray(0, cut.length - 1), starts.length)).toBeNull();
  });

  it('refuses starts that are not whole milliseconds in ascending order', () => {
    for (const bad of [[from, Number.NaN], [from, from + 0.5], [from + 1, from], [Number.POSITIVE_INFINITY]]) {
      expect(unpackEntry(packEntry(bad, before, after), bad.length)).toBeNull();
    }
    expect(unpackEntry(packEntry([from, from], before, after), 2)).not.toBeNull(); // equal starts are in order
  });
});

describe('the starts within a range', () => {
  const all = unpackEntry(packEntry(starts, before, after), starts.length)!.starts;

  it('include the range’s first instant and leave out its end', () => {
    expect([...startsWithin(all, from, from + 7 * day)]).toEqual([from, from + 1]);
    expect([...startsWithin(all, from + 1, from + 7 * day + 1)]).toEqual([from + 1, from + 7 * day]);
  });

  it('are empty for a range before, after or between them', () => {
    expect(startsWithin(all, from - 3 * day, from - day).length).toBe(0);
    expect(startsWithin(all, from + 400 * day, from + 401 * day).length).toBe(0);
    expect(startsWithin(all, from + 2, from + 3).length).toBe(0);
  });

  it('are all of them for a range around them, as a view of the same memory', () => {
    const within = startsWithin(all, from - 2 * day, from + 366 * day);
    expect([...within]).toEqual(starts);
    expect(within.buffer).toBe(all.buffer);
  });
});
