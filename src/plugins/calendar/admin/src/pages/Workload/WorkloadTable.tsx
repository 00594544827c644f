import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { minutesAsHours } from '../../../../core/planning/workload';
import type { Workload, WorkloadCellView } from '../../api';
import { getTranslation } from '../../utils/getTranslation';

export interface Picked {
  personId: number;
  week: string;
}

/** People × ISO weeks: hours of work over capacity; overloaded cells say so in words and in red, absences by kind. */
export const WorkloadTable = ({ data, picked, onPick }: { data: Workload; picked?: Picked; onPick: (p: Picked) => void }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`workload.${id}`), defaultMessage }, values);
  const { colors } = useTheme();
  const kindLabel = (kind: string) => t(`kind.${kind}`, kind);
  const absenceText = (cell: WorkloadCellView) =>
    cell.absentAllWeek
      ? kindLabel(cell.absences.find((a) => a.startDate <= cell.week)?.kind ?? cell.absences[0]?.kind ?? 'other')
      : cell.absentDays > 0
        ? t('absentDays', '{kind} {days} d', { kind: kindLabel(cell.absences[0]?.kind ?? 'other'), days: cell.absentDays })
        : null;

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table colCount={data.weeks.length + 1} rowCount={data.people.length + 1} data-testid="workload-table">
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('person', 'Person')}</Typography>
            </Th>
            {data.weeks.map((w) => (
              <Th key={w.monday}>
                <Typography variant="sigma" title={w.monday}>
                  {t('week', 'Week {week}', { week: w.week })}
                </Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {data.people.map((row) => (
            <Tr key={row.person.id} data-person={row.person.id}>
              <Td>
                <Typography fontWeight="semiBold">{row.person.name}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="div">
                  {t('perWeek', '{hours} h / week', { hours: minutesAsHours(row.weeklyMinutes) })}
                </Typography>
              </Td>
              {row.cells.map((cell) => {
                const isPicked = picked?.personId === row.person.id && picked.week === cell.week;
                const away = absenceText(cell);
                return (
                  <Td
                    key={cell.week}
                    style={{
                      background: cell.overloaded ? colors.danger100 : cell.absentAllWeek ? colors.neutral150 : undefined,
                      outline: isPicked ? `2px solid ${colors.primary600}` : undefined,
                    }}
                  >
                    <button
                      type="button"
                      data-week={cell.week}
                      data-overloaded={cell.overloaded ? 'true' : 'false'}
                      aria-pressed={isPicked}
                      onClick={() => onPick({ personId: row.person.id, week: cell.week })}
                      style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'left', color: 'inherit' }}
                    >
                      <Typography
                        tag="div"
                        textColor={cell.overloaded ? 'danger700' : 'neutral800'}
                        fontWeight={cell.overloaded ? 'bold' : undefined}
                      >
                        {t('hours', '{load} / {capacity} h', {
                          load: minutesAsHours(cell.loadMinutes),
                          capacity: minutesAsHours(cell.capacityMinutes),
                        })}
                      </Typography>
                      <Typography variant="pi" tag="div" textColor={cell.overloaded ? 'danger700' : 'neutral600'}>
                        {cell.overloaded
                          ? cell.percent === null
                            ? t('overloadedNoCapacity', 'Overloaded (no capacity)')
                            : t('overloaded', 'Overloaded {percent} %', { percent: cell.percent })
                          : cell.percent !== null
                            ? `${cell.percent} %`
                            : ''}
                      </Typography>
                      {away && (
                        <Typography variant="pi" tag="div" textColor="neutral700" data-testid="absence-label">
                          {away}
                        </Typography>
                      )}
                    </button>
                  </Td>
                );
              })}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
