import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { angleInFrame, frameMonths, frameTicks, type WheelFrame } from '../../../../core/wheel-frame';
import { polar } from '../../../../core/wheel-geometry';
import { C, MARKS_INNER, THEME_OUTER } from './geometry';

/**
 * The wheel's dial for its frame: background, one track per ring, months (the wheel's quarters
 * bolder) with their names, week ticks and Q1–Q4 — or, zoomed to a month, a tick and number per day.
 */
export const WheelScale = ({ frame, tracks }: { frame: WheelFrame; tracks: Array<{ radius: number; width: number }> }) => {
  const { formatDate } = useIntl();
  const { colors } = useTheme();
  const months = frameMonths(frame);
  const angle = (day: number) => angleInFrame(frame, day);
  const monthLength = (i: number) => (months[i + 1]?.day ?? frame.days) - months[i].day;
  return (
    <g>
      <circle cx={C} cy={C} r={THEME_OUTER + 4} fill={colors.neutral100} />
      {tracks.map((t, i) => (
        <circle key={i} cx={C} cy={C} r={t.radius} fill="none" stroke={colors.neutral150} strokeWidth={t.width - 2} />
      ))}
      {months.map(({ day, year, month }, i) => {
        const a = angle(day);
        const inner = polar(C, C, MARKS_INNER - 10, a);
        const outer = polar(C, C, THEME_OUTER + 4, a);
        // A zoomed month has its name at the top, beside the first day.
        const label = polar(C, C, THEME_OUTER + 24, angle(day + (frame.zoom === 'month' ? 0 : monthLength(i) / 2)));
        const quarter = frame.zoom === 'year' ? i % 3 === 0 : true;
        return (
          <g key={`${year}-${month}`}>
            <line
              x1={inner.x}
              y1={inner.y}
              x2={outer.x}
              y2={outer.y}
              stroke={quarter ? colors.neutral600 : colors.neutral300}
              strokeWidth={quarter ? 2.5 : 1}
            />
            {frame.zoom !== 'month' && (
              <text
                x={label.x}
                y={label.y}
                textAnchor="middle"
                dominantBaseline="middle"
                fontSize="18"
                fill={colors.neutral800}
                data-month={month}
              >
                {formatDate(Date.UTC(year, month - 1, 15), { month: frame.zoom === 'quarter' ? 'long' : 'short', timeZone: 'UTC' })}
              </text>
            )}
          </g>
        );
      })}
      {frameTicks(frame).map((d) => {
        const a = angle(d);
        const p1 = polar(C, C, THEME_OUTER + 4, a);
        const p2 = polar(C, C, THEME_OUTER + 10, a);
        return <line key={d} x1={p1.x} y1={p1.y} x2={p2.x} y2={p2.y} stroke={colors.neutral400} strokeWidth={1} />;
      })}
      {frame.zoom === 'month' &&
        frameTicks(frame).map((d) => {
          const p = polar(C, C, THEME_OUTER + 24, angle(d + 0.5));
          return (
            <text
              key={d}
              x={p.x}
              y={p.y}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize="16"
              fill={colors.neutral800}
              data-day={d + 1}
            >
              {d + 1}
            </text>
          );
        })}
      {frame.zoom === 'year' &&
        [0, 1, 2, 3].map((q) => {
          const p = polar(C, C, MARKS_INNER - 35, angle(months[q * 3].day + 45));
          return (
            <text
              key={q}
              x={p.x}
              y={p.y}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize="20"
              fontWeight="bold"
              fill={colors.neutral500}
            >
              {`Q${q + 1}`}
            </text>
          );
        })}
    </g>
  );
};
