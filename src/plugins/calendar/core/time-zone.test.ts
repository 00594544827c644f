import { isValidTimeZone } from './time-zone';

describe('isValidTimeZone', () => {
  it.each(['Europe/Helsinki', 'America/New_York', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+2', 'Asia/Kolkata'])(
    'accepts the IANA zone %p',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  );

  it.each(['', 'Mars/Olympus_Mons', '+03:00', 'EET+2', 'Europe/Helsinki ', 'helsinki', 42, null, undefined])('refuses %p', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});
