import { Box, Button, Checkbox, Field, Flex, Link, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { ParamChanges } from '../../hooks/useUrlParams';
import { getTranslation } from '../../utils/getTranslation';
import { isDate } from '../../utils/period';
import { PERIOD_KINDS, type PeriodKind } from './period';

const ANY = 'any';
const PERIOD_LABELS: Record<PeriodKind, string> = { today: 'Today', week: 'This week', custom: 'Custom' };
const TASKS_PATH = '/content-manager/collection-types/plugin::calendar.community-task';

/** The agenda's period (today, this week, custom dates), channel and "only mine"; changes go to the URL. */
export const CommunityFilters = ({
  kind,
  period,
  channel,
  mine,
  channels,
  onChange,
}: {
  kind: PeriodKind;
  period: { from: string; to: string } | null;
  channel: string | null;
  mine: boolean;
  channels: Array<{ slug: string; name: string }>;
  onChange: (changes: ParamChanges) => void;
}) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`community.${id}`), defaultMessage });
  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end">
      <Flex gap={1} role="group" aria-label={t('period', 'Period')}>
        {PERIOD_KINDS.map((k) => (
          <Button
            key={k}
            variant={k === kind ? 'default' : 'tertiary'}
            aria-pressed={k === kind}
            onClick={() =>
              onChange(k === 'custom' && period ? { period: k, from: period.from, to: period.to } : { period: k, from: null, to: null })
            }
          >
            {t(`period.${k}`, PERIOD_LABELS[k])}
          </Button>
        ))}
      </Flex>
      {kind === 'custom' &&
        period &&
        (['from', 'to'] as const).map((end) => (
          <Box key={end} width="180px">
            <Field.Root name={end}>
              <Field.Label>{end === 'from' ? t('from', 'From') : t('to', 'To')}</Field.Label>
              <TextInput
                type="date"
                name={end}
                value={period[end]}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                  isDate(e.target.value) && onChange({ ...period, [end]: e.target.value })
                }
              />
            </Field.Root>
          </Box>
        ))}
      <Box width="220px">
        <Field.Root name="channel">
          <Field.Label>{t('channel', 'Channel')}</Field.Label>
          <SingleSelect
            value={channel ?? ANY}
            onChange={(v: string | number) => onChange({ channel: String(v) === ANY ? null : String(v) })}
          >
            <SingleSelectOption value={ANY}>{t('allChannels', 'All channels')}</SingleSelectOption>
            {channels.map((c) => (
              <SingleSelectOption key={c.slug} value={c.slug}>
                {c.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box paddingBottom={3}>
        <Checkbox
          checked={mine}
          onCheckedChange={(checked: boolean | 'indeterminate') => onChange({ mine: checked === true ? '1' : null })}
        >
          {t('onlyMine', 'Only mine')}
        </Checkbox>
      </Box>
      <Box paddingBottom={2} marginLeft="auto">
        <Link tag={RouterLink} to={TASKS_PATH}>
          {t('manageTasks', 'Manage tasks')}
        </Link>
      </Box>
    </Flex>
  );
};
