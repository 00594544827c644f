import { Alert, Box, Button, Dialog, Field, Flex, Grid, TextInput, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useMemo, useState, type DragEvent } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { monthGrid, moveToDate, shiftMonth } from '../../../../core/calendar-grid';
import { CONTENT_GOALS, FUNNEL_STAGES } from '../../../../core/enums';
import type { OccurrenceFilters } from '../../../../core/query/occurrence-params';
import { instantToLocal, localToInstant } from '../../../../core/time';
import { feedUrl, type AdminFeed, type AdminOccurrence } from '../../api/occurrences';
import type { Reference } from '../../api/types';
import { useAdminGet } from '../../api/useAdminGet';
import { FilterSelect } from '../../components/FilterSelect';
import { OccurrenceChip } from '../../components/OccurrenceChip';
import { ViewPage } from '../../components/ViewPage';
import { ACTIONS } from '../../permissions';
import { getTranslation } from '../../utils/getTranslation';

const FILTER_KEYS = ['channel', 'persona', 'stage', 'goal'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DEFAULT_TIME = '09:00';

/** What is being moved: a backlog piece, or one occurrence of a piece. */
interface Moving {
  item: AdminOccurrence;
  /** The occurrence's wall-clock time in the piece's zone; none for a backlog piece. */
  local?: string;
}

/** Whole days between two dates `YYYY-MM-DD`. */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const MonthPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const { put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [params, setParams] = useSearchParams();
  const settings = useAdminGet<{ data: { defaultTimeZone: string } }>('/calendar/settings');
  const reference = useAdminGet<{ data: Reference }>('/calendar/reference');
  const { allowedActions } = useRBAC([{ action: ACTIONS.plan, subject: null }]);
  const canPlan = Boolean(allowedActions.canPlan);
  const zone = settings.data?.data.defaultTimeZone ?? 'Europe/Helsinki';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : instantToLocal(new Date(), zone).slice(0, 7);
  const grid = useMemo(() => monthGrid(month), [month]);
  const filters: OccurrenceFilters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, (params.get(key) ?? '').split(',').filter(Boolean)]).filter(([, v]) => v.length)
  );
  const feed = useAdminGet<AdminFeed>(settings.data ? `${feedUrl(grid.first, grid.last, filters)}&tz=${encodeURIComponent(zone)}` : null);
  const [moving, setMoving] = useState<Moving>();
  const [askSeries, setAskSeries] = useState<{ moving: Moving; date: string }>();
  const [moveTarget, setMoveTarget] = useState<Moving>();
  const [moveDate, setMoveDate] = useState('');
  const [conflict, setConflict] = useState<string>();

  const label = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`month.${id}`), defaultMessage }, values);
  const ref = reference.data?.data;
  const colorOf = (item: AdminOccurrence) => ref?.channels.find((c) => c.slug === item.channels[0])?.color ?? '#8e8ea9';
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const byDay = useMemo(() => {
    const map = new Map<string, Array<{ item: AdminOccurrence; time: string }>>();
    for (const item of feed.data?.data ?? []) {
      const local = instantToLocal(new Date(item.start!), zone);
      const list = map.get(local.slice(0, 10)) ?? [];
      list.push({ item, time: local.slice(11, 16) });
      map.set(local.slice(0, 10), list);
    }
    return map;
  }, [feed.data, zone]);

  // useFetchClient's FetchError: `status`, and the server's body in `response.data`.
  const failed = (err: any) => {
    if ((err?.status ?? err?.response?.status) === 409) {
      setConflict(err.response?.data?.error?.message ?? label('conflict', 'Someone else changed this piece.'));
      return;
    }
    toggleNotification({ type: 'danger', message: err?.response?.data?.error?.message ?? err?.message });
  };

  /** New publishAt for `m` dropped on `date` (a day of the view's zone), keeping its time of day. */
  const newInstant = (m: Moving, date: string) => {
    if (!m.local) return localToInstant(`${date}T${DEFAULT_TIME}`, zone);
    const viewDate = instantToLocal(new Date(m.item.start!), zone).slice(0, 10);
    const pieceLocal = m.local;
    return localToInstant(moveToDate(pieceLocal, addDays(pieceLocal.slice(0, 10), daysBetween(viewDate, date))), m.item.timeZone);
  };

  const schedule = async (m: Moving, date: string) => {
    try {
      await put(`/calendar/pieces/${m.item.documentId}/schedule`, {
        publishAt: newInstant(m, date).toISOString(),
        expectedUpdatedAt: m.item.updatedAt,
      });
      toggleNotification({ type: 'success', message: label('moved', 'Moved to {date}.', { date: formatDate(date, { dateStyle: 'medium', timeZone: 'UTC' }) }) });
      feed.reload();
    } catch (err) {
      failed(err);
    }
  };

  const detach = async (m: Moving, date: string) => {
    try {
      await post(`/calendar/pieces/${m.item.documentId}/detach-occurrence`, {
        occurrence: m.local,
        publishAt: newInstant(m, date).toISOString(),
        expectedUpdatedAt: m.item.updatedAt,
      });
      toggleNotification({ type: 'success', message: label('detached', 'This occurrence is now a piece of its own.') });
      feed.reload();
    } catch (err) {
      failed(err);
    }
  };

  const drop = (m: Moving, date: string) => {
    if (m.item.recurring && m.local) setAskSeries({ moving: m, date });
    else void schedule(m, date);
  };

  const dragStart = (m: Moving) => (event: DragEvent) => {
    event.dataTransfer.setData('text/plain', m.item.documentId);
    event.dataTransfer.effectAllowed = 'move';
    setMoving(m);
  };

  const today = instantToLocal(new Date(), zone).slice(0, 10);
  const stageLabel = (s: string) => formatMessage({ id: getTranslation(`stage.${s}`), defaultMessage: s });
  const goalLabel = (g: string) => formatMessage({ id: getTranslation(`goal.${g}`), defaultMessage: g });
  const filterFields = [
    { name: 'channel' as const, label: label('channels', 'Channels'), options: (ref?.channels ?? []).map((c) => ({ value: c.slug, label: c.name })) },
    { name: 'persona' as const, label: label('personas', 'Personas'), options: (ref?.personas ?? []).map((p) => ({ value: p.slug, label: p.name })) },
    { name: 'stage' as const, label: label('stages', 'Funnel stages'), options: FUNNEL_STAGES.map((s) => ({ value: s, label: stageLabel(s) })) },
    { name: 'goal' as const, label: label('goals', 'Content goals'), options: CONTENT_GOALS.map((g) => ({ value: g, label: goalLabel(g) })) },
  ];

  return (
    <ViewPage view="month">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {conflict && (
          <Box data-testid="conflict-notice">
          <Alert
            variant="danger"
            title={label('conflictTitle', 'Not saved')}
            onClose={() => setConflict(undefined)}
            closeLabel={label('close', 'Close')}
            action={
              <Button variant="danger-light" onClick={() => (setConflict(undefined), feed.reload())}>
                {label('reload', 'Reload')}
              </Button>
            }
          >
            {conflict}
          </Alert>
          </Box>
        )}
        <Flex justifyContent="space-between" alignItems="center" wrap="wrap" gap={2}>
          <Flex gap={2} alignItems="center">
            <Button variant="tertiary" startIcon={<ChevronLeft />} onClick={() => setParam('month', shiftMonth(month, -1))}>
              {label('previous', 'Previous')}
            </Button>
            <Typography variant="beta" tag="h2" data-testid="month-title">
              {formatDate(`${month}-01T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
            </Typography>
            <Button variant="tertiary" endIcon={<ChevronRight />} onClick={() => setParam('month', shiftMonth(month, 1))}>
              {label('next', 'Next')}
            </Button>
            <Button variant="secondary" onClick={() => setParam('month', null)}>
              {label('today', 'Today')}
            </Button>
          </Flex>
        </Flex>
        <Grid.Root gap={2}>
          {filterFields.map((field) => (
            <Grid.Item key={field.name} col={3} s={6} direction="column" alignItems="stretch">
              <FilterSelect
                {...field}
                anyLabel={label('any', 'Any')}
                value={filters[field.name] ?? []}
                onChange={(values) => setParam(field.name, values.join(',') || null)}
              />
            </Grid.Item>
          ))}
        </Grid.Root>
        <Flex gap={4} alignItems="flex-start">
          <Box flex="1" background="neutral0" hasRadius shadow="tableShadow" padding={2}>
            <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '4px' }} role="grid" aria-label={month}>
              {WEEKDAYS.map((d) => (
                <Box key={d} padding={1} role="columnheader">
                  <Typography variant="sigma" textColor="neutral600">
                    {label(`weekday.${d}`, d)}
                  </Typography>
                </Box>
              ))}
              {grid.weeks.flat().map((date) => {
                const items = byDay.get(date) ?? [];
                const inMonth = date.startsWith(month);
                return (
                  <Box
                    key={date}
                    role="gridcell"
                    data-date={date}
                    aria-label={formatDate(`${date}T12:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' })}
                    background={date === today ? 'primary100' : inMonth ? 'neutral0' : 'neutral100'}
                    borderColor="neutral150"
                    hasRadius
                    padding={1}
                    minHeight="110px"
                    onDragOver={(e: DragEvent) => canPlan && moving && (e.preventDefault(), (e.dataTransfer.dropEffect = 'move'))}
                    onDrop={(e: DragEvent) => {
                      e.preventDefault();
                      if (moving) drop(moving, date);
                      setMoving(undefined);
                    }}
                  >
                    <Typography variant="pi" fontWeight={date === today ? 'bold' : 'regular'} textColor={inMonth ? 'neutral800' : 'neutral500'}>
                      {Number(date.slice(8, 10))}
                    </Typography>
                    <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
                      {items.map(({ item, time }) => {
                        const m: Moving = { item, local: instantToLocal(new Date(item.start!), item.timeZone) };
                        return (
                          <OccurrenceChip
                            key={`${item.documentId}-${item.start}`}
                            item={item}
                            time={time}
                            color={colorOf(item)}
                            draggable={canPlan}
                            onDragStart={dragStart(m)}
                            onMove={canPlan ? () => (setMoveTarget(m), setMoveDate(date)) : undefined}
                          />
                        );
                      })}
                    </Flex>
                  </Box>
                );
              })}
            </Box>
          </Box>
          <Box width="260px" background="neutral0" hasRadius shadow="tableShadow" padding={3} data-testid="backlog">
            <Typography variant="delta" tag="h2">
              {label('backlog', 'Backlog')} ({feed.data?.backlog.length ?? 0})
            </Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {canPlan ? label('backlogHelp', 'Drag a piece onto a day to schedule it at 09:00.') : label('backlogReadOnly', 'Pieces without a date.')}
            </Typography>
            <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
              {(feed.data?.backlog ?? []).map((item) => (
                <OccurrenceChip
                  key={item.documentId}
                  item={item}
                  color={colorOf(item)}
                  draggable={canPlan}
                  onDragStart={dragStart({ item })}
                  onMove={canPlan ? () => (setMoveTarget({ item }), setMoveDate(today)) : undefined}
                />
              ))}
            </Flex>
          </Box>
        </Flex>
      </Flex>

      <Dialog.Root open={Boolean(askSeries)} onOpenChange={(open: boolean) => !open && setAskSeries(undefined)}>
        <Dialog.Content>
          <Dialog.Header>{label('recurringTitle', 'Move a recurring piece')}</Dialog.Header>
          <Dialog.Body>
            <Typography>
              {label('recurringBody', 'Move only this occurrence? It becomes a piece of its own, and the series skips this date. To change the whole series, edit its rule in the piece.')}
            </Typography>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button onClick={() => askSeries && (void detach(askSeries.moving, askSeries.date), setAskSeries(undefined))}>
                {label('thisOnly', 'Move this occurrence only')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>

      <Dialog.Root open={Boolean(moveTarget)} onOpenChange={(open: boolean) => !open && setMoveTarget(undefined)}>
        <Dialog.Content>
          <Dialog.Header>{label('moveTitle', 'Move to another day')}</Dialog.Header>
          <Dialog.Body>
            <Field.Root name="date">
              <Field.Label>{moveTarget?.item.title}</Field.Label>
              <TextInput type="date" value={moveDate} onChange={(e: any) => setMoveDate(e.target.value)} />
            </Field.Root>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button
                disabled={!/^\d{4}-\d{2}-\d{2}$/.test(moveDate)}
                onClick={() => moveTarget && (drop(moveTarget, moveDate), setMoveTarget(undefined))}
              >
                {label('move', 'Move')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </ViewPage>
  );
};
