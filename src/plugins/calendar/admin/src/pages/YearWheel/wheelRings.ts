/** What the year wheel draws, computed from the feed: theme arcs on rings, and marks per group. */
import { FUNNEL_STAGES } from '../../../../core/enums';
import { instantToLocal } from '../../../../core/time';
import { dayInFrame, type WheelFrame } from '../../../../core/wheel-frame';
import { bucketMarks, type Mark } from '../../../../core/wheel-geometry';
import { themeArcsInFrame, type ThemeArc as CoreThemeArc } from '../../../../core/wheel-layout';
import type { AdminOccurrence } from '../../api/occurrences';
import type { Reference, ThemeRef } from '../../api/types';

export type GroupBy = 'channel' | 'stage';

/** The key of occurrences on no channel: they get a ring of their own rather than vanishing. */
export const NO_CHANNEL = '-';

/** A theme on its ring; the share page's wheel computes the same (core/wheel-layout). */
export type ThemeArc = CoreThemeArc<ThemeRef>;

export interface MarkGroup {
  key: string;
  label: string;
  /** Undefined: the view's neutral colour. */
  color: string | undefined;
  marks: Mark<AdminOccurrence>[];
}

/** Themes seen in the wheel's frame, each on the innermost ring where it does not overlap another. */
export const themeArcs = (themes: readonly ThemeRef[], frame: WheelFrame): ThemeArc[] => themeArcsInFrame(themes, frame);

/**
 * One ring per channel (those with occurrences, then unknown ones) or per funnel stage (all four,
 * always), with the occurrences as marks by day of the frame in the planner's zone (those outside it left out).
 */
export function markGroups({
  occurrences,
  reference,
  groupBy,
  zone,
  frame,
  stageLabel,
  stageColor,
  noChannelLabel,
}: {
  occurrences: readonly AdminOccurrence[];
  reference: Reference | undefined;
  groupBy: GroupBy;
  zone: string;
  frame: WheelFrame;
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
    const day = dayInFrame(frame, instantToLocal(new Date(occurrence.start!), zone));
    if (day < 0 || day >= frame.days) continue;
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
