import { Button, Dialog, Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { CONTENT_GOALS, FUNNEL_STAGES } from '../../../core/enums';
import type { QuickDraft } from '../hooks/useCalendarMoves';
import { useViewLabel } from '../hooks/useViewLabel';
import { getTranslation } from '../utils/getTranslation';
import { FilterSelect, type FilterOption } from './FilterSelect';

/** A new draft on a day: title, stage, goal and channels; the rest is filled in the piece later. */
export const QuickCreateDialog = ({
  date,
  channels,
  onCreate,
  onClose,
}: {
  /** The day the dialog is open for; closed when undefined. */
  date: string | undefined;
  channels: FilterOption[];
  /** Resolves true when the draft was saved. */
  onCreate: (date: string, draft: QuickDraft) => Promise<boolean>;
  onClose: () => void;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const label = useViewLabel();
  const [draft, setDraft] = useState<QuickDraft>({ title: '', stage: 'reach', goal: 'sell', channels: [] });
  const enumLabel = (prefix: string, value: string) => formatMessage({ id: getTranslation(`${prefix}.${value}`), defaultMessage: value });
  const save = async () => {
    if (!date || !(await onCreate(date, draft))) return;
    onClose();
    // Stage and goal stay for the next draft: planners often add several alike.
    setDraft({ ...draft, title: '', channels: [] });
  };
  return (
    <Dialog.Root open={Boolean(date)} onOpenChange={(open: boolean) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>
          {label('createTitle', 'New content piece')} · {date && formatDate(`${date}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}
        </Dialog.Header>
        <Dialog.Body>
          <Grid.Root gap={3}>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Field.Root name="title" required>
                <Field.Label>{label('pieceTitle', 'Title')}</Field.Label>
                <TextInput
                  name="title"
                  value={draft.title}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, title: e.target.value })}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Field.Root name="funnelStage" required>
                <Field.Label>{label('stage', 'Funnel stage')}</Field.Label>
                <SingleSelect value={draft.stage} onChange={(v: string | number) => setDraft({ ...draft, stage: String(v) })}>
                  {FUNNEL_STAGES.map((s) => (
                    <SingleSelectOption key={s} value={s}>
                      {enumLabel('stage', s)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Field.Root name="contentGoal" required>
                <Field.Label>{label('goal', 'Content goal')}</Field.Label>
                <SingleSelect value={draft.goal} onChange={(v: string | number) => setDraft({ ...draft, goal: String(v) })}>
                  {CONTENT_GOALS.map((g) => (
                    <SingleSelectOption key={g} value={g}>
                      {enumLabel('goal', g)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <FilterSelect
                name="channels"
                label={label('channels', 'Channels')}
                anyLabel={label('none', 'None')}
                value={draft.channels}
                onChange={(v) => setDraft({ ...draft, channels: v })}
                options={channels}
              />
            </Grid.Item>
          </Grid.Root>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
          </Dialog.Cancel>
          <Button disabled={!draft.title.trim()} onClick={() => void save()} data-testid="quick-create-save">
            {label('create', 'Create draft')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
