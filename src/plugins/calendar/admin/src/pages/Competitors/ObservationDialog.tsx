import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, TextInput } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import {
  useCreateCompetitorObservationMutation,
  useUpdateCompetitorObservationMutation,
  type Competitor,
  type Observation,
} from '../../api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';
import { fieldErrors } from '../ChatSettings/field-errors';
import { useCompetitorLabel, usePlatformName } from './labels';

interface Form {
  date: string;
  competitor: number | null;
  channel: string;
  action: string;
  note: string;
  link: string;
}

/**
 * Log what a competitor did, or edit an entry: the day, the competitor, the channel (one of the
 * competitor's, offered as suggestions, or free text), what they did, a note and a link.
 */
export const ObservationDialog = ({
  observation,
  competitors,
  defaultDate,
  defaultCompetitor,
  onClose,
}: {
  observation: Observation | undefined;
  competitors: Competitor[];
  defaultDate: string;
  defaultCompetitor: number | null;
  onClose: () => void;
}) => {
  const label = useCompetitorLabel();
  const platformName = usePlatformName();
  const { toggleNotification } = useNotification();
  const problemOf = useProblemOf();
  const [create, created] = useCreateCompetitorObservationMutation();
  const [update, updated] = useUpdateCompetitorObservationMutation();
  const [form, setForm] = useState<Form>(() => ({
    date: observation?.date ?? defaultDate,
    competitor: observation?.competitor?.id ?? defaultCompetitor ?? competitors.find((c) => c.active)?.id ?? null,
    channel: observation?.channel ?? '',
    action: observation?.action ?? '',
    note: observation?.note ?? '',
    link: observation?.link ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));
  const chosen = competitors.find((c) => c.id === form.competitor);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(undefined);
    if (form.competitor === null) {
      setErrors({ competitor: label('pickCompetitor', 'Choose the competitor') });
      return;
    }
    const body = { ...form, competitor: form.competitor };
    const result = observation
      ? await update({ id: observation.id, change: { ...body, expectedUpdatedAt: observation.updatedAt } })
      : await create(body);
    if (!('error' in result)) {
      toggleNotification({ type: 'success', message: label('observationSaved', 'The observation was saved.') });
      onClose();
      return;
    }
    setErrors(fieldErrors(result.error));
    setProblem(problemOf(result.error));
  };

  const title = observation ? label('editObservation', 'Edit the observation') : label('addObservation', 'Add an observation');
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={save} aria-label={title}>
          <Modal.Header closeLabel={label('close', 'Close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} onClose={() => setProblem(undefined)} testId="observation-problem" />
              <Flex gap={4} alignItems="flex-start">
                <Field.Root name="date" error={errors.date} required>
                  <Field.Label>{label('date', 'Date')}</Field.Label>
                  <TextInput
                    type="date"
                    value={form.date}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ date: e.target.value })}
                  />
                  <Field.Error />
                </Field.Root>
                <Flex direction="column" alignItems="stretch" flex="1">
                  <Field.Root name="competitor" error={errors.competitor} required>
                    <Field.Label>{label('competitor', 'Competitor')}</Field.Label>
                    <SingleSelect
                      value={form.competitor ?? undefined}
                      onChange={(v: string | number) => set({ competitor: Number(v) })}
                      data-testid="observation-competitor"
                    >
                      {competitors.map((c) => (
                        <SingleSelectOption key={c.id} value={c.id}>
                          {c.name}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Flex>
              </Flex>
              <Field.Root
                name="channel"
                error={errors.channel}
                hint={label('channelHint', 'One of the competitor’s channels, or anything: a store, an ad, a trade fair.')}
              >
                <Field.Label>{label('channel', 'Channel')}</Field.Label>
                <TextInput
                  list="competitor-channel-options"
                  value={form.channel}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ channel: e.target.value })}
                />
                <datalist id="competitor-channel-options">
                  {(chosen?.channels ?? []).map((ch, i) => (
                    <option key={i} value={ch.platform}>
                      {platformName(ch.platform)}
                    </option>
                  ))}
                </datalist>
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Field.Root name="action" error={errors.action} required>
                <Field.Label>{label('action', 'What they did')}</Field.Label>
                <TextInput value={form.action} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ action: e.target.value })} />
                <Field.Error />
              </Field.Root>
              <Field.Root name="note" error={errors.note}>
                <Field.Label>{label('note', 'Note')}</Field.Label>
                <Textarea value={form.note} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set({ note: e.target.value })} />
                <Field.Error />
              </Field.Root>
              <Field.Root name="link" error={errors.link}>
                <Field.Label>{label('link', 'Link')}</Field.Label>
                <TextInput
                  type="url"
                  placeholder="https://…"
                  value={form.link}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set({ link: e.target.value })}
                />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={created.isLoading || updated.isLoading} data-testid="observation-save">
              {label('save', 'Save')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
