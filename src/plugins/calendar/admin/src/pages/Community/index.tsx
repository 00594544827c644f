import { Box, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { addDays } from '../../../../core/calendar-grid';
import { instantToLocal } from '../../../../core/time';
import {
  useGetAgendaQuery,
  useGetCommunityReportQuery,
  useGetReferenceQuery,
  useGetCalendarSettingsQuery,
  type AgendaOccurrence,
  type ReportGroupBy,
} from '../../api';
import { useProblemOf } from '../../hooks/useProblemOf';
import { useUrlParams } from '../../hooks/useUrlParams';
import { useWorkLogging } from '../../hooks/useWorkLogging';
import { ChannelDot } from '../../components/ChannelDot';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ViewPage } from '../../components/ViewPage';
import { getTranslation } from '../../utils/getTranslation';
import { isDate, todayIn } from '../../utils/period';
import { CommunityFilters } from './CommunityFilters';
import { OccurrenceTable } from './OccurrenceTable';
import { agendaPeriod, lastFullWeeks, OVERDUE_DAYS, PERIOD_KINDS, periodDays, type PeriodKind } from './period';
import { Report } from './Report';

/** Occurrences by channel (no channel last), for one table per channel. */
function byChannel(occurrences: AgendaOccurrence[]) {
  const groups = new Map<string, { name: string | null; color: string | null; items: AgendaOccurrence[] }>();
  for (const o of occurrences) {
    const key = o.task.channel?.slug ?? '';
    const group = groups.get(key) ?? { name: o.task.channel?.name ?? null, color: o.task.channel?.color ?? null, items: [] };
    group.items.push(o);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a, ga], [b, gb]) =>
    a === '' ? 1 : b === '' ? -1 : (ga.name ?? '').localeCompare(gb.name ?? '', 'fi')
  );
}

/**
 * Community management (yhteisömanagerointi): the period's task occurrences per channel with
 * one-click logging, what is overdue, and the report. Period, filters and the report's period
 * are in the URL, so a view can be shared as a link.
 */
export const CommunityPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`community.${id}`), defaultMessage }, values);
  const params = useUrlParams();
  const problemOf = useProblemOf();
  const settings = useGetCalendarSettingsQuery();
  const reference = useGetReferenceQuery();
  const zone = settings.data?.defaultTimeZone;
  const today = zone ? todayIn(zone) : null;

  const kind = (PERIOD_KINDS as string[]).includes(params.get('period') ?? '') ? (params.get('period') as PeriodKind) : 'today';
  const channel = params.get('channel');
  const mine = params.get('mine') === '1';
  const period = today ? agendaPeriod(kind, today, params.get('from'), params.get('to')) : null;
  const defaultReport = today ? lastFullWeeks(today) : null;
  const reportPeriod = defaultReport && {
    from: isDate(params.get('reportFrom')) ? params.get('reportFrom')! : defaultReport.from,
    to: isDate(params.get('reportTo')) ? params.get('reportTo')! : defaultReport.to,
  };
  const groupBy: ReportGroupBy = params.get('groupBy') === 'person' ? 'person' : 'channel';

  // Each waits for the planner's zone (its periods are days there); a tick invalidates all three.
  const agenda = useGetAgendaQuery({ from: period?.from ?? '', to: period?.to ?? '', mine, channel }, { skip: !period });
  // Unlogged work of the days before the period: it would otherwise drop out of sight.
  const overdue = useGetAgendaQuery({ from: today ? addDays(today, -OVERDUE_DAYS) : '', to: today ?? '', mine, channel }, { skip: !today });
  const report = useGetCommunityReportQuery(
    { from: reportPeriod?.from ?? '', to: reportPeriod?.to ?? '', groupBy },
    { skip: !reportPeriod }
  );
  const logging = useWorkLogging();

  const overdueBefore = useMemo(
    () =>
      (overdue.data?.data ?? []).filter(
        (o) => o.overdue && period && zone && instantToLocal(new Date(o.occurrence), zone).slice(0, 10) < period.from
      ),
    [overdue.data, period, zone]
  );
  const groups = byChannel(agenda.data?.data ?? []);
  const multiDay = period ? periodDays(period) > 1 : false;

  return (
    <ViewPage view="community" loading={settings.isLoading || agenda.isLoading} error={settings.error ?? reference.error ?? overdue.error}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <CommunityFilters
          kind={kind}
          period={period}
          channel={channel}
          mine={mine}
          channels={reference.data?.channels ?? []}
          onChange={params.set}
        />

        <ProblemAlert problem={logging.problem} onClose={logging.clearProblem} testId="log-problem" />

        {overdueBefore.length > 0 && zone && (
          <Box tag="section" aria-labelledby="community-overdue" data-testid="overdue">
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2" id="community-overdue" textColor="danger600">
                {t('overdue', 'Overdue')} ({overdueBefore.length})
              </Typography>
              <Box background="neutral0" hasRadius shadow="tableShadow">
                <OccurrenceTable occurrences={overdueBefore} zone={zone} withDate logging={logging} />
              </Box>
            </Flex>
          </Box>
        )}

        <Box tag="section" aria-labelledby="community-agenda" data-testid="agenda">
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography variant="delta" tag="h2" id="community-agenda">
              {t(`heading.${kind}`, kind === 'today' ? "Today's work" : kind === 'week' ? "This week's work" : 'Work in the period')}
            </Typography>
            <ProblemAlert problem={problemOf(agenda.error)} kind="load" testId="agenda-error" />
            {agenda.data && groups.length === 0 && (
              <Box background="neutral0" hasRadius shadow="tableShadow">
                <EmptyStateLayout content={t('empty', 'No community tasks in this period with these filters.')} />
              </Box>
            )}
            {zone &&
              groups.map(([key, group]) => (
                <Box key={key || 'none'} data-channel={key}>
                  <Flex direction="column" alignItems="stretch" gap={2}>
                    <Flex gap={2} alignItems="center">
                      <ChannelDot $color={group.color} $size={10} />
                      <Typography variant="epsilon" tag="h3">
                        {group.name ?? t('noChannel', 'No channel')}
                      </Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {t('loggedCount', '{logged} of {count} logged', {
                          logged: group.items.filter((o) => o.log).length,
                          count: group.items.length,
                        })}
                      </Typography>
                    </Flex>
                    <OccurrenceTable occurrences={group.items} zone={zone} withDate={multiDay} logging={logging} />
                  </Flex>
                </Box>
              ))}
          </Flex>
        </Box>

        {reportPeriod && (
          <Report
            period={reportPeriod}
            groupBy={groupBy}
            onPeriod={(p) => params.set({ reportFrom: p.from, reportTo: p.to })}
            onGroupBy={(g) => params.set({ groupBy: g === 'channel' ? null : g })}
            report={report.data}
            error={problemOf(report.error)}
          />
        )}
      </Flex>
    </ViewPage>
  );
};
