import { forwardRef } from 'react';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { angleInFrame, type WheelFrame } from '../../../../core/wheel-frame';
import { annularSector, polar } from '../../../../core/wheel-geometry';
import { ringBands, type WheelRing } from '../../../../core/wheel-rings';
import type { AdminOccurrence } from '../../api/occurrences';
import { ExtraRings, HATCH_ID, HatchPattern } from './ExtraRings';
import { C, MARKS_INNER, SIZE, THEME_OUTER, THEME_RING } from './geometry';
import { WheelScale } from './WheelScale';
import type { MarkGroup, ThemeArc } from './wheelRings';

const day = (date: string, formatDate: ReturnType<typeof useIntl>['formatDate']) =>
  formatDate(`${date}T12:00:00Z`, { day: 'numeric', month: 'numeric', timeZone: 'UTC' });

/**
 * The annual clock as SVG (also what is exported and printed): theme arcs outside (quiet seasons
 * striped), the extra rings (holidays…), one ring of marks per group, today's hand.
 */
export const WheelSvg = forwardRef<
  SVGSVGElement,
  {
    frame: WheelFrame;
    /** What the centre says: the year, or the fiscal year's span. */
    centre: string;
    arcs: ThemeArc[];
    groups: MarkGroup[];
    rings: WheelRing[];
    /** None while the feed is on its way. */
    total: number | undefined;
    /** Day of the frame of today, when today is in it. */
    today: number | null;
    labels: { title: string; today: string; occurrences: string; quiet: string };
    onMark: (items: AdminOccurrence[], day: number) => void;
  }
>(function WheelSvg({ frame, centre, arcs, groups, rings, total, today, labels, onMark }, ref) {
  const { formatDate } = useIntl();
  const { colors } = useTheme();
  const angle = (d: number) => angleInFrame(frame, d);
  const bands = ringBands(rings.length);
  const ringWidth = groups.length ? (bands.marksOuter - MARKS_INNER) / groups.length : 0;
  const radius = (i: number) => bands.marksOuter - i * ringWidth - ringWidth / 2;
  const tracks = [
    ...bands.extra.map((b) => ({ radius: (b.inner + b.outer) / 2, width: b.outer - b.inner + 2 })),
    ...groups.map((_, i) => ({ radius: radius(i), width: ringWidth })),
  ];
  const hand = today === null ? null : polar(C, C, THEME_OUTER + 8, angle(today + 0.5));
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={`${labels.title} ${centre}`}
      data-testid="year-wheel"
      data-occurrences={total}
      data-start={frame.start}
      data-end={frame.end}
      data-zoom={frame.zoom}
      style={{ width: '100%', height: 'auto', fontFamily: 'sans-serif' }}
    >
      <HatchPattern />
      <WheelScale frame={frame} tracks={tracks} />
      {arcs.map(({ theme, range, ring }) => {
        const d = annularSector(
          C,
          C,
          THEME_OUTER - (ring + 1) * THEME_RING,
          THEME_OUTER - ring * THEME_RING - 2,
          angle(range[0]),
          angle(range[1] + 1)
        );
        const title = `${theme.name}: ${day(theme.startDate, formatDate)}–${day(theme.endDate, formatDate)}${theme.quietSeason ? ` (${labels.quiet})` : ''}`;
        return (
          <g key={`${theme.slug}-${range[0]}`} data-theme={theme.slug} data-quiet={theme.quietSeason ? 'true' : undefined}>
            <path d={d} fill={theme.color ?? colors.primary500} opacity={theme.quietSeason ? 0.5 : 0.85}>
              <title>{title}</title>
            </path>
            {theme.quietSeason && <path d={d} fill={`url(#${HATCH_ID})`} pointerEvents="none" data-quiet-hatch />}
          </g>
        );
      })}
      <ExtraRings rings={rings} bands={bands.extra} frame={frame} />
      {groups.map((g, i) =>
        g.marks.map((mark) => {
          const p = polar(C, C, radius(i), angle(mark.day + mark.days / 2));
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
      <text x={C} y={C - 8} textAnchor="middle" fontSize={centre.length > 6 ? 30 : 44} fontWeight="bold" fill={colors.neutral800}>
        {centre}
      </text>
      <text x={C} y={C + 28} textAnchor="middle" fontSize="16" fill={colors.neutral600}>
        {total === undefined ? '…' : `${total} ${labels.occurrences}`}
      </text>
    </svg>
  );
});
