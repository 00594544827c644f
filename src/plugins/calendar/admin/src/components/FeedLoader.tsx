import { Loader } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** Shown above a view's empty grid or dial while its occurrences are on their way. */
export const FeedLoader = () => {
  const { formatMessage } = useIntl();
  return (
    <Loader small data-testid="feed-loading">
      {formatMessage({ id: getTranslation('month.loadingFeed'), defaultMessage: 'Loading the occurrences…' })}
    </Loader>
  );
};
