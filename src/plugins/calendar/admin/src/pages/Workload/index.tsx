import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useAuth, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, Link as RouterLink } from 'react-router-dom';
import { addDays } from '../../../../core/calendar-grid';
import { minutesAsHours } from '../../../../core/planning/workload';
import { pieceEditPath, useGetCalendarSettingsQuery, useGetWorkloadQuery } from '../../api';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';
import { weekParam, todayIn } from '../../utils/period';
import { CapacityForms } from './CapacityForms';
import { WorkloadTable, type Picked } from './WorkloadTable';

const WEEKS = 8;
const PLAN = [{ action: ACTIONS.plan, subject: null }];

/**
 * Workload (kuormitus): who has too much work. People × ISO weeks, each cell the hours of work
 * (pieces' effort, community tasks' estimates) over the capacity left after absences; a click on
 * a cell lists what is behind it. The start week lives in the URL (`from`).
 */
export const WorkloadPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`workload.${id}`), defaultMessage }, values);
  const params = useUrlParams();
  const settings = useGetCalendarSettingsQuery();
  const zone = settings.data?.defaultTimeZone ?? 'Europe/Helsinki';
  const from = weekParam(params.get('from'), zone);
  const workload = useGetWorkloadQuery({ from, weeks: WEEKS });
  const { allowedActions } = useRBAC(PLAN);
  const me = useAuth('WorkloadPage', (state) => state.user?.id);
  const [picked, setPicked] = useState<Picked>();
  const data = workload.data;
  const row = data?.people.find((p) => p.person.id === picked?.personId);
  const cell = row?.cells.find((c) => c.week === picked?.week);
  const first = data?.weeks[0];
  const last = data?.weeks[data.weeks.length - 1];

  return (
    <ViewPage view="workload" loading={workload.isLoading} error={workload.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" wrap="wrap" gap={2}>
          <RangeNav
            title={first && last ? t('range', 'Weeks {first}–{last}', { first: first.week, last: last.week }) : ''}
            onPrevious={() => params.set({ from: addDays(from, -7 * WEEKS) })}
            onNext={() => params.set({ from: addDays(from, 7 * WEEKS) })}
            onToday={() => params.set({ from: todayIn(zone) })}
          />
          <Link tag={NavLink} to="../community">
            {t('toCommunity', 'Community report: logged time against estimates')}
          </Link>
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {t(
            'explain',
            'Work per ISO week: effort estimates of assigned pieces (in the week they are due, else in each publication week) and community task estimates, against weekly capacity less absences.'
          )}
        </Typography>
        {data?.meta.truncated && (
          <Typography textColor="warning600">{t('truncated', 'Some work could not be counted: the table is incomplete.')}</Typography>
        )}
        {data && <WorkloadTable data={data} picked={picked} onPick={setPicked} />}
        {row && cell && (
          <Box background="neutral100" padding={4} hasRadius data-testid="workload-details" aria-live="polite">
            <Typography variant="delta" tag="h2">
              {t('detailsTitle', '{name}, week {week}', {
                name: row.person.name,
                week: data!.weeks.find((w) => w.monday === cell.week)?.week ?? '',
              })}
            </Typography>
            {cell.items.length === 0 ? (
              <Typography tag="p">{t('noWork', 'No estimated work this week.')}</Typography>
            ) : (
              <ul>
                {cell.items.map((item, i) => (
                  <li key={`${item.kind}-${item.id}-${item.locale ?? ''}-${item.date}-${i}`}>
                    <Typography>
                      {item.kind === 'piece' ? (
                        <RouterLink to={pieceEditPath(item.id, item.locale)}>{item.title}</RouterLink>
                      ) : (
                        `${item.title} (${t('task', 'community task')})`
                      )}{' '}
                      · {formatDate(`${item.date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })} · {minutesAsHours(item.minutes)} h
                    </Typography>
                  </li>
                ))}
              </ul>
            )}
            {cell.absences.map((a) => (
              <Typography key={a.id} tag="p" textColor="neutral700">
                {t(`kind.${a.kind}`, a.kind)}: {a.startDate} – {a.endDate}
                {a.note ? ` (${a.note})` : ''}
              </Typography>
            ))}
          </Box>
        )}
        <CapacityForms canPlan={Boolean(allowedActions.canPlan)} me={me === undefined ? undefined : Number(me)} />
      </Flex>
    </ViewPage>
  );
};
