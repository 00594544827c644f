import { Box, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useTheme } from 'styled-components';
import { FUNNEL_STAGES, FUNNEL_STAGE_LABELS, type FunnelStage } from '../../../../core/enums';
import { BUYING_STAGE_LABELS, TACTIC_CRITERIA, TACTIC_CRITERION_LABELS, tacticsForStage } from '../../../../core/planning/tactics-matrix';
import { getTranslation } from '../../utils/getTranslation';

/** Good ratings green, poor ones red, mixed or unknown grey. */
const LEVEL_COLOR: Record<string, string> = {
  high: 'success600',
  'medium-high': 'success500',
  medium: 'warning600',
  'low-medium': 'danger500',
  low: 'danger600',
  'low-high': 'neutral500',
  unknown: 'neutral300',
};

/** The tactics matrix as a reference beside the grid: how each tactic rates for a stage. */
export const TacticsPanel = () => {
  const { formatMessage, locale } = useIntl();
  const lang = locale.startsWith('fi') ? 'fi' : 'en';
  const { colors } = useTheme();
  const [stage, setStage] = useState<FunnelStage>('reach');
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid="tactics-panel">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3">
          {formatMessage({ id: getTranslation('tactics.title'), defaultMessage: 'Tactics matrix' })}
        </Typography>
        <SingleSelect
          aria-label={formatMessage({ id: getTranslation('tactics.stage'), defaultMessage: 'Stage' })}
          value={stage}
          onChange={(value: string | number) => setStage(value as FunnelStage)}
        >
          {FUNNEL_STAGES.map((s) => (
            <SingleSelectOption key={s} value={s}>
              {FUNNEL_STAGE_LABELS[s][lang]}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        {tacticsForStage(stage).map((tactic) => (
          <Box
            key={`${tactic.stage}-${tactic.key}`}
            paddingTop={2}
            borderColor="neutral150"
            style={{ borderTop: `1px solid ${colors.neutral150}` }}
          >
            <Typography fontWeight="bold">{tactic.label[lang]}</Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {BUYING_STAGE_LABELS[tactic.stage][lang]}
            </Typography>
            <dl style={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: '2px 8px', margin: '4px 0 0' }}>
              {TACTIC_CRITERIA.map((criterion) => (
                <div key={criterion} style={{ display: 'contents' }}>
                  <dt>
                    <Typography variant="pi">{TACTIC_CRITERION_LABELS[criterion][lang]}</Typography>
                  </dt>
                  <dd style={{ margin: 0 }}>
                    <Typography variant="pi" textColor={LEVEL_COLOR[tactic.ratings[criterion].level]}>
                      {tactic.ratings[criterion][lang]}
                    </Typography>
                  </dd>
                </div>
              ))}
            </dl>
          </Box>
        ))}
      </Flex>
    </Box>
  );
};
