import { Box, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import { useClipboard, useNotification } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** A secret text shown once (a feed's or share link's address, an embed snippet), with a copy button. */
export const CopyField = ({ label, value, testId }: { label: string; value: string; testId?: string }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { copy } = useClipboard();
  const copyValue = async () => {
    if (await copy(value))
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('feeds.copied'), defaultMessage: 'Copied to the clipboard.' }),
      });
  };
  return (
    <Flex gap={2}>
      <Box flex="1">
        <TextInput aria-label={label} value={value} readOnly data-testid={testId} />
      </Box>
      <IconButton label={`${formatMessage({ id: getTranslation('feeds.copy'), defaultMessage: 'Copy' })}: ${label}`} onClick={copyValue}>
        <Duplicate />
      </IconButton>
    </Flex>
  );
};

/** The box a new secret link is shown in, once: a title, its copy fields and what to do with them. */
export const SecretUrlBox = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <Box background="success100" borderColor="success200" hasRadius padding={5} data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography fontWeight="bold">{title}</Typography>
      {children}
    </Flex>
  </Box>
);
