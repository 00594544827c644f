import { Box, Flex } from '@strapi/design-system';
import { useMemo, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import { useTheme } from 'styled-components';
import { dayInFrame, parseStartMonth, parseZoom, wheelFrame, wheelYearContaining, type WheelFrame } from '../../../../core/wheel-frame';
import { pieceEditPath } from '../../api/editorial';
import type { AdminOccurrence } from '../../api/occurrences';
import { ExpansionProblems } from '../../components/ExpansionProblems';
import { FeedLoader } from '../../components/FeedLoader';
import { PlanCopyLink } from '../../components/PlanCopyLink';
import { FilterBar } from '../../components/FilterBar';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useCalendarData, type RangeOf } from '../../hooks/useCalendarData';
import { useSeasons } from '../../hooks/useSeasons';
import { getTranslation } from '../../utils/getTranslation';
import { todayIn } from '../../utils/period';
import { exportPng, exportSvg } from './exportWheel';
import { BUDGET_USE_COLORS, type BudgetUseLevel } from '../../../../core/budget/budget-color';
import { availableRings, buildRings, EXTRA_RINGS, OFF_BY_DEFAULT } from './extraRings';
import { hiddenRings, isRingShown, parseRingVisibility, setRingShown } from './ringVisibility';
import { useRingData } from './useRingData';
import { WheelPrintStyle } from './printStyle';
import { WheelControls } from './WheelControls';
import { WheelLegend } from './WheelLegend';
import { WheelOptions } from './WheelOptions';
import { WheelSvg } from './WheelSvg';
import { markGroups, themeArcs, type GroupBy } from './wheelRings';

/** `year` in the URL, else the wheel year that contains today (with a July start, in March the one from last July). */
const wheelYearOf = (get: (key: string) => string | null, zone: string): number => {
  const param = get('year');
  return /^\d{4}$/.test(param ?? '') ? Number(param) : wheelYearContaining(todayIn(zone), parseStartMonth(get('start')));
};

/** The wheel's frame from the URL: `year`, `start` (month 1–12) and `zoom` (q1–q4, m1–m12). */
const frameOf = (get: (key: string) => string | null, zone: string): WheelFrame =>
  wheelFrame(wheelYearOf(get, zone), parseStartMonth(get('start')), parseZoom(get('zoom')));

const frameRange: RangeOf = (get, zone) => {
  const frame = frameOf(get, zone);
  return { from: frame.start, to: frame.end };
};

const EXTRA_RING_IDS = EXTRA_RINGS.map((spec) => spec.id);
const BUDGET_LEVELS: BudgetUseLevel[] = ['under', 'near', 'over', 'none'];

/** The annual clock: themes on outer rings, holidays and other extra rings, occurrences as marks by channel or stage. */
export const YearWheelPage = () => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { colors } = useTheme();
  const svgRef = useRef<SVGSVGElement>(null);
  const data = useCalendarData(frameRange, { days: false });
  const year = wheelYearOf(data.get, data.zone);
  const startMonth = parseStartMonth(data.get('start'));
  const zoomText = data.get('zoom');
  const zoom = useMemo(() => parseZoom(zoomText), [zoomText]);
  const frame = useMemo(() => wheelFrame(year, startMonth, zoom), [year, startMonth, zoom]);
  const hideText = data.get('hide') ?? '';
  const showText = data.get('show') ?? '';
  const visibility = useMemo(() => parseRingVisibility(hideText, showText), [hideText, showText]);
  const hidden = useMemo(() => hiddenRings(visibility, ['themes', 'marks', ...EXTRA_RING_IDS], OFF_BY_DEFAULT), [visibility]);
  const groupBy: GroupBy = data.get('groupBy') === 'stage' ? 'stage' : 'channel';
  const t = (id: string, fallback: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`wheel.${id}`), defaultMessage: fallback }, values);
  const occurrences = data.feed.data?.data;
  const seasons = useSeasons(frame.start, frame.end);

  const arcs = useMemo(() => (hidden.has('themes') ? [] : themeArcs(data.reference?.themes ?? [], frame)), [data.reference, frame, hidden]);
  const stageColors: Record<string, string> = {
    reach: colors.secondary500,
    act: colors.success500,
    convert: colors.warning500,
    engage: colors.alternative500,
  };
  const groups = useMemo(
    () =>
      hidden.has('marks')
        ? []
        : markGroups({
            occurrences: occurrences ?? [],
            reference: data.reference,
            groupBy,
            zone: data.zone,
            frame,
            stageLabel: (s) => formatMessage({ id: getTranslation(`stage.${s}`), defaultMessage: s }),
            stageColor: (s) => stageColors[s],
            noChannelLabel: t('noChannel', 'No channel'),
          }),
    // Labels and colours follow the locale and theme, which do not change while the page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [occurrences, data.reference, groupBy, data.zone, frame, hidden]
  );
  const ringLabel = (spec: { labelId: string; defaultLabel: string }) =>
    formatMessage({ id: getTranslation(spec.labelId), defaultMessage: spec.defaultLabel });
  const ringData = useRingData(frame, data.reference?.themes ?? [], isRingShown(visibility, 'competitors', OFF_BY_DEFAULT));
  const ringInput = {
    seasonDays: seasons.days,
    colors: { holiday: colors.danger600, flag: colors.primary600, commercial: colors.warning600 },
    budget: ringData.budget,
    competitors: ringData.competitors,
  };
  const rings = buildRings(ringInput, hidden, ringLabel);
  const toggles = [
    { id: 'themes', label: t('ring.themes', 'Themes') },
    { id: 'marks', label: t('ring.marks', 'Publications') },
    ...availableRings(ringInput).map((spec) => ({ id: spec.id, label: ringLabel(spec) })),
  ].map((r) => ({ ...r, shown: !hidden.has(r.id) }));
  const setRing = (id: string, shown: boolean) => data.set(setRingShown(visibility, id, shown, OFF_BY_DEFAULT));
  const ringKeys = {
    budget: BUDGET_LEVELS.map((level) => ({ color: BUDGET_USE_COLORS[level], label: ringData.levelLabel(level) })),
  };

  const name = `vuosikello-${frame.start}`;
  const openMark = (items: AdminOccurrence[], day: number) => {
    if (items.length === 1) return navigate(pieceEditPath(items[0].documentId, items[0].locale));
    const [y, m, d] = frame.start.split('-').map(Number);
    const month = new Date(Date.UTC(y, m - 1, d + day)).toISOString().slice(0, 7);
    const group = groupBy === 'stage' ? `&stage=${items[0].funnelStage}` : `&channel=${items[0].channels[0]}`;
    // The month keeps the wheel's language filter: the mark counted only those versions.
    const locale = data.filters.locale?.length ? `&locale=${encodeURIComponent(data.filters.locale.join(','))}` : '';
    navigate(`../month?month=${month}${group}${locale}`);
  };
  const byLabel = groupBy === 'stage' ? t('byStage', 'Rings by funnel stage') : t('byChannel', 'Rings by channel');
  // A school or fiscal year spans two calendar years: 2026–2027.
  const centre = startMonth === 1 ? String(year) : `${year}–${year + 1}`;
  const todayDay = data.today >= frame.start && data.today <= frame.end ? dayInFrame(frame, data.today) : null;

  return (
    <ViewPage view="wheel" loading={data.frameLoading} error={data.error}>
      <WheelPrintStyle />
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ExpansionProblems problems={data.feed.data?.meta.problems} />
        {data.feedLoading && <FeedLoader />}
        <Flex justifyContent="space-between" wrap="wrap" gap={2} className="wheel-no-print">
          <RangeNav
            title={centre}
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
        <WheelOptions
          startMonth={startMonth}
          zoom={zoom}
          rings={toggles}
          onStartMonth={(m) => data.set({ start: m === 1 ? null : String(m) })}
          onZoom={(z) => data.set({ zoom: z })}
          onRing={setRing}
          onPrint={() => window.print()}
          t={t}
        />
        <Box className="wheel-no-print">
          <FilterBar filters={data.filters} reference={data.reference} assignees={data.assignees} onChange={data.setFilter} />
        </Box>
        <Flex gap={4} alignItems="flex-start" wrap="wrap" data-print-area>
          <Box
            className="wheel-print-dial"
            background="neutral0"
            hasRadius
            shadow="tableShadow"
            padding={2}
            style={{ flex: '1 1 600px', maxWidth: 860 }}
          >
            <WheelSvg
              ref={svgRef}
              frame={frame}
              centre={centre}
              arcs={arcs}
              groups={groups}
              rings={rings}
              total={occurrences?.length}
              today={todayDay}
              labels={{
                title: t('title', 'Year wheel'),
                today: t('today', 'Today'),
                occurrences: t('occurrences', 'publications'),
                quiet: t('quietSeason', 'quiet season'),
              }}
              onMark={openMark}
            />
          </Box>
          <WheelLegend
            arcs={arcs}
            rings={rings}
            ringKeys={ringKeys}
            groups={groups}
            labels={{
              rings: t('rings', 'Rings, outside in'),
              themes: t('themes', 'Themes'),
              groups: byLabel,
              quiet: t('quietSeason', 'quiet season'),
            }}
          />
        </Flex>
      </Flex>
    </ViewPage>
  );
};
