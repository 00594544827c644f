import { Alert, Box, Button, Flex } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useGetChatHooksQuery } from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProblemOf } from '../../hooks/useProblemOf';
import { ACTIONS } from '../../permissions';
import { DeliveryTable } from './DeliveryTable';
import { HookDialog } from './HookDialog';
import { HookTable } from './HookTable';
import { useChatLabel } from './labels';

/**
 * Settings → Calendar → Chat notifications (RBAC plugin::calendar.settings): the team's Slack and
 * Teams hooks, a test message, and the recent deliveries.
 */
export const ChatSettingsPage = () => (
  <Page.Protect permissions={[{ action: ACTIONS.settings, subject: null }]}>
    <ChatSettings />
  </Page.Protect>
);

const ChatSettings = () => {
  const label = useChatLabel();
  const problemOf = useProblemOf();
  const hooks = useGetChatHooksQuery();
  // The dialog: 'new', a hook's id, or closed. The hook is read from the list, so a 409's refetch reaches it.
  const [editing, setEditing] = useState<number | 'new'>();
  const title = label('title', 'Chat notifications');
  if (hooks.isLoading) return <Page.Loading />;
  const list = hooks.data?.hooks ?? [];

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={label('subtitle', 'Assignments, mentions, failed publishing and the daily digest in the team’s Slack or Teams channel.')}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => setEditing('new')} data-testid="add-hook">
            {label('add', 'Add a hook')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {hooks.error !== undefined && <ProblemAlert problem={problemOf(hooks.error)} kind="load" testId="load-error" />}
          {hooks.data && !hooks.data.chatEnabled && (
            <Alert
              variant="warning"
              title={label('offTitle', 'Chat notifications are turned off on this server')}
              closeLabel={label('close', 'Close')}
            >
              {label('offText', 'Nothing is posted while CALENDAR_CHAT_ENABLED is false; test messages still go out.')}
            </Alert>
          )}
          <HookTable hooks={list} onEdit={(hook) => setEditing(hook.id)} />
          <Box>
            <DeliveryTable />
          </Box>
        </Flex>
      </Layouts.Content>
      {(editing === 'new' || list.some((h) => h.id === editing)) && (
        <HookDialog key={String(editing)} hook={list.find((h) => h.id === editing)} onClose={() => setEditing(undefined)} />
      )}
    </Page.Main>
  );
};

export default ChatSettingsPage;
