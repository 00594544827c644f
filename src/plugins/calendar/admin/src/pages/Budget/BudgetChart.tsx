import { useTheme } from 'styled-components';
import type { BudgetCell } from '../../../../core/budget/budget-report';
import { useMonthNames } from '../../utils/months';

/**
 * Planned against spent per month as paired bars (plain SVG, as the other charts here). An
 * overspent month's spent bar is in the danger colour and its tooltip says so in words.
 */
export const BudgetChart = ({
  months,
  labels,
  money,
}: {
  months: BudgetCell[];
  labels: { planned: string; spent: string; over: string };
  money: (cents: number) => string;
}) => {
  const width = 480;
  const height = 160;
  const max = Math.max(1, ...months.flatMap((m) => [m.plannedCents, m.spentCents]));
  const slot = width / 12;
  const bar = (cents: number) => (cents / max) * (height - 10);
  const monthNames = useMonthNames('narrow');
  const { colors } = useTheme();
  return (
    <svg width={width} height={height + 14} role="img" aria-label={`${labels.planned} / ${labels.spent}`} data-testid="budget-chart">
      {months.map((m, i) => {
        const x = i * slot;
        return (
          <g key={i} data-month={i + 1} data-overspent={m.overspent}>
            <rect x={x + 3} y={height - bar(m.plannedCents)} width={slot / 2 - 3} height={bar(m.plannedCents)} fill={colors.neutral300}>
              <title>{`${labels.planned}: ${money(m.plannedCents)}`}</title>
            </rect>
            <rect
              x={x + slot / 2}
              y={height - bar(m.spentCents)}
              width={slot / 2 - 3}
              height={bar(m.spentCents)}
              fill={m.overspent ? colors.danger600 : colors.primary600}
            >
              <title>{`${labels.spent}: ${money(m.spentCents)}${m.overspent ? ` · ${labels.over}` : ''}`}</title>
            </rect>
            <text x={x + slot / 2} y={height + 12} fontSize="10" textAnchor="middle" fill={colors.neutral600}>
              {monthNames[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
