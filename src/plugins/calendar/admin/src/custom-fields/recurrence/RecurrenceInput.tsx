import { Box, Field, Flex, TextButton, TextInput, Toggle, Typography } from '@strapi/design-system';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { checkReachable } from '../../../../core/recurrence/reachability';
import { defaultForm, formProblem, formToRule, ruleToForm, type RuleForm } from '../../../../core/recurrence/rule-form';
import { describeRule } from '../../../../core/recurrence/rule-words';
import { instantToLocal } from '../../../../core/time';
import { getTranslation } from '../../utils/getTranslation';
import type { CustomFieldInputProps } from '../field-props';
import { useScheduleFields } from '../useScheduleFields';
import { NextOccurrences } from './NextOccurrences';
import { RuleBuilder } from './RuleBuilder';

/**
 * The recurrence field of a piece or community task: a builder for the common rules, the rule in
 * words and the next occurrences in the piece's zone, and an advanced mode for any RRULE. The
 * stored value stays the RRULE text (null: does not repeat). A stored rule the builder cannot
 * show opens in the advanced mode, so nothing the rule says is lost by opening the page.
 */
const RecurrenceInput = ({ name, label, hint, required, disabled, error, value, onChange, attribute }: CustomFieldInputProps<string>) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`customFields.recurrence.${id}`), defaultMessage });
  const startField = typeof attribute.options?.startField === 'string' ? attribute.options.startField : 'publishAt';
  const schedule = useScheduleFields(startField);
  const rule = value || null;
  const storedForm = useMemo(() => ruleToForm(rule), [rule]);
  const [textMode, setTextMode] = useState(false);
  // A rule the builder cannot show is always edited as text, whenever it arrives.
  const advanced = textMode || (Boolean(rule) && !storedForm);
  // The builder edits a draft: a choice that does not change the rule yet (a second time of day
  // being set, an invalid combination) stays on screen. The stored rule wins when it differs.
  const [draft, setDraft] = useState<RuleForm>(storedForm ?? defaultForm());
  const draftRule = formProblem(draft) ? null : formToRule(draft);
  const form = storedForm && draftRule !== formToRule(storedForm) && !formProblem(draft) ? storedForm : draft;
  // The text being typed in the advanced mode (emptying the box does not switch repeating off).
  const [text, setText] = useState<string | null>(null);
  const language = locale.startsWith('fi') ? 'fi' : 'en';
  const start = schedule.start && schedule.timeZone ? instantToLocal(new Date(schedule.start), schedule.timeZone) : null;

  const problem = useMemo(() => {
    if (!rule || !schedule.start || !schedule.timeZone) return null;
    const check = checkReachable({ start: new Date(schedule.start), timeZone: schedule.timeZone, recurrence: rule }, startField);
    return check.ok ? null : `${name} ${check.message}`;
  }, [rule, schedule.start, schedule.timeZone, startField, name]);
  const words = rule && start ? describeRule(rule, { language, start, exceptions: schedule.exceptions }) : null;

  const update = (next: RuleForm) => {
    setDraft(next);
    if (!formProblem(next) && formToRule(next) !== rule) onChange(name, formToRule(next));
  };
  const repeats = Boolean(rule);

  return (
    <Field.Root name={name} hint={hint} error={error ?? problem ?? undefined} required={required}>
      <Field.Label>{label}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={1}>
        <Flex gap={4} wrap="wrap" alignItems="center">
          <Toggle
            onLabel={t('repeats', 'Repeats')}
            offLabel={t('once', 'Does not repeat')}
            checked={repeats}
            disabled={disabled}
            onChange={() => (repeats ? onChange(name, null) : onChange(name, formToRule(formProblem(draft) ? defaultForm() : draft)))}
          />
          {repeats && (
            <TextButton
              disabled={disabled || (advanced && !storedForm)}
              onClick={() => {
                setText(null);
                setTextMode(!advanced);
              }}
            >
              {advanced ? t('useBuilder', 'Use the builder') : t('useText', 'Write the rule as text (RRULE)')}
            </TextButton>
          )}
        </Flex>
        {repeats && !advanced && <RuleBuilder form={form} onChange={update} disabled={disabled} allowTimes={startField !== 'publishAt'} />}
        {repeats && advanced && (
          <TextInput
            aria-label={t('advanced', 'RRULE text')}
            value={text ?? rule ?? ''}
            disabled={disabled}
            placeholder="FREQ=WEEKLY;BYDAY=TU"
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
              setText(e.target.value);
              if (e.target.value.trim()) onChange(name, e.target.value.trim());
            }}
          />
        )}
        {repeats && (
          <Box>
            <Typography data-testid="recurrence-words" fontWeight="semiBold">
              {words ?? (advanced ? rule : t('noWords', 'Set the first publication and time zone to see the dates.'))}
            </Typography>
            {formProblem(form) && !advanced && (
              <Typography variant="pi" textColor="danger600">
                {formProblem(form)}
              </Typography>
            )}
            <NextOccurrences schedule={{ ...schedule, rule: problem ? null : rule }} />
          </Box>
        )}
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default RecurrenceInput;
