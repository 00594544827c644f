import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { pieceEditPath, type Mention } from '../../api';
import { formatInZone } from '../../utils/format-in-zone';
import { getTranslation } from '../../utils/getTranslation';

/** "Mentioned you": comments of the last 30 days that name the user, with a link to the piece. */
export const Mentions = ({ mentions, zone }: { mentions: Mention[]; zone: string }) => {
  const { formatMessage } = useIntl();
  if (mentions.length === 0) return null;
  return (
    <Box tag="section" aria-labelledby="my-work-mentions" data-testid="my-work-mentions">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2" id="my-work-mentions">
          {formatMessage({ id: getTranslation('myWork.mentions'), defaultMessage: 'Mentioned you ({count})' }, { count: mentions.length })}
        </Typography>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
          <ul>
            {mentions.map((m) => (
              <li key={m.commentId}>
                <Flex direction="column" alignItems="flex-start" paddingBottom={3}>
                  <Link tag={NavLink} to={pieceEditPath(m.piece.documentId)}>
                    {m.piece.title}
                  </Link>
                  <Typography variant="pi" textColor="neutral600">
                    {[m.by?.name, formatInZone(m.at, zone)].filter(Boolean).join(' · ')}
                  </Typography>
                  <Typography variant="omega" style={{ whiteSpace: 'pre-wrap' }}>
                    {m.excerpt}
                  </Typography>
                </Flex>
              </li>
            ))}
          </ul>
        </Box>
      </Flex>
    </Box>
  );
};
