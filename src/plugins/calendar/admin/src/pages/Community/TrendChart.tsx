import { Box, Flex, Typography } from '@strapi/design-system';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import type { ReportWeek } from '../../api/community';
import { getTranslation } from '../../utils/getTranslation';

const HEIGHT = 200;
const TOP = 16;
const BOTTOM = 24;
const GROUP = 64;
const BAR = 20;
const LEGEND = { due: 'Due', done: 'Done', minutes: 'Minutes spent' };

/**
 * Weekly trend as plain SVG: per week a due bar and a done bar (left scale, occurrences), and the
 * minutes spent as a line (its own scale, the right one). Each week group has a <title> that
 * reads the numbers out, and the whole chart a summary, for screen readers and tooltips.
 */
export const TrendChart = ({ weeks }: { weeks: ReportWeek[] }) => {
  const { formatMessage, formatDate } = useIntl();
  const id = useId();
  const { colors } = useTheme();
  const COLORS = { due: colors.neutral300, done: colors.success600, minutes: colors.primary600 };
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`community.chart.${key}`), defaultMessage }, values);
  if (weeks.length === 0) return null;

  const width = weeks.length * GROUP + 48;
  const plot = HEIGHT - TOP - BOTTOM;
  const maxCount = Math.max(1, ...weeks.map((w) => Math.max(w.due, w.done)));
  const maxMinutes = Math.max(1, ...weeks.map((w) => w.minutesSpent));
  const y = (value: number, max: number) => TOP + plot - (value / max) * plot;
  const x = (index: number) => 24 + index * GROUP;
  const weekLabel = (week: string) => formatDate(`${week}T12:00:00Z`, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const describe = (w: ReportWeek) =>
    t('week', 'Week of {week}: {done} of {due} done, {minutes} minutes spent', {
      week: weekLabel(w.week),
      done: w.done,
      due: w.due,
      minutes: w.minutesSpent,
    });
  const line = weeks.map((w, i) => `${x(i) + BAR},${y(w.minutesSpent, maxMinutes)}`).join(' ');

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Box style={{ overflowX: 'auto' }}>
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          data-testid="trend-chart"
        >
          <title id={`${id}-title`}>{t('title', 'Done and due per week, and minutes spent')}</title>
          <desc id={`${id}-desc`}>{weeks.map(describe).join('. ')}</desc>
          <line x1={16} x2={width - 8} y1={TOP + plot} y2={TOP + plot} stroke={colors.neutral200} />
          <text x={4} y={TOP - 4} fontSize={10} fill={colors.neutral600}>
            {maxCount}
          </text>
          <text x={width - 4} y={TOP - 4} fontSize={10} fill={COLORS.minutes} textAnchor="end">
            {t('minutesMax', '{minutes} min', { minutes: maxMinutes })}
          </text>
          {weeks.map((w, i) => (
            <g key={w.week} data-week={w.week}>
              <title>{describe(w)}</title>
              <rect x={x(i)} y={y(w.due, maxCount)} width={BAR} height={TOP + plot - y(w.due, maxCount)} fill={COLORS.due} />
              <rect x={x(i) + BAR + 2} y={y(w.done, maxCount)} width={BAR} height={TOP + plot - y(w.done, maxCount)} fill={COLORS.done} />
              <text x={x(i) + BAR} y={HEIGHT - 8} fontSize={10} textAnchor="middle" fill={colors.neutral600}>
                {weekLabel(w.week)}
              </text>
            </g>
          ))}
          <polyline points={line} fill="none" stroke={COLORS.minutes} strokeWidth={2} aria-hidden="true" />
          {weeks.map((w, i) => (
            <circle key={w.week} cx={x(i) + BAR} cy={y(w.minutesSpent, maxMinutes)} r={3} fill={COLORS.minutes} aria-hidden="true" />
          ))}
        </svg>
      </Box>
      <Flex gap={4} aria-hidden="true">
        {(['due', 'done', 'minutes'] as const).map((key) => (
          <Flex key={key} gap={1} alignItems="center">
            <Box width="10px" height="10px" style={{ background: COLORS[key] }} />
            <Typography variant="pi">{t(`legend.${key}`, LEGEND[key])}</Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
