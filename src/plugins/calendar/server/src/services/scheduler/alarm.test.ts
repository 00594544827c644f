import { DUE_MARGIN_MS, MIN_DELAY_MS, schedulerAlarm } from './alarm';

const INTERVAL = 30_000;

/** An alarm whose passes are recorded with the fake clock's time; `due` answers the next due time. */
function setup(due: () => number | null = () => null) {
  const passes: number[] = [];
  const errors: unknown[] = [];
  let failNext = false;
  let busyPasses = 0;
  const alarm = schedulerAlarm({
    intervalMs: INTERVAL,
    pass: async () => {
      passes.push(Date.now());
      if (failNext) {
        failNext = false;
        throw new Error('database away');
      }
      return busyPasses-- > 0;
    },
    nextDueInMs: async () => due(),
    onError: (e) => errors.push(e),
  });
  return { alarm, passes, errors, failOnce: () => (failNext = true), busyFor: (n: number) => (busyPasses = n) };
}

describe('the scheduler alarm', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('runs the boot pass at once, then polls once per interval when nothing is due', async () => {
    const { alarm, passes } = setup();
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(passes).toEqual([1_000_000]);
    await jest.advanceTimersByTimeAsync(INTERVAL * 3);
    expect(passes).toEqual([1_000_000, 1_000_000 + INTERVAL, 1_000_000 + 2 * INTERVAL, 1_000_000 + 3 * INTERVAL]);
    await alarm.stop();
  });

  it('wakes at the next due time the database reports, not at the interval', async () => {
    let next: number | null = 1_200;
    const { alarm, passes } = setup(() => {
      const answer = next;
      next = null;
      return answer;
    });
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(alarm.armedInMs()).toBe(1_200 + DUE_MARGIN_MS);
    await jest.advanceTimersByTimeAsync(1_200 + DUE_MARGIN_MS);
    expect(passes).toEqual([1_000_000, 1_000_000 + 1_200 + DUE_MARGIN_MS]);
    await alarm.stop();
  });

  it('a hint of an earlier due time re-arms; a later one leaves the earlier wake', async () => {
    const { alarm, passes } = setup();
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    alarm.hint(2_000);
    alarm.hint(10_000);
    expect(alarm.armedInMs()).toBe(2_000 + DUE_MARGIN_MS);
    await jest.advanceTimersByTimeAsync(2_000 + DUE_MARGIN_MS);
    expect(passes).toHaveLength(2);
    // After that pass nothing is known: back to the interval (the 10 s hint was only a hint).
    expect(alarm.armedInMs()).toBe(INTERVAL);
    await alarm.stop();
  });

  it('a burst of hints for "now" makes one pass', async () => {
    const { alarm, passes } = setup();
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 100; i += 1) alarm.hint(-5_000);
    await jest.advanceTimersByTimeAsync(MIN_DELAY_MS + DUE_MARGIN_MS);
    expect(passes).toHaveLength(2);
    await alarm.stop();
  });

  it('a hint during a pass runs another pass right after it (the pass may have looked too early)', async () => {
    let release!: () => void;
    const passes: number[] = [];
    const alarm = schedulerAlarm({
      intervalMs: INTERVAL,
      pass: () => {
        passes.push(Date.now());
        return passes.length === 1 ? new Promise<boolean>((r) => (release = () => r(false))) : Promise.resolve(false);
      },
      nextDueInMs: async () => null,
      onError: () => {},
    });
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    alarm.hint(0);
    expect(alarm.armedInMs()).toBeNull();
    release();
    await jest.advanceTimersByTimeAsync(MIN_DELAY_MS + DUE_MARGIN_MS);
    expect(passes).toHaveLength(2);
    await alarm.stop();
  });

  it('a pass that published something is followed by another at once, until one finds nothing', async () => {
    const { alarm, passes, busyFor } = setup(() => 60_000);
    busyFor(2);
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync((MIN_DELAY_MS + DUE_MARGIN_MS) * 2);
    expect(passes).toEqual([1_000_000, 1_000_000 + MIN_DELAY_MS, 1_000_000 + 2 * MIN_DELAY_MS]);
    // The third found nothing: back to the interval, counted from that pass (2 × MIN_DELAY_MS in).
    expect(alarm.armedInMs()).toBe(INTERVAL - ((MIN_DELAY_MS + DUE_MARGIN_MS) * 2 - 2 * MIN_DELAY_MS));
    await alarm.stop();
  });

  it('stop() during a pass waits for it and asks the database nothing more', async () => {
    let release!: () => void;
    let asked = 0;
    const alarm = schedulerAlarm({
      intervalMs: INTERVAL,
      pass: () => new Promise<boolean>((r) => (release = () => r(false))),
      nextDueInMs: async () => {
        asked += 1;
        return 1_000;
      },
      onError: () => {},
    });
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = alarm.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(asked).toBe(0);
    expect(alarm.armedInMs()).toBeNull();
  });

  it('when the next-due query fails, the error is reported and the interval still holds', async () => {
    const errors: unknown[] = [];
    const alarm = schedulerAlarm({
      intervalMs: INTERVAL,
      pass: async () => false,
      nextDueInMs: async () => {
        throw new Error('connection lost');
      },
      onError: (e) => errors.push(e),
    });
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(errors.map((e) => (e as Error).message)).toEqual(['connection lost']);
    expect(alarm.armedInMs()).toBe(INTERVAL);
    await await alarm.stop();
  });

  it('a failed pass is reported and the alarm keeps its interval', async () => {
    const { alarm, passes, errors, failOnce } = setup(() => 1_000);
    failOnce();
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    expect(alarm.armedInMs()).toBe(INTERVAL);
    await jest.advanceTimersByTimeAsync(INTERVAL);
    expect(passes).toHaveLength(2);
    await alarm.stop();
  });

  it('stopped, it neither fires nor takes hints; junk hints are ignored', async () => {
    const { alarm, passes } = setup();
    alarm.start();
    await jest.advanceTimersByTimeAsync(0);
    alarm.hint(Number.NaN);
    expect(alarm.armedInMs()).toBe(INTERVAL);
    alarm.stop();
    alarm.hint(100);
    await jest.advanceTimersByTimeAsync(INTERVAL * 2);
    expect(passes).toHaveLength(1);
    expect(alarm.armedInMs()).toBeNull();
  });
});
