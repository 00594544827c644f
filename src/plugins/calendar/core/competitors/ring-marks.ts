/**
 * Competitors on the year wheel: each observation becomes a mark on a ring, coloured per
 * competitor, so a planner sees when the competitors were busy next to their own themes. Pure:
 * the wheel takes the marks as they are.
 */

/** One mark on a wheel ring: a day, what the tooltip says, the competitor's colour. */
export interface RingMark {
  date: string;
  label: string;
  color: string;
}

/** Distinct colours that read on the wheel's white and dark themes; the order is the competitors' creation order. */
export const COMPETITOR_PALETTE = ['#D9822B', '#7B61FF', '#0C75AF', '#C0392B', '#2E8B57', '#B8860B', '#D02B94', '#4B5563'] as const;

/** A competitor's colour: stable while the competitor exists (by its place in creation order, not its name). */
export function competitorColors(competitors: ReadonlyArray<{ id: number }>): Map<number, string> {
  const ids = [...new Set(competitors.map((c) => c.id))].sort((a, b) => a - b);
  return new Map(ids.map((id, i) => [id, COMPETITOR_PALETTE[i % COMPETITOR_PALETTE.length]]));
}

/** A wheel shows at most this many marks; more would be a smear, and the loop stays bounded. */
export const MAX_RING_MARKS = 2000;
/** A tooltip line, not the whole note. */
export const RING_LABEL_MAX = 120;

export interface ObservationForRing {
  date: string;
  competitorId: number;
  action: string;
}

export interface CompetitorForRing {
  id: number;
  name: string;
  /** The colour the server gave; else the palette's by creation order. */
  color?: string;
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The ring's marks, by date (then competitor name): `Name: what they did`. Observations of a
 * competitor not in the list (deleted meanwhile) and dates outside `year`, when given, are left out.
 */
export function observationRingMarks(
  observations: ReadonlyArray<ObservationForRing>,
  competitors: ReadonlyArray<CompetitorForRing>,
  options: { year?: number; max?: number } = {}
): RingMark[] {
  const palette = competitorColors(competitors);
  const byId = new Map(competitors.map((c) => [c.id, { name: c.name, color: c.color ?? palette.get(c.id)! }]));
  const max = Math.min(options.max ?? MAX_RING_MARKS, MAX_RING_MARKS);
  const prefix = options.year === undefined ? null : `${options.year}-`;
  const marks: Array<RingMark & { name: string }> = [];
  for (const o of observations.slice(0, MAX_RING_MARKS * 4)) {
    const competitor = byId.get(o.competitorId);
    if (!competitor || (prefix && !o.date.startsWith(prefix))) continue;
    const label = shorten(`${competitor.name}: ${o.action.trim()}`, RING_LABEL_MAX);
    marks.push({ date: o.date, label, color: competitor.color, name: competitor.name });
  }
  marks.sort((a, b) => (a.date === b.date ? a.name.localeCompare(b.name, 'fi') : a.date < b.date ? -1 : 1));
  return marks.slice(0, max).map(({ date, label, color }) => ({ date, label, color }));
}

/** The plan names 2–5 competitors to follow: more is allowed, and the page says so. */
export const RECOMMENDED_COMPETITORS = { min: 2, max: 5 } as const;
export type CompetitorAdvice = 'tooFew' | 'tooMany' | null;

export function competitorAdvice(activeCount: number): CompetitorAdvice {
  if (activeCount < RECOMMENDED_COMPETITORS.min) return 'tooFew';
  if (activeCount > RECOMMENDED_COMPETITORS.max) return 'tooMany';
  return null;
}
