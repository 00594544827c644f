/**
 * Moving a whole series by some days: the first occurrence moves, and a weekly rule's weekdays
 * move with it (Tuesdays become Wednesdays). Rules whose other parts pin dates (BYMONTHDAY,
 * BYSETPOS, numbered BYDAY…) cannot be moved this way; the caller then offers to edit the rule.
 */
import { validateRRule, WEEKDAYS } from './validate-rrule';

const SHIFTABLE_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYDAY', 'BYHOUR', 'BYMINUTE']);

/** The rule with its weekdays moved by `days`, or null when the rule cannot be moved as a whole. */
export function shiftRule(rule: string, days: number): string | null {
  const check = validateRRule(rule);
  if (!check.ok) return null;
  const parts = check.rule.split(';').map((p) => p.split('=') as [string, string]);
  if (parts.some(([name]) => !SHIFTABLE_PARTS.has(name))) return null;
  const freq = parts.find(([name]) => name === 'FREQ')![1];
  const byday = parts.find(([name]) => name === 'BYDAY');
  if (byday) {
    if (freq !== 'WEEKLY' && freq !== 'DAILY') return null;
    const shifted = byday[1].split(',').map((day) => {
      const index = WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]);
      if (index === -1) return null; // numbered (1MO): pinned to the month
      return WEEKDAYS[(((index + days) % 7) + 7) % 7];
    });
    if (shifted.some((d) => d === null)) return null;
    byday[1] = shifted.join(',');
  }
  const until = parts.find(([name]) => name === 'UNTIL');
  if (until) {
    // UNTIL moves with the series, so it keeps the same number of occurrences.
    const v = until[1];
    const date = new Date(Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8) + days));
    const ymd = `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;
    until[1] = `${ymd}${v.slice(8)}`;
  }
  return parts.map(([name, value]) => `${name}=${value}`).join(';');
}
