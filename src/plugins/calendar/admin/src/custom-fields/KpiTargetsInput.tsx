import {
  Button,
  Field,
  Flex,
  IconButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { FUNNEL_STAGES, type FunnelStage } from '../../../core/enums';
import { KPI_METRICS, metricsForStage } from '../../../core/planning/kpi-catalogue';
import { PERIOD } from '../../../core/planning/kpi-input';
import { getTranslation } from '../utils/getTranslation';
import type { CustomFieldInputProps } from './field-props';

interface Target {
  metric: string;
  value: number;
  period?: string;
}

const asTargets = (value: unknown): Target[] =>
  Array.isArray(value)
    ? value.filter((t): t is Target => Boolean(t) && typeof t === 'object' && typeof (t as Target).metric === 'string')
    : [];

/**
 * KPI targets as a small table: a metric from the catalogue (the piece's own stage first), a
 * target and optionally the month it is for (empty: the month of publication). Stored as before,
 * a JSON list of { metric, value, period }.
 */
const KpiTargetsInput = ({ name, label, hint, required, disabled, error, value, onChange }: CustomFieldInputProps<Target[]>) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`customFields.kpiTargets.${id}`), defaultMessage });
  const stage = useForm('KpiTargetsInput', (state) => (state.values as Record<string, unknown>).funnelStage);
  const language = locale.startsWith('fi') ? 'fi' : 'en';
  const targets = asTargets(value);
  const own = FUNNEL_STAGES.includes(stage as FunnelStage) ? metricsForStage(stage as FunnelStage) : [];
  const metrics = [...own, ...KPI_METRICS.filter((m) => !own.includes(m))];
  const save = (next: Target[]) => onChange(name, next.length ? next : null);
  const patch = (i: number, change: Partial<Target>) =>
    save(
      targets.map((target, j) =>
        j === i
          ? (Object.fromEntries(Object.entries({ ...target, ...change }).filter(([, v]) => v !== undefined)) as unknown as Target)
          : target
      )
    );

  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={2} data-testid="kpi-targets">
        {targets.length === 0 && (
          <Typography variant="pi" textColor="neutral600">
            {t('none', 'No targets yet.')}
          </Typography>
        )}
        {targets.map((target, i) => (
          <Flex key={i} gap={2} alignItems="flex-end" wrap="wrap">
            <Field.Root name={`${name}.${i}.metric`} width="320px">
              <Field.Label>{t('metric', 'Metric')}</Field.Label>
              <SingleSelect value={target.metric} disabled={disabled} onChange={(metric) => patch(i, { metric: String(metric) })}>
                {metrics.map((m) => (
                  <SingleSelectOption key={m.key} value={m.key}>
                    {m.label[language]}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name={`${name}.${i}.value`} width="160px">
              <Field.Label>{t('value', 'Target')}</Field.Label>
              <NumberInput value={target.value} disabled={disabled} onValueChange={(v) => patch(i, { value: v ?? 0 })} />
            </Field.Root>
            <Field.Root
              name={`${name}.${i}.period`}
              width="160px"
              error={target.period && !PERIOD.test(target.period) ? t('periodFormat', 'A month, YYYY-MM') : undefined}
            >
              <Field.Label>{t('period', 'Month (optional)')}</Field.Label>
              <TextInput
                placeholder="2026-03"
                value={target.period ?? ''}
                disabled={disabled}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => patch(i, { period: e.target.value.trim() || undefined })}
              />
              <Field.Error />
            </Field.Root>
            <IconButton
              label={t('remove', 'Remove this target')}
              disabled={disabled}
              onClick={() => save(targets.filter((_, j) => j !== i))}
            >
              <Trash />
            </IconButton>
          </Flex>
        ))}
        <Flex>
          <Button
            variant="tertiary"
            startIcon={<Plus />}
            disabled={disabled}
            onClick={() => save([...targets, { metric: metrics[0].key, value: 0 }])}
          >
            {t('add', 'Add a target')}
          </Button>
        </Flex>
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default KpiTargetsInput;
