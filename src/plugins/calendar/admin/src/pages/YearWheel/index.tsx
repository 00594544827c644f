import { Box, Flex } from '@strapi/design-system';
import { useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { useTheme } from 'styled-components';
import { dayOfYear } from '../../../../core/wheel-geometry';
import { pieceEditPath } from '../../api/editorial';
import type { AdminOccurrence } from '../../api/occurrences';
import { ExpansionProblems } from '../../components/ExpansionProblems';
import { PlanCopyLink } from '../../components/PlanCopyLink';
import { FilterBar } from '../../components/FilterBar';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useCalendarData, type RangeOf } from '../../hooks/useCalendarData';
import { getTranslation } from '../../utils/getTranslation';
import { yearParam } from '../../utils/period';
import { exportPng, exportSvg } from './exportWheel';
import { WheelControls } from './WheelControls';
import { WheelLegend } from './WheelLegend';
import { WheelSvg } from './WheelSvg';
import { markGroups, themeArcs, type GroupBy } from './wheelRings';

const yearRange: RangeOf = (get, zone) => {
  const year = yearParam(get('year'), zone);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
};

/** The annual clock: themes on outer rings, occurrences as marks grouped by channel or stage. */
export const YearWheelPage = () => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { colors } = useTheme();
  const svgRef = useRef<SVGSVGElement>(null);
  const data = useCalendarData(yearRange);
  const year = yearParam(data.get('year'), data.zone);
  const groupBy: GroupBy = data.get('groupBy') === 'stage' ? 'stage' : 'channel';
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(`wheel.${id}`), defaultMessage: fallback });
  const occurrences = data.feed.data?.data;

  const arcs = useMemo(() => themeArcs(data.reference?.themes ?? [], year), [data.reference, year]);
  const stageColors: Record<string, string> = {
    reach: colors.secondary500,
    act: colors.success500,
    convert: colors.warning500,
    engage: colors.alternative500,
  };
  const groups = useMemo(
    () =>
      markGroups({
        occurrences: occurrences ?? [],
        reference: data.reference,
        groupBy,
        zone: data.zone,
        stageLabel: (s) => formatMessage({ id: getTranslation(`stage.${s}`), defaultMessage: s }),
        stageColor: (s) => stageColors[s],
        noChannelLabel: t('noChannel', 'No channel'),
      }),
    // Labels and colours follow the locale and theme, which do not change while the page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [occurrences, data.reference, groupBy, data.zone]
  );

  const name = `vuosikello-${year}`;
  const openMark = (items: AdminOccurrence[], day: number) => {
    if (items.length === 1) return navigate(pieceEditPath(items[0].documentId, items[0].locale));
    const month = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 7);
    const group = groupBy === 'stage' ? `&stage=${items[0].funnelStage}` : `&channel=${items[0].channels[0]}`;
    // The month keeps the wheel's language filter: the mark counted only those versions.
    const locale = data.filters.locale?.length ? `&locale=${encodeURIComponent(data.filters.locale.join(','))}` : '';
    navigate(`../month?month=${month}${group}${locale}`);
  };
  const byLabel = groupBy === 'stage' ? t('byStage', 'Rings by funnel stage') : t('byChannel', 'Rings by channel');

  return (
    <ViewPage view="wheel" loading={data.loading} error={data.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ExpansionProblems problems={data.feed.data?.meta.problems} />
        <Flex justifyContent="space-between" wrap="wrap" gap={2}>
          <RangeNav
            title={String(year)}
            onPrevious={() => data.set({ year: String(year - 1) })}
            onNext={() => data.set({ year: String(year + 1) })}
            onToday={() => data.set({ year: null })}
          />
          <PlanCopyLink year={year} />
          <WheelControls
            groupBy={groupBy}
            onGroupBy={(g) => data.set({ groupBy: g === 'stage' ? g : null })}
            onExportSvg={() => svgRef.current && exportSvg(svgRef.current, name)}
            onExportPng={() => svgRef.current && exportPng(svgRef.current, name, colors.neutral0)}
            labels={{
              groupBy: t('groupBy', 'Rings by'),
              byChannel: t('byChannel', 'Rings by channel'),
              byStage: t('byStage', 'Rings by funnel stage'),
            }}
          />
        </Flex>
        <FilterBar filters={data.filters} reference={data.reference} assignees={data.assignees} onChange={data.setFilter} />
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={2} style={{ flex: '1 1 600px', maxWidth: 860 }}>
            <WheelSvg
              ref={svgRef}
              year={year}
              arcs={arcs}
              groups={groups}
              total={occurrences?.length ?? 0}
              today={data.today.startsWith(String(year)) ? dayOfYear(data.today) : null}
              labels={{ title: t('title', 'Year wheel'), today: t('today', 'Today'), occurrences: t('occurrences', 'publications') }}
              onMark={openMark}
            />
          </Box>
          <WheelLegend
            arcs={arcs}
            groups={groups}
            labels={{ rings: t('rings', 'Rings, outside in'), themes: t('themes', 'Themes'), groups: byLabel }}
          />
        </Flex>
      </Flex>
    </ViewPage>
  );
};
