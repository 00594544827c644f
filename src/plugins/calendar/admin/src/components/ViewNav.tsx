import { Flex, Link } from '@strapi/design-system';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { getTranslation } from '../utils/getTranslation';
import { VIEWS } from '../utils/views';

const PERMISSIONS = [...new Set(VIEWS.map((v) => v.action))].map((action) => ({ action, subject: null }));
/** useRBAC's key for an action: `plugin::calendar.publish` → `canPublish`. */
const allowedKey = (action: string) =>
  `can${action.slice(action.lastIndexOf('.') + 1).replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;

/** Tabs between the calendar's views, showing only those the admin's role allows. */
export const ViewNav = ({ active }: { active: string }) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS);
  return (
    <Flex tag="nav" gap={4} wrap="wrap" aria-label={formatMessage({ id: getTranslation('nav.label'), defaultMessage: 'Calendar views' })}>
      {VIEWS.filter((view) => isLoading || allowedActions[allowedKey(view.action)]).map((view) => (
        <Link
          key={view.path}
          tag={NavLink}
          to={`../${view.path}`}
          aria-current={view.path === active ? 'page' : undefined}
          data-view={view.path}
        >
          {formatMessage({ id: getTranslation(view.labelId), defaultMessage: view.defaultLabel })}
        </Link>
      ))}
    </Flex>
  );
};
