import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ChannelTag } from '../api/editorial';
import { ChannelDot } from './ChannelDot';
import { getTranslation } from '../utils/getTranslation';

/** A piece's funnel stage and content goal as badges, then its channels as coloured dots. */
export const PieceTags = ({ funnelStage, contentGoal, channels }: { funnelStage: string; contentGoal: string; channels: ChannelTag[] }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, fallback: string) => formatMessage({ id: getTranslation(id), defaultMessage: fallback });
  return (
    <Flex gap={1} wrap="wrap">
      {funnelStage && (
        <Badge backgroundColor="primary100" textColor="primary700">
          {t(`stage.${funnelStage}`, funnelStage)}
        </Badge>
      )}
      {contentGoal && (
        <Badge backgroundColor="secondary100" textColor="secondary700">
          {t(`goal.${contentGoal}`, contentGoal)}
        </Badge>
      )}
      {channels.map((c) => (
        <Flex key={c.slug} gap={1} alignItems="center">
          <ChannelDot $color={c.color} />
          <Typography variant="pi">{c.name}</Typography>
        </Flex>
      ))}
    </Flex>
  );
};
