import { Button, Field, Flex, IconButton, TimePicker } from '@strapi/design-system';
import { Cross, Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** Several times of day for a community task (empty: the time of its first occurrence). */
export const TimesOfDay = ({ times, onChange, disabled }: { times: string[]; onChange: (times: string[]) => void; disabled?: boolean }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`customFields.recurrence.${id}`), defaultMessage });
  const replace = (i: number, value: string | undefined) => onChange(times.map((time, j) => (j === i ? (value ?? time) : time)));
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      {times.map((time, i) => (
        <Flex key={i} gap={2} alignItems="flex-end">
          <Field.Root name={`recurrence-time-${i}`} width="160px">
            <Field.Label>{t('timeOfDay', 'Time of day')}</Field.Label>
            <TimePicker value={time} step={15} disabled={disabled} onChange={(v) => replace(i, v)} clearLabel={t('clear', 'Clear')} />
          </Field.Root>
          <IconButton
            label={t('removeTime', 'Remove this time')}
            disabled={disabled}
            onClick={() => onChange(times.filter((_, j) => j !== i))}
          >
            <Cross />
          </IconButton>
        </Flex>
      ))}
      <Button
        variant="tertiary"
        startIcon={<Plus />}
        disabled={disabled}
        onClick={() => onChange([...times, times.length ? times[times.length - 1] : '09:00'])}
      >
        {t('addTime', 'Add a time of day')}
      </Button>
    </Flex>
  );
};
