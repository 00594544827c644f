/** What the year wheel draws, computed from the feed: theme arcs on rings, and marks per group. */
import { FUNNEL_STAGES } from '../../../../core/enums';
import { instantToLocal } from '../../../../core/time';
import { assignRings, bucketMarks, clipToYear, dayOfYear, spanInYear, type Mark } from '../../../../core/wheel-geometry';
import type { AdminOccurrence } from '../../api/occurrences';
import type { Reference, ThemeRef } from '../../api/types';

export type GroupBy = 'channel' | 'stage';

/** The key of occurrences on no channel: they get a ring of their own rather than vanishing. */
export const NO_CHANNEL = '-';

export interface ThemeArc {
  theme: ThemeRef;
  /** Days of the year, 0-based, inclusive. */
  range: [number, number];
  ring: number;
}

export interface MarkGroup {
  key: string;
  label: string;
  /** Undefined: the view's neutral colour. */
  color: string | undefined;
  marks: Mark<AdminOccurrence>[];
}

/** Themes seen in `year`, each on the innermost ring where it does not overlap another. */
export function themeArcs(themes: readonly ThemeRef[], year: number): ThemeArc[] {
  const spans = themes
    .map((theme) => ({
      theme,
      range: clipToYear(spanInYear({ start: theme.startDate, end: theme.endDate, repeatsYearly: theme.repeatsYearly }, year), year),
    }))
    .filter((s): s is { theme: ThemeRef; range: [number, number] } => s.range !== null);
  const rings = assignRings(spans.map((s) => ({ id: s.theme.slug, from: s.range[0], to: s.range[1] })));
  return spans.map((s) => ({ ...s, ring: rings.get(s.theme.slug) ?? 0 }));
}

/**
 * One ring per channel (those with occurrences, then unknown ones) or per funnel stage (all four,
 * always), with the occurrences as marks by day of the year in the planner's zone.
 */
export function markGroups({
  occurrences,
  reference,
  groupBy,
  zone,
  stageLabel,
  stageColor,
  noChannelLabel,
}: {
  occurrences: readonly AdminOccurrence[];
  reference: Reference | undefined;
  groupBy: GroupBy;
  zone: string;
  stageLabel: (stage: string) => string;
  stageColor: (stage: string) => string;
  noChannelLabel: string;
}): MarkGroup[] {
  const keys =
    groupBy === 'stage'
      ? FUNNEL_STAGES.map((s) => ({ key: s as string, label: stageLabel(s), color: stageColor(s) as string | undefined }))
      : (reference?.channels ?? []).map((c) => ({ key: c.slug, label: c.name, color: c.color ?? undefined }));
  const items = new Map<string, Array<{ day: number; item: AdminOccurrence }>>(keys.map((k) => [k.key, []]));
  for (const occurrence of occurrences) {
    const day = dayOfYear(instantToLocal(new Date(occurrence.start!), zone));
    const key = groupBy === 'stage' ? occurrence.funnelStage : (occurrence.channels[0] ?? NO_CHANNEL);
    if (!items.has(key)) items.set(key, []);
    items.get(key)!.push({ day, item: occurrence });
  }
  const extra = [...items.keys()].filter((key) => !keys.some((k) => k.key === key));
  const all = [...keys, ...extra.map((key) => ({ key, label: key === NO_CHANNEL ? noChannelLabel : key, color: undefined }))];
  return all
    .filter((k) => (items.get(k.key) ?? []).length > 0 || groupBy === 'stage')
    .map((k) => ({ ...k, marks: bucketMarks(items.get(k.key) ?? []) }));
}
