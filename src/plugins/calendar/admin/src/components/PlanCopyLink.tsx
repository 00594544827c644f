import { LinkButton } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { ACTIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const PLAN = [{ action: ACTIONS.plan, subject: null }];

/** "Copy to 2027…" from the year wheel or the grid, for those who may plan. */
export const PlanCopyLink = ({ year }: { year: number }) => {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC(PLAN);
  if (!allowedActions.canPlan) return null;
  return (
    <LinkButton tag={RouterLink} to={`../plan-copy?year=${year}`} variant="tertiary" size="S" data-testid="plan-copy-link">
      {formatMessage({ id: getTranslation('planCopy.link'), defaultMessage: 'Copy to {year}…' }, { year: year + 1 })}
    </LinkButton>
  );
};
