/**
 * Planning insight on occurrences (issue: quarterly grid and coverage). Pure: the server feeds it
 * occurrences already expanded in the planner's zone.
 *
 * - Scheduled weeks: for a month, the number of ISO weeks (Monday to Sunday) in which at least one
 *   occurrence falls on a day of that month. A week that straddles two months counts for each month
 *   that has an occurrence in it, so a weekly piece in a month with five of its weekdays counts 5.
 * - Coverage: counts per month × stage (and × goal, × persona), and the gaps — months where a stage
 *   has nothing, and personas with nothing in a stage for a whole quarter.
 */
import { CONTENT_GOALS, FUNNEL_STAGES, type ContentGoal, type FunnelStage } from '../enums';
import { instantToLocal } from '../time';
import { mondayOf } from '../calendar-grid';

export interface PlannedOccurrence {
  start: Date;
  funnelStage: string;
  contentGoal: string;
  channels: string[];
  personas: string[];
}

/** `YYYY-MM-DD` in `zone` of each occurrence. */
const localDate = (o: PlannedOccurrence, zone: string) => instantToLocal(o.start, zone).slice(0, 10);

/** The twelve `YYYY-MM` of `year`, written as local dates write the year. */
const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${String(year).padStart(4, '0')}-${String(i + 1).padStart(2, '0')}`);

/**
 * Where an occurrence on local `date` counts among `months` (`YYYY-MM`): the index of the month it
 * falls in and the Monday of its week; undefined when it falls in none. The one rule every
 * scheduled-weeks count applies to an occurrence.
 */
function weekIn(date: string, months: readonly string[]): { index: number; monday: string } | undefined {
  const index = months.findIndex((month) => date.startsWith(month));
  return index < 0 ? undefined : { index, monday: mondayOf(date) };
}

/** Distinct ISO weeks per month of `months`, in one pass (each occurrence's local date computed once). */
function weeksPerMonth(occurrences: PlannedOccurrence[], months: readonly string[], zone: string): number[] {
  const weeks = months.map(() => new Set<string>());
  for (const o of occurrences) {
    const hit = weekIn(localDate(o, zone), months);
    if (hit) weeks[hit.index].add(hit.monday);
  }
  return weeks.map((w) => w.size);
}

/** Distinct ISO weeks of `month` (YYYY-MM) with an occurrence on one of the month's own days. */
export function scheduledWeeks(occurrences: PlannedOccurrence[], month: string, zone: string): number {
  return weeksPerMonth(occurrences, [month], zone)[0];
}

/** `scheduledWeeks` for each month of `year` (index 0 is January), in one pass over the occurrences. */
export function scheduledWeeksByMonth(occurrences: PlannedOccurrence[], year: number, zone: string): number[] {
  return weeksPerMonth(occurrences, monthsOf(year), zone);
}

/**
 * `scheduledWeeksByMonth` per stage and channel, keyed `${funnelStage}|${channelSlug}`: an
 * occurrence with several channels counts for each. Only pairs with an occurrence in `year` have
 * a key (the others are twelve zeros). Each occurrence's local date is computed once.
 */
export function scheduledWeeksGrid(occurrences: PlannedOccurrence[], year: number, zone: string): Map<string, number[]> {
  const months = monthsOf(year);
  const weeks = new Map<string, Array<Set<string>>>();
  for (const o of occurrences) {
    const hit = weekIn(localDate(o, zone), months);
    if (!hit) continue;
    for (const channel of o.channels) {
      const key = `${o.funnelStage}|${channel}`;
      let perMonth = weeks.get(key);
      if (!perMonth) weeks.set(key, (perMonth = months.map(() => new Set<string>())));
      perMonth[hit.index].add(hit.monday);
    }
  }
  return new Map([...weeks].map(([key, perMonth]) => [key, perMonth.map((w) => w.size)]));
}

export interface CoverageCell {
  month: number; // 1–12
  stage: FunnelStage;
  count: number;
}

export interface Coverage {
  year: number;
  byMonthStage: CoverageCell[];
  byMonthGoal: Array<{ month: number; goal: ContentGoal; count: number }>;
  byQuarterPersonaStage: Array<{ quarter: number; persona: string; stage: FunnelStage; count: number }>;
  gaps: Array<
    | { kind: 'month-stage'; month: number; stage: FunnelStage }
    | { kind: 'persona-stage-quarter'; quarter: number; persona: string; stage: FunnelStage }
  >;
}

/** Counts and gaps for `year`; `personas` are all the plan's persona slugs (a persona with no content at all is a gap too). */
export function coverage(occurrences: PlannedOccurrence[], year: number, zone: string, personas: string[]): Coverage {
  const monthStage = new Map<string, number>();
  const monthGoal = new Map<string, number>();
  const quarterPersonaStage = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const o of occurrences) {
    const date = localDate(o, zone);
    if (!date.startsWith(String(year))) continue;
    const month = Number(date.slice(5, 7));
    const quarter = Math.ceil(month / 3);
    bump(monthStage, `${month}|${o.funnelStage}`);
    bump(monthGoal, `${month}|${o.contentGoal}`);
    for (const persona of o.personas) bump(quarterPersonaStage, `${quarter}|${persona}|${o.funnelStage}`);
  }
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const byMonthStage = months.flatMap((month) =>
    FUNNEL_STAGES.map((stage) => ({ month, stage, count: monthStage.get(`${month}|${stage}`) ?? 0 }))
  );
  const byMonthGoal = months.flatMap((month) =>
    CONTENT_GOALS.map((goal) => ({ month, goal, count: monthGoal.get(`${month}|${goal}`) ?? 0 }))
  );
  const byQuarterPersonaStage = [1, 2, 3, 4].flatMap((quarter) =>
    personas.flatMap((persona) =>
      FUNNEL_STAGES.map((stage) => ({ quarter, persona, stage, count: quarterPersonaStage.get(`${quarter}|${persona}|${stage}`) ?? 0 }))
    )
  );
  const gaps: Coverage['gaps'] = [
    ...byMonthStage.filter((c) => c.count === 0).map((c) => ({ kind: 'month-stage' as const, month: c.month, stage: c.stage })),
    ...byQuarterPersonaStage
      .filter((c) => c.count === 0)
      .map((c) => ({ kind: 'persona-stage-quarter' as const, quarter: c.quarter, persona: c.persona, stage: c.stage })),
  ];
  return { year, byMonthStage, byMonthGoal, byQuarterPersonaStage, gaps };
}
