/**
 * "Floating" dates: rrule works in wall-clock time, so a schedule's local fields are held in the
 * UTC fields of a Date (2026-03-03T09:00 Helsinki is the floating 2026-03-03T09:00Z), and each
 * result is turned back into an instant in the zone.
 */
import { instantToLocal, parseLocal, partsToInstant } from '../time';

const pad = (n: number) => String(n).padStart(2, '0');

export const floatingToLocal = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

export const localToFloating = (local: string) => {
  const p = parseLocal(local);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
};

export const floatingToInstant = (d: Date, zone: string) =>
  partsToInstant(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    zone
  );

/** An instant as floating time in `zone`, to the minute (DTSTART is `publishAt` read this way). */
export const instantToFloating = (instant: Date, zone: string) => localToFloating(instantToLocal(instant, zone));

/**
 * UNTIL in floating time. A UTC UNTIL (…Z) is the instant seen on the zone's clock; a date-only
 * UNTIL includes that whole local day, which is what people mean by "until 31 December".
 */
export function floatingUntil(rule: string, zone: string): Date | undefined {
  const m = /(?:^|;)UNTIL=(\d{8})(T(\d{6})(Z?))?/.exec(rule);
  if (!m) return undefined;
  const [, ymd, timePart, hms, z] = m;
  const date = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  if (!timePart) return localToFloating(`${date}T23:59:59`);
  const time = `${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4, 6)}`;
  if (z) return localToFloating(instantToLocal(new Date(`${date}T${time}Z`), zone) + `:${hms.slice(4, 6)}`);
  return localToFloating(`${date}T${time}`);
}
