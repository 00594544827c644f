import { Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import type { BudgetCell } from '../../../../core/budget/budget-report';
import { TableHead } from '../../components/TableHead';

export interface BudgetTableRow {
  key: string;
  label: string;
  cell: BudgetCell;
  strong?: boolean;
}

/**
 * Planned, spent, remaining and use per row (a month, a quarter, the year or a group). Overspend
 * is in the danger colour and in words ("Over budget"), never in colour alone.
 */
export const BudgetTable = ({
  rows,
  heading,
  t,
  money,
  percent,
  testId,
}: {
  rows: BudgetTableRow[];
  heading: string;
  t: (id: string, fallback: string) => string;
  money: (cents: number) => string;
  percent: (use: number | null) => string;
  testId: string;
}) => (
  <Table colCount={6} rowCount={rows.length + 1} data-testid={testId}>
    <TableHead
      labels={[heading, t('planned', 'Planned'), t('spent', 'Spent'), t('remaining', 'Remaining'), t('use', 'Used'), t('status', 'Status')]}
    />
    <Tbody>
      {rows.map(({ key, label, cell, strong }) => (
        <Tr key={key} data-row={key} data-overspent={cell.overspent}>
          <Td>
            <Typography fontWeight={strong ? 'bold' : undefined}>{label}</Typography>
          </Td>
          <Td>
            <Typography data-cell="planned">{money(cell.plannedCents)}</Typography>
          </Td>
          <Td>
            <Typography data-cell="spent" textColor={cell.overspent ? 'danger600' : undefined}>
              {money(cell.spentCents)}
            </Typography>
          </Td>
          <Td>
            <Typography data-cell="remaining" textColor={cell.remainingCents < 0 ? 'danger600' : undefined}>
              {money(cell.remainingCents)}
            </Typography>
          </Td>
          <Td>
            <Typography>{percent(cell.use)}</Typography>
          </Td>
          <Td>
            {cell.overspent ? (
              <Typography textColor="danger600" fontWeight="bold" data-cell="status">
                {t('over', 'Over budget')}
              </Typography>
            ) : (
              <Typography textColor="neutral600" data-cell="status">
                {cell.plannedCents || cell.spentCents ? t('within', 'Within budget') : '–'}
              </Typography>
            )}
          </Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);
