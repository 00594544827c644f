import { formatISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import {
  ISO_DATE,
  ISO_WITH_OFFSET_MAX_BYTES,
  instantToIsoWithOffset,
  instantToLocal,
  isRealDate,
  localToInstant,
  nextDate,
  startOfLocalDay,
  wallText,
  writeIsoWithOffset,
} from './time';

describe('wall-clock time in a zone', () => {
  it('maps 09:00 Helsinki to 07:00Z in winter and 06:00Z in summer', () => {
    expect(localToInstant('2026-03-24T09:00', 'Europe/Helsinki').toISOString()).toBe('2026-03-24T07:00:00.000Z');
    expect(localToInstant('2026-03-31T09:00', 'Europe/Helsinki').toISOString()).toBe('2026-03-31T06:00:00.000Z');
  });

  it('maps 09:00 New York across its own DST change', () => {
    expect(localToInstant('2026-03-06T09:00', 'America/New_York').toISOString()).toBe('2026-03-06T14:00:00.000Z');
    expect(localToInstant('2026-03-09T09:00', 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('reads an instant back as local time and as ISO with the local offset', () => {
    const instant = new Date('2026-03-31T06:00:00.000Z');
    expect(instantToLocal(instant, 'Europe/Helsinki')).toBe('2026-03-31T09:00');
    expect(instantToIsoWithOffset(instant, 'Europe/Helsinki')).toBe('2026-03-31T09:00:00+03:00');
    expect(instantToIsoWithOffset(new Date('2026-03-24T07:00:00Z'), 'Europe/Helsinki')).toBe('2026-03-24T09:00:00+02:00');
    expect(instantToIsoWithOffset(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
  });

  it('refuses a malformed local date-time', () => {
    expect(() => localToInstant('2026-03-31 09:00', 'Europe/Helsinki')).toThrow(RangeError);
  });
});

describe('local times that DST makes odd (RFC 5545 §3.3.5)', () => {
  it('moves a time in the spring-forward gap forward by the gap', () => {
    // Helsinki jumps from 03:00 to 04:00 on 2026-03-29: 03:30 does not exist and becomes 04:30.
    const instant = localToInstant('2026-03-29T03:30', 'Europe/Helsinki');
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToIsoWithOffset(instant, 'Europe/Helsinki')).toBe('2026-03-29T04:30:00+03:00');
    // New York jumps from 02:00 to 03:00 on 2026-03-08.
    expect(instantToIsoWithOffset(localToInstant('2026-03-08T02:30', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00'
    );
  });

  it('takes the first instant of a time the fall-back overlap repeats', () => {
    // Helsinki goes from 04:00 back to 03:00 on 2026-10-25: 03:30 happens at +03:00 and at +02:00.
    expect(localToInstant('2026-10-25T03:30', 'Europe/Helsinki').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localToInstant('2026-11-01T01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('leaves times next to a transition alone', () => {
    expect(localToInstant('2026-03-29T02:59', 'Europe/Helsinki').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(localToInstant('2026-03-29T04:00', 'Europe/Helsinki').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(localToInstant('2026-10-25T02:59', 'Europe/Helsinki').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(localToInstant('2026-10-25T04:00', 'Europe/Helsinki').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('works in zones without DST and with odd offsets', () => {
    expect(localToInstant('2026-06-01T09:00', 'Asia/Kolkata').toISOString()).toBe('2026-06-01T03:30:00.000Z');
    expect(localToInstant('2026-06-01T09:00', 'UTC').toISOString()).toBe('2026-06-01T09:00:00.000Z');
    expect(localToInstant('2026-01-01T09:00', 'Australia/Lord_Howe').toISOString()).toBe('2025-12-31T22:00:00.000Z');
  });
});

describe('calendar days', () => {
  it('starts a local day at local midnight and steps to the next date', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Helsinki').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });
});

describe('date checks', () => {
  it('ISO_DATE is the YYYY-MM-DD shape only', () => {
    expect(ISO_DATE.test('2026-03-01')).toBe(true);
    expect(ISO_DATE.test('2026-3-01')).toBe(false);
    expect(ISO_DATE.test('2026-03-01T09:00')).toBe(false);
    expect(ISO_DATE.test('26-03-01')).toBe(false);
  });

  it('isRealDate accepts real dates and refuses overflowing ones', () => {
    expect(isRealDate(2026, 3, 1)).toBe(true);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2026, 2, 29)).toBe(false);
    expect(isRealDate(2026, 4, 31)).toBe(false);
    expect(isRealDate(2026, 0, 1)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
    expect(isRealDate(2026, 1, 0)).toBe(false);
    expect(isRealDate(Number.NaN, 1, 1)).toBe(false);
  });

  it('isRealDate refuses years 0..99 (Date.UTC reads them as 19xx) and accepts 100 on', () => {
    expect(isRealDate(50, 3, 1)).toBe(false);
    expect(isRealDate(0, 1, 1)).toBe(false);
    expect(isRealDate(150, 3, 1)).toBe(true);
    expect(isRealDate(9999, 12, 31)).toBe(true);
  });

  it('wallText writes the UTC fields with a four-digit year', () => {
    expect(wallText(new Date('2026-03-01T09:05:59Z'))).toBe('2026-03-01T09:05');
    expect(wallText(new Date('0150-12-31T23:00:00Z'))).toBe('0150-12-31T23:00');
  });
});

describe('offsets against date-fns', () => {
  it('agree with @date-fns/tz TZDate formatting for every hour of a year in several zones', () => {
    const { TZDate } = jest.requireActual('@date-fns/tz') as typeof import('@date-fns/tz');
    const { format } = jest.requireActual('date-fns') as typeof import('date-fns');
    for (const zone of ['Europe/Helsinki', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns']) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000 + 7 * 60_000) {
        const expected = format(new TZDate(ms, zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
        expect(instantToIsoWithOffset(new Date(ms), zone)).toBe(expected);
      }
    }
  });

  it('are exact on both sides of a transition instant', () => {
    const transition = Date.UTC(2026, 2, 29, 1, 0); // 03:00 → 04:00 Helsinki
    expect(instantToIsoWithOffset(new Date(transition - 1000), 'Europe/Helsinki')).toBe('2026-03-29T02:59:59+02:00');
    expect(instantToIsoWithOffset(new Date(transition), 'Europe/Helsinki')).toBe('2026-03-29T04:00:00+03:00');
  });
});

describe('instantToIsoWithOffset against date-fns', () => {
  it.each(['Europe/Helsinki', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'])(
    'writes the same text as formatISO in %s, every 7 h 13 min 17 s across two years and their transitions',
    (zone) => {
      const from = Date.UTC(2025, 0, 1);
      for (let ms = from; ms < from + 2 * 366 * 86_400_000; ms += 26_000_000 + 1_000 * 17) {
        expect(instantToIsoWithOffset(new Date(ms), zone)).toBe(formatISO(new TZDate(ms, zone)).replace(/Z$/, '+00:00'));
      }
    }
  );

  it('writes years before 1000 and before 1970 with four digits', () => {
    expect(instantToIsoWithOffset(new Date('0999-12-31T23:59:59Z'), 'UTC')).toBe('0999-12-31T23:59:59+00:00');
    expect(instantToIsoWithOffset(new Date('1969-07-20T20:17:40Z'), 'Europe/Helsinki')).toBe('1969-07-20T22:17:40+02:00'); // no summer time in Finland before 1981;
  });
});

describe('writeIsoWithOffset', () => {
  const bytesOf = (ms: number, zone: string, at = 3) => {
    const target = new Uint8Array(at + ISO_WITH_OFFSET_MAX_BYTES).fill(0x7e);
    const n = writeIsoWithOffset(target, at, ms, zone);
    expect([...target.subarray(0, at)].every((b) => b === 0x7e)).toBe(true); // nothing before `at`
    return Buffer.from(target.subarray(at, at + n)).toString('latin1');
  };

  it.each(['Europe/Helsinki', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'])(
    'writes the bytes of instantToIsoWithOffset in %s, across two years and their transitions',
    (zone) => {
      const from = Date.UTC(2025, 0, 1);
      for (let ms = from; ms < from + 2 * 366 * 86_400_000; ms += 26_000_000 + 1_000 * 17) {
        expect(bytesOf(ms, zone)).toBe(instantToIsoWithOffset(new Date(ms), zone));
      }
    }
  );

  it('writes the second before and at a transition, and years outside four digits, as the text does', () => {
    const transition = Date.UTC(2026, 2, 29, 1, 0);
    expect(bytesOf(transition - 1000, 'Europe/Helsinki')).toBe('2026-03-29T02:59:59+02:00');
    expect(bytesOf(transition, 'Europe/Helsinki', 0)).toBe('2026-03-29T04:00:00+03:00');
    for (const iso of ['0999-12-31T23:59:59Z', '+012345-06-07T08:09:10Z']) {
      const ms = Date.parse(iso);
      expect(bytesOf(ms, 'America/New_York')).toBe(instantToIsoWithOffset(new Date(ms), 'America/New_York'));
    }
  });
});
