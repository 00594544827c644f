import { DATE_WINDOW, offsetInstant, readDateInput } from './date-input';

describe('reading date inputs strictly', () => {
  it('reads dates and date-times with or without an offset', () => {
    expect(readDateInput('2026-03-01')).toMatchObject({ ok: true, date: '2026-03-01', hasTime: false, offsetMinutes: null });
    const zoned = readDateInput('2026-03-01T09:30:15.5+02:00');
    expect(zoned).toMatchObject({ ok: true, hasTime: true, offsetMinutes: 120, millisecond: 500 });
    if (zoned.ok) expect(offsetInstant(zoned).toISOString()).toBe('2026-03-01T07:30:15.500Z');
    expect(readDateInput('2026-03-01T09:30-0330')).toMatchObject({ ok: true, offsetMinutes: -210 });
  });

  it.each([
    ['2026-02-30', 'unreal'],
    ['2026-02-29T09:00Z', 'unreal'],
    ['2026-03-01T24:00', 'unreal'],
    ['2026-03-01T10:60', 'unreal'],
    ['2026-03-01T10:00:99', 'unreal'],
    ['2026-03-01T10:00+24:00', 'unreal'],
    ['9999-12-31', 'window'],
    ['1969-12-31T23:59:59Z', 'window'],
    ['2101-01-01', 'window'],
    ['1.3.2026', 'format'],
    ['2026-03-01 09:00', 'format'],
    ['2026-03-01T09', 'format'],
  ])('refuses %p as %s', (value, problem) => {
    expect(readDateInput(value)).toEqual({ ok: false, problem });
  });

  it('takes both edges of the window', () => {
    expect(readDateInput(`${DATE_WINDOW.first}T00:00:00Z`).ok).toBe(true);
    expect(readDateInput(`${DATE_WINDOW.last}T23:59:59Z`).ok).toBe(true);
  });
});
