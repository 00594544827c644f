import { Checkbox, DatePicker, Field, Flex, NumberInput, Radio, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { format } from 'date-fns';
import { useIntl } from 'react-intl';
import { FREQUENCIES, LAST_DAY, WEEK_OF_MONTH, type Frequency, type RuleForm, type Weekday } from '../../../../core/recurrence/rule-form';
import { WEEKDAYS } from '../../../../core/recurrence/validate-rrule';
import { getTranslation } from '../../utils/getTranslation';
import { TimesOfDay } from './TimesOfDay';

interface Props {
  form: RuleForm;
  onChange: (form: RuleForm) => void;
  disabled?: boolean;
  /** Community tasks happen several times a day; a piece publishes once per occurrence. */
  allowTimes: boolean;
}

const FREQUENCY_LABELS: Record<Frequency, string> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', yearly: 'Yearly' };
const NTH_LABELS: Record<number, string> = { 1: 'First', 2: 'Second', 3: 'Third', 4: 'Fourth', [-1]: 'Last' };
/**
 * A typed number the rule can take, or undefined while the field is empty or out of range: the
 * field keeps what is being typed (clearing "10" to type "5" must not become 15) and the rule
 * changes once the number is whole and in range.
 */
const whole = (v: number | undefined, min: number, max = Infinity) =>
  v !== undefined && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Weekday and month names in the viewer's language, from Intl (1 Jan 2024 was a Monday). */
const useNames = () => {
  const { locale } = useIntl();
  const dtf = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options);
  return {
    weekday: (d: Weekday) => dtf({ weekday: 'long' }).format(new Date(2024, 0, 1 + WEEKDAYS.indexOf(d), 12)),
    month: (m: number) => dtf({ month: 'long' }).format(new Date(2024, m - 1, 15, 12)),
  };
};

/** The builder's controls: how often, on which days, and when the series ends. */
export const RuleBuilder = ({ form, onChange, disabled, allowTimes }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`customFields.recurrence.${id}`), defaultMessage }, values);
  const names = useNames();
  const set = (patch: Partial<RuleForm>) => onChange({ ...form, ...patch });
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const unit: Record<Frequency, string> = {
    daily: t('unit.daily', 'day(s)'),
    weekly: t('unit.weekly', 'week(s)'),
    monthly: t('unit.monthly', 'month(s)'),
    yearly: t('unit.yearly', 'year(s)'),
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={3} alignItems="flex-end" wrap="wrap">
        <Field.Root name="recurrence-frequency" width="200px">
          <Field.Label>{t('frequency', 'How often')}</Field.Label>
          <SingleSelect value={form.frequency} disabled={disabled} onChange={(v) => set({ frequency: v as Frequency })}>
            {FREQUENCIES.map((f) => (
              <SingleSelectOption key={f} value={f}>
                {t(`frequency.${f}`, FREQUENCY_LABELS[f])}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="recurrence-interval" width="160px" hint={unit[form.frequency]}>
          <Field.Label>{t('interval', 'Every')}</Field.Label>
          <NumberInput value={form.interval} disabled={disabled} onValueChange={(v) => whole(v, 1) && set({ interval: whole(v, 1)! })} />
          <Field.Hint />
        </Field.Root>
      </Flex>

      {form.frequency === 'weekly' && (
        <Flex gap={3} wrap="wrap" role="group" aria-label={t('weekdays', 'On')}>
          {WEEKDAYS.map((d) => (
            <Checkbox
              key={d}
              disabled={disabled}
              checked={form.weekdays.includes(d)}
              onCheckedChange={(on) => set({ weekdays: toggle(form.weekdays, d, on === true) })}
            >
              {names.weekday(d)}
            </Checkbox>
          ))}
        </Flex>
      )}

      {form.frequency === 'monthly' && (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Radio.Group
            value={form.monthly?.by === 'day' && form.monthly.day === LAST_DAY ? 'last' : (form.monthly?.by ?? 'start')}
            disabled={disabled}
            aria-label={t('monthlyOn', 'On')}
            onValueChange={(by) =>
              set({
                monthly:
                  by === 'day'
                    ? { by: 'day', day: 1 }
                    : by === 'last'
                      ? { by: 'day', day: LAST_DAY }
                      : by === 'weekday'
                        ? { by: 'weekday', nth: 1, weekday: 'MO' }
                        : null,
              })
            }
          >
            <Radio.Item value="start">{t('monthly.start', 'On the day of the first publication')}</Radio.Item>
            <Radio.Item value="day">{t('monthly.day', 'On day')}</Radio.Item>
            <Radio.Item value="last">{t('monthly.last', 'On the last day of the month')}</Radio.Item>
            <Radio.Item value="weekday">{t('monthly.weekday', 'On a weekday of the month')}</Radio.Item>
          </Radio.Group>
          {form.monthly?.by === 'day' && form.monthly.day !== LAST_DAY && (
            <Field.Root name="recurrence-month-day" width="160px">
              <Field.Label>{t('monthDay', 'Day of the month')}</Field.Label>
              <NumberInput
                value={form.monthly.day}
                disabled={disabled}
                onValueChange={(v) => whole(v, 1, 31) && set({ monthly: { by: 'day', day: whole(v, 1, 31)! } })}
              />
            </Field.Root>
          )}
          {form.monthly?.by === 'weekday' && (
            <Flex gap={3}>
              <SingleSelect
                aria-label={t('nth', 'Which')}
                value={String(form.monthly.nth)}
                disabled={disabled}
                onChange={(v) => form.monthly?.by === 'weekday' && set({ monthly: { ...form.monthly, nth: Number(v) as never } })}
              >
                {WEEK_OF_MONTH.map((n) => (
                  <SingleSelectOption key={n} value={String(n)}>
                    {t(`nth.${n}`, NTH_LABELS[n])}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <SingleSelect
                aria-label={t('weekday', 'Weekday')}
                value={form.monthly.weekday}
                disabled={disabled}
                onChange={(v) => form.monthly?.by === 'weekday' && set({ monthly: { ...form.monthly, weekday: v as Weekday } })}
              >
                {WEEKDAYS.map((d) => (
                  <SingleSelectOption key={d} value={d}>
                    {names.weekday(d)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Flex>
          )}
          <Typography variant="pi" textColor="neutral600">
            {t('months', 'In the months (none ticked: every month)')}
          </Typography>
          <Flex gap={3} wrap="wrap">
            {MONTHS.map((m) => (
              <Checkbox
                key={m}
                disabled={disabled}
                checked={form.months.includes(m)}
                onCheckedChange={(on) => set({ months: toggle(form.months, m, on === true).sort((a, b) => a - b) })}
              >
                {names.month(m)}
              </Checkbox>
            ))}
          </Flex>
        </Flex>
      )}

      {allowTimes && <TimesOfDay times={form.times} disabled={disabled} onChange={(times) => set({ times })} />}

      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600">
          {t('ends', 'Ends')}
        </Typography>
        <Radio.Group
          value={form.end.kind}
          disabled={disabled}
          aria-label={t('ends', 'Ends')}
          onValueChange={(kind) =>
            set({
              end:
                kind === 'count'
                  ? { kind: 'count', count: 10 }
                  : kind === 'until'
                    ? { kind: 'until', date: format(new Date(), 'yyyy-12-31') }
                    : { kind: 'never' },
            })
          }
        >
          <Radio.Item value="never">{t('ends.never', 'Never')}</Radio.Item>
          <Radio.Item value="until">{t('ends.until', 'On a date')}</Radio.Item>
          <Radio.Item value="count">{t('ends.count', 'After a number of times')}</Radio.Item>
        </Radio.Group>
        {form.end.kind === 'until' && (
          <Field.Root name="recurrence-until" width="240px">
            <Field.Label>{t('until', 'Last day')}</Field.Label>
            <DatePicker
              value={new Date(`${form.end.date}T12:00`)}
              disabled={disabled}
              clearLabel={t('clear', 'Clear')}
              onChange={(date) => date && set({ end: { kind: 'until', date: format(date, 'yyyy-MM-dd') } })}
            />
          </Field.Root>
        )}
        {form.end.kind === 'count' && (
          <Field.Root name="recurrence-count" width="160px">
            <Field.Label>{t('count', 'Times')}</Field.Label>
            <NumberInput
              value={form.end.count}
              disabled={disabled}
              onValueChange={(v) => whole(v, 1) && set({ end: { kind: 'count', count: whole(v, 1)! } })}
            />
          </Field.Root>
        )}
      </Flex>
    </Flex>
  );
};
