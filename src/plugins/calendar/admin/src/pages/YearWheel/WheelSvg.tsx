import { forwardRef } from 'react';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { angleOfDay, annularSector, polar } from '../../../../core/wheel-geometry';
import type { AdminOccurrence } from '../../api/occurrences';
import { C, MARKS_INNER, MARKS_OUTER, SIZE, THEME_OUTER, THEME_RING, ringRadius } from './geometry';
import { WheelScale } from './WheelScale';
import type { MarkGroup, ThemeArc } from './wheelRings';

const day = (date: string, formatDate: ReturnType<typeof useIntl>['formatDate']) =>
  formatDate(`${date}T12:00:00Z`, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });

/** The annual clock as SVG (also what is exported): theme arcs outside, one ring of marks per group, today's hand. */
export const WheelSvg = forwardRef<
  SVGSVGElement,
  {
    year: number;
    arcs: ThemeArc[];
    groups: MarkGroup[];
    total: number;
    /** Day of the year of today, when today is in `year`. */
    today: number | null;
    labels: { title: string; today: string; occurrences: string };
    onMark: (items: AdminOccurrence[], day: number) => void;
  }
>(function WheelSvg({ year, arcs, groups, total, today, labels, onMark }, ref) {
  const { formatDate } = useIntl();
  const { colors } = useTheme();
  const ringWidth = groups.length ? (MARKS_OUTER - MARKS_INNER) / groups.length : 0;
  const hand = today === null ? null : polar(C, C, THEME_OUTER + 8, angleOfDay(today + 0.5, year));
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={`${labels.title} ${year}`}
      data-testid="year-wheel"
      data-occurrences={total}
      style={{ width: '100%', height: 'auto', fontFamily: 'sans-serif' }}
    >
      <WheelScale year={year} rings={groups.length} ringWidth={ringWidth} />
      {arcs.map(({ theme, range, ring }) => (
        <path
          key={theme.slug}
          d={annularSector(
            C,
            C,
            THEME_OUTER - (ring + 1) * THEME_RING,
            THEME_OUTER - ring * THEME_RING - 2,
            angleOfDay(range[0], year),
            angleOfDay(range[1] + 1, year)
          )}
          fill={theme.color ?? colors.primary500}
          opacity={0.85}
          data-theme={theme.slug}
        >
          <title>{`${theme.name}: ${day(theme.startDate, formatDate)}–${day(theme.endDate, formatDate)}`}</title>
        </path>
      ))}
      {groups.map((g, i) =>
        g.marks.map((mark) => {
          const p = polar(C, C, ringRadius(i, ringWidth), angleOfDay(mark.day + mark.days / 2, year));
          const size = Math.min(ringWidth / 2 - 1, 3 + Math.sqrt(mark.items.length) * 1.6);
          const titles = mark.items
            .slice(0, 8)
            .map((o) => `${formatDate(o.start!, { day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' })} ${o.title}`);
          return (
            <circle
              key={`${g.key}-${mark.day}`}
              cx={p.x}
              cy={p.y}
              r={size}
              fill={g.color ?? colors.neutral400}
              stroke={colors.neutral0}
              strokeWidth={1}
              style={{ cursor: 'pointer' }}
              data-mark={g.key}
              onClick={() => onMark(mark.items, mark.day)}
            >
              <title>{`${g.label} · ${mark.items.length}\n${titles.join('\n')}${mark.items.length > 8 ? '\n…' : ''}`}</title>
            </circle>
          );
        })
      )}
      {hand && (
        <line x1={C} y1={C} x2={hand.x} y2={hand.y} stroke={colors.danger600} strokeWidth={3} data-testid="today-hand">
          <title>{labels.today}</title>
        </line>
      )}
      <circle cx={C} cy={C} r={MARKS_INNER - 60} fill={colors.neutral0} stroke={colors.neutral150} />
      <text x={C} y={C - 8} textAnchor="middle" fontSize="44" fontWeight="bold" fill={colors.neutral800}>
        {year}
      </text>
      <text x={C} y={C + 28} textAnchor="middle" fontSize="16" fill={colors.neutral600}>
        {`${total} ${labels.occurrences}`}
      </text>
    </svg>
  );
});
