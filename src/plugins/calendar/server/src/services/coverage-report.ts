/**
 * Coverage of the plan: content per month × stage, goal and persona, the gaps (the stages with no
 * content), and for each gap the channels the tactics matrix suggests. The counting is the core's.
 */
import type { Core } from '@strapi/strapi';
import type { CoverageFilters, CoverageReport, Suggestion } from '../../../core/contracts/coverage';
import { FUNNEL_STAGES, type FunnelStage } from '../../../core/enums';
import { coverage, type PlannedOccurrence } from '../../../core/planning/coverage';
import { suggestChannels } from '../../../core/planning/channel-suggestions';
import { quietSeasonsIn } from '../../../core/planning/quiet-seasons';
import { CONTENT_TYPES } from '../constants';
import { getService } from '../utils';
import { planYear } from './plan-year';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { zone, yearRange, channels } = planYear(strapi);

  return {
    /** `planned`: the year's occurrences when the caller has them already (the export). */
    async coverage(year: number, filters: CoverageFilters, planned?: PlannedOccurrence[]): Promise<CoverageReport> {
      const repositoryFilters = {
        ...(filters.persona ? { persona: [filters.persona] } : {}),
        ...(filters.channel ? { channel: [filters.channel] } : {}),
        ...(filters.locale ? { locale: [filters.locale] } : {}),
      };
      await getService(strapi, 'piece-repository').assertSlugsExist(repositoryFilters);
      const locale = await getService(strapi, 'languages').defaultLocale();
      const [occurrences, personas, allChannels, quietThemes] = await Promise.all([
        planned ?? getService(strapi, 'occurrences').planned(yearRange(year), repositoryFilters),
        strapi.db.query(CONTENT_TYPES.persona).findMany({ select: ['slug', 'name'], orderBy: [{ name: 'asc' }] }) as Promise<
          Array<{ slug: string; name: string }>
        >,
        channels(),
        strapi.db.query(CONTENT_TYPES.theme).findMany({
          where: { locale, quietSeason: true },
          select: ['slug', 'name', 'startDate', 'endDate', 'repeatsYearly', 'quietSeason'],
        }) as Promise<
          Array<{ slug: string; name: string; startDate: string; endDate: string; repeatsYearly: boolean; quietSeason: boolean }>
        >,
      ]);
      const personaSlugs = filters.persona ? [filters.persona] : personas.map((p) => p.slug);
      const result = coverage(occurrences, year, zone(), personaSlugs);
      const active = allChannels.filter((c) => c.active !== false);
      const suggestionsByStage = Object.fromEntries(
        FUNNEL_STAGES.map((stage) => [
          stage,
          suggestChannels(stage, active).map((s): Suggestion => ({
            channel: s.channel.slug,
            name: s.channel.name,
            tactic: s.tactic.key,
            reason: s.reason,
          })),
        ])
      ) as Record<FunnelStage, Suggestion[]>;
      return {
        ...result,
        timeZone: zone(),
        filters,
        personas: personas.map((p) => ({ slug: p.slug, name: p.name })),
        gaps: result.gaps.map((gap) => ({ ...gap, suggestions: suggestionsByStage[gap.stage] })),
        quietSeasons: quietSeasonsIn(
          quietThemes.map((t) => ({
            ...t,
            startDate: String(t.startDate),
            endDate: String(t.endDate),
            repeatsYearly: Boolean(t.repeatsYearly),
            quietSeason: true,
          })),
          year
        ),
      };
    },
  };
};
