import { Badge, Box, EmptyStateLayout, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { lastDayOfMonth, shiftMonth } from '../../../../core/calendar-grid';
import { pieceEditPath } from '../../api/editorial';
import { ChannelDot } from '../../components/ChannelDot';
import { ExpansionProblems } from '../../components/ExpansionProblems';
import { FilterBar } from '../../components/FilterBar';
import { LocaleBadge } from '../../components/LocaleBadge';
import { RangeNav } from '../../components/RangeNav';
import { TableHead } from '../../components/TableHead';
import { ViewPage } from '../../components/ViewPage';
import { useCalendarData, type RangeOf } from '../../hooks/useCalendarData';
import { getTranslation } from '../../utils/getTranslation';
import { monthParam } from '../../utils/period';

const STATUS_BADGE: Record<string, { backgroundColor: string; textColor: string }> = {
  published: { backgroundColor: 'success100', textColor: 'success700' },
  modified: { backgroundColor: 'warning100', textColor: 'warning700' },
  draft: { backgroundColor: 'neutral150', textColor: 'neutral700' },
};

/** The month in the URL, first to last day. */
const agendaRange: RangeOf = (get, zone) => {
  const month = monthParam(get('month'), zone);
  return { from: `${month}-01`, to: lastDayOfMonth(month) };
};

/** The month as a list: every occurrence in time order, with its channels, stage, goal and status. */
export const AgendaPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const view = useCalendarData(agendaRange);
  const month = monthParam(view.get('month'), view.zone);
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(id), defaultMessage: fallback });
  const days = [...view.byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
  const channelName = (slug: string) => view.reference?.channels.find((c) => c.slug === slug);

  return (
    <ViewPage view="agenda" loading={view.loading} error={view.error}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ExpansionProblems problems={view.feed.data?.meta.problems} />
        <RangeNav
          title={formatDate(`${month}-01T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
          onPrevious={() => view.set({ month: shiftMonth(month, -1) })}
          onNext={() => view.set({ month: shiftMonth(month, 1) })}
          onToday={() => view.set({ month: null })}
        />
        <FilterBar filters={view.filters} reference={view.reference} assignees={view.assignees} onChange={view.setFilter} />
        <Box background="neutral0" hasRadius shadow="tableShadow" data-testid="agenda">
          {view.feed.data && days.length === 0 ? (
            <EmptyStateLayout content={t('agenda.empty', 'Nothing is scheduled in this month with these filters.')} />
          ) : (
            <Table colCount={7} rowCount={(view.feed.data?.data.length ?? 0) + 1}>
              <TableHead
                labels={[
                  t('agenda.when', 'When'),
                  t('agenda.title', 'Content'),
                  t('agenda.channels', 'Channels'),
                  t('agenda.stage', 'Stage'),
                  t('agenda.goal', 'Goal'),
                  t('agenda.status', 'Status'),
                  t('agenda.assignee', 'Assignee'),
                ]}
              />
              <Tbody>
                {days.flatMap(([date, items]) =>
                  items.map(({ item, time }, index) => (
                    <Tr key={`${item.documentId}-${item.locale}-${item.start}`} data-piece={item.documentId} data-locale={item.locale}>
                      <Td>
                        <Typography fontWeight={index === 0 ? 'bold' : 'regular'}>
                          {index === 0
                            ? `${formatDate(`${date}T12:00:00Z`, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' })} `
                            : ''}
                          {time}
                        </Typography>
                      </Td>
                      <Td>
                        <Flex gap={1}>
                          <LocaleBadge locale={item.locale} />
                          <RouterLink to={pieceEditPath(item.documentId, item.locale)}>
                            <Typography textColor="primary600">{item.title}</Typography>
                          </RouterLink>
                          {item.recurring && <ArrowClockwise width="12px" height="12px" aria-label={t('month.recurring', 'Recurring')} />}
                        </Flex>
                      </Td>
                      <Td>
                        <Flex gap={1} wrap="wrap">
                          {item.channels.map((slug) => (
                            <Flex key={slug} gap={1} alignItems="center">
                              <ChannelDot $color={channelName(slug)?.color} />
                              <Typography variant="pi">{channelName(slug)?.name ?? slug}</Typography>
                            </Flex>
                          ))}
                        </Flex>
                      </Td>
                      <Td>
                        <Typography>{t(`stage.${item.funnelStage}`, item.funnelStage)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{t(`goal.${item.contentGoal}`, item.contentGoal)}</Typography>
                      </Td>
                      <Td>
                        <Flex gap={1} wrap="wrap">
                          <Badge {...STATUS_BADGE[item.status]}>{t(`agenda.status.${item.status}`, item.status)}</Badge>
                          <Typography variant="pi" textColor="neutral600">
                            {t(`editorial.${item.editorialStatus}`, item.editorialStatus)}
                          </Typography>
                        </Flex>
                      </Td>
                      <Td>
                        <Typography>
                          {item.assignee ? [item.assignee.firstname, item.assignee.lastname].filter(Boolean).join(' ') : '–'}
                        </Typography>
                      </Td>
                    </Tr>
                  ))
                )}
              </Tbody>
            </Table>
          )}
        </Box>
      </Flex>
    </ViewPage>
  );
};
