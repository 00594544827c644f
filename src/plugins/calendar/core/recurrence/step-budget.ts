/**
 * Running an `rrule` iteration under a budget.
 *
 * rrule calls its iterator back only for candidates. A rule whose BY parts keep rejecting every
 * period (BYMONTH=2;BYMONTHDAY=30 under FREQ=DAILY) never calls back: rrule walks period after
 * period up to the year 9999 — measured at ~8 µs a period, over 20 s for a daily rule. To count
 * periods too, the iteration reads the rule's `interval` through a getter: rrule's loop reads it
 * exactly once at the start and then twice per period, first in its own "stop when interval is
 * 0" check, then when it advances to the next period. Answering 0 at that check ends the loop
 * cleanly with what was found so far. Answering 0 to the advance would not (an hourly advance by
 * 0 never ends), so only the check is ever answered 0. `step-budget.test.ts` pins this behaviour
 * of the installed rrule.
 */
import type { RRule } from 'rrule';

export interface StepBudget {
  /** Work units at most: each period rrule visits and each candidate it produces is one. */
  steps: number;
  /** Wall-clock milliseconds at most. */
  ms: number;
}

/**
 * How the iteration ended: the callback said stop (`done`) or rrule ran out of occurrences
 * (`done` as well), the periods left are all after `stopAfter` (`passed`), or a budget ran out.
 */
export type StepOutcome = 'done' | 'passed' | 'steps' | 'ms';

/** A lower bound of where the next period starts after `periods` periods, for `stopAfter`. */
export type PeriodBound = (periods: number) => number;

const now = () => performance.now();
const MS_CHECK_EVERY = 64;

/**
 * `rule.all(onCandidate)` under `budget`. `onCandidate` gets each candidate (floating time) and
 * returns false to stop. With `stopAfter` (ms) and `bound`, the iteration also ends once every
 * period left starts after `stopAfter` — so a rule with no candidate after a range costs the
 * range, not the distance to its next occurrence.
 */
export function iterateWithBudget(
  rule: RRule,
  budget: StepBudget,
  onCandidate: (floating: Date) => boolean,
  stopAfter?: { at: number; bound: PeriodBound }
): { outcome: StepOutcome; steps: number } {
  const options = (rule as unknown as { options: { interval: number } }).options;
  const interval = options.interval;
  const deadline = now() + budget.ms;
  let steps = 0;
  let periods = 0;
  let reads = 0;
  let outcome: StepOutcome = 'done';

  const spend = (): boolean => {
    steps += 1;
    if (steps >= budget.steps) outcome = 'steps';
    else if (steps % MS_CHECK_EVERY === 0 && now() > deadline) outcome = 'ms';
    return outcome === 'done';
  };

  Object.defineProperty(options, 'interval', {
    configurable: true,
    enumerable: true,
    get() {
      reads += 1;
      const isStopCheck = reads >= 2 && reads % 2 === 0;
      if (!isStopCheck) return interval;
      if (outcome !== 'done') return 0;
      periods += 1;
      if (!spend()) return 0;
      if (stopAfter && stopAfter.bound(periods) > stopAfter.at) {
        outcome = 'passed';
        return 0;
      }
      return interval;
    },
  });
  try {
    rule.all((date) => {
      if (!spend()) return false;
      return onCandidate(date);
    });
  } finally {
    Object.defineProperty(options, 'interval', { value: interval, writable: true, configurable: true, enumerable: true });
  }
  return { outcome, steps };
}
