/**
 * When this instance runs its next scheduler pass: at the next due time the database knows of,
 * earlier when a write says something falls due sooner, and never later than the interval (the
 * poll that catches whatever no one announced). Only relative delays are used — "due in 1.2 s
 * by the database's clock" — so an instance whose own clock is off still wakes on time, and
 * whether a piece is due is still decided by the database in the pass itself.
 */

/** Passes closer together than this are one pass: a burst of writes arms one timer. */
export const MIN_DELAY_MS = 25;
/** After the due time: the database compares `publishAt <= now`, so wake just after, not just before. */
export const DUE_MARGIN_MS = 5;

export interface AlarmParts {
  /**
   * One scheduler pass (the first one is the boot pass). True when it published or failed
   * something: more may have fallen due while it ran, so another pass follows at once.
   */
  pass(first: boolean): Promise<boolean>;
  /** Milliseconds until the next known due time by the database's clock, or null when none is known. */
  nextDueInMs(): Promise<number | null>;
  intervalMs: number;
  onError(error: unknown): void;
}

export function schedulerAlarm({ pass, nextDueInMs, intervalMs, onError }: AlarmParts) {
  let timer: NodeJS.Timeout | undefined;
  /** Monotonic time the armed timer fires at (a wall-clock step must not move it). */
  let armedAt = Infinity;
  let busy = false;
  let first = true;
  let stopped = true;
  /** A hint that came during a pass: the pass may have looked before the write committed. */
  let hintedAt = Infinity;
  /** The wake in progress, so stop() can wait for it. */
  let inFlight: Promise<void> | undefined;
  const now = () => performance.now();

  const arm = (at: number) => {
    if (stopped || busy) return;
    if (timer && at >= armedAt) return;
    if (timer) clearTimeout(timer);
    armedAt = at;
    timer = setTimeout(
      () => {
        inFlight = fire().finally(() => (inFlight = undefined));
      },
      Math.max(0, at - now())
    );
    timer.unref();
  };

  async function fire() {
    timer = undefined;
    armedAt = Infinity;
    busy = true;
    let next = now() + intervalMs;
    try {
      const busyPass = await pass(first);
      first = false;
      const due = busyPass || stopped ? 0 : await nextDueInMs();
      if (due !== null) next = Math.min(next, now() + Math.max(MIN_DELAY_MS, due + DUE_MARGIN_MS));
    } catch (error) {
      onError(error);
    } finally {
      busy = false;
    }
    if (hintedAt < Infinity) next = Math.min(next, Math.max(hintedAt, now() + MIN_DELAY_MS));
    hintedAt = Infinity;
    arm(next);
  }

  return {
    /** Starts with a pass now (the boot pass). */
    start() {
      stopped = false;
      arm(now());
    },

    /** Something falls due in `ms` (≤ 0: now), as a write announced it. */
    hint(ms: number) {
      if (stopped || !Number.isFinite(ms)) return;
      const at = now() + Math.max(MIN_DELAY_MS, ms + DUE_MARGIN_MS);
      if (busy) hintedAt = Math.min(hintedAt, at);
      else arm(at);
    },

    /** Stops, waiting for a pass in progress (and its bookkeeping) to end. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      armedAt = Infinity;
      await inFlight;
    },

    /** Tests: ms until the armed wake (null: none armed, e.g. during a pass). */
    armedInMs: () => (timer ? Math.max(0, armedAt - now()) : null),
  };
}

export type SchedulerAlarm = ReturnType<typeof schedulerAlarm>;
