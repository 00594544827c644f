/**
 * The calendar's saves: reschedule a piece, detach one occurrence of a series, move the whole
 * series, quick-create a draft. Each names the language version it changes (the occurrence's
 * `locale`; a new draft's chosen language). Each invalidates the views it changes (the feed refetches, also
 * after a 409, so the view shows the current state). A 409 (someone else changed the piece) is
 * kept as `conflict`, in the server's words, to show beside it; other errors notify.
 */
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { localToInstant } from '../../../core/time';
import { useDetachOccurrenceMutation, useQuickCreatePieceMutation, useSchedulePieceMutation } from '../api';
import { useProblemOf } from './useProblemOf';
import type { QuickCreateInput } from '../api';
import { DEFAULT_TIME, newInstant, seriesMove, type Moving } from '../utils/calendarMoves';
import { getTranslation } from '../utils/getTranslation';

export interface QuickDraft {
  title: string;
  stage: string;
  goal: string;
  channels: string[];
  /** The language the draft is written in; null = the default locale. */
  locale: string | null;
}

export function useCalendarMoves({ zone }: { zone: string }) {
  const { formatMessage, formatDate } = useIntl();
  const [schedulePiece] = useSchedulePieceMutation();
  const [detachOccurrence] = useDetachOccurrenceMutation();
  const [quickCreatePiece] = useQuickCreatePieceMutation();
  const problemOf = useProblemOf();
  const { toggleNotification } = useNotification();
  const [conflict, setConflict] = useState<string>();
  const label = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`month.${id}`), defaultMessage }, values);

  /** Runs a save; true when it went through. */
  const run = async (save: () => Promise<{ error?: unknown } | { data: unknown }>, success: string) => {
    const result = await save();
    const problem = 'error' in result ? problemOf(result.error) : undefined;
    if (!problem) {
      toggleNotification({ type: 'success', message: success });
      return true;
    }
    if (problem.status === 409) setConflict(problem.message || label('conflict', 'Someone else changed this piece.'));
    else toggleNotification({ type: 'danger', message: problem.message });
    return false;
  };

  const schedule = (m: Moving, date: string) =>
    run(
      () =>
        schedulePiece({
          documentId: m.item.documentId,
          publishAt: newInstant(m, date, zone).toISOString(),
          expectedUpdatedAt: m.item.updatedAt,
          locale: m.item.locale,
        }),
      label('moved', 'Moved to {date}.', { date: formatDate(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) })
    );

  const detach = (m: Moving, date: string) =>
    run(
      () =>
        detachOccurrence({
          documentId: m.item.documentId,
          occurrence: m.local!,
          publishAt: newInstant(m, date, zone).toISOString(),
          expectedUpdatedAt: m.item.updatedAt,
          locale: m.item.locale,
        }),
      label('detached', 'This occurrence is now a piece of its own.')
    );

  const moveSeries = async (m: Moving, date: string) => {
    const move = seriesMove(m, date, zone);
    if (!move) return false;
    return run(
      () =>
        schedulePiece({
          documentId: m.item.documentId,
          publishAt: move.publishAt.toISOString(),
          recurrence: move.recurrence,
          expectedUpdatedAt: m.item.updatedAt,
          locale: m.item.locale,
        }),
      label('seriesMoved', 'The whole series was moved.')
    );
  };

  const quickCreate = (date: string, draft: QuickDraft) =>
    run(
      () =>
        quickCreatePiece({
          title: draft.title,
          funnelStage: draft.stage as QuickCreateInput['funnelStage'],
          contentGoal: draft.goal as QuickCreateInput['contentGoal'],
          channels: draft.channels,
          publishAt: localToInstant(`${date}T${DEFAULT_TIME}`, zone).toISOString(),
          ...(draft.locale ? { locale: draft.locale } : {}),
        }),
      label('created', 'Draft created.')
    );

  return { schedule, detach, moveSeries, quickCreate, conflict, clearConflict: () => setConflict(undefined) };
}
