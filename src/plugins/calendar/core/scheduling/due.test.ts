import { localToInstant } from '../time';
import { isDue, retryDelayMs, versionKey } from './due';

const at = (iso: string) => new Date(iso);

describe('isDue', () => {
  const base = {
    editorialStatus: 'approved',
    publishAt: at('2026-05-10T06:00:00Z'),
    draftUpdatedAt: at('2026-05-01T10:00:00Z'),
    publishedUpdatedAt: null,
  };

  it('is due once its time has come, not a millisecond before', () => {
    expect(isDue(base, at('2026-05-10T05:59:59.999Z'))).toBe(false);
    expect(isDue(base, at('2026-05-10T06:00:00.000Z'))).toBe(true);
    expect(isDue(base, at('2026-06-01T00:00:00Z'))).toBe(true); // overdue
  });

  it('needs approval and a time', () => {
    for (const status of ['idea', 'planned', 'in-progress', 'in-review', null]) {
      expect(isDue({ ...base, editorialStatus: status }, at('2026-06-01T00:00:00Z'))).toBe(false);
    }
    expect(isDue({ ...base, publishAt: null }, at('2026-06-01T00:00:00Z'))).toBe(false);
  });

  it('is not due again once the version is published, but is for a newer draft', () => {
    const now = at('2026-06-01T00:00:00Z');
    expect(isDue({ ...base, publishedUpdatedAt: at('2026-05-10T06:00:01Z') }, now)).toBe(false);
    expect(isDue({ ...base, publishedUpdatedAt: base.draftUpdatedAt }, now)).toBe(false);
    expect(isDue({ ...base, draftUpdatedAt: at('2026-05-20T08:00:00Z'), publishedUpdatedAt: at('2026-05-10T06:00:01Z') }, now)).toBe(true);
  });

  describe('with a clock around the DST changes', () => {
    it('publishes a piece approved for 09:00 Helsinki on the day after spring-forward at 09:00 local (06:00Z)', () => {
      // Europe/Helsinki moved from +02:00 to +03:00 on 2026-03-29.
      const piece = { ...base, publishAt: localToInstant('2026-03-30T09:00', 'Europe/Helsinki') };
      expect(isDue(piece, at('2026-03-30T05:59:59Z'))).toBe(false);
      expect(isDue(piece, at('2026-03-30T06:00:00Z'))).toBe(true);
      expect(isDue(piece, at('2026-03-30T07:00:00Z'))).toBe(true);
    });

    it('publishes a piece approved for 09:00 Helsinki on the day after fall-back at 09:00 local (07:00Z)', () => {
      // Back from +03:00 to +02:00 on 2026-10-25: 09:00 is now 07:00Z, not 06:00Z.
      const piece = { ...base, publishAt: localToInstant('2026-10-26T09:00', 'Europe/Helsinki') };
      expect(isDue(piece, at('2026-10-26T06:00:00Z'))).toBe(false);
      expect(isDue(piece, at('2026-10-26T06:59:59Z'))).toBe(false);
      expect(isDue(piece, at('2026-10-26T07:00:00Z'))).toBe(true);
    });
  });
});

describe('retryDelayMs', () => {
  it('doubles from 30 seconds up to an hour', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
});

describe('versionKey', () => {
  it('is the draft time in milliseconds', () => {
    expect(versionKey(at('2026-05-01T10:00:00.123Z'))).toBe('1777629600123');
  });
});
