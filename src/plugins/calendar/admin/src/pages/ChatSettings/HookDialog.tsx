import { Button, Checkbox, Field, Flex, Grid, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import {
  CHAT_EVENTS,
  CHAT_FORMATS,
  CHAT_LANGUAGES,
  useCreateChatHookMutation,
  useUpdateChatHookMutation,
  type ChatEvent,
  type ChatFormat,
  type ChatHook,
  type ChatLanguage,
} from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';
import { fieldErrors } from './field-errors';
import { EVENT_DEFAULTS, FORMAT_DEFAULTS, LANGUAGE_DEFAULTS, useChatLabel } from './labels';

interface Form {
  name: string;
  format: ChatFormat;
  url: string;
  events: ChatEvent[];
  locale: ChatLanguage;
  enabled: boolean;
}

/**
 * Add or edit a hook. The stored address is never shown: on edit the URL field starts empty and
 * an empty field keeps it. The server's 400 names the field, shown under that field; a 409
 * (someone saved meanwhile) keeps what was typed, and the next save is based on the list's latest.
 */
export const HookDialog = ({ hook, onClose }: { hook: ChatHook | undefined; onClose: () => void }) => {
  const label = useChatLabel();
  const { locale: uiLocale } = useIntl();
  const { toggleNotification } = useNotification();
  const problemOf = useProblemOf();
  const [createChatHook, created] = useCreateChatHookMutation();
  const [updateChatHook, updated] = useUpdateChatHookMutation();
  const [form, setForm] = useState<Form>(() => ({
    name: hook?.name ?? '',
    format: hook?.format ?? 'slack',
    url: '',
    events: hook?.events ?? [...CHAT_EVENTS],
    locale: hook?.locale ?? (uiLocale.startsWith('fi') ? 'fi' : 'en'),
    enabled: hook?.enabled ?? true,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));
  const toggleEvent = (event: ChatEvent, on: boolean) =>
    set({ events: on ? CHAT_EVENTS.filter((e) => e === event || form.events.includes(e)) : form.events.filter((e) => e !== event) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(undefined);
    const { url, ...rest } = form;
    const result = hook
      ? await updateChatHook({ id: hook.id, change: { ...rest, ...(url.trim() ? { url } : {}), expectedUpdatedAt: hook.updatedAt } })
      : await createChatHook({ ...rest, url });
    if (!('error' in result)) {
      toggleNotification({ type: 'success', message: label('saved', 'The hook was saved.') });
      onClose();
      return;
    }
    setErrors(fieldErrors(result.error));
    // A 409 refetched the list: the next save is based on the version someone else saved.
    setProblem(problemOf(result.error));
  };

  const title = hook ? label('editTitle', 'Edit the hook') : label('addTitle', 'Add a hook');
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={save} aria-label={title}>
          <Modal.Header closeLabel={label('close', 'Close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} testId="hook-problem" />
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="name" error={errors.name} required>
                    <Field.Label>{label('name', 'Name')}</Field.Label>
                    <TextInput
                      value={form.name}
                      placeholder={label('namePlaceholder', 'e.g. #content-team')}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ name: e.target.value })}
                    />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="format" error={errors.format} required>
                    <Field.Label>{label('format', 'Chat')}</Field.Label>
                    <SingleSelect value={form.format} onChange={(v: string | number) => set({ format: String(v) as ChatFormat })}>
                      {CHAT_FORMATS.map((f) => (
                        <SingleSelectOption key={f} value={f}>
                          {label(`format.${f}`, FORMAT_DEFAULTS[f])}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <Field.Root
                    name="url"
                    error={errors.url}
                    required={!hook}
                    hint={
                      hook
                        ? label('urlKeep', 'Leave empty to keep the saved address ({hint}).', { hint: hook.urlHint })
                        : label('urlHint', 'Slack: Incoming Webhooks. Teams: a Workflows flow “When a Teams webhook request is received”.')
                    }
                  >
                    <Field.Label>{label('url', 'Webhook URL')}</Field.Label>
                    <TextInput
                      type="url"
                      value={form.url}
                      autoComplete="off"
                      placeholder="https://…"
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ url: e.target.value })}
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="events" error={errors.events}>
                    <Field.Label>{label('events', 'Posts')}</Field.Label>
                    <Flex direction="column" alignItems="flex-start" gap={2}>
                      {CHAT_EVENTS.map((e) => (
                        <Checkbox
                          key={e}
                          name={`event-${e}`}
                          checked={form.events.includes(e)}
                          onCheckedChange={(checked: boolean | 'indeterminate') => toggleEvent(e, checked === true)}
                        >
                          {label(`event.${e}`, EVENT_DEFAULTS[e])}
                        </Checkbox>
                      ))}
                    </Flex>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <Field.Root name="locale" error={errors.locale}>
                      <Field.Label>{label('language', 'Language of the messages')}</Field.Label>
                      <SingleSelect value={form.locale} onChange={(v: string | number) => set({ locale: String(v) as ChatLanguage })}>
                        {CHAT_LANGUAGES.map((l) => (
                          <SingleSelectOption key={l} value={l}>
                            {label(`language.${l}`, LANGUAGE_DEFAULTS[l])}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Error />
                    </Field.Root>
                    <Checkbox
                      name="enabled"
                      checked={form.enabled}
                      onCheckedChange={(checked: boolean | 'indeterminate') => set({ enabled: checked === true })}
                    >
                      {label('enabled', 'On: post to this channel')}
                    </Checkbox>
                    {hook && !form.enabled && hook.enabled && (
                      <Typography variant="pi" textColor="neutral600">
                        {label('offDrops', 'Messages still waiting for this channel are dropped when it is turned off.')}
                      </Typography>
                    )}
                  </Flex>
                </Grid.Item>
              </Grid.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={created.isLoading || updated.isLoading} data-testid="hook-save">
              {label('save', 'Save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
