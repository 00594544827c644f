/**
 * The live ICS feed of published pieces: one VEVENT per piece, recurring ones with their RRULE
 * and EXDATEs, a stable UID per language version (`<documentId>@<host>` in the default language, `<documentId>.<locale>@<host>` in the others) and a SEQUENCE that grows with every change.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_GOAL_LABELS, FUNNEL_STAGE_LABELS, type ContentGoal, type FunnelStage } from '../../../core/enums';
import { writeCalendar, type IcsEvent } from '../../../core/ics/calendar';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { unusableRule } from '../../../core/recurrence/expand';
import { getConfig, getService } from '../utils';

// SEQUENCE counts seconds since this epoch at the last change: it only ever grows.
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // A piece whose stored rule cannot be expanded is left out of the calendar, and logged once.
  const reported = new Set<string>();
  const usable = (
    row: {
      documentId: string;
      title: string;
      publishAt: Date | null;
      timeZone: string | null;
      recurrence: string | null;
    },
    zone: string
  ) => {
    if (!row.recurrence?.trim()) return true;
    const problem = unusableRule({
      publishAt: new Date(row.publishAt!),
      timeZone: zone,
      recurrence: row.recurrence,
    });
    if (!problem) return true;
    const key = [row.documentId, String(row.publishAt), zone, row.recurrence].join('|');
    if (!reported.has(key)) {
      if (reported.size >= 10_000) reported.clear();
      reported.add(key);
      strapi.log.warn(`[calendar] piece ${row.documentId} ("${row.title}") left out of the ICS feed: ${problem}`);
    }
    return false;
  };

  return {
    async build(options: { name: string; filters: OccurrenceFilters; host: string; range?: { from: Date; to: Date } }) {
      const defaultZone = getConfig(strapi, 'defaultTimeZone');
      const languages = getService(strapi, 'languages');
      const [locales, defaultLocale] = await Promise.all([languages.resolve(options.filters.locale), languages.defaultLocale()]);
      const rows = (
        await getService(strapi, 'piece-repository').find({
          audience: 'public',
          filters: options.filters,
          range: options.range,
          locales,
        })
      ).filter((row) => usable(row, row.timeZone || defaultZone));
      const durationMinutes = getConfig(strapi, 'feedEventMinutes');
      const events: IcsEvent[] = rows.map((row) => {
        const stage = FUNNEL_STAGE_LABELS[row.funnelStage as FunnelStage];
        const goal = CONTENT_GOAL_LABELS[row.contentGoal as ContentGoal];
        const updated = new Date(row.updatedAt);
        const description = [
          row.summary,
          `${stage ? `${stage.en} (${stage.fi})` : row.funnelStage} · ${goal ? `${goal.en} (${goal.fi})` : row.contentGoal}`,
          row.channels.length ? `Channels: ${row.channels.map((c) => c.slug).join(', ')}` : null,
        ]
          .filter(Boolean)
          .join('\n');
        return {
          // One event per language version, stable for the version's life; the default language keeps
          // the UID events had before pieces had languages, so subscribers see no change.
          uid: row.locale === defaultLocale ? `${row.documentId}@${options.host}` : `${row.documentId}.${row.locale}@${options.host}`,
          sequence: Math.max(0, Math.floor((updated.getTime() - SEQUENCE_EPOCH) / 1000)),
          start: new Date(row.publishAt!),
          timeZone: row.timeZone || defaultZone,
          durationMinutes,
          summary: locales && locales.length === 1 ? row.title : `${row.title} (${row.locale})`,
          description,
          categories: [row.funnelStage, row.contentGoal, ...row.channels.map((c) => c.slug)],
          rrule: row.recurrence?.trim() || null,
          exdates: row.recurrenceExceptions ?? [],
          lastModified: updated,
        };
      });
      return writeCalendar({
        name: `Vuosikello – ${options.name}`,
        refreshMinutes: getConfig(strapi, 'feedRefreshMinutes'),
        events,
        generatedAt: new Date(),
      });
    },
  };
};
