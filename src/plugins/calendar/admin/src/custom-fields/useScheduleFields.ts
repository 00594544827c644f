import { useForm } from '@strapi/strapi/admin';
import { useMemo } from 'react';
import { isValidTimeZone } from '../../../core/time-zone';

export interface ScheduleFields {
  /** The first publication (or a task's first time) as the form holds it: an ISO instant, or null. */
  start: string | null;
  /** The piece's IANA zone, when the form has a valid one. */
  timeZone: string | null;
  exceptions: string[];
  /** The repeat rule on screen (null: does not repeat). */
  rule: string | null;
}

/**
 * The schedule fields of the document being edited, read from the Content Manager's form: the
 * recurrence builder and the skipped-dates picker show occurrences in the piece's own zone,
 * from the values on screen (saved or not).
 */
export function useScheduleFields(startField = 'publishAt'): ScheduleFields {
  // Each field selected on its own, so typing in another field neither re-renders nor re-expands.
  const start = useForm('CalendarScheduleFields', (state) => (state.values as Record<string, unknown>)[startField]);
  const zone = useForm('CalendarScheduleFields', (state) => (state.values as Record<string, unknown>).timeZone);
  const exceptions = useForm('CalendarScheduleFields', (state) => (state.values as Record<string, unknown>).recurrenceExceptions);
  const rule = useForm('CalendarScheduleFields', (state) => (state.values as Record<string, unknown>).recurrence);
  return useMemo(
    () => ({
      rule: typeof rule === 'string' && rule.trim() ? rule : null,
      start: typeof start === 'string' && start ? start : null,
      timeZone: typeof zone === 'string' && isValidTimeZone(zone) ? zone : null,
      exceptions: Array.isArray(exceptions) ? exceptions.filter((e): e is string => typeof e === 'string') : [],
    }),
    [rule, start, zone, exceptions]
  );
}
