import { Alert, Box } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Problem } from '../hooks/useProblemOf';
import { getTranslation } from '../utils/getTranslation';

/**
 * A refused save, or a failed load, in the server's own words (it names the field, e.g.
 * "publishAt is required before a piece can be approved"). A 409 says so: the view has been
 * refetched meanwhile. Alert does not forward data-* props, hence the Box.
 */
export const ProblemAlert = ({
  problem,
  onClose,
  testId = 'problem',
  kind = 'save',
}: {
  problem?: Problem;
  onClose?: () => void;
  testId?: string;
  kind?: 'save' | 'load';
}) => {
  const { formatMessage } = useIntl();
  if (!problem) return null;
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`problem.${id}`), defaultMessage });
  const conflict = kind === 'save' && problem.status === 409;
  const title =
    kind === 'load'
      ? t('loadTitle', 'Could not load')
      : conflict
        ? t('conflictTitle', 'Someone else changed this meanwhile')
        : t('title', 'Not saved');
  return (
    <Box data-testid={testId} data-status={problem.status}>
      <Alert variant={conflict ? 'warning' : 'danger'} title={title} onClose={onClose} closeLabel={t('close', 'Close')}>
        {problem.message}
        {conflict ? ` ${t('reloaded', 'The view now shows the latest version: check it and try again.')}` : ''}
      </Alert>
    </Box>
  );
};
