import { Alert, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { pieceEditPath } from '../api/editorial';
import type { ExpansionProblem } from '../api/occurrences';
import { getTranslation } from '../utils/getTranslation';
import { LocaleBadge } from './LocaleBadge';

/**
 * Pieces the admin feed left out because their repeat rule cannot be expanded (a rule stored
 * before the checks, or written straight into the database): named, with the reason, and a link
 * to the piece so someone can fix the rule. Nothing is shown when there are none.
 */
export const ExpansionProblems = ({ problems }: { problems: readonly ExpansionProblem[] | undefined }) => {
  const { formatMessage } = useIntl();
  if (!problems || problems.length === 0) return null;
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(`month.${id}`), defaultMessage });
  return (
    <Box data-testid="expansion-problems">
      <Alert variant="warning" title={t('cannotExpandTitle', 'Cannot be expanded')} closeLabel={t('close', 'Close')}>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography>
            {t(
              'cannotExpandHelp',
              'These pieces are left out of the calendar because their repeat rule cannot be expanded. Open a piece to fix its rule.'
            )}
          </Typography>
          {problems.map((problem) => (
            <Typography key={`${problem.documentId}-${problem.locale}`} variant="pi">
              {/* The rule to fix is this language version's own. */}
              <RouterLink to={pieceEditPath(problem.documentId, problem.locale)}>{problem.title}</RouterLink>
              <LocaleBadge locale={problem.locale} />
              {' — '}
              {problem.kind === 'budget' ? t('cannotExpandBudget', 'Too slow to expand for this range.') : problem.message}
            </Typography>
          ))}
        </Flex>
      </Alert>
    </Box>
  );
};
