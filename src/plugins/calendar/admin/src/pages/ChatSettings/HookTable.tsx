import { Badge, Box, Button, Dialog, EmptyStateLayout, Flex, IconButton, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useDeleteChatHookMutation, useTestChatHookMutation, type ChatHook } from '../../api';
import { TableHead } from '../../components/TableHead';
import { useProblemOf } from '../../hooks/useProblemOf';
import { EVENT_DEFAULTS, FORMAT_DEFAULTS, LANGUAGE_DEFAULTS, useChatLabel } from './labels';

/** The hooks: what each posts where, a test message, edit and delete. */
export const HookTable = ({ hooks, onEdit }: { hooks: ChatHook[]; onEdit: (hook: ChatHook) => void }) => {
  const label = useChatLabel();
  const { toggleNotification } = useNotification();
  const problemOf = useProblemOf();
  const [testChatHook] = useTestChatHookMutation();
  const [deleteChatHook] = useDeleteChatHookMutation();
  const [testing, setTesting] = useState<number>();

  const test = async (hook: ChatHook) => {
    setTesting(hook.id);
    const result = await testChatHook(hook.id);
    setTesting(undefined);
    if ('error' in result) return toggleNotification({ type: 'danger', message: problemOf(result.error)?.message });
    const { delivered, status, error } = result.data;
    toggleNotification(
      delivered
        ? { type: 'success', message: label('testSent', 'The test message was delivered (HTTP {status}).', { status: status ?? '' }) }
        : { type: 'danger', message: label('testFailed', 'The test message was not delivered: {error}', { error: error ?? '' }) }
    );
  };

  const remove = async (hook: ChatHook) => {
    const result = await deleteChatHook(hook.id);
    if ('error' in result) return toggleNotification({ type: 'danger', message: problemOf(result.error)?.message });
    toggleNotification({ type: 'success', message: label('deleted', 'The hook was deleted.') });
  };

  if (hooks.length === 0)
    return (
      <Box background="neutral0" hasRadius shadow="tableShadow">
        <EmptyStateLayout content={label('none', 'No chat hooks yet: add one to post the team’s work to Slack or Teams.')} />
      </Box>
    );

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow">
      <Table colCount={4} rowCount={hooks.length + 1}>
        <TableHead labels={[label('name', 'Name'), label('format', 'Chat'), label('events', 'Posts'), label('actions', 'Actions')]} />
        <Tbody>
          {hooks.map((hook) => (
            <Tr key={hook.id} data-testid={`hook-${hook.id}`}>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Flex gap={2}>
                    <Typography fontWeight="semiBold">{hook.name}</Typography>
                    {!hook.enabled && (
                      <Badge backgroundColor="neutral150" textColor="neutral700">
                        {label('off', 'Off')}
                      </Badge>
                    )}
                  </Flex>
                  <Typography variant="pi" textColor="neutral500">
                    {hook.urlHint}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{label(`format.${hook.format}`, FORMAT_DEFAULTS[hook.format])}</Typography>
                  <Typography variant="pi" textColor="neutral500">
                    {label(`language.${hook.locale}`, LANGUAGE_DEFAULTS[hook.locale])}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Box maxWidth="280px">
                  <Typography>{hook.events.map((e) => label(`event.${e}`, EVENT_DEFAULTS[e])).join(', ')}</Typography>
                </Box>
              </Td>
              <Td>
                <Flex gap={1}>
                  <Button variant="secondary" size="S" loading={testing === hook.id} onClick={() => void test(hook)}>
                    {label('test', 'Send a test message')}
                  </Button>
                  <IconButton label={label('edit', 'Edit')} variant="ghost" onClick={() => onEdit(hook)}>
                    <Pencil />
                  </IconButton>
                  <Dialog.Root>
                    <Dialog.Trigger>
                      <IconButton label={label('delete', 'Delete')} variant="ghost">
                        <Trash />
                      </IconButton>
                    </Dialog.Trigger>
                    <ConfirmDialog onConfirm={() => remove(hook)}>
                      {label(
                        'deleteConfirm',
                        'The channel stops receiving messages, and its delivery history is deleted. Delete the hook?'
                      )}
                    </ConfirmDialog>
                  </Dialog.Root>
                </Flex>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
