import { Alert, Button, Field, Grid, Modal, TextInput, Textarea } from '@strapi/design-system';
import { useState } from 'react';
import { BUDGET_CATEGORIES } from '../../../../core/budget/budget-report';
import { centsToDecimal } from '../../../../core/money/money';
import {
  isConflict,
  useCreateBudgetLineMutation,
  useCreateSpendEntryMutation,
  useUpdateBudgetLineMutation,
  useUpdateSpendEntryMutation,
  type BudgetLine,
  type SpendEntry,
} from '../../api';
import { SingleFilter } from '../../components/SingleFilter';
import { useProblemOf } from '../../hooks/useProblemOf';
import { useMonthNames } from '../../utils/months';

export type BudgetFormTarget = { kind: 'line'; year: number; line?: BudgetLine } | { kind: 'entry'; year: number; entry?: SpendEntry };

interface Draft {
  month: string;
  date: string;
  category: string;
  themeDocumentId: string;
  channelDocumentId: string;
  amount: string;
  supplier: string;
  note: string;
}

const draftOf = (target: BudgetFormTarget): Draft => {
  const row = target.kind === 'line' ? target.line : target.entry;
  return {
    month: target.kind === 'line' && target.line ? String(target.line.month) : '1',
    date: target.kind === 'entry' && target.entry ? target.entry.date : `${target.year}-01-01`,
    category: row?.category ?? 'media',
    themeDocumentId: row?.themeDocumentId ?? '',
    channelDocumentId: row?.channelDocumentId ?? '',
    amount: row ? centsToDecimal(row.amountCents) : '',
    supplier: (target.kind === 'entry' && target.entry?.supplier) || '',
    note: row?.note ?? '',
  };
};

/**
 * Adds or edits a budget line or a spend entry. The amount is sent as typed (`1 234,50`); the
 * server parses it and names the field when it is not an amount. A stale edit (409) says so.
 */
export const BudgetForm = ({
  target,
  onClose,
  themes,
  channels,
  t,
}: {
  target: BudgetFormTarget;
  onClose: () => void;
  themes: Array<{ value: string; label: string }>;
  channels: Array<{ value: string; label: string }>;
  t: (id: string, fallback: string) => string;
}) => {
  const [draft, setDraft] = useState<Draft>(() => draftOf(target));
  const [problem, setProblem] = useState<string | null>(null);
  const [createLine] = useCreateBudgetLineMutation();
  const [updateLine] = useUpdateBudgetLineMutation();
  const [createEntry] = useCreateSpendEntryMutation();
  const [updateEntry] = useUpdateSpendEntryMutation();
  const problemOf = useProblemOf();
  const monthNames = useMonthNames('long');
  const set = (key: keyof Draft) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value ?? '' }));
  const editing = target.kind === 'line' ? target.line : target.entry;

  const save = async () => {
    const shared = {
      category: draft.category as BudgetLine['category'],
      themeDocumentId: draft.themeDocumentId || null,
      channelDocumentId: draft.channelDocumentId || null,
      amount: draft.amount,
      note: draft.note || null,
    };
    const result =
      target.kind === 'line'
        ? target.line
          ? await updateLine({
              documentId: target.line.documentId,
              expectedUpdatedAt: target.line.updatedAt,
              changes: { ...shared, month: Number(draft.month) },
            })
          : await createLine({ ...shared, year: target.year, month: Number(draft.month) })
        : target.entry
          ? await updateEntry({
              documentId: target.entry.documentId,
              expectedUpdatedAt: target.entry.updatedAt,
              changes: { ...shared, date: draft.date, supplier: draft.supplier || null },
            })
          : await createEntry({ ...shared, date: draft.date, supplier: draft.supplier || null });
    if ('error' in result && result.error) {
      setProblem(
        isConflict(result.error)
          ? t('conflict', 'Someone else changed this after you opened it. Close and open it again to see the latest.')
          : (problemOf(result.error)?.message ?? '')
      );
      return;
    }
    onClose();
  };

  const title =
    target.kind === 'line'
      ? editing
        ? t('editLine', 'Edit budget line')
        : t('addLine', 'Add budget line')
      : editing
        ? t('editEntry', 'Edit spend entry')
        : t('addEntry', 'Add spend entry');
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('cancel', 'Cancel')}>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Grid.Root gap={3}>
            {problem && (
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <Alert variant="danger" closeLabel="×" onClose={() => setProblem(null)} data-testid="budget-form-problem">
                  {problem}
                </Alert>
              </Grid.Item>
            )}
            <Grid.Item col={6} direction="column" alignItems="stretch">
              {target.kind === 'line' ? (
                <SingleFilter
                  name="month"
                  label={`${t('month', 'Month')} ${target.year}`}
                  value={draft.month}
                  onChange={set('month')}
                  options={monthNames.map((m, i) => ({ value: String(i + 1), label: m }))}
                />
              ) : (
                <Field.Root name="date" required hint="YYYY-MM-DD">
                  <Field.Label>{t('date', 'Date')}</Field.Label>
                  <TextInput
                    name="date"
                    value={draft.date}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('date')(e.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
              )}
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <SingleFilter
                name="category"
                label={t('category', 'Category')}
                value={draft.category}
                onChange={set('category')}
                options={BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`, c) }))}
              />
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <SingleFilter
                name="theme"
                label={t('theme', 'Theme')}
                anyLabel={t('none', 'None')}
                value={draft.themeDocumentId}
                onChange={set('themeDocumentId')}
                options={themes}
              />
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <SingleFilter
                name="channel"
                label={t('channel', 'Channel')}
                anyLabel={t('none', 'None')}
                value={draft.channelDocumentId}
                onChange={set('channelDocumentId')}
                options={channels}
              />
            </Grid.Item>
            <Grid.Item col={6} direction="column" alignItems="stretch">
              <Field.Root name="amount" required hint={t('amountHint', 'For example 1 234,50')}>
                <Field.Label>{t('amount', 'Amount')}</Field.Label>
                <TextInput
                  name="amount"
                  value={draft.amount}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('amount')(e.target.value)}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            {target.kind === 'entry' && (
              <Grid.Item col={6} direction="column" alignItems="stretch">
                <Field.Root name="supplier">
                  <Field.Label>{t('supplier', 'Supplier')}</Field.Label>
                  <TextInput
                    name="supplier"
                    value={draft.supplier}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('supplier')(e.target.value)}
                  />
                </Field.Root>
              </Grid.Item>
            )}
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Field.Root name="note">
                <Field.Label>{t('note', 'Note')}</Field.Label>
                <Textarea
                  name="note"
                  value={draft.note}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('note')(e.target.value)}
                />
              </Field.Root>
            </Grid.Item>
          </Grid.Root>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button disabled={!draft.amount.trim()} onClick={() => void save()} data-testid="budget-form-save">
            {t('save', 'Save')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
