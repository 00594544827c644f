import { RRule } from 'rrule';
import { iterateWithBudget } from './step-budget';

const rule = (text: string, dtstart = new Date(Date.UTC(2026, 0, 1, 9))) => new RRule({ ...RRule.parseString(text), dtstart }, true);

describe('iterating rrule under a budget', () => {
  it('stops a rule that never produces a candidate after the budget of periods, not at the year 9999', () => {
    const started = performance.now();
    const result = iterateWithBudget(rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), { steps: 2000, ms: 10_000 }, () => true);
    expect(result).toEqual({ outcome: 'steps', steps: 2000 });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops on the millisecond budget as well', () => {
    const result = iterateWithBudget(rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), { steps: 10_000_000, ms: 20 }, () => true);
    expect(result.outcome).toBe('ms');
  });

  it('counts candidates as steps and lets the callback end the walk', () => {
    const seen: string[] = [];
    const result = iterateWithBudget(rule('FREQ=DAILY'), { steps: 1000, ms: 10_000 }, (d) => {
      seen.push(d.toISOString().slice(0, 10));
      return seen.length < 3;
    });
    expect(seen).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(result.outcome).toBe('done');
  });

  it('ends once every period left starts after stopAfter, with the candidates found so far', () => {
    const seen: Date[] = [];
    const stopAt = Date.UTC(2026, 0, 10);
    const result = iterateWithBudget(
      rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'),
      { steps: 1_000_000, ms: 10_000 },
      (d) => seen.push(d) > 0,
      {
        at: stopAt,
        bound: (periods) => Date.UTC(2026, 0, 1) + periods * 86_400_000 - 86_400_000,
      }
    );
    expect(result.outcome).toBe('passed');
    expect(result.steps).toBe(11);
    expect(seen).toEqual([]);
  });

  it('gives the same occurrences as rrule alone and leaves the rule usable afterwards', () => {
    for (const text of [
      'FREQ=HOURLY;INTERVAL=5;BYHOUR=9,14',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=20',
      'FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=3,6',
    ]) {
      const r = rule(text);
      const got: Date[] = [];
      iterateWithBudget(r, { steps: 100_000, ms: 10_000 }, (d) => (got.push(d), got.length < 20));
      expect(got).toEqual(rule(text).all((_, i) => i < 20));
      expect(r.all((_, i) => i < 20)).toEqual(got);
    }
  });
});
