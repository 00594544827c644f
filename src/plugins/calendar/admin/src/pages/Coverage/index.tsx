import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { shortSpan } from '../../../../core/planning/quiet-seasons';
import { useTheme, type DefaultTheme } from 'styled-components';
import { NavLink } from 'react-router-dom';
import { CONTENT_GOALS, CONTENT_GOAL_LABELS, FUNNEL_STAGES, FUNNEL_STAGE_LABELS } from '../../../../core/enums';
import { useGetCoverageQuery, useGetReferenceQuery, type CoverageQuery, type Gap } from '../../api';
import { LanguageSelect } from '../../components/LanguageSelect';
import { ViewPage } from '../../components/ViewPage';
import { useLanguages } from '../../hooks/useLanguages';
import { useUrlParams } from '../../hooks/useUrlParams';
import { getTranslation } from '../../utils/getTranslation';
import { useMonthNames } from '../../utils/months';
import { yearParam } from '../../utils/period';
import { SingleFilter } from '../../components/SingleFilter';
import { YearNav } from '../../components/YearNav';

const pad = (n: number) => String(n).padStart(2, '0');

/** Heat: a light red for nothing (a gap), then deeper primary colour with more occurrences; strong cells get light text. */
const heat = (colors: DefaultTheme['colors'], count: number, max: number) => {
  const share = Math.min(1, count / Math.max(1, max));
  return {
    background: count === 0 ? colors.danger100 : `color-mix(in srgb, ${colors.primary600} ${Math.round(15 + 75 * share)}%, transparent)`,
    color: share > 0.5 ? colors.neutral0 : colors.neutral800,
  };
};

/** Where a gap is filled: the month view of that month, filtered to the stage (and persona) and language. */
const gapLink = (year: number, gap: Gap, locale: string | null) =>
  (gap.kind === 'month-stage'
    ? `../month?month=${year}-${pad(gap.month)}&stage=${gap.stage}`
    : `../month?month=${year}-${pad((gap.quarter - 1) * 3 + 1)}&stage=${gap.stage}&persona=${gap.persona}`) +
  // The gap is in this language's plan: the month shows the same language.
  (locale ? `&locale=${encodeURIComponent(locale)}` : '');

/** Coverage: occurrences per month × stage (and goal, persona) as a heatmap, with the gaps as links. */
export const CoveragePage = () => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, fallback: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage: fallback }, values);
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const { colors } = useTheme();
  const params = useUrlParams();
  const year = yearParam(params.get('year'), 'Europe/Helsinki');
  const persona = params.get('persona') ?? '';
  const channel = params.get('channel') ?? '';
  // Coverage is one language's plan (the server's default: the default locale's).
  const { defaultLocale, loaded: languagesLoaded } = useLanguages();
  const planLocale = params.get('locale');
  const coverage = useGetCoverageQuery({ year, ...(persona ? { persona } : {}), ...(channel ? { channel } : {}), ...(planLocale ? { locale: planLocale } : {}) } as CoverageQuery);
  const reference = useGetReferenceQuery();
  const data = coverage.data;
  // These filters keep the browser history: Back returns to the previous year or filter.
  const set = (key: string, value: string | null) => params.set({ [key]: value }, { replace: false });
  const monthNames = useMonthNames('short');
  const monthName = (month: number) => monthNames[month - 1];
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const max = Math.max(1, ...(data?.byMonthStage.map((c) => c.count) ?? [1]));
  const maxGoal = Math.max(1, ...(data?.byMonthGoal.map((c) => c.count) ?? [1]));
  const count = (month: number, stage: string) => data?.byMonthStage.find((c) => c.month === month && c.stage === stage)?.count ?? 0;
  const goalCount = (month: number, goal: string) => data?.byMonthGoal.find((c) => c.month === month && c.goal === goal)?.count ?? 0;
  const personaName = (slug: string) => data?.personas.find((p) => p.slug === slug)?.name ?? slug;
  const monthGaps = data?.gaps.filter((g) => g.kind === 'month-stage') ?? [];
  const personaGaps = data?.gaps.filter((g) => g.kind === 'persona-stage-quarter') ?? [];
  const stageName = (stage: string) => FUNNEL_STAGE_LABELS[stage as keyof typeof FUNNEL_STAGE_LABELS][lang];

  // The gap links name the language: the page waits for the settings that say which is the default.
  return (
    <ViewPage view="coverage" loading={coverage.isLoading || !languagesLoaded} error={coverage.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          <YearNav year={year} onChange={(y) => set('year', String(y))} />
          <SingleFilter name="persona" label={t('coverage.persona', 'Persona')} anyLabel={t('coverage.any', 'All')} value={persona} onChange={(v) => set('persona', v)}
            options={(data?.personas ?? []).map((p) => ({ value: p.slug, label: p.name }))} />
          <SingleFilter name="channel" label={t('coverage.channel', 'Channel')} anyLabel={t('coverage.any', 'All')} value={channel} onChange={(v) => set('channel', v)}
            options={(reference.data?.channels ?? []).map((c) => ({ value: c.slug, label: c.name }))} />
          <Box width="220px">
            <LanguageSelect value={planLocale ?? defaultLocale} onChange={(v) => set('locale', v === defaultLocale ? null : v)} />
          </Box>
        </Flex>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">{t('coverage.stages', 'Occurrences per month and funnel stage')}</Typography>
          <table style={{ borderCollapse: 'separate', borderSpacing: 3, marginTop: 8 }} data-testid="heatmap">
            <thead>
              <tr>
                <th />
                {months.map((m) => <th key={m} style={head}>{monthName(m)}</th>)}
              </tr>
            </thead>
            <tbody>
              {FUNNEL_STAGES.map((stage) => (
                <tr key={stage}>
                  <th style={{ ...head, textAlign: 'left' }}>{stageName(stage)}</th>
                  {months.map((m) => {
                    const n = count(m, stage);
                    const gap = monthGaps.find((g) => g.month === m && g.stage === stage);
                    return (
                      <td key={m} style={{ ...cell, ...heat(colors, n, max) }} data-cell={`${m}|${stage}`}>
                        {gap ? (
                          <Link tag={NavLink} to={gapLink(year, gap, planLocale ?? defaultLocale)} aria-label={t('coverage.fillGap', 'Fill the gap: {stage} in {month}', { stage: stageName(stage), month: monthName(m) })} data-gap={`${m}|${stage}`}>
                            0
                          </Link>
                        ) : (
                          n
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">{t('coverage.gaps', 'Gaps')}</Typography>
          {monthGaps.length === 0 && personaGaps.length === 0 && <Typography tag="p">{t('coverage.noGaps', 'Every stage has content every month.')}</Typography>}
          <ul style={{ margin: '8px 0 0', paddingLeft: 18 }} data-testid="gap-list">
            {monthGaps.map((gap) => (
              <li key={`${gap.month}-${gap.stage}`} style={{ marginBottom: 6 }}>
                <Link tag={NavLink} to={gapLink(year, gap, planLocale ?? defaultLocale)}>{t('coverage.monthGap', '{stage} has nothing in {month}', { stage: stageName(gap.stage), month: monthName(gap.month) })}</Link>
                {gap.suggestions.length > 0 && (
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {t('coverage.suggested', 'Suggested: {channels}', { channels: gap.suggestions.map((s) => `${s.name} (${s.reason[lang]})`).join('; ') })}
                  </Typography>
                )}
              </li>
            ))}
            {personaGaps.map((gap) => gap.kind === 'persona-stage-quarter' && (
              <li key={`${gap.quarter}-${gap.persona}-${gap.stage}`}>
                <Link tag={NavLink} to={gapLink(year, gap, planLocale ?? defaultLocale)}>
                  {t('coverage.personaGap', '{persona}: no {stage} content in Q{quarter}', { persona: personaName(gap.persona), stage: stageName(gap.stage), quarter: gap.quarter })}
                </Link>
              </li>
            ))}
          </ul>
        </Box>
        {(data?.quietSeasons.length ?? 0) > 0 && (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid="quiet-seasons">
            {data!.quietSeasons.map((q) => (
              <Typography key={`${q.slug}-${q.startDate}`} tag="p">
                {t('coverage.quietSeason', 'Quiet season: {span} ({name}) — a good time for development work', { span: shortSpan(q), name: q.name })}
              </Typography>
            ))}
          </Box>
        )}
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <Typography variant="delta" tag="h3">{t('coverage.goals', 'Occurrences per month and content goal (5S)')}</Typography>
          <table style={{ borderCollapse: 'separate', borderSpacing: 3, marginTop: 8 }}>
            <tbody>
              {CONTENT_GOALS.map((goal) => (
                <tr key={goal}>
                  <th style={{ ...head, textAlign: 'left' }}>{CONTENT_GOAL_LABELS[goal][lang]}</th>
                  {months.map((m) => {
                    const n = goalCount(m, goal);
                    return <td key={m} style={{ ...cell, ...heat(colors, n, maxGoal) }}>{n}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      </Flex>
    </ViewPage>
  );
};


const head = { fontSize: 12, padding: '2px 6px', fontWeight: 600 };
const cell = { width: 44, height: 32, textAlign: 'center' as const, borderRadius: 4, fontWeight: 600 };
