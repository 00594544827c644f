/**
 * What every calendar view shares: the planner's time zone, channels/personas/themes, the filters
 * kept in the URL, the admin feed for a date range, and the moves (drag and drop or the keyboard
 * dialog) with their 409 handling. Views only lay the occurrences out.
 */
import { Alert, Box, Button, Dialog, Field, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { addDays, daysBetween, moveToDate } from '../../../core/calendar-grid';
import { shiftRule } from '../../../core/recurrence/shift-rule';
import { CONTENT_FORMATS, CONTENT_GOALS, EDITORIAL_STATUSES, FUNNEL_STAGES } from '../../../core/enums';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { instantToLocal, localToInstant } from '../../../core/time';
import { feedUrl, type AdminFeed, type AdminOccurrence } from '../api/occurrences';
import type { Reference } from '../api/types';
import { useAdminGet } from '../api/useAdminGet';
import { ExpansionProblems } from '../components/ExpansionProblems';
import { FilterSelect } from '../components/FilterSelect';
import { ACTIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';
import { isDate, todayIn } from '../utils/period';

const FILTER_KEYS = ['channel', 'persona', 'theme', 'stage', 'goal', 'format', 'editorialStatus', 'assignee'] as const;
const DEFAULT_TIME = '09:00';

/** What is being moved: a backlog piece, or one occurrence of a piece. */
export interface Moving {
  item: AdminOccurrence;
  /** The occurrence's wall-clock time in the piece's zone; none for a backlog piece. */
  local?: string;
}


export function useCalendarView(range: (params: URLSearchParams, zone: string) => { from: string; to: string }) {
  const { formatMessage, formatDate } = useIntl();
  const { put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [params, setParams] = useSearchParams();
  const settings = useAdminGet<{ data: { defaultTimeZone: string } }>('/calendar/settings');
  const reference = useAdminGet<{ data: Reference }>('/calendar/reference');
  const { allowedActions } = useRBAC([{ action: ACTIONS.plan, subject: null }]);
  const canPlan = Boolean(allowedActions.canPlan);
  const zone = settings.data?.data.defaultTimeZone ?? 'Europe/Helsinki';
  const ready = Boolean(settings.data);
  const filters: OccurrenceFilters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, (params.get(key) ?? '').split(',').filter(Boolean)]).filter(([, v]) => v.length)
  );
  const bounds = ready ? range(params, zone) : null;
  const feed = useAdminGet<AdminFeed>(bounds ? `${feedUrl(bounds.from, bounds.to, filters)}&tz=${encodeURIComponent(zone)}` : null);
  const [moving, setMoving] = useState<Moving>();
  const [askSeries, setAskSeries] = useState<{ moving: Moving; date: string }>();
  const [moveTarget, setMoveTarget] = useState<Moving>();
  const [moveDate, setMoveDate] = useState('');
  const [conflict, setConflict] = useState<string>();
  const [creating, setCreating] = useState<string>();
  const [draft, setDraft] = useState<{ title: string; stage: string; goal: string; channels: string[] }>({ title: '', stage: 'reach', goal: 'sell', channels: [] });
  const ref = reference.data?.data;

  const label = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`month.${id}`), defaultMessage }, values);
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const colorOf = (item: AdminOccurrence) => ref?.channels.find((c) => c.slug === item.channels[0])?.color ?? '#8e8ea9';
  const today = todayIn(zone);

  /** Occurrences by local day of the planner's zone, each with its local time there. */
  const byDay = useMemo(() => {
    const map = new Map<string, Array<{ item: AdminOccurrence; time: string; moving: Moving }>>();
    for (const item of feed.data?.data ?? []) {
      const local = instantToLocal(new Date(item.start!), zone);
      const list = map.get(local.slice(0, 10)) ?? [];
      list.push({ item, time: local.slice(11, 16), moving: { item, local: instantToLocal(new Date(item.start!), item.timeZone) } });
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

  /** New publishAt for `m` put on `date` (a day in the planner's zone), keeping its time of day. */
  const newInstant = (m: Moving, date: string) => {
    if (!m.local) return localToInstant(`${date}T${DEFAULT_TIME}`, zone);
    const viewDate = instantToLocal(new Date(m.item.start!), zone).slice(0, 10);
    return localToInstant(moveToDate(m.local, addDays(m.local.slice(0, 10), daysBetween(viewDate, date))), m.item.timeZone);
  };

  const schedule = async (m: Moving, date: string) => {
    try {
      await put(`/calendar/pieces/${m.item.documentId}/schedule`, { publishAt: newInstant(m, date).toISOString(), expectedUpdatedAt: m.item.updatedAt });
      toggleNotification({ type: 'success', message: label('moved', 'Moved to {date}.', { date: formatDate(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) }) });
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

  const quickCreate = async () => {
    if (!creating) return;
    try {
      await post('/calendar/pieces', {
        title: draft.title,
        funnelStage: draft.stage,
        contentGoal: draft.goal,
        channels: draft.channels,
        publishAt: localToInstant(`${creating}T${DEFAULT_TIME}`, zone).toISOString(),
      });
      toggleNotification({ type: 'success', message: label('created', 'Draft created.') });
      setCreating(undefined);
      setDraft({ title: '', stage: draft.stage, goal: draft.goal, channels: [] });
      feed.reload();
    } catch (err) {
      failed(err);
    }
  };

  /** Themes that cover `date` (yearly ones in any year), for the day's colour band. */
  const themesOn = (date: string) =>
    (ref?.themes ?? []).filter((theme) => {
      if (!theme.repeatsYearly) return theme.startDate <= date && date <= theme.endDate;
      const md = date.slice(5);
      const [from, to] = [theme.startDate.slice(5), theme.endDate.slice(5)];
      return from <= to ? from <= md && md <= to : md >= from || md <= to;
    });

  /** The whole series moved by the same days as this occurrence: first occurrence and weekdays. */
  const seriesMove = (m: Moving, date: string) => {
    if (!m.local || !m.item.publishAt || !m.item.recurrence) return null;
    const days = daysBetween(instantToLocal(new Date(m.item.start!), zone).slice(0, 10), date);
    const rule = shiftRule(m.item.recurrence, days);
    if (rule === null) return null;
    const first = instantToLocal(new Date(m.item.publishAt), m.item.timeZone);
    return { publishAt: localToInstant(moveToDate(first, addDays(first.slice(0, 10), days)), m.item.timeZone), recurrence: rule };
  };

  const moveSeries = async (m: Moving, date: string) => {
    const move = seriesMove(m, date);
    if (!move) return;
    try {
      await put(`/calendar/pieces/${m.item.documentId}/schedule`, {
        publishAt: move.publishAt.toISOString(),
        recurrence: move.recurrence,
        expectedUpdatedAt: m.item.updatedAt,
      });
      toggleNotification({ type: 'success', message: label('seriesMoved', 'The whole series was moved.') });
      feed.reload();
    } catch (err) {
      failed(err);
    }
  };

  const drop = (m: Moving, date: string) => {
    if (m.item.recurring && m.local) setAskSeries({ moving: m, date });
    else void schedule(m, date);
  };

  /** Props for a piece that can be dragged, and for a day that accepts it. */
  const dragSource = (m: Moving) => ({
    draggable: canPlan,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.setData('text/plain', m.item.documentId);
      event.dataTransfer.effectAllowed = 'move';
      setMoving(m);
    },
    onMove: canPlan ? () => (setMoveTarget(m), setMoveDate(m.local?.slice(0, 10) ?? today)) : undefined,
  });
  const dropTarget = (date: string) => ({
    onDragOver: (e: DragEvent) => {
      if (canPlan && moving) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      if (moving) drop(moving, date);
      setMoving(undefined);
    },
  });

  // Assignees seen in the loaded range, for the assignee filter.
  const assignees = useMemo(() => {
    const seen = new Map<number, NonNullable<AdminOccurrence['assignee']>>();
    for (const item of [...(feed.data?.data ?? []), ...(feed.data?.backlog ?? [])]) if (item.assignee) seen.set(item.assignee.id, item.assignee);
    return [...seen.values()];
  }, [feed.data]);
  const stageLabel = (s: string) => formatMessage({ id: getTranslation(`stage.${s}`), defaultMessage: s });
  const goalLabel = (g: string) => formatMessage({ id: getTranslation(`goal.${g}`), defaultMessage: g });
  const filterFields = [
    { name: 'channel' as const, label: label('channels', 'Channels'), options: (ref?.channels ?? []).map((c) => ({ value: c.slug, label: c.name })) },
    { name: 'persona' as const, label: label('personas', 'Personas'), options: (ref?.personas ?? []).map((p) => ({ value: p.slug, label: p.name })) },
    { name: 'theme' as const, label: label('themes', 'Themes'), options: (ref?.themes ?? []).map((t) => ({ value: t.slug, label: t.name })) },
    { name: 'stage' as const, label: label('stages', 'Funnel stages'), options: FUNNEL_STAGES.map((s) => ({ value: s, label: stageLabel(s) })) },
    { name: 'goal' as const, label: label('goals', 'Content goals'), options: CONTENT_GOALS.map((g) => ({ value: g, label: goalLabel(g) })) },
    {
      name: 'format' as const,
      label: label('formats', 'Formats'),
      options: CONTENT_FORMATS.map((f) => ({ value: f, label: formatMessage({ id: getTranslation(`format.${f}`), defaultMessage: f }) })),
    },
    {
      name: 'editorialStatus' as const,
      label: label('statuses', 'Editorial status'),
      options: EDITORIAL_STATUSES.map((e) => ({ value: e, label: formatMessage({ id: getTranslation(`editorial.${e}`), defaultMessage: e }) })),
    },
    {
      name: 'assignee' as const,
      label: label('assignee', 'Assignee'),
      options: [
        { value: 'me', label: label('assigneeMe', 'Me') },
        { value: 'none', label: label('assigneeNone', 'Nobody') },
        ...assignees.map((a) => ({ value: String(a.id), label: [a.firstname, a.lastname].filter(Boolean).join(' ') || String(a.id) })),
      ],
    },
  ];

  const filterBar: ReactNode = (
    <Grid.Root gap={2}>
      {filterFields.map((field) => (
        <Grid.Item key={field.name} col={2} s={6} direction="column" alignItems="stretch">
          <FilterSelect
            {...field}
            anyLabel={label('any', 'Any')}
            value={filters[field.name] ?? []}
            onChange={(values) => setParam(field.name, values.join(',') || null)}
          />
        </Grid.Item>
      ))}
    </Grid.Root>
  );

  const conflictNotice: ReactNode = conflict ? (
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
  ) : null;

  const problemsNotice: ReactNode = <ExpansionProblems problems={feed.data?.meta.problems} />;

  const dialogs: ReactNode = (
    <>
      <Dialog.Root open={Boolean(creating)} onOpenChange={(open: boolean) => !open && setCreating(undefined)}>
        <Dialog.Content>
          <Dialog.Header>
            {label('createTitle', 'New content piece')} · {creating && formatDate(`${creating}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}
          </Dialog.Header>
          <Dialog.Body>
            <Grid.Root gap={3}>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <Field.Root name="title" required>
                  <Field.Label>{label('pieceTitle', 'Title')}</Field.Label>
                  <TextInput name="title" value={draft.title} onChange={(e: any) => setDraft({ ...draft, title: e.target.value })} />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} direction="column" alignItems="stretch">
                <Field.Root name="funnelStage" required>
                  <Field.Label>{label('stage', 'Funnel stage')}</Field.Label>
                  <SingleSelect value={draft.stage} onChange={(v: string | number) => setDraft({ ...draft, stage: String(v) })}>
                    {FUNNEL_STAGES.map((s) => (
                      <SingleSelectOption key={s} value={s}>{stageLabel(s)}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} direction="column" alignItems="stretch">
                <Field.Root name="contentGoal" required>
                  <Field.Label>{label('goal', 'Content goal')}</Field.Label>
                  <SingleSelect value={draft.goal} onChange={(v: string | number) => setDraft({ ...draft, goal: String(v) })}>
                    {CONTENT_GOALS.map((g) => (
                      <SingleSelectOption key={g} value={g}>{goalLabel(g)}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <FilterSelect name="channels" label={label('channels', 'Channels')} anyLabel={label('none', 'None')} value={draft.channels} onChange={(v) => setDraft({ ...draft, channels: v })} options={(ref?.channels ?? []).map((c) => ({ value: c.slug, label: c.name }))} />
              </Grid.Item>
            </Grid.Root>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Dialog.Cancel>
            <Button disabled={!draft.title.trim()} onClick={() => void quickCreate()} data-testid="quick-create-save">
              {label('create', 'Create draft')}
            </Button>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
      <Dialog.Root open={Boolean(askSeries)} onOpenChange={(open: boolean) => !open && setAskSeries(undefined)}>
        <Dialog.Content>
          <Dialog.Header>{label('recurringTitle', 'Move a recurring piece')}</Dialog.Header>
          <Dialog.Body>
            <Typography>
              {askSeries && seriesMove(askSeries.moving, askSeries.date)
                ? label('recurringBodySeries', 'Move only this occurrence (it becomes a piece of its own, and the series skips this date), or the whole series?')
                : label('recurringBody', 'Move only this occurrence? It becomes a piece of its own, and the series skips this date. To change the whole series, edit its rule in the piece.')}
            </Typography>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Dialog.Cancel>
            {askSeries && seriesMove(askSeries.moving, askSeries.date) && (
              <Dialog.Action>
                <Button variant="secondary" data-testid="move-series" onClick={() => askSeries && (void moveSeries(askSeries.moving, askSeries.date), setAskSeries(undefined))}>
                  {label('wholeSeries', 'Move the whole series')}
                </Button>
              </Dialog.Action>
            )}
            <Dialog.Action>
              <Button data-testid="move-occurrence" onClick={() => askSeries && (void detach(askSeries.moving, askSeries.date), setAskSeries(undefined))}>
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
              <Button disabled={!isDate(moveDate)} onClick={() => moveTarget && (drop(moveTarget, moveDate), setMoveTarget(undefined))}>
                {label('move', 'Move')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </>
  );

  return { zone, today, params, setParam, feed, ref, canPlan, byDay, colorOf, label, dragSource, dropTarget, filterBar, conflictNotice, problemsNotice, dialogs, themesOn, startCreate: setCreating };
}
