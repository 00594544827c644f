import type { AdminOccurrence } from '../api/occurrences';
import type { Reference } from '../api/types';

/** The colour the planner gave the occurrence's first channel, if any. */
export const channelColor = (reference: Reference | undefined, item: Pick<AdminOccurrence, 'channels'>) =>
  reference?.channels.find((c) => c.slug === item.channels[0])?.color ?? undefined;
