import { Checkbox, Field, Flex, Typography } from '@strapi/design-system';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { localToInstant } from '../../../core/time';
import { useFormatWithWeekday } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';
import type { CustomFieldInputProps } from './field-props';
import { nextOccurrences, skipsAnOccurrence } from './recurrence/next-occurrences';
import { useScheduleFields } from './useScheduleFields';

const LISTED = 20;

/**
 * Skipped occurrences, ticked off a list of the next ones instead of typed as JSON. The stored
 * value stays the list of local `YYYY-MM-DDTHH:mm`; skipped dates that are no longer upcoming
 * (past, or moved by a rule change) stay listed so they can be seen and removed, never dropped.
 */
const SkippedDatesInput = ({
  name,
  label,
  hint,
  required,
  disabled,
  error,
  value,
  onChange,
  attribute,
}: CustomFieldInputProps<string[]>) => {
  const { formatMessage } = useIntl();
  const withWeekday = useFormatWithWeekday();
  const t = (id: string, defaultMessage: string) =>
    formatMessage({ id: getTranslation(`customFields.skippedDates.${id}`), defaultMessage });
  const startField = typeof attribute.options?.startField === 'string' ? attribute.options.startField : 'publishAt';
  const schedule = useScheduleFields(startField);
  const skipped = useMemo(() => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []), [value]);
  const rule = schedule.rule;
  const { occurrences } = useMemo(() => nextOccurrences({ ...schedule, exceptions: skipped }, { count: LISTED }), [schedule, skipped]);
  const listed = new Set(occurrences.map((o) => o.local));
  const others = skipped.filter((s) => !listed.has(s));
  const set = (local: string, skip: boolean) => {
    const next = skip ? [...new Set([...skipped, local])].sort() : skipped.filter((s) => s !== local);
    onChange(name, next.length ? next : null);
  };
  const zone = schedule.timeZone ?? 'UTC';
  const when = (local: string) => withWeekday(localToInstant(local, zone), zone);

  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      {!rule ? (
        <Typography variant="pi" textColor="neutral600">
          {t('notRecurring', 'Only a repeating piece has dates to skip.')}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="flex-start" gap={1} data-testid="skipped-dates">
          <Typography variant="pi" textColor="neutral600">
            {t('help', 'Tick a date to skip it; the rest of the series stays.')}
          </Typography>
          {occurrences.map((o) => (
            <Checkbox key={o.local} disabled={disabled} checked={o.skipped} onCheckedChange={(on) => set(o.local, on === true)}>
              {when(o.local)}
            </Checkbox>
          ))}
          {others.map((local) => (
            <Checkbox key={local} disabled={disabled} checked onCheckedChange={(on) => set(local, on === true)}>
              {`${local.replace('T', ' ')} — ${t('notUpcoming', 'not among the next dates')}`}
              {!skipsAnOccurrence(schedule, local) && (
                <Typography variant="pi" textColor="danger600" data-testid="stale-skipped-date">
                  {` ${t('stale', 'No longer a date of the series (its time or zone changed): it skips nothing. Untick it and tick the new date.')}`}
                </Typography>
              )}
            </Checkbox>
          ))}
        </Flex>
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default SkippedDatesInput;
