import { DatePicker, Field, Flex, TimePicker, Typography } from '@strapi/design-system';
import { format } from 'date-fns';
import { useIntl } from 'react-intl';
import { instantToLocal, localToInstant } from '../../../core/time';
import { formatInZone, viewerZone } from '../utils/format-in-zone';
import { getTranslation } from '../utils/getTranslation';
import type { CustomFieldInputProps } from './field-props';
import { useDefaultTimeZone } from './useDefaultTimeZone';
import { useScheduleFields } from './useScheduleFields';

const dayOf = (local: string) => new Date(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)), 12);

/**
 * A date-time entered and shown on the piece's own clock: 08:00 means 08:00 in the piece's zone
 * (Europe/Helsinki), whatever zone the browser is in. The stored value stays the UTC instant; the
 * viewer's own time is shown beside it when the two clocks differ.
 */
const PublishTimeInput = ({ name, label, hint, required, disabled, error, value, onChange }: CustomFieldInputProps<string>) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(`customFields.publishTime.${id}`), defaultMessage }, values);
  const schedule = useScheduleFields();
  const fallback = useDefaultTimeZone();
  const zone = schedule.timeZone ?? fallback ?? viewerZone();
  const instant = value ? new Date(value) : null;
  const local = instant && !Number.isNaN(instant.getTime()) ? instantToLocal(instant, zone) : null;
  const set = (date: string, time: string) => onChange(name, localToInstant(`${date}T${time}`, zone).toISOString());
  const mine = viewerZone();
  const elsewhere = instant && local && instantToLocal(instant, mine) !== local ? formatInZone(instant, mine) : null;

  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Field.Label>{t('label', '{label} ({zone})', { label, zone })}</Field.Label>
      <Flex gap={2} alignItems="center" wrap="wrap">
        <DatePicker
          aria-label={t('date', 'Date')}
          value={local ? dayOf(local) : undefined}
          disabled={disabled}
          clearLabel={t('clear', 'Clear')}
          onClear={() => onChange(name, null)}
          onChange={(date) => date && set(format(date, 'yyyy-MM-dd'), local?.slice(11, 16) ?? '09:00')}
        />
        <TimePicker
          aria-label={t('time', 'Time')}
          value={local?.slice(11, 16)}
          step={15}
          disabled={disabled || !local}
          clearLabel={t('clear', 'Clear')}
          onChange={(time) => time && local && set(local.slice(0, 10), time.slice(0, 5))}
        />
        {elsewhere && (
          <Typography variant="pi" textColor="neutral600" data-testid="viewer-time">
            {t('viewer', '= {time} your time ({zone})', { time: elsewhere, zone: mine })}
          </Typography>
        )}
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default PublishTimeInput;
