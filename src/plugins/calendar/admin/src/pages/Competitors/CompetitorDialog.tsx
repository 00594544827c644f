import {
  Button,
  Checkbox,
  Field,
  Flex,
  IconButton,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import {
  COMPETITOR_CHANNELS_MAX,
  COMPETITOR_PLATFORMS,
  useCreateCompetitorMutation,
  useUpdateCompetitorMutation,
  type Competitor,
  type CompetitorChannel,
  type CompetitorPlatform,
} from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';
import { fieldErrors } from '../ChatSettings/field-errors';
import { useCompetitorLabel, usePlatformName } from './labels';

interface Form {
  name: string;
  siteUrl: string;
  description: string;
  active: boolean;
  channels: CompetitorChannel[];
}

/**
 * Add or edit a competitor: name, site, social channels, a description. The server checks the
 * addresses (http or https only) and names the field it refuses; a 409 keeps what was typed.
 */
export const CompetitorDialog = ({ competitor, onClose }: { competitor: Competitor | undefined; onClose: () => void }) => {
  const label = useCompetitorLabel();
  const platformName = usePlatformName();
  const { toggleNotification } = useNotification();
  const problemOf = useProblemOf();
  const [create, created] = useCreateCompetitorMutation();
  const [update, updated] = useUpdateCompetitorMutation();
  const [form, setForm] = useState<Form>(() => ({
    name: competitor?.name ?? '',
    siteUrl: competitor?.siteUrl ?? '',
    description: competitor?.description ?? '',
    active: competitor?.active ?? true,
    channels: competitor?.channels ?? [],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));
  const setChannel = (i: number, change: Partial<CompetitorChannel>) =>
    set({ channels: form.channels.map((c, j) => (j === i ? { ...c, ...change } : c)) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(undefined);
    const result = competitor
      ? await update({ id: competitor.id, change: { ...form, expectedUpdatedAt: competitor.updatedAt } })
      : await create(form);
    if (!('error' in result)) {
      toggleNotification({ type: 'success', message: label('saved', 'The competitor was saved.') });
      onClose();
      return;
    }
    setErrors(fieldErrors(result.error));
    setProblem(problemOf(result.error));
  };

  const title = competitor ? label('editTitle', 'Edit the competitor') : label('addTitle', 'Add a competitor');
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={save} aria-label={title}>
          <Modal.Header closeLabel={label('close', 'Close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} testId="competitor-problem" />
              <Field.Root name="name" error={errors.name} required>
                <Field.Label>{label('name', 'Name')}</Field.Label>
                <TextInput value={form.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ name: e.target.value })} />
                <Field.Error />
              </Field.Root>
              <Field.Root name="siteUrl" error={errors.siteUrl}>
                <Field.Label>{label('site', 'Website')}</Field.Label>
                <TextInput
                  type="url"
                  placeholder="https://…"
                  value={form.siteUrl}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ siteUrl: e.target.value })}
                />
                <Field.Error />
              </Field.Root>
              <Field.Root name="channels" error={errors.channels}>
                <Field.Label>{label('channels', 'Social channels')}</Field.Label>
                <Flex direction="column" alignItems="stretch" gap={2}>
                  {form.channels.map((channel, i) => (
                    <Flex key={i} gap={2} alignItems="flex-start" data-testid="competitor-channel-row">
                      <SingleSelect
                        aria-label={label('platform', 'Platform')}
                        value={channel.platform}
                        onChange={(v: string | number) => setChannel(i, { platform: String(v) as CompetitorPlatform })}
                      >
                        {COMPETITOR_PLATFORMS.map((p) => (
                          <SingleSelectOption key={p} value={p}>
                            {platformName(p)}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Flex direction="column" alignItems="stretch" flex="1">
                        <TextInput
                          type="url"
                          aria-label={label('channelUrl', 'Channel address')}
                          placeholder="https://…"
                          value={channel.url}
                          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setChannel(i, { url: e.target.value })}
                        />
                      </Flex>
                      <IconButton
                        label={label('removeChannel', 'Remove the channel')}
                        variant="ghost"
                        onClick={() => set({ channels: form.channels.filter((_, j) => j !== i) })}
                      >
                        <Trash />
                      </IconButton>
                    </Flex>
                  ))}
                  {form.channels.length < COMPETITOR_CHANNELS_MAX && (
                    <Button
                      variant="tertiary"
                      startIcon={<Plus />}
                      onClick={() => set({ channels: [...form.channels, { platform: 'instagram', url: '' }] })}
                      data-testid="competitor-add-channel"
                    >
                      {label('addChannel', 'Add a channel')}
                    </Button>
                  )}
                </Flex>
                <Field.Error />
              </Field.Root>
              <Field.Root name="description" error={errors.description}>
                <Field.Label>{label('description', 'Description')}</Field.Label>
                <Textarea
                  value={form.description}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set({ description: e.target.value })}
                />
                <Field.Error />
              </Field.Root>
              <Checkbox
                name="active"
                checked={form.active}
                onCheckedChange={(checked: boolean | 'indeterminate') => set({ active: checked === true })}
              >
                {label('activeLabel', 'Followed this year')}
              </Checkbox>
              <Typography variant="pi" textColor="neutral600">
                {label(
                  'activeHint',
                  'A competitor no longer followed keeps its observations; it is left out of the count the plan recommends.'
                )}
              </Typography>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={created.isLoading || updated.isLoading} data-testid="competitor-save">
              {label('save', 'Save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
