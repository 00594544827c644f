import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** The calendar views' strings (`month.*` keys), with their English defaults beside the call. */
export function useViewLabel() {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`month.${id}`), defaultMessage }, values);
}
