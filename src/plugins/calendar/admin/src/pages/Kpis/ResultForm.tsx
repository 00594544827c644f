import { Alert, Box, Button, Field, Flex, NumberInput, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FUNNEL_STAGE_LABELS } from '../../../../core/enums';
import { KPI_METRICS } from '../../../../core/planning/kpi-catalogue';
import { useSaveKpiResultsMutation, type KpiData, type KpiResultInput } from '../../api';
import { SingleFilter } from '../../components/SingleFilter';
import { useProblemOf } from '../../hooks/useProblemOf';
import { getTranslation } from '../../utils/getTranslation';

/** Enter a measured result by hand (integrations post the same through the API). */
/** The report refetches by itself: the save invalidates it. */
export const ResultForm = ({ pieces, year }: { pieces: KpiData['pieces']; year: number }) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(id), defaultMessage: fallback });
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const [saveKpiResults] = useSaveKpiResultsMutation();
  const problemOf = useProblemOf();
  const [piece, setPiece] = useState('');
  const [metric, setMetric] = useState('');
  const [period, setPeriod] = useState(`${year}-01`);
  const [value, setValue] = useState<number | undefined>();
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  // Another year keeps the chosen month (state adjusted while rendering, as React recommends).
  const [periodYear, setPeriodYear] = useState(year);
  if (periodYear !== year) {
    setPeriodYear(year);
    setPeriod((p) => `${year}-${p.slice(5, 7) || '01'}`);
  }
  const submit = async () => {
    const result = await saveKpiResults([{ piece, metric: metric as KpiResultInput['metric'], period, value: value! }]);
    const problem = 'error' in result ? problemOf(result.error) : undefined;
    setMessage(problem ? { kind: 'danger', text: problem.message } : { kind: 'success', text: t('kpis.saved', 'Result saved.') });
  };
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Typography variant="delta" tag="h3">
        {t('kpis.enter', 'Enter a result')}
      </Typography>
      {message && (
        <Alert variant={message.kind} closeLabel="×" onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      <Flex gap={2} wrap="wrap" alignItems="flex-end" paddingTop={2}>
        <SingleFilter
          name="piece"
          label={t('kpis.piece', 'Content piece')}
          anyLabel="–"
          value={piece}
          onChange={(v) => setPiece(v ?? '')}
          options={pieces.map((p) => ({ value: p.documentId, label: p.title }))}
        />
        <SingleFilter
          name="metric"
          label={t('kpis.metric', 'Metric')}
          anyLabel="–"
          value={metric}
          onChange={(v) => setMetric(v ?? '')}
          options={KPI_METRICS.map((m) => ({ value: m.key, label: `${FUNNEL_STAGE_LABELS[m.stage][lang]}: ${m.label[lang]}` }))}
        />
        <Field.Root name="period">
          <Field.Label>{t('kpis.period', 'Month (YYYY-MM)')}</Field.Label>
          <TextInput value={period} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPeriod(e.target.value)} />
        </Field.Root>
        <Field.Root name="value">
          <Field.Label>{t('kpis.value', 'Value')}</Field.Label>
          <NumberInput value={value} onValueChange={(v: number | undefined) => setValue(v)} />
        </Field.Root>
        <Button onClick={submit} disabled={!piece || !metric || value === undefined}>
          {t('kpis.save', 'Save result')}
        </Button>
      </Flex>
    </Box>
  );
};
