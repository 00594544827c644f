import { useTheme } from 'styled-components';
import type { KpiRow } from '../../api/plan';
import { useMonthNames } from '../../utils/months';

/** Target vs result per month as paired bars (plain SVG: no chart library for twelve bars). */
export const KpiChart = ({ rows, targetLabel, resultLabel }: { rows: KpiRow[]; targetLabel: string; resultLabel: string }) => {
  const width = 360;
  const height = 140;
  const max = Math.max(1, ...rows.flatMap((r) => [r.target ?? 0, r.result ?? 0]));
  const slot = width / 12;
  const bar = (value: number | null) => ((value ?? 0) / max) * (height - 20);
  const monthNames = useMonthNames('narrow');
  const { colors } = useTheme();
  const month = (m: number) => monthNames[m - 1];
  return (
    <svg width={width} height={height + 14} role="img" aria-label={`${targetLabel} / ${resultLabel}`}>
      {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
        const r = rows.find((row) => row.month === m);
        const x = (m - 1) * slot;
        return (
          <g key={m}>
            {r?.target !== null && r?.target !== undefined && (
              <rect x={x + 3} y={height - bar(r.target)} width={slot / 2 - 3} height={bar(r.target)} fill={colors.neutral300}>
                <title>{`${targetLabel}: ${r.target}`}</title>
              </rect>
            )}
            {r?.result !== null && r?.result !== undefined && (
              <rect x={x + slot / 2} y={height - bar(r.result)} width={slot / 2 - 3} height={bar(r.result)} fill={colors.primary600}>
                <title>{`${resultLabel}: ${r.result}`}</title>
              </rect>
            )}
            <text x={x + slot / 2} y={height + 12} fontSize="10" textAnchor="middle" fill={colors.neutral600}>
              {month(m)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
