/**
 * The calendar's saves: reschedule a piece, detach one occurrence of a series, move the whole
 * series, quick-create a draft. A 409 (someone else changed the piece) is kept as `conflict`,
 * in the server's words, for the view to show beside the current state; other errors notify.
 */
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { localToInstant } from '../../../core/time';
import { apiProblem } from '../api/problem';
import { DEFAULT_TIME, newInstant, seriesMove, type Moving } from '../utils/calendarMoves';
import { getTranslation } from '../utils/getTranslation';

export interface QuickDraft {
  title: string;
  stage: string;
  goal: string;
  channels: string[];
}

export function useCalendarMoves({ zone, onSaved }: { zone: string; onSaved: () => void }) {
  const { formatMessage, formatDate } = useIntl();
  const { put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [conflict, setConflict] = useState<string>();
  const label = (id: string, defaultMessage: string, values?: Record<string, string>) => formatMessage({ id: getTranslation(`month.${id}`), defaultMessage }, values);

  /** Runs a save; true when it went through. */
  const run = async (save: () => Promise<unknown>, success: string) => {
    try {
      await save();
      toggleNotification({ type: 'success', message: success });
      onSaved();
      return true;
    } catch (err) {
      const problem = apiProblem(err);
      if (problem.status === 409) setConflict(problem.message || label('conflict', 'Someone else changed this piece.'));
      else toggleNotification({ type: 'danger', message: problem.message });
      return false;
    }
  };

  const schedule = (m: Moving, date: string) =>
    run(
      () => put(`/calendar/pieces/${m.item.documentId}/schedule`, { publishAt: newInstant(m, date, zone).toISOString(), expectedUpdatedAt: m.item.updatedAt }),
      label('moved', 'Moved to {date}.', { date: formatDate(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) })
    );

  const detach = (m: Moving, date: string) =>
    run(
      () =>
        post(`/calendar/pieces/${m.item.documentId}/detach-occurrence`, {
          occurrence: m.local,
          publishAt: newInstant(m, date, zone).toISOString(),
          expectedUpdatedAt: m.item.updatedAt,
        }),
      label('detached', 'This occurrence is now a piece of its own.')
    );

  const moveSeries = async (m: Moving, date: string) => {
    const move = seriesMove(m, date, zone);
    if (!move) return false;
    return run(
      () => put(`/calendar/pieces/${m.item.documentId}/schedule`, { publishAt: move.publishAt.toISOString(), recurrence: move.recurrence, expectedUpdatedAt: m.item.updatedAt }),
      label('seriesMoved', 'The whole series was moved.')
    );
  };

  const quickCreate = (date: string, draft: QuickDraft) =>
    run(
      () =>
        post('/calendar/pieces', {
          title: draft.title,
          funnelStage: draft.stage,
          contentGoal: draft.goal,
          channels: draft.channels,
          publishAt: localToInstant(`${date}T${DEFAULT_TIME}`, zone).toISOString(),
        }),
      label('created', 'Draft created.')
    );

  return { schedule, detach, moveSeries, quickCreate, conflict, clearConflict: () => setConflict(undefined) };
}
