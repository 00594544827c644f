import { Flex, Link } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { getTranslation } from '../utils/getTranslation';
import { VIEWS } from '../utils/views';

/** Tabs between the calendar's views; the active one is marked for screen readers too. */
export const ViewNav = ({ active }: { active: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex tag="nav" gap={4} wrap="wrap" aria-label={formatMessage({ id: getTranslation('nav.label'), defaultMessage: 'Calendar views' })}>
      {VIEWS.map((view) => (
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
