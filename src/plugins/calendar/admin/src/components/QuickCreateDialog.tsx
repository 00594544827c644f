import { Button, Dialog, Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { CONTENT_GOALS, FUNNEL_STAGES } from '../../../core/enums';
import type { QuickDraft } from '../hooks/useCalendarMoves';
import { useViewLabel } from '../hooks/useViewLabel';
import { getTranslation } from '../utils/getTranslation';
import { FilterSelect, type FilterOption } from './FilterSelect';
import { LanguageSelect } from './LanguageSelect';

/** A new draft on a day: title, stage, goal, channels and language; the rest is filled in the piece later. */
export const QuickCreateDialog = ({
  date,
  channels,
  defaultLocale,
  onCreate,
  onClose,
}: {
  /** The day the dialog is open for; closed when undefined. */
  date: string | undefined;
  channels: FilterOption[];
  /** The language offered first: the view's language filter when it names one, else the default locale. */
  defaultLocale: string | null;
  /** Resolves true when the draft was saved. */
  onCreate: (date: string, draft: QuickDraft) => Promise<boolean>;
  onClose: () => void;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const label = useViewLabel();
  const [draft, setDraft] = useState<Omit<QuickDraft, 'locale'>>({ title: '', stage: 'reach', goal: 'sell', channels: [] });
  // The planner's choice for this draft only; each opening starts from the view's language.
  const [chosenLocale, setChosenLocale] = useState<string | null>(null);
  const locale = chosenLocale ?? defaultLocale;
  const enumLabel = (prefix: string, value: string) => formatMessage({ id: getTranslation(`${prefix}.${value}`), defaultMessage: value });
  const save = async () => {
    if (!date || !(await onCreate(date, { ...draft, locale }))) return;
    close();
    // Stage and goal stay for the next draft: planners often add several alike.
    setDraft({ ...draft, title: '', channels: [] });
  };
  const close = () => {
    setChosenLocale(null);
    onClose();
  };
  return (
    <Dialog.Root open={Boolean(date)} onOpenChange={(open: boolean) => !open && close()}>
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
              <LanguageSelect name="quickCreateLocale" value={locale} onChange={setChosenLocale} />
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
