import { Alert, Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { shiftMonth } from '../../../../core/calendar-grid';
import {
  RECOMMENDED_COMPETITORS,
  useGetCalendarSettingsQuery,
  useGetCompetitorObservationsQuery,
  useGetCompetitorsQuery,
  type Competitor,
  type Observation,
} from '../../api';
import { RangeNav } from '../../components/RangeNav';
import { ViewPage } from '../../components/ViewPage';
import { useUrlParams } from '../../hooks/useUrlParams';
import { ACTIONS } from '../../permissions';
import { monthParam, todayIn } from '../../utils/period';
import { CompetitorDialog } from './CompetitorDialog';
import { CompetitorTable } from './CompetitorTable';
import { useCompetitorLabel } from './labels';
import { ObservationDialog } from './ObservationDialog';
import { ObservationLog } from './ObservationLog';

const PLAN = [{ action: ACTIONS.plan, subject: null }];
const ALL = 'all';

/**
 * Competitors (kilpailijat): the ones the plan follows, with their site and channels, and the
 * log of what they did, a month at a time (month and competitor in the URL). The plan recommends
 * 2–5: more are allowed, and the page says so.
 */
export const CompetitorsPage = () => {
  const label = useCompetitorLabel();
  const { formatDate } = useIntl();
  const params = useUrlParams();
  const { allowedActions } = useRBAC(PLAN);
  const canPlan = Boolean(allowedActions.canPlan);
  const settings = useGetCalendarSettingsQuery();
  const zone = settings.data?.defaultTimeZone ?? 'Europe/Helsinki';
  const month = monthParam(params.get('month'), zone);
  const competitorParam = Number(params.get('competitor'));
  const competitor = Number.isInteger(competitorParam) && competitorParam > 0 ? competitorParam : null;
  const list = useGetCompetitorsQuery();
  const log = useGetCompetitorObservationsQuery({ year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), competitor });
  const [editing, setEditing] = useState<Competitor | 'new'>();
  const [observing, setObserving] = useState<Observation | 'new'>();
  const competitors = list.data?.competitors ?? [];
  const today = todayIn(zone);
  const { min, max } = RECOMMENDED_COMPETITORS;

  return (
    <ViewPage view="competitors" loading={list.isLoading || settings.isLoading} error={list.error ?? log.error}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Flex justifyContent="space-between" gap={4} wrap="wrap">
          <Typography textColor="neutral600">
            {label(
              'intro',
              'The competitors the plan follows, and what they do through the year. The plan recommends following {min}–{max}.',
              { min, max }
            )}
          </Typography>
          {canPlan && (
            <Button startIcon={<Plus />} onClick={() => setEditing('new')} data-testid="competitor-new">
              {label('add', 'Add a competitor')}
            </Button>
          )}
        </Flex>
        {list.data?.advice && (
          <Box data-testid="competitor-advice" data-advice={list.data.advice}>
            <Alert variant={list.data.advice === 'tooMany' ? 'warning' : 'default'} closeLabel={label('close', 'Close')}>
              {list.data.advice === 'tooMany'
                ? label(
                    'tooMany',
                    'You follow {count, plural, one {# competitor} other {# competitors}}. The plan recommends {min}–{max}: a shorter list is followed more closely.',
                    {
                      count: list.data.activeCount,
                      min,
                      max,
                    }
                  )
                : label(
                    'tooFew',
                    'You follow {count, plural, one {# competitor} other {# competitors}}. The plan recommends naming {min}–{max} to follow.',
                    {
                      count: list.data.activeCount,
                      min,
                      max,
                    }
                  )}
            </Alert>
          </Box>
        )}
        <CompetitorTable competitors={competitors} canPlan={canPlan} onEdit={(c) => setEditing(c)} />

        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="beta" tag="h2">
            {label('logTitle', 'Observations')}
          </Typography>
          <Flex justifyContent="space-between" gap={4} wrap="wrap">
            <RangeNav
              title={formatDate(`${month}-01T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
              onPrevious={() => params.set({ month: shiftMonth(month, -1) })}
              onNext={() => params.set({ month: shiftMonth(month, 1) })}
              onToday={() => params.set({ month: null })}
            />
            <Flex gap={2} alignItems="center">
              <Box minWidth="16rem">
                <SingleSelect
                  aria-label={label('filter', 'Competitor')}
                  value={competitor === null ? ALL : String(competitor)}
                  onChange={(v: string | number) => params.set({ competitor: String(v) === ALL ? null : String(v) })}
                  data-testid="observation-filter"
                >
                  <SingleSelectOption value={ALL}>{label('allCompetitors', 'All competitors')}</SingleSelectOption>
                  {competitors.map((c) => (
                    <SingleSelectOption key={c.id} value={String(c.id)}>
                      {c.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
              {canPlan && competitors.length > 0 && (
                <Button startIcon={<Plus />} onClick={() => setObserving('new')} data-testid="observation-new">
                  {label('addObservation', 'Add an observation')}
                </Button>
              )}
            </Flex>
          </Flex>
          {log.data?.meta.truncated && (
            <Typography textColor="warning600">
              {label('truncated', 'Showing the first {shown} of {total} observations.', {
                shown: log.data.data.length,
                total: log.data.meta.total,
              })}
            </Typography>
          )}
          {log.data && <ObservationLog observations={log.data.data} canPlan={canPlan} onEdit={(o) => setObserving(o)} />}
        </Flex>
      </Flex>
      {/* The latest version from the list: after a 409 the next save is based on what someone else saved. */}
      {editing && (
        <CompetitorDialog
          competitor={editing === 'new' ? undefined : (competitors.find((c) => c.id === editing.id) ?? editing)}
          onClose={() => setEditing(undefined)}
        />
      )}
      {observing && (
        <ObservationDialog
          observation={observing === 'new' ? undefined : (log.data?.data.find((o) => o.id === observing.id) ?? observing)}
          competitors={competitors}
          defaultDate={today.startsWith(month) ? today : `${month}-01`}
          defaultCompetitor={competitor}
          onClose={() => setObserving(undefined)}
        />
      )}
    </ViewPage>
  );
};
