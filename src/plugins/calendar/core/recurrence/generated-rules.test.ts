/**
 * Generated rules: a seeded generator builds rules from the RRULE grammar with random starts and
 * zones. Each is either refused or validates and then expands within its budget over random
 * ranges (far future included) — every call returns. Rules that validate are also expanded the
 * naive way (rrule from DTSTART) to check that starting just before the range changes nothing.
 */
import { RRule } from 'rrule';
import { instantToLocal, localToInstant } from '../time';
import { expandSchedule, RecurrenceError, type Range, type Schedule } from './expand';
import { floatingToInstant, floatingToLocal, floatingUntil, localToFloating } from './floating';
import { checkReachable, EXPANSION_BUDGET, SEARCH_BUDGET } from './reachability';
import { validateRRule } from './validate-rrule';
import { seededRandom } from '../testing/seeded-random';

const generator = seededRandom;

const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'] as const;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ZONES = ['Europe/Helsinki', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;

function randomRule(g: ReturnType<typeof generator>): string {
  const freq = g.pick(FREQS);
  const parts = [`FREQ=${freq}`];
  if (g.chance(0.35)) parts.push(`INTERVAL=${g.chance(0.1) ? g.int(1, 10_000) : g.int(1, 12)}`);
  if (g.chance(0.3)) parts.push(`BYMONTH=${g.some(1, 12, 3)}`);
  if (g.chance(0.25)) parts.push(`BYMONTHDAY=${g.some(1, 31, 3, true)}`);
  if (g.chance(0.35)) {
    const numbered = (freq === 'MONTHLY' || freq === 'YEARLY') && g.chance(0.4);
    parts.push(
      `BYDAY=${[...new Set(Array.from({ length: g.int(1, 3) }, () => (numbered ? `${g.chance(0.3) ? '-' : ''}${g.int(1, 5)}` : '') + g.pick(DAYS)))].join(',')}`
    );
  }
  if (g.chance(0.1)) parts.push(`BYYEARDAY=${g.some(1, 366, 2, true)}`);
  if (g.chance(0.08)) parts.push(`BYWEEKNO=${g.some(1, 53, 2, true)}`);
  if (g.chance(0.25)) parts.push(`BYHOUR=${g.some(0, 23, 3)}`);
  if (g.chance(0.15)) parts.push(`BYMINUTE=${g.some(0, 59, 2)}`);
  if (g.chance(0.08)) parts.push(`BYSETPOS=${g.some(1, 5, 2, true)}`);
  if (g.chance(0.1)) parts.push(`WKST=${g.pick(DAYS)}`);
  if (g.chance(0.15)) parts.push(`COUNT=${g.chance(0.2) ? g.int(1001, 10_000_000) : g.int(1, 300)}`);
  // eslint-disable-next-line no-dupe-else-if -- each g.chance() draws a new number
  else if (g.chance(0.15)) {
    const y = g.int(1965, 2110);
    parts.push(`UNTIL=${y}${pad(g.int(1, 12))}${pad(g.int(1, 28))}${g.chance(0.5) ? `T${pad(g.int(0, 23))}${pad(g.int(0, 59))}00Z` : ''}`);
  }
  return parts.join(';');
}

function randomSchedule(g: ReturnType<typeof generator>): Schedule {
  const timeZone = g.pick(ZONES);
  const local = `${g.int(1970, 2099)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}T${pad(g.int(0, 23))}:${pad(g.pick([0, 15, 30, 45]))}`;
  return { publishAt: localToInstant(local, timeZone), timeZone, recurrence: randomRule(g) };
}

/** The expansion as it was: rrule from the real DTSTART, no skipping, no budget. */
function naive(schedule: Schedule, range: Range): string[] {
  const zone = schedule.timeZone;
  const check = validateRRule(schedule.recurrence!, { untilWindow: false });
  if (!check.ok) throw new Error(check.message);
  const dtstart = localToFloating(instantToLocal(schedule.publishAt, zone));
  const rule = new RRule({ ...check.options, dtstart, tzid: null, until: floatingUntil(check.rule, zone) ?? null }, true);
  const after = new Date(localToFloating(instantToLocal(range.from, zone)).getTime() - DAY);
  const before = new Date(localToFloating(instantToLocal(range.to, zone)).getTime() + DAY);
  return rule
    .between(after, before, true)
    .map((f) => ({ f, start: floatingToInstant(f, zone) }))
    .filter(({ start }) => start >= range.from && start < range.to)
    .map(({ f, start }) => `${floatingToLocal(f)} ${start.toISOString()}`);
}

const within = (from: Date, days: number): Range => ({ from, to: new Date(Math.min(from.getTime() + days * DAY, Date.UTC(2101, 0, 1))) });
/** How far from DTSTART the naive walk can go in reasonable time, per FREQ. */
const NAIVE_REACH_DAYS: Record<string, number> = { YEARLY: 40 * 365, MONTHLY: 20 * 365, WEEKLY: 10 * 365, DAILY: 3 * 365, HOURLY: 45 };

describe('generated rules', () => {
  const g = generator(20_260_301);
  const tally = { refused: 0, valid: 0, expanded: 0, limit: 0, budget: 0, compared: 0 };
  const slowest = { validate: 0, expand: 0 };

  it('are each refused, or validate and expand within budget over random ranges; skip-ahead equals the naive walk', () => {
    for (let i = 0; i < 2000; i++) {
      const schedule = randomSchedule(g);
      const label = `${schedule.recurrence} from ${instantToLocal(schedule.publishAt, schedule.timeZone)} ${schedule.timeZone}`;
      let t = performance.now();
      const verdict = checkReachable({ start: schedule.publishAt, timeZone: schedule.timeZone, recurrence: schedule.recurrence! });
      const validating = performance.now() - t;
      slowest.validate = Math.max(slowest.validate, validating);
      expect([label, validating < SEARCH_BUDGET.ms + EXPANSION_BUDGET.ms + 500]).toEqual([label, true]);
      if (!verdict.ok) {
        expect(verdict.message.length).toBeGreaterThan(10);
        tally.refused += 1;
        continue;
      }
      tally.valid += 1;
      const start = schedule.publishAt.getTime();
      const ranges = [
        within(new Date(start + g.int(-30, 700) * DAY), g.int(1, 200)),
        within(new Date(g.int(start, Date.UTC(2100, 11, 1))), g.int(1, 60)),
      ];
      for (const range of ranges) {
        t = performance.now();
        try {
          expandSchedule(schedule, range);
          tally.expanded += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(RecurrenceError);
          const kind = (error as RecurrenceError).kind;
          expect([label, kind]).toEqual([label, expect.stringMatching(/^(limit|budget)$/)]);
          tally[kind as 'limit' | 'budget'] += 1;
        }
        const expanding = performance.now() - t;
        slowest.expand = Math.max(slowest.expand, expanding);
        expect([label, expanding < EXPANSION_BUDGET.ms + 500]).toEqual([label, true]);
      }
      // Skip-ahead against the naive walk, where the naive walk is affordable.
      const freq = /FREQ=(\w+)/.exec(schedule.recurrence!)![1];
      const reach = NAIVE_REACH_DAYS[freq];
      const compared = within(new Date(start + g.int(0, reach) * DAY), g.int(1, freq === 'HOURLY' ? 10 : 45));
      let ours: string[];
      try {
        ours = expandSchedule(schedule, compared, 100_000, { steps: 10_000_000, ms: 60_000 }).map(
          (o) => `${o.local} ${o.start.toISOString()}`
        );
      } catch (error) {
        if ((error as RecurrenceError).kind === 'limit') continue;
        throw error;
      }
      expect([label, compared.from.toISOString(), ours]).toEqual([label, compared.from.toISOString(), naive(schedule, compared)]);
      tally.compared += 1;
    }
    // The generator must exercise both sides, and budgets must be the exception.
    expect(tally.refused).toBeGreaterThan(200);
    expect(tally.valid).toBeGreaterThan(500);
    expect(tally.compared).toBeGreaterThan(400);
    expect(tally.budget).toBeLessThan(tally.expanded / 100);
    console.log(JSON.stringify({ ...tally, slowestValidateMs: Math.round(slowest.validate), slowestExpandMs: Math.round(slowest.expand) }));
  }, 300_000);
});
