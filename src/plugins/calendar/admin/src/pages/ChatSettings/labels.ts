import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** The chat settings' strings (`chat.*` keys), with their English defaults beside the call. */
export function useChatLabel() {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`chat.${id}`), defaultMessage }, values);
}

export const EVENT_DEFAULTS: Record<string, string> = {
  assignment: 'Assignments',
  mention: 'Mentions',
  publishFailure: 'Failed publishing',
  digest: 'Daily digest',
  test: 'Test message',
};
export const FORMAT_DEFAULTS: Record<string, string> = {
  slack: 'Slack (incoming webhook)',
  teams: 'Microsoft Teams (Workflows webhook)',
};
export const LANGUAGE_DEFAULTS: Record<string, string> = { fi: 'Finnish', en: 'English' };
export const STATE_DEFAULTS: Record<string, string> = { pending: 'Waiting', sending: 'Sending', sent: 'Sent', failed: 'Failed' };
