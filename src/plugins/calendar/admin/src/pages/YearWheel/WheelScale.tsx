import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { angleOfDay, daysInYear, dayOfYear, polar } from '../../../../core/wheel-geometry';
import { C, MARKS_INNER, THEME_OUTER, ringRadius } from './geometry';

/** The wheel's dial: background, one track per ring, months (quarters bolder), week ticks, Q1–Q4. */
export const WheelScale = ({ year, rings, ringWidth }: { year: number; rings: number; ringWidth: number }) => {
  const { formatDate } = useIntl();
  const { colors } = useTheme();
  const monthStarts = Array.from({ length: 12 }, (_, m) => dayOfYear(`${year}-${String(m + 1).padStart(2, '0')}-01`));
  const days = daysInYear(year);
  return (
    <g>
      <circle cx={C} cy={C} r={THEME_OUTER + 4} fill={colors.neutral100} />
      {Array.from({ length: rings }, (_, i) => (
        <circle key={i} cx={C} cy={C} r={ringRadius(i, ringWidth)} fill="none" stroke={colors.neutral150} strokeWidth={ringWidth - 2} />
      ))}
      {monthStarts.map((day, m) => {
        const a = angleOfDay(day, year);
        const inner = polar(C, C, MARKS_INNER - 10, a);
        const outer = polar(C, C, THEME_OUTER + 4, a);
        const label = polar(C, C, THEME_OUTER + 24, angleOfDay(day + 15, year));
        const quarter = m % 3 === 0;
        return (
          <g key={m}>
            <line
              x1={inner.x}
              y1={inner.y}
              x2={outer.x}
              y2={outer.y}
              stroke={quarter ? colors.neutral600 : colors.neutral300}
              strokeWidth={quarter ? 2.5 : 1}
            />
            <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="middle" fontSize="18" fill={colors.neutral800}>
              {formatDate(Date.UTC(year, m, 15), { month: 'short', timeZone: 'UTC' })}
            </text>
          </g>
        );
      })}
      {Array.from({ length: Math.ceil(days / 7) }, (_, w) => {
        const a = angleOfDay(w * 7, year);
        const p1 = polar(C, C, THEME_OUTER + 4, a);
        const p2 = polar(C, C, THEME_OUTER + 10, a);
        return <line key={w} x1={p1.x} y1={p1.y} x2={p2.x} y2={p2.y} stroke={colors.neutral400} strokeWidth={1} />;
      })}
      {[0, 1, 2, 3].map((q) => {
        const p = polar(C, C, MARKS_INNER - 35, angleOfDay(monthStarts[q * 3] + 45, year));
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
